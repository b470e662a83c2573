import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword } from '../harness/fixtures'
import { startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer

const refusal = {
  body: {
    errors: [
      {
        message:
          'E-postadressen eller lösenordet är fel. Efter fem misslyckade försök låses inloggningen i tio minuter.',
      },
    ],
  },
  status: 401,
}

const login = async ({ email, password }: { email: string; password: string }) => {
  const response = await fetch(`${server.url}/api/bestallare/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'Accept-Language': 'sv', 'Content-Type': 'application/json' },
    method: 'POST',
  })
  return { body: (await response.json()) as Record<string, unknown>, status: response.status }
}

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'loginrefusal' })
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('refused logins', () => {
  it('should answer a wrong password and an unknown e-mail address alike', async () => {
    const answers = [
      await login({ email: fixture.bestallareB.email, password: 'fel-lösenord' }),
      await login({ email: 'finns.inte@falkenberg.test', password: 'fel-lösenord' }),
    ]

    expect(answers).toEqual([refusal, refusal])
  })

  it('should answer a locked account as any refused login, and keep it locked', async () => {
    const email = fixture.bestallareNoCreate.email
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await login({ email, password: 'fel-lösenord' })
    }

    expect(await login({ email, password: fixturePassword })).toEqual(refusal)
  })

  it('should answer a locked account alike over GraphQL', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({
        query: `mutation { loginBestallare(email: "${fixture.bestallareNoCreate.email}", password: "${fixturePassword}") { token } }`,
      }),
      headers: { 'Accept-Language': 'sv', 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json()) as { errors?: { message: string }[] }

    expect(body.errors?.map(({ message }) => message)).toEqual([refusal.body.errors[0].message])
  })
})
