import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Bestallare } from '../../src/payload-types'
import type { ApiServer } from '../harness/startApiServer'
import type { RoleContext } from './roles-cases'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, slutkundData } from '../harness/fixtures'
import { startApiServer } from '../harness/startApiServer'
import { describeRoleTable, messages, seedOrders, unique } from './roles-cases'
import { createGraphqlClient, createTokenCache, postGraphql } from './roles-clients'

let payload: Payload
let server: ApiServer
let context: RoleContext
let tokenOf: (user: Bestallare) => Promise<string>

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  tokenOf = createTokenCache(server.url)
  const fixture = await createFixture({ payload, tag: 'graphql' })
  context = {
    client: createGraphqlClient(server.url),
    fixture,
    orders: await seedOrders({ fixture, payload, tag: 'graphql' }),
    payload,
  }
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

const query = async (user: Bestallare | null, text: string, variables?: Record<string, unknown>) =>
  postGraphql({
    headers: user ? { Authorization: `JWT ${await tokenOf(user)}` } : {},
    query: text,
    url: server.url,
    variables,
  })

describe('roles through GraphQL over HTTP', () => {
  describeRoleTable(() => context)

  describe('anonymous callers', () => {
    it('should refuse an anonymous GraphQL list of slutkunder with Forbidden', async () => {
      const response = await query(null, '{ Slutkunders { docs { id } } }')

      expect({
        data: response.data,
        errors: response.errors?.map((error) => ({
          message: error.message,
          statusCode: error.extensions?.statusCode,
        })),
        status: response.status,
      }).toEqual({
        data: { Slutkunders: null },
        errors: [{ message: messages.forbidden, statusCode: 403 }],
        status: 200,
      })
    })
  })

  describe('populated relationships', () => {
    it('should leave out of a beställare’s slutkund a window its enhet no longer has', async () => {
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
      const move = await query(
        fixture.admin,
        'mutation ($id: Int!) { updateLeveransfonster(id: $id, data: { enhet: ' +
          `${fixture.enhetB.id} }) { id enhet { id } } }`,
        { id: moved.id },
      )
      expect(move.data).toEqual({
        updateLeveransfonster: { enhet: { id: fixture.enhetB.id }, id: moved.id },
      })

      const response = await query(
        fixture.bestallareA,
        `query ($id: Int!) {
          Slutkunder(id: $id) {
            leveransfonster { id veckodag }
            enhet { id konto { id } leveransfonster { docs { id } } }
          }
        }`,
        { id: slutkund.id },
      )

      expect(response.errors).toBeUndefined()
      const { enhet, leveransfonster } = response.data?.Slutkunder as {
        enhet: { id: number; konto: { id: number }; leveransfonster: { docs: { id: number }[] } }
        leveransfonster: ({ id: number; veckodag: string } | null)[]
      }
      expect(leveransfonster).toEqual([{ id: fixture.fonsterA.id, veckodag: 'mandag' }])
      expect(enhet.konto).toEqual({ id: fixture.konto.id })
      expect(enhet.leveransfonster.docs.map((doc) => doc.id)).not.toContain(moved.id)
    })

    it('should populate a beställare’s own enheter and konto when it reads itself', async () => {
      const { fixture } = context
      const response = await query(
        fixture.bestallareA,
        '{ meBestallare { user { id enheter { id namn } konto { id } } } }',
      )

      expect(response.data).toEqual({
        meBestallare: {
          user: {
            enheter: [{ id: fixture.enhetA.id, namn: 'Hemtjänst Centrum' }],
            id: fixture.bestallareA.id,
            konto: { id: fixture.konto.id },
          },
        },
      })
    })

    it('should join to an administrator’s enhet exactly that enhet’s leveransfönster', async () => {
      const { fixture } = context
      const response = await query(
        fixture.admin,
        'query ($id: Int!) { Enheter(id: $id) { leveransfonster { docs { id konto { id } } } } }',
        { id: fixture.enhetB.id },
      )
      const { docs } = await payload.find({
        collection: 'leveransfonster',
        depth: 0,
        pagination: false,
        where: { enhet: { equals: fixture.enhetB.id } },
      })

      expect(response.data).toEqual({
        Enheter: {
          leveransfonster: {
            docs: docs.map((doc) => ({ id: doc.id, konto: { id: fixture.konto.id } })),
          },
        },
      })
    })

    it('should give a beställare null for another beställare who placed an order', async () => {
      const { fixture, orders } = context
      const response = await query(
        fixture.bestallareA,
        'query ($id: Int!) { Ordrar(id: $id) { id bestallare { id email } slutkund { id } } }',
        { id: orders.a.id },
      )

      expect(response.data).toEqual({
        Ordrar: { bestallare: null, id: orders.a.id, slutkund: { id: fixture.slutkundA.id } },
      })
    })
  })
})
