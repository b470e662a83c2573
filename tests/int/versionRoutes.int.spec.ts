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
let supportToken: string

const call = async (method: 'GET' | 'POST', path: string) => {
  const response = await fetch(`${server.url}${path}`, {
    headers: { 'Accept-Language': 'sv', Authorization: `JWT ${supportToken}` },
    method,
  })
  return { body: (await response.json()) as Record<string, unknown>, status: response.status }
}

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'versionroutes' })
  server = await startApiServer()
  supportToken = await loginOverHttp({
    email: fixture.support.email,
    password: fixturePassword,
    url: server.url,
  })
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('version routes of collections without versions', () => {
  it.each([
    ['GET', '/api/slutkunder/versions'],
    ['GET', '/api/konton/versions'],
    ['GET', '/api/enheter/versions/1'],
    ['POST', '/api/slutkunder/versions/1'],
  ] as const)('should answer %s %s with 404 and a Swedish message', async (method, path) => {
    expect(await call(method, path)).toEqual({
      body: { errors: [{ message: 'Hittades inte' }] },
      status: 404,
    })
  })

  it('should still list the versions of orders, which have them', async () => {
    const order = await payload.create({
      collection: 'ordrar',
      data: {
        leveransdatum: '2030-01-14',
        ordernummer: 'VR-1',
        slutkund: fixture.slutkundA.id,
      } as never,
      depth: 0,
    })

    const { body, status } = await call(
      'GET',
      `/api/ordrar/versions?where[parent][equals]=${order.id}&depth=0`,
    )

    expect({
      parents: (body.docs as { parent: number }[]).map((doc) => doc.parent),
      status,
    }).toEqual({
      parents: [order.id],
      status: 200,
    })
  })
})
