import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Bestallare } from '../../src/payload-types'
import type { ApiServer } from '../harness/startApiServer'
import type { RoleContext } from './roles-cases'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword, slutkundData } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'
import { describeRoleTable, messages, seedOrders, unique } from './roles-cases'
import { createRestClient, createTokenCache } from './roles-clients'

let payload: Payload
let server: ApiServer
let context: RoleContext
let tokenOf: (user: Bestallare) => Promise<string>

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  tokenOf = createTokenCache(server.url)
  const fixture = await createFixture({ payload, tag: 'rest' })
  context = {
    client: createRestClient(server.url),
    fixture,
    orders: await seedOrders({ fixture, payload, tag: 'rest' }),
    payload,
  }
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

const login = (user: Bestallare, password = fixturePassword) =>
  loginOverHttp({ email: user.email, password, url: server.url })

const get = async (path: string, token?: string) => {
  const response = await fetch(`${server.url}/api/${path}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return { body: await response.json(), status: response.status }
}

const patch = async (path: string, body: object, token: string) => {
  const response = await fetch(`${server.url}/api/${path}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'PATCH',
  })
  return { body: await response.json(), status: response.status }
}

const newBestallare = (data: Partial<Bestallare>) =>
  payload.create({
    collection: 'bestallare',
    data: {
      efternamn: 'Olsson',
      email: `${unique('rest-extra')}@test.se`,
      fornamn: 'Birgitta',
      konto: context.fixture.konto.id,
      password: fixturePassword,
      roll: 'bestallare',
      telefon: '0346-88 60 00',
      ...data,
    },
    disableVerificationEmail: true,
  })

describe('roles through REST over HTTP', () => {
  describeRoleTable(() => context)

  describe('anonymous callers', () => {
    it('should answer an anonymous POST of a slutkund with 403 and store nothing', async () => {
      const { fixture } = context
      const fornamn = unique('Anonym')
      const response = await fetch(`${server.url}/api/slutkunder`, {
        body: JSON.stringify(
          slutkundData({ enhet: fixture.enhetA, fonster: fixture.fonsterA, fornamn }),
        ),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })

      expect({ body: await response.json(), status: response.status }).toEqual({
        body: { errors: [{ message: messages.forbidden }] },
        status: 403,
      })
      const { totalDocs } = await payload.count({
        collection: 'slutkunder',
        where: { fornamn: { equals: fornamn } },
      })
      expect(totalDocs).toBe(0)
    })
  })

  describe('own password', () => {
    it('should let a beställare change its own password and log in with it', async () => {
      const user = await newBestallare({ enheter: [context.fixture.enhetA.id] })
      const token = await login(user)
      const changed = await patch(`bestallare/${user.id}`, { password: 'Nytt-Lösen-2027' }, token)

      expect(changed.status).toBe(200)
      await expect(login(user, 'Nytt-Lösen-2027')).resolves.toEqual(expect.any(String))
      await expect(login(user)).rejects.toThrow('Login failed with status 401')
    })
  })

  describe('populated relationships', () => {
    it('should give a beställare at depth 2 only the ID of a window its enhet no longer has', async () => {
      const { fixture } = context
      const moved = await payload.create({
        collection: 'leveransfonster',
        data: {
          enhet: fixture.enhetA.id,
          sluttid: '11:00',
          starttid: '09:00',
          stopptidDagarFore: 1,
          stopptidKlockslag: '12:00',
          veckodag: 'torsdag',
        },
      })
      const slutkund = await payload.create({
        collection: 'slutkunder',
        data: slutkundData({
          enhet: fixture.enhetA,
          fonster: fixture.fonsterA,
          fornamn: unique('Hedvig'),
          leveransfonster: [fixture.fonsterA.id, moved.id],
        }),
      })
      const adminToken = await tokenOf(fixture.admin)
      expect(
        (await patch(`leveransfonster/${moved.id}`, { enhet: fixture.enhetB.id }, adminToken))
          .status,
      ).toBe(200)

      const { body, status } = await get(
        `slutkunder/${slutkund.id}?depth=2`,
        await tokenOf(fixture.bestallareA),
      )

      expect(status).toBe(200)
      expect(
        body.leveransfonster.map((value: unknown) => (typeof value === 'object' ? 'doc' : value)),
      ).toEqual(['doc', moved.id])
      expect(body.leveransfonster[0].id).toBe(fixture.fonsterA.id)
      expect(body.enhet.konto.id).toBe(fixture.konto.id)
      expect(body.enhet.leveransfonster.docs.map((doc: { id: number }) => doc.id)).not.toContain(
        moved.id,
      )
    })

    it('should populate a beställare’s own enheter and konto when it reads itself', async () => {
      const { fixture } = context
      const { body, status } = await get(
        `bestallare/${fixture.bestallareA.id}?depth=1`,
        await tokenOf(fixture.bestallareA),
      )

      expect(status).toBe(200)
      expect({
        enheter: body.enheter.map((enhet: { id: number; namn: string }) => [enhet.id, enhet.namn]),
        konto: body.konto.id,
      }).toEqual({ enheter: [[fixture.enhetA.id, 'Hemtjänst Centrum']], konto: fixture.konto.id })
    })

    it('should join to an administrator’s enhet exactly that enhet’s leveransfönster', async () => {
      const { fixture } = context
      const { body, status } = await get(
        `enheter/${fixture.enhetB.id}?depth=1`,
        await tokenOf(fixture.admin),
      )
      const { docs } = await payload.find({
        collection: 'leveransfonster',
        depth: 0,
        pagination: false,
        where: { enhet: { equals: fixture.enhetB.id } },
      })

      expect(status).toBe(200)
      expect(body.leveransfonster.docs.map((doc: { id: number }) => doc.id).sort()).toEqual(
        docs.map((doc) => doc.id).sort(),
      )
      expect(
        body.leveransfonster.docs.every((doc: { konto: number }) => doc.konto === fixture.konto.id),
      ).toBe(true)
    })

    it('should answer another konto’s administrator asking for the enhet with 404', async () => {
      const { fixture } = context
      const { status } = await get(
        `enheter/${fixture.enhetA.id}?depth=1`,
        await tokenOf(fixture.adminOther),
      )

      expect(status).toBe(404)
    })

    it('should give a beställare only the ID of another beställare who placed an order', async () => {
      const { fixture, orders } = context
      const { body, status } = await get(
        `ordrar/${orders.a.id}?depth=1`,
        await tokenOf(fixture.bestallareA),
      )

      expect(status).toBe(200)
      expect({ bestallare: body.bestallare, slutkund: body.slutkund.id }).toEqual({
        bestallare: fixture.bestallareNoCreate.id,
        slutkund: fixture.slutkundA.id,
      })
    })
  })

  describe('a beställare whose enheter are removed', () => {
    it('should lose a removed enhet’s slutkunder on its next request', async () => {
      const { fixture } = context
      const user = await newBestallare({ enheter: [fixture.enhetA.id, fixture.enhetB.id] })
      const token = await login(user)
      expect((await get(`slutkunder/${fixture.slutkundA.id}`, token)).status).toBe(200)

      const stripped = await patch(
        `bestallare/${user.id}`,
        { enheter: [fixture.enhetB.id] },
        await tokenOf(fixture.admin),
      )
      expect(stripped.status).toBe(200)

      expect((await get(`slutkunder/${fixture.slutkundA.id}`, token)).status).toBe(404)
      const list = await get(
        `slutkunder?depth=0&where[id][in]=${fixture.slutkundA.id},${fixture.slutkundB.id}`,
        token,
      )
      expect(list.body.docs.map((doc: { id: number }) => doc.id)).toEqual([fixture.slutkundB.id])
    })

    it('should refuse a beställare left without enheter any slutkund list with 403', async () => {
      const { fixture } = context
      const user = await newBestallare({ enheter: [fixture.enhetA.id] })
      const token = await login(user)
      expect((await get('slutkunder?depth=0', token)).status).toBe(200)

      await patch(`bestallare/${user.id}`, { enheter: [] }, await tokenOf(fixture.admin))

      expect(await get('slutkunder?depth=0', token)).toEqual({
        body: { errors: [{ message: messages.forbidden }] },
        status: 403,
      })
    })
  })

  describe('removing a slutkund', () => {
    /*
     * "Ta bort slutkund" uses Payload's trash (`trash: true` on slutkunder): removing sets
     * `deletedAt` through an update (what the admin UI's delete does), the row stays, and
     * every read without `trash` leaves it out. Orders keep their own konto and enhet, so
     * the konto still reads them.
     */
    it('should keep a trashed slutkund’s orders readable by the konto’s administrator', async () => {
      const { fixture } = context
      const slutkund = await payload.create({
        collection: 'slutkunder',
        data: slutkundData({
          enhet: fixture.enhetA,
          fonster: fixture.fonsterA,
          fornamn: unique('Tora'),
        }),
      })
      const order = await payload.create({
        collection: 'ordrar',
        data: {
          leveransdatum: '2027-01-11',
          leveransfonster: fixture.fonsterA.id,
          ordernummer: unique('rest-trash-'),
          slutkund: slutkund.id,
          status: 'mottagen',
        } as never,
      })

      const trashed = await patch(
        `slutkunder/${slutkund.id}`,
        { deletedAt: new Date().toISOString() },
        await tokenOf(fixture.bestallareA),
      )
      expect(trashed.status).toBe(200)

      const adminToken = await tokenOf(fixture.admin)
      expect((await get(`slutkunder/${slutkund.id}`, adminToken)).status).toBe(404)
      const read = await get(`ordrar/${order.id}?depth=0`, adminToken)
      expect({ id: read.body.id, slutkund: read.body.slutkund, status: read.status }).toEqual({
        id: order.id,
        slutkund: slutkund.id,
        status: 200,
      })
      const kept = await get(`slutkunder/${slutkund.id}?trash=true&depth=0`, adminToken)
      expect({
        hasDeletedAt: typeof kept.body.deletedAt === 'string',
        status: kept.status,
      }).toEqual({
        hasDeletedAt: true,
        status: 200,
      })
    })

    it('should keep a permanently deleted slutkund’s orders readable by the konto', async () => {
      const { fixture } = context
      const slutkund = await payload.create({
        collection: 'slutkunder',
        data: slutkundData({
          enhet: fixture.enhetA,
          fonster: fixture.fonsterA,
          fornamn: unique('Rakel'),
        }),
      })
      const order = await payload.create({
        collection: 'ordrar',
        data: {
          leveransdatum: '2027-01-18',
          leveransfonster: fixture.fonsterA.id,
          ordernummer: unique('rest-delete-'),
          slutkund: slutkund.id,
          status: 'mottagen',
        } as never,
      })

      const response = await fetch(`${server.url}/api/slutkunder/${slutkund.id}`, {
        headers: { Authorization: `JWT ${await tokenOf(fixture.admin)}` },
        method: 'DELETE',
      })
      expect(response.status).toBe(200)

      const read = await get(`ordrar/${order.id}?depth=0`, await tokenOf(fixture.admin))
      expect({
        enhet: read.body.enhet,
        id: read.body.id,
        namn: read.body.leverans?.namn,
        status: read.status,
      }).toEqual({
        enhet: fixture.enhetA.id,
        id: order.id,
        namn: `${slutkund.fornamn} Svensson`,
        status: 200,
      })
    })

    it('should refuse a beställare trashing another enhet’s slutkund with 403', async () => {
      const { fixture } = context
      const trashed = await patch(
        `slutkunder/${fixture.slutkundB.id}`,
        { deletedAt: new Date().toISOString() },
        await tokenOf(fixture.bestallareA),
      )

      expect(trashed.status).toBe(403)
      expect(
        (await payload.findByID({ collection: 'slutkunder', id: fixture.slutkundB.id })).deletedAt,
      ).toBeFalsy()
    })
  })
})
