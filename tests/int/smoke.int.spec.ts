import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload })
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('smoke', () => {
  it('should list only the beställare’s own slutkunder over REST', async () => {
    const token = await loginOverHttp({
      email: fixture.bestallareA.email,
      password: fixturePassword,
      url: server.url,
    })
    const response = await fetch(`${server.url}/api/slutkunder?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const body = await response.json()
    expect(response.status).toBe(200)
    expect(body.docs.map((doc: { id: number }) => doc.id)).toEqual([fixture.slutkundA.id])
  })
})
