import type { Payload } from 'payload'

import { afterAll, beforeAll, describe } from 'vitest'

import type { RoleContext } from './roles-cases'

import { bootPayload } from '../harness/bootPayload'
import { createFixture } from '../harness/fixtures'
import { describeRoleTable, seedOrders } from './roles-cases'
import { createLocalClient } from './roles-clients'

let payload: Payload
let context: RoleContext

beforeAll(async () => {
  payload = await bootPayload()
  const fixture = await createFixture({ payload, tag: 'local' })
  context = {
    client: createLocalClient(payload),
    fixture,
    orders: await seedOrders({ fixture, payload, tag: 'local' }),
    payload,
  }
})

afterAll(async () => {
  await payload.destroy()
})

describe('roles through the Local API with overrideAccess: false', () => {
  describeRoleTable(() => context)
})
