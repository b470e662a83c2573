import type { Payload } from 'payload'

import type { Bestallare, Enhet, Konto, Leveransfonster } from '../src/payload-types'

import {
  addDaysToDatum,
  getStockholmParts,
  getVeckodagOfDatum,
} from '../src/delivery/stockholmTime'

export const benchPassword = 'Bench-Lösen-2026'

export const fornamnList = [
  'Astrid',
  'Bertil',
  'Birgitta',
  'Elsa',
  'Erik',
  'Gunnar',
  'Gunilla',
  'Ingrid',
  'Karl',
  'Kerstin',
  'Lars',
  'Margareta',
  'Nils',
  'Olof',
  'Rune',
  'Sigrid',
  'Stig',
  'Ulla',
  'Valter',
  'Yvonne',
]

export const efternamnList = [
  'Andersson',
  'Berg',
  'Björk',
  'Dahl',
  'Ek',
  'Eriksson',
  'Forsberg',
  'Gustafsson',
  'Hansson',
  'Holm',
  'Isaksson',
  'Jakobsson',
  'Johansson',
  'Karlsson',
  'Larsson',
  'Lindberg',
  'Lindqvist',
  'Lund',
  'Magnusson',
  'Mattsson',
  'Nilsson',
  'Nyström',
  'Olsson',
  'Persson',
  'Pettersson',
  'Sandberg',
  'Sjöberg',
  'Strand',
  'Svensson',
  'Wallin',
]

const gator = ['Storgatan', 'Kyrkogatan', 'Skolvägen', 'Ängsvägen', 'Strandvägen', 'Parkgatan']

const veckodagar = ['mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag'] as const

export type BenchWorld = {
  apiKey: string
  bestallare: Bestallare
  enheter: Enhet[]
  fonsterByEnhet: Map<number, Leveransfonster>
  konton: Konto[]
  /** The beställare's enheter: the start page filters on the first. */
  userEnheter: Enhet[]
}

/**
 * The few documents every measurement needs, through the Local API so that every hook and
 * rule runs: konton, their enheter and leveransfönster, a beställare with two enheter and a
 * web-shop integration with an API key.
 */
export const seedWorld = async ({
  enheterPerKonto,
  kontoCount,
  payload,
}: {
  enheterPerKonto: number
  kontoCount: number
  payload: Payload
}): Promise<BenchWorld> => {
  const konton: Konto[] = []
  const enheter: Enhet[] = []
  const fonsterByEnhet = new Map<number, Leveransfonster>()
  for (let k = 0; k < kontoCount; k += 1) {
    const konto = await payload.create({
      collection: 'konton',
      data: { namn: `Benchkommun ${k + 1}` },
    })
    konton.push(konto)
    for (let e = 0; e < enheterPerKonto; e += 1) {
      const enhet = await payload.create({
        collection: 'enheter',
        data: { konto: konto.id, namn: `Hemtjänst ${k + 1}-${String(e + 1).padStart(2, '0')}` },
      })
      enheter.push(enhet)
      const fonster = await payload.create({
        collection: 'leveransfonster',
        data: {
          enhet: enhet.id,
          sluttid: '13:00',
          starttid: '10:00',
          stopptidDagarFore: 1,
          stopptidKlockslag: '12:00',
          veckodag: veckodagar[enheter.length % veckodagar.length],
        },
      })
      fonsterByEnhet.set(enhet.id, fonster)
    }
  }

  const userEnheter = enheter.slice(0, 2)
  const bestallare = await payload.create({
    collection: 'bestallare',
    data: {
      efternamn: 'Bänkesson',
      email: 'bench.bestallare@test.se',
      enheter: userEnheter.map(({ id }) => id),
      farLaggaTillSlutkunder: true,
      fornamn: 'Bänk',
      konto: konton[0].id,
      password: benchPassword,
      roll: 'bestallare',
      telefon: '0346-88 60 00',
    },
    disableVerificationEmail: true,
  })

  const apiKey = 'bench-butik-0123456789abcdef0123456789abcdef'
  await payload.create({
    collection: 'integrationer',
    data: { apiKey, enableAPIKey: true, namn: 'Benchbutik', typ: 'butik' },
  })

  return { apiKey, bestallare, enheter, fonsterByEnhet, konton, userEnheter }
}

/** A deterministic pseudo-random sequence, so every run seeds the same names. */
const createRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** The next date on `veckodag`, at least `minDays` after today (Stockholm). */
export const nextDatumOn = ({
  minDays,
  veckodag,
}: {
  minDays: number
  veckodag: string
}): string => {
  let datum = addDaysToDatum({ datum: getStockholmParts(new Date()).datum, days: minDays })
  while (getVeckodagOfDatum(datum) !== veckodag) {
    datum = addDaysToDatum({ datum, days: 1 })
  }
  return datum
}

const stopptidOf = (datum: string) => `${addDaysToDatum({ datum, days: -1 })}T10:00:00.000Z`

// No `pa-vag`: that status sends its SMS at once, and the SMS phase plans day-before SMS only.
const futureStatuses = ['mottagen', 'plockas', 'mottagen'] as const

/**
 * Adds slutkunder (each with two orders: an older delivered one and the latest one) with
 * multi-row INSERTs through the adapter's drizzle instance, one transaction per batch. The
 * rows are what the collections' hooks would store: `namn`, konto from the enhet,
 * normalised postnummer and SMS number, the `senaste` flag on the newest order.
 */
export const seedSlutkunderBulk = async ({
  batchSize = 500,
  count,
  payload,
  startIndex,
  world,
}: {
  batchSize?: number
  count: number
  payload: Payload
  startIndex: number
  world: BenchWorld
}): Promise<void> => {
  const db = payload.db as unknown as {
    drizzle: {
      transaction: <T>(run: (tx: BulkTx) => Promise<T>) => Promise<T>
    }
    tables: Record<string, unknown>
  }
  const { tables } = db
  const random = createRandom(startIndex + 7)
  const datumByVeckodag = new Map(
    veckodagar.map((veckodag) => [veckodag, nextDatumOn({ minDays: 9, veckodag })]),
  )
  const pastDatum = addDaysToDatum({ datum: getStockholmParts(new Date()).datum, days: -14 })

  for (let offset = 0; offset < count; offset += batchSize) {
    const size = Math.min(batchSize, count - offset)
    const now = Date.now()
    const people = Array.from({ length: size }, (_, i) => {
      const index = startIndex + offset + i
      const enhet = world.enheter[index % world.enheter.length]
      const fornamn = fornamnList[Math.floor(random() * fornamnList.length)]
      const efternamn = efternamnList[Math.floor(random() * efternamnList.length)]
      return { efternamn, enhet, fornamn, index }
    })

    await db.drizzle.transaction(async (tx) => {
      const created = await tx
        .insert(tables.slutkunder)
        .values(
          people.map(({ efternamn, enhet, fornamn, index }) => ({
            betalsatt: 'matkonto',
            createdAt: new Date(now - 86_400_000).toISOString(),
            digitalNyckel: false,
            efternamn,
            enhet: enhet.id,
            fornamn,
            gatuadress: `${gator[index % gator.length]} ${(index % 97) + 1}`,
            kanHandlaSjalv: false,
            konto: typeof enhet.konto === 'object' ? enhet.konto.id : enhet.konto,
            namn: `${fornamn} ${efternamn}`,
            ort: 'Falkenberg',
            postnummer: '31131',
            smsNummer: `070${String(1_000_000 + index).slice(-7)}`,
            updatedAt: new Date(now - 86_400_000).toISOString(),
            upplockningshjalp: false,
          })),
        )
        .returning({ id: (tables.slutkunder as Record<string, unknown>).id })
      const ids = created.map((row) => row.id as number)

      await tx.insert(tables.slutkunder_rels).values(
        people.map(({ enhet }, i) => ({
          leveransfonsterID: world.fonsterByEnhet.get(enhet.id)?.id,
          order: 1,
          parent: ids[i],
          path: 'leveransfonster',
        })),
      )

      const orders = people.flatMap(({ efternamn, enhet, fornamn, index }, i) => {
        const fonster = world.fonsterByEnhet.get(enhet.id) as Leveransfonster
        const konto = typeof enhet.konto === 'object' ? enhet.konto.id : enhet.konto
        const base = {
          enhet: enhet.id,
          konto,
          leverans_gatuadress: `${gator[index % gator.length]} ${(index % 97) + 1}`,
          leverans_namn: `${fornamn} ${efternamn}`,
          leverans_ort: 'Falkenberg',
          leverans_postnummer: '31131',
          leveransfonster: fonster.id,
          slutkund: ids[i],
        }
        const futureDatum = datumByVeckodag.get(fonster.veckodag as (typeof veckodagar)[number])
        return [
          {
            ...base,
            belopp: 250 + (index % 300),
            createdAt: new Date(now - 7 * 86_400_000).toISOString(),
            leveransdatum: `${pastDatum}T12:00:00.000Z`,
            ordernummer: `S-${ids[i]}-1`,
            senaste: false,
            status: 'levererad',
            stopptid: stopptidOf(pastDatum),
            updatedAt: new Date(now - 7 * 86_400_000).toISOString(),
          },
          {
            ...base,
            createdAt: new Date(now - 3_600_000).toISOString(),
            leveransdatum: `${futureDatum}T12:00:00.000Z`,
            ordernummer: `S-${ids[i]}-2`,
            senaste: true,
            status: futureStatuses[index % futureStatuses.length],
            stopptid: stopptidOf(futureDatum as string),
            updatedAt: new Date(now - 3_600_000).toISOString(),
          },
        ]
      })
      await tx.insert(tables.ordrar).values(orders)
    })
  }
}

type BulkTx = {
  insert: (table: unknown) => {
    values: (rows: Record<string, unknown>[]) => Promise<unknown> & {
      returning: (columns: Record<string, unknown>) => Promise<Record<string, unknown>[]>
    }
  }
}
