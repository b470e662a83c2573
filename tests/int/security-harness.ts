import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Bestallare, Integration, Order } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'

import { fixturePassword } from '../harness/fixtures'
import { loginOverHttp } from '../harness/startApiServer'

/** A portal user, an integration with its API key, or nobody. */
export type Actor =
  | { apiKey: string; integration: Integration; kind: 'integration' }
  | { kind: 'anonymous' }
  | { kind: 'user'; user: Bestallare }

export type HttpAnswer = { json: Record<string, unknown>; status: number; text: string }

export type SecurityContext = {
  butik: { apiKey: string; integration: Integration }
  fixture: Fixture
  orders: { a: Order; b: Order; other: Order }
  payload: Payload
  url: string
}

export const createIntegration = async ({
  konton,
  payload,
  typ,
}: {
  konton: (number | string)[]
  payload: Payload
  typ: Integration['typ']
}) => {
  const apiKey = randomBytes(24).toString('hex')
  const integration = await payload.create({
    collection: 'integrationer',
    data: { apiKey, enableAPIKey: true, konton: konton as number[], namn: `Butik ${typ}`, typ },
  })
  return { apiKey, integration }
}

/** One order per fixture slutkund, made by the server (intake itself is tested elsewhere). */
export const seedSecurityOrders = async ({
  fixture,
  payload,
  tag,
}: {
  fixture: Fixture
  payload: Payload
  tag: string
}): Promise<SecurityContext['orders']> => {
  const seed = (
    ordernummer: string,
    slutkund: Fixture['slutkundA'],
    fonster: Fixture['fonsterA'],
    leveransdatum: string,
    bestallare: Bestallare | null,
  ) =>
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
    a: await seed(
      'A',
      fixture.slutkundA,
      fixture.fonsterA,
      '2027-01-04',
      fixture.bestallareNoCreate,
    ),
    b: await seed('B', fixture.slutkundB, fixture.fonsterB, '2027-01-05', fixture.bestallareB),
    other: await seed('O', fixture.slutkundOther, fixture.fonsterOther, '2027-01-06', null),
  }
}

const tokens = new Map<string, Promise<string>>()

export const tokenOf = (url: string, user: Bestallare): Promise<string> => {
  const key = `${url}|${user.id}`
  if (!tokens.has(key)) {
    tokens.set(key, loginOverHttp({ email: user.email, password: fixturePassword, url }))
  }
  return tokens.get(key) as Promise<string>
}

export const authHeaders = async (url: string, actor: Actor): Promise<Record<string, string>> => {
  if (actor.kind === 'user') {
    return { Authorization: `JWT ${await tokenOf(url, actor.user)}` }
  }
  if (actor.kind === 'integration') {
    return { Authorization: `integrationer API-Key ${actor.apiKey}` }
  }
  return {}
}

const parse = (text: string): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export const callRest = async ({
  actor,
  body,
  headers = {},
  method,
  path,
  rawBody,
  url,
}: {
  actor: Actor
  body?: unknown
  headers?: Record<string, string>
  method: string
  path: string
  rawBody?: string
  url: string
}): Promise<HttpAnswer> => {
  const response = await fetch(`${url}/api/${path}`, {
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    headers: { 'Content-Type': 'application/json', ...(await authHeaders(url, actor)), ...headers },
    method,
  })
  const text = await response.text()
  return { json: parse(text), status: response.status, text }
}

export type GraphqlAnswer = {
  data: Record<string, unknown> | null
  errors: { extensions?: { statusCode?: number }; message: string }[]
  status: number
}

export const callGraphql = async ({
  actor,
  query,
  url,
  variables,
}: {
  actor: Actor
  query: string
  url: string
  variables?: Record<string, unknown>
}): Promise<GraphqlAnswer> => {
  const response = await fetch(`${url}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: { 'Content-Type': 'application/json', ...(await authHeaders(url, actor)) },
    method: 'POST',
  })
  const json = parse(await response.text()) as Partial<GraphqlAnswer>
  return { data: json.data ?? null, errors: json.errors ?? [], status: response.status }
}

/** The user as a request's authentication would load it, for Local API calls on its behalf. */
export const localUserOf = async (payload: Payload, actor: Actor) => {
  if (actor.kind === 'user') {
    const user = await payload.findByID({ collection: 'bestallare', depth: 0, id: actor.user.id })
    return { ...user, collection: 'bestallare' as const }
  }
  if (actor.kind === 'integration') {
    const integration = await payload.findByID({
      collection: 'integrationer',
      depth: 0,
      id: actor.integration.id,
    })
    return { ...integration, collection: 'integrationer' as const }
  }
  return undefined
}

/** A Payload error's HTTP status, for Local API calls that throw. */
export const statusOfError = (error: unknown): number => {
  const status = (error as { status?: unknown }).status
  if (typeof status !== 'number') {
    throw error
  }
  return status
}
