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

describe('broken GraphQL bodies', () => {
  it('should answer a GraphQL body that is not JSON with 400 and a Swedish message', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: 'xx',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      errors: [{ message: 'Anropets innehåll är inte giltig JSON.' }],
    })
  })

  it('should still answer a valid GraphQL query', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ Slutkunders { docs { id } } }' }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })

    expect(response.status).toBe(200)
    const { data } = await response.json()
    expect(data.Slutkunders.docs.length).toBe(3)
  })
})
