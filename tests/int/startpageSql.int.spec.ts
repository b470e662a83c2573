import type { Payload, TypedUser } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Bestallare, Enhet, Slutkund } from '../../src/payload-types'
import type { StartPageQuery } from '../../src/startpage/startPageQuery'
import type { Fixture } from '../harness/fixtures'

import { getNextDeliveryOf } from '../../src/delivery/getNextDelivery'
import { findVisibleSlutkunderWithPayload } from '../../src/startpage/findVisibleSlutkunderWithPayload'
import {
  findVisibleSlutkunderWithSql,
  getSqlAdapter,
} from '../../src/startpage/findVisibleSlutkunderWithSql'
import { parseStartPageQuery, startPageSorts } from '../../src/startpage/startPageQuery'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword, slutkundData } from '../harness/fixtures'

let payload: Payload
let fixture: Fixture
let enhetAlfa: Enhet
let bestallareNone: Bestallare
let bestallareAAlfa: Bestallare
let twoOrders: Slutkund
let trashed: Slutkund

// One moment for both paths, so the next delivery cannot differ by the clock.
const now = new Date('2030-01-02T09:00:00.000Z')

const asUser = (user: Bestallare): TypedUser =>
  ({ ...user, collection: 'bestallare' }) as unknown as TypedUser

const createOrder = (slutkund: Slutkund, ordernummer: string, leveransdatum = '2030-01-14') =>
  payload.create({
    collection: 'ordrar',
    data: { leveransdatum, ordernummer, slutkund: slutkund.id } as never,
  })

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'startsql' })

  // Named before the fixture's enheter but created after them: sorting by enhet follows the id.
  enhetAlfa = await payload.create({
    collection: 'enheter',
    data: { konto: fixture.konto.id, namn: 'Hemtjänst Alfa' },
  })
  const fonsterAlfa = await payload.create({
    collection: 'leveransfonster',
    data: {
      enhet: enhetAlfa.id,
      sluttid: '16:00',
      starttid: '14:00',
      stopptidDagarFore: 2,
      stopptidKlockslag: '10:00',
      veckodag: 'fredag',
    },
  })
  const fonsterA2 = await payload.create({
    collection: 'leveransfonster',
    data: {
      enhet: fixture.enhetA.id,
      sluttid: '09:00',
      starttid: '08:00',
      stopptidDagarFore: 0,
      stopptidKlockslag: '07:00',
      veckodag: 'torsdag',
    },
  })
  const fonsterInaktivt = await payload.create({
    collection: 'leveransfonster',
    data: {
      aktiv: false,
      enhet: fixture.enhetA.id,
      sluttid: '07:00',
      starttid: '06:00',
      stopptidDagarFore: 0,
      stopptidKlockslag: '05:00',
      veckodag: 'torsdag',
    },
  })

  const create = (data: Parameters<typeof slutkundData>[0]) =>
    payload.create({ collection: 'slutkunder', data: slutkundData(data) })
  await create({
    efternamn: 'Holm',
    enhet: fixture.enhetA,
    fonster: fixture.fonsterA,
    fornamn: 'Gunnar',
    gatuadress: 'Nygatan 4',
    mobilnummer: '070-174 06 22',
  })
  await create({
    betalsatt: 'faktura',
    efternamn: 'Åberg',
    enhet: fixture.enhetA,
    faktura: {
      efternamn: 'Åberg',
      fornamn: 'Ingrid',
      gatuadress: 'Sandgatan 9',
      ort: 'Falkenberg',
      personnummer: '19440315-1238',
      postnummer: '311 31',
    },
    fonster: fixture.fonsterA,
    fornamn: 'ingrid',
    gatuadress: 'Sandgatan 9',
    telefonnummer: '0346-123 45',
  })
  await create({
    efternamn: 'Ström',
    enhet: fixture.enhetB,
    fonster: fixture.fonsterB,
    fornamn: 'Karl',
    gatuadress: 'Nygatan 8',
  })
  await create({
    efternamn: 'Holm',
    enhet: enhetAlfa,
    fonster: fonsterAlfa,
    fornamn: 'Anna',
    gatuadress: 'Ågatan 1',
  })
  await create({
    efternamn: 'Berg',
    enhet: fixture.enhetA,
    fonster: fixture.fonsterA,
    fornamn: 'Dora',
    gatuadress: 'Torget 2',
    leveransfonster: [fixture.fonsterA.id, fonsterA2.id, fonsterInaktivt.id],
  })
  twoOrders = await create({
    efternamn: 'Ek',
    enhet: fixture.enhetA,
    fonster: fixture.fonsterA,
    fornamn: 'Erik',
    gatuadress: 'Storgatan 30',
  })
  trashed = await create({
    efternamn: 'Borta',
    enhet: fixture.enhetA,
    fonster: fixture.fonsterA,
    fornamn: 'Astrid',
  })
  await payload.update({
    collection: 'slutkunder',
    data: { deletedAt: new Date().toISOString() },
    id: trashed.id,
  })

  await createOrder(twoOrders, 'SQL-1')
  const latest = await createOrder(twoOrders, 'SQL-2')
  await payload.update({ collection: 'ordrar', data: { status: 'plockas' }, id: latest.id })
  // Two orders reported at the same moment can both keep the flag; the newer one is shown.
  const bothFlagged = await create({
    efternamn: 'Dubbel',
    enhet: fixture.enhetA,
    fonster: fixture.fonsterA,
    fornamn: 'Fia',
  })
  const older = await createOrder(bothFlagged, 'SQL-5')
  await createOrder(bothFlagged, 'SQL-6')
  // Straight to the database: the order hooks would clear the older one's flag.
  await payload.db.updateOne({ collection: 'ordrar', data: { senaste: true }, id: older.id })
  await createOrder(fixture.slutkundB, 'SQL-3', '2030-01-15')
  await createOrder(fixture.slutkundOther, 'SQL-4', '2030-01-16')
  // Moved after its order: the order stays with enhet B, out of a beställare of A's reach.
  await payload.update({
    collection: 'slutkunder',
    data: { enhet: fixture.enhetA.id, leveransfonster: [fixture.fonsterA.id] },
    id: fixture.slutkundB.id,
  })

  const createBestallare = (email: string, enheter: number[]) =>
    payload.create({
      collection: 'bestallare',
      data: {
        efternamn: 'Testsson',
        email,
        enheter,
        fornamn: 'Test',
        konto: fixture.konto.id,
        password: fixturePassword,
        roll: 'bestallare',
        telefon: '0346-88 60 00',
      },
      disableVerificationEmail: true,
    })
  bestallareNone = await createBestallare('startsql.none@test.se', [])
  bestallareAAlfa = await createBestallare('startsql.a-alfa@test.se', [
    fixture.enhetA.id,
    enhetAlfa.id,
  ])
})

afterAll(async () => {
  await payload.destroy()
})

const queries = (): Record<string, StartPageQuery> => {
  const list: [string, Record<string, string>][] = [
    ['defaults', {}],
    ['enhet A', { enhet: String(fixture.enhetA.id) }],
    ['enhet B', { enhet: String(fixture.enhetB.id) }],
    ['enhet Alfa', { enhet: String(enhetAlfa.id) }],
    ['enhet of the other konto', { enhet: String(fixture.enhetOther.id) }],
    ['enhet written with a leading zero', { enhet: `0${fixture.enhetA.id}` }],
    ['search by name, lower case', { sok: 'ingrid' }],
    ['search by name, upper case', { sok: 'HOLM' }],
    ['search by two words', { sok: 'Holm Gunnar' }],
    ['search by address', { sok: 'Nygatan' }],
    ['search by address, non-ASCII', { sok: 'ågatan' }],
    ['search by mobile', { sok: '070-174 06 22' }],
    ['search by phone', { sok: '0346 12345' }],
    ['search by SMS number, +46', { sok: '+46 70 174 06 10' }],
    ['search for a wildcard', { sok: '%' }],
    ['search finding nothing', { sok: 'Zyxw' }],
    ['search within an enhet', { enhet: String(fixture.enhetA.id), sok: 'Holm' }],
    ['search for the trashed', { sok: 'Borta' }],
    ['page 2', { antal: '2', sida: '2' }],
    ['page beyond the end', { antal: '2', sida: '9' }],
    ['page beyond the end of nothing', { sida: '3', sok: 'Zyxw' }],
    ...startPageSorts.flatMap((sortera): [string, Record<string, string>][] => [
      [`sort ${sortera}`, { antal: '3', sortera }],
      [`sort ${sortera}, page 2`, { antal: '3', sida: '2', sortera }],
    ]),
  ]
  return Object.fromEntries(list.map(([name, params]) => [name, parseStartPageQuery(params)]))
}

const runBoth = async (user: Bestallare) => {
  const adapter = getSqlAdapter(payload)
  if (!adapter) {
    throw new Error('The integration projects run on SQL adapters')
  }
  const sqlPages: Record<string, unknown> = {}
  const payloadPages: Record<string, unknown> = {}
  for (const [name, query] of Object.entries(queries())) {
    sqlPages[name] = await findVisibleSlutkunderWithSql({ adapter, now, query, user: asUser(user) })
    payloadPages[name] = await findVisibleSlutkunderWithPayload({
      now,
      payload,
      query,
      user: asUser(user),
    })
  }
  return { payloadPages, sqlPages }
}

describe('start page in SQL', () => {
  it('should find the SQL adapter on this database', () => {
    expect(getSqlAdapter(payload)?.name).toBe(
      process.env.DATABASE_URI?.startsWith('file:') ? 'sqlite' : 'postgres',
    )
  })

  it.each([
    'support',
    'admin',
    'adminOther',
    'bestallareA',
    'bestallareB',
    'bestallareNone',
    'bestallareAAlfa',
  ])('should give %s exactly the start pages that Payload’s finds give', async (role) => {
    const users: Record<string, Bestallare> = {
      admin: fixture.admin,
      adminOther: fixture.adminOther,
      bestallareA: fixture.bestallareA,
      bestallareAAlfa,
      bestallareB: fixture.bestallareB,
      bestallareNone,
      support: fixture.support,
    }

    const { payloadPages, sqlPages } = await runBoth(users[role])

    expect(sqlPages).toStrictEqual(payloadPages)
  })

  it('should count a slutkund with two leveransfönster once and deliver by the earlier', async () => {
    const adapter = getSqlAdapter(payload)!
    const query = parseStartPageQuery({ antal: '2', enhet: String(fixture.enhetA.id) })

    const first = await findVisibleSlutkunderWithSql({
      adapter,
      now,
      query,
      user: asUser(fixture.bestallareA),
    })
    const second = await findVisibleSlutkunderWithSql({
      adapter,
      now,
      query: { ...query, sida: 2 },
      user: asUser(fixture.bestallareA),
    })

    const fonster = await payload.find({
      collection: 'leveransfonster',
      where: { and: [{ enhet: { equals: fixture.enhetA.id } }, { aktiv: { equals: true } }] },
    })
    const expected = getNextDeliveryOf({ fonster: fonster.docs, now })
    expect({
      delivery: first.rows[0].nastaLeverans?.start,
      names: [...first.rows, ...second.rows].map((row) => row.namn),
      totalDocs: first.totalDocs,
    }).toEqual({
      delivery: expected?.start,
      names: ['Dora Berg', 'Fia Dubbel', 'Erik Ek', 'Gunnar Holm'],
      totalDocs: 7,
    })
  })

  it('should show the latest of two orders', async () => {
    const adapter = getSqlAdapter(payload)!

    const { rows } = await findVisibleSlutkunderWithSql({
      adapter,
      now,
      query: parseStartPageQuery({ sok: 'Erik' }),
      user: asUser(fixture.bestallareA),
    })

    expect(
      rows.map((row) => [row.id, row.senasteOrder?.ordernummer, row.senasteOrder?.status]),
    ).toEqual([[twoOrders.id, 'SQL-2', 'plockas']])
  })

  it('should show the newer of two orders that both carry the latest flag', async () => {
    const { rows } = await findVisibleSlutkunderWithSql({
      adapter: getSqlAdapter(payload)!,
      now,
      query: parseStartPageQuery({ sok: 'Dubbel' }),
      user: asUser(fixture.bestallareA),
    })

    expect(rows.map((row) => row.senasteOrder?.ordernummer)).toEqual(['SQL-6'])
  })

  it('should show nothing, and not fail, for an enhet filter that is no id', async () => {
    const { rows, totalDocs, totalPages } = await findVisibleSlutkunderWithSql({
      adapter: getSqlAdapter(payload)!,
      now,
      query: parseStartPageQuery({ enhet: 'abc' }),
      user: asUser(fixture.support),
    })

    expect({ rows, totalDocs, totalPages }).toEqual({ rows: [], totalDocs: 0, totalPages: 1 })
  })

  it('should leave a trashed slutkund out', async () => {
    const adapter = getSqlAdapter(payload)!

    const { rows, totalDocs } = await findVisibleSlutkunderWithSql({
      adapter,
      now,
      query: parseStartPageQuery({ sok: 'Borta' }),
      user: asUser(fixture.support),
    })

    expect({ ids: rows.map((row) => row.id), totalDocs }).toEqual({ ids: [], totalDocs: 0 })
  })
})
