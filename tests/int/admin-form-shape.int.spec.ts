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
  fixture = await createFixture({ payload, tag: 'form' })
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

const patch = async ({ body, email, path }: { body: object; email: string; path: string }) => {
  const token = await loginOverHttp({ email, password: fixturePassword, url: server.url })
  return fetch(`${server.url}/api/${path}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'PATCH',
  })
}

describe('what the admin form sends', () => {
  it('should save a slutkund whose empty copy list comes as the row count 0', async () => {
    const response = await patch({
      body: { kommentarBestallare: 'Glutenfri kost.', kopiaOrderbekraftelse: 0 },
      email: fixture.bestallareA.email,
      path: `slutkunder/${fixture.slutkundA.id}`,
    })

    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'slutkunder', id: fixture.slutkundA.id })
    expect(stored.kommentarBestallare).toBe('Glutenfri kost.')
    expect(stored.kopiaOrderbekraftelse).toEqual([])
  })

  it('should save konto texts whose empty field-help list comes as the row count 0', async () => {
    const response = await patch({
      body: { bestallareTelefon: '0346-88 60 00', falthjalp: 0 },
      email: fixture.admin.email,
      path: `konton/${fixture.konto.id}`,
    })

    expect(response.status).toBe(200)
  })

  it('should still refuse a copy list that is neither a list nor empty', async () => {
    const response = await patch({
      body: { kopiaOrderbekraftelse: 'a@b.se' },
      email: fixture.bestallareA.email,
      path: `slutkunder/${fixture.slutkundA.id}`,
    })

    expect(response.status).toBe(400)
  })
})
