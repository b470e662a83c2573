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
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'id' })
  server = await startApiServer()
  token = await loginOverHttp({
    email: fixture.support.email,
    password: fixturePassword,
    url: server.url,
  })
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('malformed document ids', () => {
  it.each([
    'slutkunder',
    'ordrar',
    'enheter',
    'leveransfonster',
    'bestallare',
    'konton',
    'utskick',
  ])('should answer 404, not 500, for /api/%s/abc', async (collection) => {
    const response = await fetch(`${server.url}/api/${collection}/abc`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(404)
  })

  it('should still find a document by its numeric id', async () => {
    const response = await fetch(`${server.url}/api/slutkunder/${fixture.slutkundA.id}?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    expect((await response.json()).id).toBe(fixture.slutkundA.id)
  })
})
