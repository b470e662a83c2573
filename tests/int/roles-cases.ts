import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { Bestallare, Enhet, Leveransfonster, Order } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { Client, Outcome } from './roles-clients'

import { fixturePassword, slutkundData } from '../harness/fixtures'

export type RoleContext = {
  client: Client
  fixture: Fixture
  orders: { a: Order; b: Order; other: Order }
  payload: Payload
}

export const messages = {
  enheterAnnatKonto: 'Alla enheter måste höra till samma konto som användaren.',
  enhetHarOrdrar:
    'Enheten har beställningar och kan därför inte tas bort. Beställningarna sparas som kontots underlag.',
  enhetHarSlutkunder:
    'Enheten har slutkunder (även borttagna). Flytta dem till en annan enhet innan enheten tas bort.',
  enhetOtillganglig: 'Du kan inte använda den här enheten. Välj en av dina egna enheter.',
  forbidden: 'Du får inte utföra denna åtgärd.',
  leveransfonsterFelEnhet: 'Välj bara leveranstider som hör till den valda enheten.',
  rollSupport: 'Bara Företagssupport kan skapa användare med rollen Företagssupport.',
}

/**
 * Seeds one order per enhet directly (order intake is not under test here); the order's
 * konto and enhet come from its slutkund. Order A was placed by bestallareNoCreate, so
 * bestallareA reads an order whose beställare it may not read.
 */
export const seedOrders = async ({
  fixture,
  payload,
  tag,
}: {
  fixture: Fixture
  payload: Payload
  tag: string
}): Promise<RoleContext['orders']> => {
  const seed = ({
    bestallare,
    fonster,
    leveransdatum,
    ordernummer,
    slutkund,
  }: {
    bestallare: Bestallare | null
    fonster: Leveransfonster
    leveransdatum: string
    ordernummer: string
    slutkund: Fixture['slutkundA']
  }) =>
    payload.create({
      collection: 'ordrar',
      data: {
        bestallare: bestallare?.id ?? null,
        leveransdatum,
        leveransfonster: fonster.id,
        ordernummer: `${tag}-${ordernummer}`,
        slutkund: slutkund.id,
        status: 'mottagen',
      } as never,
    })
  // Fixture windows: A on Mondays, B on Tuesdays, the other konto's on Wednesdays.
  return {
    a: await seed({
      bestallare: fixture.bestallareNoCreate,
      fonster: fixture.fonsterA,
      leveransdatum: '2027-01-04',
      ordernummer: 'A',
      slutkund: fixture.slutkundA,
    }),
    b: await seed({
      bestallare: fixture.bestallareB,
      fonster: fixture.fonsterB,
      leveransdatum: '2027-01-05',
      ordernummer: 'B',
      slutkund: fixture.slutkundB,
    }),
    other: await seed({
      bestallare: null,
      fonster: fixture.fonsterOther,
      leveransdatum: '2027-01-06',
      ordernummer: 'O',
      slutkund: fixture.slutkundOther,
    }),
  }
}

let counter = 0
/** Unique per call, so that tests that write never meet each other's data. */
export const unique = (prefix: string): string => {
  counter += 1
  return `${prefix}${counter}`
}

const createdStatus = (client: Client): number => (client.name === 'graphql' ? 200 : 201)

const expectForbidden = (outcome: Outcome) => {
  expect({ message: outcome.message, status: outcome.status }).toEqual({
    message: messages.forbidden,
    status: 403,
  })
}

const expectInvalid = (outcome: Outcome, path: string, message: string) => {
  expect({ errors: outcome.errors, status: outcome.status }).toEqual({
    errors: [{ message, path }],
    status: 400,
  })
}

/**
 * The SPEC's role table, cell by cell, allowed and refused, plus the field-level rules and
 * the reference checks. Registered once per entry point: each spec file passes its client.
 */
export const describeRoleTable = (getContext: () => RoleContext) => {
  const ctx = () => getContext()
  const created = () => createdStatus(ctx().client)

  const stored = async <T>(
    collection: Parameters<Payload['findByID']>[0]['collection'],
    id: number | string,
  ) => (await ctx().payload.findByID({ collection, depth: 0, id })) as T

  const newSlutkund = async (enhet: Enhet, fonster: Leveransfonster) =>
    ctx().payload.create({
      collection: 'slutkunder',
      data: slutkundData({ enhet, fonster, fornamn: unique('Greta') }),
    })

  const newUser = async (data: Partial<Bestallare> & Pick<Bestallare, 'roll'>) =>
    ctx().payload.create({
      collection: 'bestallare',
      data: {
        efternamn: 'Nilsson',
        email: `${unique(`${ctx().client.name}-user`)}@test.se`,
        fornamn: 'Karin',
        password: fixturePassword,
        telefon: '0346-88 60 00',
        ...data,
      },
      disableVerificationEmail: true,
    })

  const newBestallare = (data: Partial<Bestallare> = {}) =>
    newUser({
      enheter: [ctx().fixture.enhetA.id],
      farLaggaTillSlutkunder: false,
      konto: ctx().fixture.konto.id,
      roll: 'bestallare',
      ...data,
    })

  /*
   * Creating and logging in a user is the costliest step here, so tests whose attempt must
   * leave a user unchanged share one: `target` is acted on, `selfBestallare` and
   * `selfAdministrator` act on themselves.
   */
  const once = <T>(create: () => Promise<T>) => {
    let value: Promise<T> | undefined
    return () => (value ??= create())
  }
  const target = once(() => newBestallare())
  const selfBestallare = once(() => newBestallare())
  const selfAdministrator = once(() =>
    newUser({ konto: ctx().fixture.konto.id, roll: 'administrator' }),
  )
  const expectTargetUnchanged = async () => {
    const user = await target()
    const after = await stored<Bestallare>('bestallare', user.id)
    expect({
      enheter: after.enheter,
      farLaggaTillSlutkunder: after.farLaggaTillSlutkunder,
      fornamn: after.fornamn,
      konto: after.konto,
      roll: after.roll,
    }).toEqual({
      enheter: [ctx().fixture.enhetA.id],
      farLaggaTillSlutkunder: false,
      fornamn: 'Karin',
      konto: ctx().fixture.konto.id,
      roll: 'bestallare',
    })
  }

  const actors = () => {
    const { admin, adminOther, bestallareA, bestallareB, bestallareNoCreate, support } =
      ctx().fixture
    return { admin, adminOther, bestallareA, bestallareB, bestallareNoCreate, support }
  }
  type ActorName = keyof ReturnType<typeof actors>

  describe('konton', () => {
    it('should let support create a konto', async () => {
      const namn = unique('Halmstads kommun ')
      const outcome = await ctx().client.create({
        actor: ctx().fixture.support,
        collection: 'konton',
        data: { namn },
      })

      expect(outcome.status).toBe(created())
      expect((await stored<{ namn: string }>('konton', outcome.ids[0])).namn).toBe(namn)
    })

    it.each<ActorName>(['admin', 'bestallareA'])(
      'should refuse %s creating a konto with 403',
      async (actorName) => {
        const namn = unique('Laholms kommun ')
        const outcome = await ctx().client.create({
          actor: actors()[actorName],
          collection: 'konton',
          data: { namn },
        })

        expectForbidden(outcome)
        const { totalDocs } = await ctx().payload.count({
          collection: 'konton',
          where: { namn: { equals: namn } },
        })
        expect(totalDocs).toBe(0)
      },
    )

    it('should let support create the first administrator of a new konto', async () => {
      const konto = await ctx().payload.create({
        collection: 'konton',
        data: { namn: unique('Hylte kommun ') },
      })
      const outcome = await ctx().client.create({
        actor: ctx().fixture.support,
        collection: 'bestallare',
        data: {
          efternamn: 'Larsson',
          email: `${unique('first-admin')}@test.se`,
          fornamn: 'Eva',
          konto: konto.id,
          password: fixturePassword,
          roll: 'administrator',
          telefon: '035-13 70 00',
        },
      })

      expect(outcome.status).toBe(created())
      const user = await stored<Bestallare>('bestallare', outcome.ids[0])
      expect({ konto: user.konto, roll: user.roll }).toEqual({
        konto: konto.id,
        roll: 'administrator',
      })
    })

    it.each<[ActorName, 'konto' | 'kontoOther']>([
      ['admin', 'konto'],
      ['bestallareA', 'konto'],
      ['adminOther', 'kontoOther'],
    ])('should let %s read only its own konto', async (actorName, kontoName) => {
      const { konto, kontoOther } = ctx().fixture
      const outcome = await ctx().client.find({
        actor: actors()[actorName],
        collection: 'konton',
        where: { id: { in: [konto.id, kontoOther.id] } },
      })

      expect(outcome).toEqual({ errors: [], ids: [ctx().fixture[kontoName].id], status: 200 })
    })
  })

  describe('see slutkunder', () => {
    const visible: [ActorName, ('slutkundA' | 'slutkundB' | 'slutkundOther')[]][] = [
      ['support', ['slutkundA', 'slutkundB', 'slutkundOther']],
      ['admin', ['slutkundA', 'slutkundB']],
      ['adminOther', ['slutkundOther']],
      ['bestallareA', ['slutkundA']],
      ['bestallareB', ['slutkundB']],
      ['bestallareNoCreate', ['slutkundA']],
    ]

    it.each(visible)('should let %s see exactly %j', async (actorName, names) => {
      const { slutkundA, slutkundB, slutkundOther } = ctx().fixture
      const outcome = await ctx().client.find({
        actor: actors()[actorName],
        collection: 'slutkunder',
        where: { id: { in: [slutkundA.id, slutkundB.id, slutkundOther.id] } },
      })

      expect(outcome.status).toBe(200)
      expect([...outcome.ids].sort()).toEqual(names.map((name) => ctx().fixture[name].id).sort())
    })

    it.each<[ActorName, 'slutkundB' | 'slutkundOther']>([
      ['bestallareA', 'slutkundB'],
      ['bestallareA', 'slutkundOther'],
      ['admin', 'slutkundOther'],
    ])('should answer %s asking for %s by ID with 404', async (actorName, slutkundName) => {
      const outcome = await ctx().client.findByID({
        actor: actors()[actorName],
        collection: 'slutkunder',
        id: ctx().fixture[slutkundName].id,
      })

      expect(outcome.status).toBe(404)
    })

    it('should refuse an anonymous caller listing slutkunder with 403', async () => {
      // Payload answers a missing login with Forbidden, not 401: same as a refused user.
      expectForbidden(await ctx().client.find({ actor: null, collection: 'slutkunder' }))
    })
  })

  describe('create slutkund', () => {
    it.each<[ActorName, 'enhetA' | 'enhetB' | 'enhetOther']>([
      ['support', 'enhetOther'],
      ['admin', 'enhetB'],
      ['bestallareA', 'enhetA'],
    ])('should let %s create a slutkund in %s', async (actorName, enhetName) => {
      const { fixture } = ctx()
      const enhet = fixture[enhetName]
      const fonster = {
        enhetA: fixture.fonsterA,
        enhetB: fixture.fonsterB,
        enhetOther: fixture.fonsterOther,
      }[enhetName]
      const outcome = await ctx().client.create({
        actor: actors()[actorName],
        collection: 'slutkunder',
        data: slutkundData({ enhet, fonster, fornamn: unique('Elsa') }),
      })

      expect(outcome.status).toBe(created())
      const slutkund = await stored<{ enhet: number; konto: number }>('slutkunder', outcome.ids[0])
      expect({ enhet: slutkund.enhet, konto: slutkund.konto }).toEqual({
        enhet: enhet.id,
        konto: enhet.konto && typeof enhet.konto === 'object' ? enhet.konto.id : enhet.konto,
      })
    })

    it.each<[ActorName, 'enhetB' | 'enhetOther']>([
      ['bestallareA', 'enhetB'],
      ['bestallareA', 'enhetOther'],
    ])('should refuse %s creating a slutkund in %s with 403', async (actorName, enhetName) => {
      const { fixture } = ctx()
      const fonster = enhetName === 'enhetB' ? fixture.fonsterB : fixture.fonsterOther
      const fornamn = unique('Ingrid')
      const outcome = await ctx().client.create({
        actor: actors()[actorName],
        collection: 'slutkunder',
        data: slutkundData({ enhet: fixture[enhetName], fonster, fornamn }),
      })

      expectForbidden(outcome)
      const { totalDocs } = await ctx().payload.count({
        collection: 'slutkunder',
        where: { fornamn: { equals: fornamn } },
      })
      expect(totalDocs).toBe(0)
    })

    it('should refuse a beställare without "Får lägga till nya slutkunder" with 403', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.create({
        actor: fixture.bestallareNoCreate,
        collection: 'slutkunder',
        data: slutkundData({
          enhet: fixture.enhetA,
          fonster: fixture.fonsterA,
          fornamn: unique('Ulla'),
        }),
      })

      expectForbidden(outcome)
    })

    it('should refuse an administrator creating a slutkund in another konto’s enhet', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.create({
        actor: fixture.adminOther,
        collection: 'slutkunder',
        data: slutkundData({
          enhet: fixture.enhetA,
          fonster: fixture.fonsterA,
          fornamn: unique('Maj'),
        }),
      })

      expectInvalid(outcome, 'enhet', messages.enhetOtillganglig)
    })
  })

  describe('change and delete slutkund', () => {
    const allowed: [ActorName, 'A' | 'B' | 'Other'][] = [
      ['support', 'Other'],
      ['admin', 'B'],
      ['bestallareA', 'A'],
      ['bestallareNoCreate', 'A'],
    ]
    const refused: [ActorName, 'A' | 'B' | 'Other'][] = [
      ['admin', 'Other'],
      ['adminOther', 'A'],
      ['bestallareA', 'B'],
      ['bestallareB', 'A'],
    ]
    const slutkundIn = (where: 'A' | 'B' | 'Other') => {
      const { fixture } = ctx()
      return newSlutkund(fixture[`enhet${where}`], fixture[`fonster${where}`])
    }

    it.each(allowed)('should let %s change a slutkund of enhet %s', async (actorName, where) => {
      const slutkund = ctx().fixture[`slutkund${where}`]
      const portkod = unique('')
      const outcome = await ctx().client.update({
        actor: actors()[actorName],
        collection: 'slutkunder',
        data: { portkod },
        id: slutkund.id,
      })

      expect(outcome).toEqual({ errors: [], ids: [slutkund.id], status: 200 })
      expect((await stored<{ portkod: string }>('slutkunder', slutkund.id)).portkod).toBe(portkod)
    })

    it.each(refused)(
      'should refuse %s changing a slutkund of enhet %s with 403',
      async (actorName, where) => {
        const slutkund = ctx().fixture[`slutkund${where}`]
        const before = await stored<object>('slutkunder', slutkund.id)
        const outcome = await ctx().client.update({
          actor: actors()[actorName],
          collection: 'slutkunder',
          data: { gatuadress: 'Nygatan 5', portkod: '0000' },
          id: slutkund.id,
        })

        expectForbidden(outcome)
        expect(await stored<object>('slutkunder', slutkund.id)).toEqual(before)
      },
    )

    it.each(allowed)('should let %s delete a slutkund of enhet %s', async (actorName, where) => {
      const slutkund = await slutkundIn(where)
      const outcome = await ctx().client.remove({
        actor: actors()[actorName],
        collection: 'slutkunder',
        id: slutkund.id,
      })

      expect(outcome).toEqual({ errors: [], ids: [slutkund.id], status: 200 })
      const { totalDocs } = await ctx().payload.count({
        collection: 'slutkunder',
        trash: true,
        where: { id: { equals: slutkund.id } },
      })
      expect(totalDocs).toBe(0)
    })

    it.each(refused)(
      'should refuse %s deleting a slutkund of enhet %s with 403',
      async (actorName, where) => {
        const slutkund = ctx().fixture[`slutkund${where}`]
        const outcome = await ctx().client.remove({
          actor: actors()[actorName],
          collection: 'slutkunder',
          id: slutkund.id,
        })

        expectForbidden(outcome)
        expect(
          (await stored<{ deletedAt?: null | string; id: number }>('slutkunder', slutkund.id)).id,
        ).toBe(slutkund.id)
      },
    )
  })

  describe('enheter and leveransfönster', () => {
    it.each<[ActorName, ('enhetA' | 'enhetB' | 'enhetOther')[]]>([
      ['support', ['enhetA', 'enhetB', 'enhetOther']],
      ['admin', ['enhetA', 'enhetB']],
      ['adminOther', ['enhetOther']],
      ['bestallareA', ['enhetA']],
      ['bestallareB', ['enhetB']],
    ])('should let %s read exactly the enheter %j', async (actorName, names) => {
      const { enhetA, enhetB, enhetOther } = ctx().fixture
      const outcome = await ctx().client.find({
        actor: actors()[actorName],
        collection: 'enheter',
        where: { id: { in: [enhetA.id, enhetB.id, enhetOther.id] } },
      })

      expect(outcome.status).toBe(200)
      expect([...outcome.ids].sort()).toEqual(names.map((name) => ctx().fixture[name].id).sort())
    })

    it.each<[ActorName, ('fonsterA' | 'fonsterB' | 'fonsterOther')[]]>([
      ['support', ['fonsterA', 'fonsterB', 'fonsterOther']],
      ['admin', ['fonsterA', 'fonsterB']],
      ['bestallareA', ['fonsterA']],
      ['bestallareB', ['fonsterB']],
    ])('should let %s read exactly the leveransfönster %j', async (actorName, names) => {
      const { fonsterA, fonsterB, fonsterOther } = ctx().fixture
      const outcome = await ctx().client.find({
        actor: actors()[actorName],
        collection: 'leveransfonster',
        where: { id: { in: [fonsterA.id, fonsterB.id, fonsterOther.id] } },
      })

      expect(outcome.status).toBe(200)
      expect([...outcome.ids].sort()).toEqual(names.map((name) => ctx().fixture[name].id).sort())
    })

    it('should let support create an enhet in any konto', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.create({
        actor: fixture.support,
        collection: 'enheter',
        data: { konto: fixture.kontoOther.id, namn: unique('Hemtjänst Veddige ') },
      })

      expect(outcome.status).toBe(created())
      expect((await stored<Enhet>('enheter', outcome.ids[0])).konto).toBe(fixture.kontoOther.id)
    })

    it('should let an administrator create an enhet, always in its own konto', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.create({
        actor: fixture.admin,
        collection: 'enheter',
        data: { konto: fixture.kontoOther.id, namn: unique('Hemtjänst Ullared ') },
      })

      expect(outcome.status).toBe(created())
      expect((await stored<Enhet>('enheter', outcome.ids[0])).konto).toBe(fixture.konto.id)
    })

    it('should refuse a beställare creating an enhet with 403', async () => {
      const { fixture } = ctx()
      expectForbidden(
        await ctx().client.create({
          actor: fixture.bestallareA,
          collection: 'enheter',
          data: { namn: unique('Hemtjänst Glommen ') },
        }),
      )
    })

    it.each<[ActorName, 'konto' | 'kontoOther', number]>([
      ['support', 'kontoOther', 200],
      ['admin', 'konto', 200],
      ['admin', 'kontoOther', 403],
      ['bestallareA', 'konto', 403],
    ])('should answer %s renaming an enhet of %s with %i', async (actorName, kontoName, status) => {
      const enhet = await ctx().payload.create({
        collection: 'enheter',
        data: { konto: ctx().fixture[kontoName].id, namn: 'Hemtjänst Vessigebro' },
      })
      const outcome = await ctx().client.update({
        actor: actors()[actorName],
        collection: 'enheter',
        data: { namn: 'Hemtjänst Ätran' },
        id: enhet.id,
      })

      expect(outcome.status).toBe(status)
      expect((await stored<Enhet>('enheter', enhet.id)).namn).toBe(
        status === 200 ? 'Hemtjänst Ätran' : 'Hemtjänst Vessigebro',
      )
    })

    it.each<[ActorName, 'konto' | 'kontoOther', number]>([
      ['support', 'kontoOther', 200],
      ['admin', 'konto', 200],
      ['adminOther', 'konto', 403],
      ['bestallareA', 'konto', 403],
    ])('should answer %s deleting an enhet of %s with %i', async (actorName, kontoName, status) => {
      const enhet = await ctx().payload.create({
        collection: 'enheter',
        data: { konto: ctx().fixture[kontoName].id, namn: 'Hemtjänst Köinge' },
      })
      const outcome = await ctx().client.remove({
        actor: actors()[actorName],
        collection: 'enheter',
        id: enhet.id,
      })

      expect(outcome.status).toBe(status)
      const { totalDocs } = await ctx().payload.count({
        collection: 'enheter',
        where: { id: { equals: enhet.id } },
      })
      expect(totalDocs).toBe(status === 200 ? 0 : 1)
    })

    const fonsterData = (enhet: Enhet) => ({
      enhet: enhet.id,
      sluttid: '16:00',
      starttid: '14:00',
      stopptidDagarFore: 2,
      stopptidKlockslag: '10:00',
      veckodag: 'fredag',
    })

    const newEnhetWithFonster = async () => {
      const enhet = await ctx().payload.create({
        collection: 'enheter',
        data: { konto: ctx().fixture.konto.id, namn: unique('Hemtjänst Morup ') },
      })
      const fonster = await ctx().payload.create({
        collection: 'leveransfonster',
        data: fonsterData(enhet) as never,
      })
      return { enhet, fonster }
    }

    it('should remove an unused enhet together with its leveransfönster', async () => {
      const { enhet, fonster } = await newEnhetWithFonster()
      const outcome = await ctx().client.remove({
        actor: ctx().fixture.admin,
        collection: 'enheter',
        id: enhet.id,
      })

      expect(outcome.status).toBe(200)
      const { totalDocs } = await ctx().payload.count({
        collection: 'leveransfonster',
        where: { id: { equals: fonster.id } },
      })
      expect(totalDocs).toBe(0)
    })

    it('should refuse removing an enhet that still has slutkunder, with 409', async () => {
      const { enhet, fonster } = await newEnhetWithFonster()
      await newSlutkund(enhet, fonster)
      const outcome = await ctx().client.remove({
        actor: ctx().fixture.admin,
        collection: 'enheter',
        id: enhet.id,
      })

      expect({ message: outcome.message, status: outcome.status }).toEqual({
        message: messages.enhetHarSlutkunder,
        status: 409,
      })
      expect((await stored<Enhet>('enheter', enhet.id)).id).toBe(enhet.id)
    })

    it('should refuse removing an enhet that has orders, with 409', async () => {
      const { enhet, fonster } = await newEnhetWithFonster()
      const slutkund = await newSlutkund(enhet, fonster)
      await ctx().payload.create({
        collection: 'ordrar',
        data: {
          leveransdatum: '2027-01-08',
          leveransfonster: fonster.id,
          ordernummer: unique(`${ctx().client.name}-enhet-order-`),
          slutkund: slutkund.id,
          status: 'levererad',
        } as never,
      })
      await ctx().payload.delete({ collection: 'slutkunder', id: slutkund.id })
      const outcome = await ctx().client.remove({
        actor: ctx().fixture.admin,
        collection: 'enheter',
        id: enhet.id,
      })

      expect({ message: outcome.message, status: outcome.status }).toEqual({
        message: messages.enhetHarOrdrar,
        status: 409,
      })
      expect((await stored<Enhet>('enheter', enhet.id)).id).toBe(enhet.id)
    })

    it.each<[ActorName, 'enhetA' | 'enhetOther']>([
      ['support', 'enhetOther'],
      ['admin', 'enhetA'],
    ])('should let %s create a leveransfönster for %s', async (actorName, enhetName) => {
      const enhet = ctx().fixture[enhetName]
      const outcome = await ctx().client.create({
        actor: actors()[actorName],
        collection: 'leveransfonster',
        data: fonsterData(enhet),
      })

      expect(outcome.status).toBe(created())
      const fonster = await stored<Leveransfonster>('leveransfonster', outcome.ids[0])
      expect({ enhet: fonster.enhet, konto: fonster.konto }).toEqual({
        enhet: enhet.id,
        konto: typeof enhet.konto === 'object' ? enhet.konto.id : enhet.konto,
      })
    })

    it('should refuse an administrator creating a leveransfönster for another konto’s enhet', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.create({
        actor: fixture.admin,
        collection: 'leveransfonster',
        data: fonsterData(fixture.enhetOther),
      })

      expectInvalid(outcome, 'enhet', messages.enhetOtillganglig)
    })

    it('should refuse a beställare creating a leveransfönster with 403', async () => {
      const { fixture } = ctx()
      expectForbidden(
        await ctx().client.create({
          actor: fixture.bestallareA,
          collection: 'leveransfonster',
          data: fonsterData(fixture.enhetA),
        }),
      )
    })

    it.each<[ActorName, 'A' | 'Other', number]>([
      ['support', 'Other', 200],
      ['admin', 'A', 200],
      ['admin', 'Other', 403],
      ['bestallareA', 'A', 403],
    ])(
      'should answer %s changing a leveransfönster of enhet %s with %i',
      async (actorName, where, status) => {
        const fonster = await ctx().payload.create({
          collection: 'leveransfonster',
          data: fonsterData(ctx().fixture[`enhet${where}`]) as never,
        })
        const outcome = await ctx().client.update({
          actor: actors()[actorName],
          collection: 'leveransfonster',
          data: { stopptidKlockslag: '09:00' },
          id: fonster.id,
        })

        expect(outcome.status).toBe(status)
        expect(
          (await stored<Leveransfonster>('leveransfonster', fonster.id)).stopptidKlockslag,
        ).toBe(status === 200 ? '09:00' : '10:00')
      },
    )

    it.each<[ActorName, 'A' | 'Other', number]>([
      ['admin', 'A', 200],
      ['admin', 'Other', 403],
      ['bestallareA', 'A', 403],
    ])(
      'should answer %s deleting a leveransfönster of enhet %s with %i',
      async (actorName, where, status) => {
        const fonster = await ctx().payload.create({
          collection: 'leveransfonster',
          data: fonsterData(ctx().fixture[`enhet${where}`]) as never,
        })
        const outcome = await ctx().client.remove({
          actor: actors()[actorName],
          collection: 'leveransfonster',
          id: fonster.id,
        })

        expect(outcome.status).toBe(status)
      },
    )
  })

  describe('beställare', () => {
    it('should let support create a beställare in any konto', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.create({
        actor: fixture.support,
        collection: 'bestallare',
        data: {
          efternamn: 'Berg',
          email: `${unique('support-made')}@test.se`,
          enheter: [fixture.enhetOther.id],
          fornamn: 'Lena',
          konto: fixture.kontoOther.id,
          password: fixturePassword,
          roll: 'bestallare',
          telefon: '0340-880 00',
        },
      })

      expect(outcome.status).toBe(created())
      const user = await stored<Bestallare>('bestallare', outcome.ids[0])
      expect({ enheter: user.enheter, konto: user.konto }).toEqual({
        enheter: [fixture.enhetOther.id],
        konto: fixture.kontoOther.id,
      })
    })

    it('should let an administrator create a beställare with enheter and the permission', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.create({
        actor: fixture.admin,
        collection: 'bestallare',
        data: {
          efternamn: 'Holm',
          email: `${unique('admin-made')}@test.se`,
          enheter: [fixture.enhetA.id, fixture.enhetB.id],
          farLaggaTillSlutkunder: true,
          fornamn: 'Sven',
          password: fixturePassword,
          roll: 'bestallare',
          telefon: '0346-88 60 00',
        },
      })

      expect(outcome.status).toBe(created())
      const user = await stored<Bestallare>('bestallare', outcome.ids[0])
      expect({
        enheter: user.enheter,
        farLaggaTillSlutkunder: user.farLaggaTillSlutkunder,
        konto: user.konto,
        roll: user.roll,
      }).toEqual({
        enheter: [fixture.enhetA.id, fixture.enhetB.id],
        farLaggaTillSlutkunder: true,
        konto: fixture.konto.id,
        roll: 'bestallare',
      })
    })

    it('should refuse a beställare creating a beställare with 403', async () => {
      const { fixture } = ctx()
      expectForbidden(
        await ctx().client.create({
          actor: fixture.bestallareA,
          collection: 'bestallare',
          data: {
            efternamn: 'Ek',
            email: `${unique('bestallare-made')}@test.se`,
            fornamn: 'Per',
            password: fixturePassword,
            roll: 'bestallare',
            telefon: '0346-88 60 00',
          },
        }),
      )
    })

    it('should let an administrator assign enheter and grant the permission', async () => {
      const user = await newBestallare()
      const outcome = await ctx().client.update({
        actor: ctx().fixture.admin,
        collection: 'bestallare',
        data: { enheter: [ctx().fixture.enhetB.id], farLaggaTillSlutkunder: true },
        id: user.id,
      })

      expect(outcome).toEqual({ errors: [], ids: [user.id], status: 200 })
      const after = await stored<Bestallare>('bestallare', user.id)
      expect({
        enheter: after.enheter,
        farLaggaTillSlutkunder: after.farLaggaTillSlutkunder,
      }).toEqual({ enheter: [ctx().fixture.enhetB.id], farLaggaTillSlutkunder: true })
    })

    it.each<ActorName>(['adminOther', 'bestallareB'])(
      'should refuse %s changing another konto’s or another user’s beställare with 403',
      async (actorName) => {
        const outcome = await ctx().client.update({
          actor: actors()[actorName],
          collection: 'bestallare',
          data: {
            enheter: [ctx().fixture.enhetB.id],
            farLaggaTillSlutkunder: true,
            fornamn: 'Kapad',
          },
          id: (await target()).id,
        })

        expectForbidden(outcome)
        await expectTargetUnchanged()
      },
    )

    it('should let a beställare change its own name', async () => {
      const user = await selfBestallare()
      const outcome = await ctx().client.update({
        actor: user,
        collection: 'bestallare',
        data: { efternamn: 'Åberg', fornamn: 'Märta' },
        id: user.id,
      })

      expect(outcome).toEqual({ errors: [], ids: [user.id], status: 200 })
      const after = await stored<Bestallare>('bestallare', user.id)
      expect({ efternamn: after.efternamn, fornamn: after.fornamn }).toEqual({
        efternamn: 'Åberg',
        fornamn: 'Märta',
      })
    })

    it('should let a beställare read only itself among the beställare', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.find({
        actor: fixture.bestallareA,
        collection: 'bestallare',
      })

      expect(outcome).toEqual({ errors: [], ids: [fixture.bestallareA.id], status: 200 })
    })

    it('should let an administrator read only its own konto’s users', async () => {
      const { fixture } = ctx()
      const fixtureUsers = Object.values(actors()).map((user) => user.id)
      const outcome = await ctx().client.find({
        actor: fixture.admin,
        collection: 'bestallare',
        where: { id: { in: fixtureUsers } },
      })

      expect(outcome.status).toBe(200)
      expect([...outcome.ids].sort()).toEqual(
        [fixture.admin, fixture.bestallareA, fixture.bestallareB, fixture.bestallareNoCreate]
          .map((user) => user.id)
          .sort(),
      )
    })

    it.each<[ActorName | 'self', number]>([
      ['admin', 200],
      ['adminOther', 403],
      ['bestallareA', 403],
      ['self', 403],
    ])('should answer %s deleting a beställare with %i', async (actorName, status) => {
      // Only the allowed delete needs a user of its own; refused ones leave the target be.
      const user = status === 200 ? await newBestallare() : await target()
      const outcome = await ctx().client.remove({
        actor: actorName === 'self' ? user : actors()[actorName],
        collection: 'bestallare',
        id: user.id,
      })

      expect(outcome.status).toBe(status)
      const { totalDocs } = await ctx().payload.count({
        collection: 'bestallare',
        where: { id: { equals: user.id } },
      })
      expect(totalDocs).toBe(status === 200 ? 0 : 1)
    })

    it.each<[ActorName, number]>([
      ['support', 200],
      ['admin', 200],
      ['adminOther', 403],
      ['bestallareA', 403],
    ])(
      'should answer %s unlocking a beställare of the first konto with %i',
      async (actorName, status) => {
        const user = await target()
        const outcome = await ctx().client.unlock({ actor: actors()[actorName], email: user.email })

        expect(outcome.status).toBe(status)
      },
    )
  })

  describe('field-level rules', () => {
    it.each<[string, (fixture: Fixture) => Partial<Bestallare>]>([
      ['roll', () => ({ roll: 'administrator' })],
      ['konto', (fixture) => ({ konto: fixture.kontoOther.id })],
      ['enheter', (fixture) => ({ enheter: [fixture.enhetA.id, fixture.enhetB.id] })],
      ['farLaggaTillSlutkunder', () => ({ farLaggaTillSlutkunder: true })],
    ])('should keep a beställare’s own %s unchanged when it tries to set it', async (_, change) => {
      const user = await selfBestallare()
      const fornamn = unique('Annika')
      const outcome = await ctx().client.update({
        actor: user,
        collection: 'bestallare',
        data: { ...change(ctx().fixture), fornamn },
        id: user.id,
      })

      expect(outcome).toEqual({ errors: [], ids: [user.id], status: 200 })
      const after = await stored<Bestallare>('bestallare', user.id)
      expect({
        enheter: after.enheter,
        farLaggaTillSlutkunder: after.farLaggaTillSlutkunder,
        fornamn: after.fornamn,
        konto: after.konto,
        roll: after.roll,
      }).toEqual({
        enheter: [ctx().fixture.enhetA.id],
        farLaggaTillSlutkunder: false,
        fornamn,
        konto: ctx().fixture.konto.id,
        roll: 'bestallare',
      })
    })

    it('should keep a beställare’s own e-mail and telefon unchanged (name and password only)', async () => {
      const user = await selfBestallare()
      const outcome = await ctx().client.update({
        actor: user,
        collection: 'bestallare',
        data: { email: `${unique('changed')}@test.se`, telefon: '070-111 22 33' },
        id: user.id,
      })

      expect(outcome.status).toBe(200)
      const after = await stored<Bestallare>('bestallare', user.id)
      expect({ email: after.email, telefon: after.telefon }).toEqual({
        email: user.email,
        telefon: user.telefon,
      })
    })

    it.each<[string, (fixture: Fixture) => Partial<Bestallare>]>([
      ['roll', () => ({ roll: 'bestallare' })],
      ['konto', (fixture) => ({ konto: fixture.kontoOther.id })],
    ])('should keep an administrator’s own %s unchanged', async (_, change) => {
      const admin = await selfAdministrator()
      const outcome = await ctx().client.update({
        actor: admin,
        collection: 'bestallare',
        data: change(ctx().fixture),
        id: admin.id,
      })

      expect(outcome).toEqual({ errors: [], ids: [admin.id], status: 200 })
      const after = await stored<Bestallare>('bestallare', admin.id)
      expect({ konto: after.konto, roll: after.roll }).toEqual({
        konto: ctx().fixture.konto.id,
        roll: 'administrator',
      })
    })

    it('should keep the konto of a beställare an administrator changes', async () => {
      const outcome = await ctx().client.update({
        actor: ctx().fixture.admin,
        collection: 'bestallare',
        data: { konto: ctx().fixture.kontoOther.id },
        id: (await target()).id,
      })

      expect(outcome.status).toBe(200)
      await expectTargetUnchanged()
    })

    it('should refuse an administrator creating a support user, with the message on roll', async () => {
      const email = `${unique('fake-support')}@test.se`
      const outcome = await ctx().client.create({
        actor: ctx().fixture.admin,
        collection: 'bestallare',
        data: {
          efternamn: 'Falsk',
          email,
          fornamn: 'Stig',
          password: fixturePassword,
          roll: 'support',
          telefon: '0346-88 60 00',
        },
      })

      expectInvalid(outcome, 'roll', messages.rollSupport)
      const { totalDocs } = await ctx().payload.count({
        collection: 'bestallare',
        where: { email: { equals: email } },
      })
      expect(totalDocs).toBe(0)
    })

    it('should refuse an administrator making a user of its konto support', async () => {
      const outcome = await ctx().client.update({
        actor: ctx().fixture.admin,
        collection: 'bestallare',
        data: { roll: 'support' },
        id: (await target()).id,
      })

      expectInvalid(outcome, 'roll', messages.rollSupport)
      await expectTargetUnchanged()
    })

    it('should create an administrator’s new user in its own konto whatever the request says', async () => {
      const outcome = await ctx().client.create({
        actor: ctx().fixture.admin,
        collection: 'bestallare',
        data: {
          efternamn: 'Lund',
          email: `${unique('other-konto')}@test.se`,
          fornamn: 'Olle',
          konto: ctx().fixture.kontoOther.id,
          password: fixturePassword,
          roll: 'administrator',
          telefon: '0346-88 60 00',
        },
      })

      expect(outcome.status).toBe(created())
      expect((await stored<Bestallare>('bestallare', outcome.ids[0])).konto).toBe(
        ctx().fixture.konto.id,
      )
    })

    it('should refuse an administrator giving a new beställare another konto’s enhet', async () => {
      const outcome = await ctx().client.create({
        actor: ctx().fixture.admin,
        collection: 'bestallare',
        data: {
          efternamn: 'Dahl',
          email: `${unique('foreign-enhet')}@test.se`,
          enheter: [ctx().fixture.enhetA.id, ctx().fixture.enhetOther.id],
          fornamn: 'Rut',
          password: fixturePassword,
          roll: 'bestallare',
          telefon: '0346-88 60 00',
        },
      })

      expectInvalid(outcome, 'enheter', messages.enheterAnnatKonto)
    })

    it('should refuse an administrator assigning another konto’s enhet to a beställare', async () => {
      const outcome = await ctx().client.update({
        actor: ctx().fixture.admin,
        collection: 'bestallare',
        data: { enheter: [ctx().fixture.enhetOther.id] },
        id: (await target()).id,
      })

      expectInvalid(outcome, 'enheter', messages.enheterAnnatKonto)
      await expectTargetUnchanged()
    })
  })

  describe('references', () => {
    it.each<['fonsterOther' | 'fonsterB']>([['fonsterOther'], ['fonsterB']])(
      'should refuse a slutkund of enhet A with %s as leveransfönster',
      async (fonsterName) => {
        const { fixture } = ctx()
        const outcome = await ctx().client.create({
          actor: fixture.admin,
          collection: 'slutkunder',
          data: slutkundData({
            enhet: fixture.enhetA,
            fonster: fixture[fonsterName],
            fornamn: unique('Vera'),
          }),
        })

        expectInvalid(outcome, 'leveransfonster', messages.leveransfonsterFelEnhet)
      },
    )

    it('should refuse moving a slutkund to another konto’s enhet and keep it unchanged', async () => {
      const { fixture } = ctx()
      const slutkund = fixture.slutkundA
      const outcome = await ctx().client.update({
        actor: fixture.admin,
        collection: 'slutkunder',
        data: { enhet: fixture.enhetOther.id, leveransfonster: [fixture.fonsterOther.id] },
        id: slutkund.id,
      })

      expectInvalid(outcome, 'enhet', messages.enhetOtillganglig)
      const after = await stored<{ enhet: number; leveransfonster: number[] }>(
        'slutkunder',
        slutkund.id,
      )
      expect({ enhet: after.enhet, leveransfonster: after.leveransfonster }).toEqual({
        enhet: fixture.enhetA.id,
        leveransfonster: [fixture.fonsterA.id],
      })
    })

    it('should refuse another konto’s leveransfönster on a slutkund update', async () => {
      const { fixture } = ctx()
      const slutkund = fixture.slutkundA
      const outcome = await ctx().client.update({
        actor: fixture.admin,
        collection: 'slutkunder',
        data: { leveransfonster: [fixture.fonsterOther.id] },
        id: slutkund.id,
      })

      expectInvalid(outcome, 'leveransfonster', messages.leveransfonsterFelEnhet)
    })

    it('should refuse an administrator moving a leveransfönster to another konto’s enhet', async () => {
      const { fixture } = ctx()
      const outcome = await ctx().client.update({
        actor: fixture.admin,
        collection: 'leveransfonster',
        data: { enhet: fixture.enhetOther.id },
        id: fixture.fonsterB.id,
      })

      expectInvalid(outcome, 'enhet', messages.enhetOtillganglig)
      const after = await stored<Leveransfonster>('leveransfonster', fixture.fonsterB.id)
      expect({ enhet: after.enhet, konto: after.konto }).toEqual({
        enhet: fixture.enhetB.id,
        konto: fixture.konto.id,
      })
    })

    it('should refuse a beställare moving its slutkund into an enhet it does not have', async () => {
      const { fixture } = ctx()
      const slutkund = fixture.slutkundA
      const outcome = await ctx().client.update({
        actor: fixture.bestallareA,
        collection: 'slutkunder',
        data: { enhet: fixture.enhetB.id, leveransfonster: [fixture.fonsterB.id] },
        id: slutkund.id,
      })

      expectInvalid(outcome, 'enhet', messages.enhetOtillganglig)
      expect((await stored<{ enhet: number }>('slutkunder', slutkund.id)).enhet).toBe(
        fixture.enhetA.id,
      )
    })
  })

  describe('orders', () => {
    const visible: [ActorName, ('a' | 'b' | 'other')[]][] = [
      ['support', ['a', 'b', 'other']],
      ['admin', ['a', 'b']],
      ['adminOther', ['other']],
      ['bestallareA', ['a']],
      ['bestallareB', ['b']],
      ['bestallareNoCreate', ['a']],
    ]

    it.each(visible)('should let %s read exactly the orders %j', async (actorName, names) => {
      const { orders } = ctx()
      const outcome = await ctx().client.find({
        actor: actors()[actorName],
        collection: 'ordrar',
        where: { id: { in: [orders.a.id, orders.b.id, orders.other.id] } },
      })

      expect(outcome.status).toBe(200)
      expect([...outcome.ids].sort()).toEqual(names.map((name) => orders[name].id).sort())
    })

    it('should answer a beställare asking for another enhet’s order with 404', async () => {
      const outcome = await ctx().client.findByID({
        actor: ctx().fixture.bestallareA,
        collection: 'ordrar',
        id: ctx().orders.b.id,
      })

      expect(outcome.status).toBe(404)
    })

    it('should refuse an anonymous caller listing orders with 403', async () => {
      expectForbidden(await ctx().client.find({ actor: null, collection: 'ordrar' }))
    })
  })
}
