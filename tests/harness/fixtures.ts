import type { Payload } from 'payload'

import type { Bestallare, Enhet, Konto, Leveransfonster, Slutkund } from '../../src/payload-types'

export const fixturePassword = 'Fixture-Lösen-1'

type UserArgs = Partial<Bestallare> & Pick<Bestallare, 'email' | 'roll'>

export type Fixture = {
  admin: Bestallare
  adminOther: Bestallare
  bestallareA: Bestallare
  bestallareB: Bestallare
  bestallareNoCreate: Bestallare
  enhetA: Enhet
  enhetB: Enhet
  enhetOther: Enhet
  fonsterA: Leveransfonster
  fonsterB: Leveransfonster
  fonsterOther: Leveransfonster
  konto: Konto
  kontoOther: Konto
  slutkundA: Slutkund
  slutkundB: Slutkund
  slutkundOther: Slutkund
  support: Bestallare
}

/**
 * Two konton. The first has enheter A and B; bestallareA (may add slutkunder) has A,
 * bestallareB has B, bestallareNoCreate has A without the permission. The other konto
 * has its own administrator, enhet and slutkund. `tag` keeps e-mail addresses unique.
 */
export const createFixture = async ({
  payload,
  tag = 'f',
}: {
  payload: Payload
  tag?: string
}): Promise<Fixture> => {
  const konto = await payload.create({
    collection: 'konton',
    data: { bestallareTelefon: '0346-88 60 00', namn: `Falkenbergs kommun ${tag}` },
  })
  const kontoOther = await payload.create({
    collection: 'konton',
    data: { betalsatt: ['matkonto'], namn: `Varbergs kommun ${tag}` },
  })

  const createEnhet = (namn: string, kontoID: number | string) =>
    payload.create({ collection: 'enheter', data: { konto: kontoID as number, namn } })
  const enhetA = await createEnhet('Hemtjänst Centrum', konto.id)
  const enhetB = await createEnhet('Hemtjänst Skrea', konto.id)
  const enhetOther = await createEnhet('Hemtjänst Träslövsläge', kontoOther.id)

  const createFonster = (enhet: Enhet, veckodag: Leveransfonster['veckodag']) =>
    payload.create({
      collection: 'leveransfonster',
      data: {
        enhet: enhet.id,
        sluttid: '13:00',
        starttid: '10:00',
        stopptidDagarFore: 1,
        stopptidKlockslag: '12:00',
        veckodag,
      },
    })
  const fonsterA = await createFonster(enhetA, 'mandag')
  const fonsterB = await createFonster(enhetB, 'tisdag')
  const fonsterOther = await createFonster(enhetOther, 'onsdag')

  const createUser = ({ email, ...data }: UserArgs) =>
    payload.create({
      collection: 'bestallare',
      data: {
        efternamn: 'Testsson',
        email: `${tag}.${email}`,
        fornamn: 'Test',
        password: fixturePassword,
        telefon: '0346-88 60 00',
        ...data,
      },
      disableVerificationEmail: true,
    })
  const support = await createUser({ email: 'support@test.se', roll: 'support' })
  const admin = await createUser({ email: 'admin@test.se', konto: konto.id, roll: 'administrator' })
  const adminOther = await createUser({
    email: 'admin-other@test.se',
    konto: kontoOther.id,
    roll: 'administrator',
  })
  const bestallareA = await createUser({
    email: 'a@test.se',
    enheter: [enhetA.id],
    farLaggaTillSlutkunder: true,
    konto: konto.id,
    roll: 'bestallare',
  })
  const bestallareB = await createUser({
    email: 'b@test.se',
    enheter: [enhetB.id],
    farLaggaTillSlutkunder: true,
    konto: konto.id,
    roll: 'bestallare',
  })
  const bestallareNoCreate = await createUser({
    email: 'nocreate@test.se',
    enheter: [enhetA.id],
    farLaggaTillSlutkunder: false,
    konto: konto.id,
    roll: 'bestallare',
  })

  const createSlutkund = (enhet: Enhet, fonster: Leveransfonster, fornamn: string) =>
    payload.create({
      collection: 'slutkunder',
      data: slutkundData({ betalsatt: 'matkonto', enhet, fonster, fornamn }),
    })
  const slutkundA = await createSlutkund(enhetA, fonsterA, 'Astrid')
  const slutkundB = await createSlutkund(enhetB, fonsterB, 'Bertil')
  const slutkundOther = await createSlutkund(enhetOther, fonsterOther, 'Olga')

  return {
    admin,
    adminOther,
    bestallareA,
    bestallareB,
    bestallareNoCreate,
    enhetA,
    enhetB,
    enhetOther,
    fonsterA,
    fonsterB,
    fonsterOther,
    konto,
    kontoOther,
    slutkundA,
    slutkundB,
    slutkundOther,
    support,
  }
}

/** A complete, valid slutkund for the given enhet; override any field. */
export const slutkundData = ({
  betalsatt = 'matkonto',
  enhet,
  fonster,
  fornamn = 'Astrid',
  ...overrides
}: {
  enhet: Enhet
  fonster: Leveransfonster
  fornamn?: string
} & Partial<Slutkund>) => ({
  betalsatt,
  efternamn: 'Svensson',
  enhet: enhet.id,
  fornamn,
  gatuadress: 'Storgatan 12',
  leveransfonster: [fonster.id],
  ort: 'Falkenberg',
  postnummer: '311 31',
  smsNummer: '070-174 06 10',
  ...overrides,
})
