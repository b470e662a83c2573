import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import type { Bestallare } from '../../src/payload-types'

import { fixturePassword } from '../harness/fixtures'
import { loginOverHttp } from '../harness/startApiServer'

export type Collection =
  'bestallare' | 'enheter' | 'konton' | 'leveransfonster' | 'ordrar' | 'slutkunder'

export type FieldError = { message: string; path: string }

/**
 * What one call through an entry point came to. `status` is the HTTP status REST sends,
 * and for GraphQL the `statusCode` Payload puts on the error (HTTP itself answers 200).
 * The Local API has no status of its own: a thrown Payload error carries one, and a
 * success is reported with the status REST would send (201 created, 200 otherwise).
 */
export type Outcome = {
  errors: FieldError[]
  ids: (number | string)[]
  message?: string
  status: number
}

/** `null` is an anonymous caller. */
export type Actor = Bestallare | null

export type Client = {
  create: (args: { actor: Actor; collection: Collection; data: object }) => Promise<Outcome>
  find: (args: { actor: Actor; collection: Collection; where?: Where }) => Promise<Outcome>
  findByID: (args: {
    actor: Actor
    collection: Collection
    id: number | string
  }) => Promise<Outcome>
  name: 'graphql' | 'local' | 'rest'
  remove: (args: { actor: Actor; collection: Collection; id: number | string }) => Promise<Outcome>
  /** Unlocks a beställare locked by wrong passwords. */
  unlock: (args: { actor: Actor; email: string }) => Promise<Outcome>
  update: (args: {
    actor: Actor
    collection: Collection
    data: object
    id: number | string
  }) => Promise<Outcome>
}

type ErrorBody = {
  data?: { errors?: FieldError[] }
  extensions?: { data?: { errors?: FieldError[] }; statusCode?: number }
  message?: string
}

const toFieldErrors = (errors: FieldError[] | undefined): FieldError[] =>
  (errors ?? []).map(({ message, path }) => ({ message, path }))

const success = (status: number, ids: (number | string)[]): Outcome => ({
  errors: [],
  ids,
  status,
})

/**
 * The Local API as a server route would call it on a user's behalf: the user is read
 * afresh for every call (as a request's authentication does) and access is not overridden.
 */
export const createLocalClient = (payload: Payload): Client => {
  const asUser = async (actor: Actor) => {
    if (!actor) {
      return undefined
    }
    const user = await payload.findByID({ collection: 'bestallare', depth: 0, id: actor.id })
    return { ...user, collection: 'bestallare' as const }
  }

  const run = async (
    successStatus: number,
    call: () => Promise<{ id: number | string }[]>,
  ): Promise<Outcome> => {
    try {
      const docs = await call()
      return success(
        successStatus,
        docs.map((doc) => doc.id),
      )
    } catch (error) {
      const payloadError = error as {
        data?: { errors?: FieldError[] }
        message?: string
        status?: number
      }
      if (typeof payloadError.status !== 'number') {
        throw error
      }
      return {
        errors: toFieldErrors(payloadError.data?.errors),
        ids: [],
        message: payloadError.message,
        status: payloadError.status,
      }
    }
  }

  return {
    name: 'local',
    create: async ({ actor, collection, data }) => {
      const user = await asUser(actor)
      return run(201, async () => [
        await payload.create({
          collection,
          data: data as never,
          disableVerificationEmail: true,
          overrideAccess: false,
          user,
        }),
      ])
    },
    find: async ({ actor, collection, where }) => {
      const user = await asUser(actor)
      return run(200, async () => {
        const result = await payload.find({
          collection,
          depth: 0,
          overrideAccess: false,
          pagination: false,
          user,
          where,
        })
        return result.docs
      })
    },
    findByID: async ({ actor, collection, id }) => {
      const user = await asUser(actor)
      return run(200, async () => [
        await payload.findByID({ collection, depth: 0, id, overrideAccess: false, user }),
      ])
    },
    remove: async ({ actor, collection, id }) => {
      const user = await asUser(actor)
      return run(200, async () => [
        await payload.delete({ collection, id, overrideAccess: false, user }),
      ])
    },
    unlock: async ({ actor, email }) => {
      const req = await createLocalReq({ user: await asUser(actor) }, payload)
      return run(200, async () => {
        await payload.unlock({
          collection: 'bestallare',
          // Payload's type asks for a password too; unlock reads only the e-mail.
          data: { email, password: '' },
          overrideAccess: false,
          req,
        })
        return []
      })
    },
    update: async ({ actor, collection, data, id }) => {
      const user = await asUser(actor)
      return run(200, async () => [
        await payload.update({
          collection,
          data: data as never,
          depth: 0,
          id,
          overrideAccess: false,
          user,
        }),
      ])
    },
  }
}

/** Logs each user in once over HTTP and keeps its JWT. */
export const createTokenCache = (url: string) => {
  const tokens = new Map<number | string, Promise<string>>()
  return (user: Bestallare): Promise<string> => {
    if (!tokens.has(user.id)) {
      tokens.set(user.id, loginOverHttp({ email: user.email, password: fixturePassword, url }))
    }
    return tokens.get(user.id) as Promise<string>
  }
}

const createAuthHeaders = (url: string) => {
  const tokenOf = createTokenCache(url)
  return async (actor: Actor): Promise<Record<string, string>> =>
    actor ? { Authorization: `JWT ${await tokenOf(actor)}` } : {}
}

const toQueryString = (where: Where | undefined): string => {
  const params = new URLSearchParams({ depth: '0', pagination: 'false' })
  if (where) {
    const flatten = (value: unknown, prefix: string) => {
      if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          flatten(inner, `${prefix}[${key}]`)
        }
      } else {
        params.append(prefix, String(value))
      }
    }
    for (const [key, value] of Object.entries(where)) {
      flatten(value, `where[${key}]`)
    }
  }
  return params.toString()
}

/** Payload's REST API over real HTTP. */
export const createRestClient = (url: string): Client => {
  const authHeaders = createAuthHeaders(url)

  const send = async ({
    actor,
    body,
    method,
    path,
  }: {
    actor: Actor
    body?: object
    method: string
    path: string
  }): Promise<Outcome> => {
    const response = await fetch(`${url}/api/${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...(await authHeaders(actor)) },
      method,
    })
    const json = (await response.json()) as {
      doc?: { id: number | string }
      docs?: { id: number | string }[]
      errors?: ErrorBody[]
      id?: number | string
    }
    if (!response.ok) {
      return {
        errors: toFieldErrors(json.errors?.[0]?.data?.errors),
        ids: [],
        message: json.errors?.[0]?.message,
        status: response.status,
      }
    }
    const docs =
      json.docs ?? (json.doc ? [json.doc] : json.id !== undefined ? [{ id: json.id }] : [])
    return success(
      response.status,
      docs.map((doc) => doc.id),
    )
  }

  return {
    name: 'rest',
    create: ({ actor, collection, data }) =>
      send({ actor, body: data, method: 'POST', path: `${collection}?depth=0` }),
    find: ({ actor, collection, where }) =>
      send({ actor, method: 'GET', path: `${collection}?${toQueryString(where)}` }),
    findByID: ({ actor, collection, id }) =>
      send({ actor, method: 'GET', path: `${collection}/${id}?depth=0` }),
    remove: ({ actor, collection, id }) =>
      send({ actor, method: 'DELETE', path: `${collection}/${id}?depth=0` }),
    unlock: ({ actor, email }) =>
      send({ actor, body: { email }, method: 'POST', path: 'bestallare/unlock' }),
    update: ({ actor, collection, data, id }) =>
      send({ actor, body: data, method: 'PATCH', path: `${collection}/${id}?depth=0` }),
  }
}

/** GraphQL names Payload derives from our slugs (labels are translated objects). */
const graphqlName = (collection: Collection): string =>
  collection.charAt(0).toUpperCase() + collection.slice(1)

export type GraphqlResponse = {
  data?: Record<string, unknown>
  errors?: ErrorBody[]
  status: number
}

export const postGraphql = async ({
  headers,
  query,
  url,
  variables,
}: {
  headers: Record<string, string>
  query: string
  url: string
  variables?: Record<string, unknown>
}): Promise<GraphqlResponse> => {
  const response = await fetch(`${url}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: { 'Content-Type': 'application/json', ...headers },
    method: 'POST',
  })
  const json = (await response.json()) as Omit<GraphqlResponse, 'status'>
  return { ...json, status: response.status }
}

/** GraphQL's `id` operator has no `in`; the same filter is an `OR` of `equals`. */
const toGraphqlWhere = (where: undefined | Where): undefined | Where => {
  const ids = (where?.id as { in?: (number | string)[] } | undefined)?.in
  if (!where || !ids) {
    return where
  }
  const rest = Object.fromEntries(Object.entries(where).filter(([key]) => key !== 'id'))
  return { ...rest, OR: ids.map((id) => ({ id: { equals: id } })) }
}

/** Payload's GraphQL API over real HTTP (`POST /api/graphql`). */
export const createGraphqlClient = (url: string): Client => {
  const authHeaders = createAuthHeaders(url)

  const send = async ({
    actor,
    field,
    query,
    successStatus,
    variables,
  }: {
    actor: Actor
    field: string
    query: string
    successStatus: number
    variables?: Record<string, unknown>
  }): Promise<Outcome> => {
    const response = await postGraphql({ headers: await authHeaders(actor), query, url, variables })
    const [error] = response.errors ?? []
    if (response.status !== 200) {
      throw new Error(`GraphQL answered HTTP ${response.status}`)
    }
    if (error) {
      if (typeof error.extensions?.statusCode !== 'number') {
        throw new Error(`GraphQL refused the query itself: ${error.message}`)
      }
      return {
        errors: toFieldErrors(error.extensions.data?.errors),
        ids: [],
        message: error.message,
        status: error.extensions.statusCode,
      }
    }
    const result = response.data?.[field] as {
      docs?: { id: number | string }[]
      id?: number | string
    } | null
    const docs = result?.docs ?? (result?.id !== undefined ? [{ id: result.id }] : [])
    return success(
      successStatus,
      docs.map((doc) => doc.id),
    )
  }

  return {
    name: 'graphql',
    create: ({ actor, collection, data }) => {
      const name = graphqlName(collection)
      return send({
        actor,
        field: `create${name}`,
        query: `mutation ($data: mutation${name}Input!) { create${name}(data: $data) { id } }`,
        successStatus: 200,
        variables: { data },
      })
    },
    find: ({ actor, collection, where }) => {
      const name = graphqlName(collection)
      return send({
        actor,
        field: `${name}s`,
        query: `query ($where: ${name}_where) { ${name}s(where: $where, pagination: false) { docs { id } } }`,
        successStatus: 200,
        variables: { where: toGraphqlWhere(where) },
      })
    },
    findByID: ({ actor, collection, id }) => {
      const name = graphqlName(collection)
      return send({
        actor,
        field: name,
        query: `query ($id: Int!) { ${name}(id: $id) { id } }`,
        successStatus: 200,
        variables: { id },
      })
    },
    remove: ({ actor, collection, id }) => {
      const name = graphqlName(collection)
      return send({
        actor,
        field: `delete${name}`,
        query: `mutation ($id: Int!) { delete${name}(id: $id) { id } }`,
        successStatus: 200,
        variables: { id },
      })
    },
    unlock: ({ actor, email }) =>
      send({
        actor,
        field: 'unlockBestallare',
        query: 'mutation ($email: String!) { unlockBestallare(email: $email) }',
        successStatus: 200,
        variables: { email },
      }),
    update: ({ actor, collection, data, id }) => {
      const name = graphqlName(collection)
      return send({
        actor,
        field: `update${name}`,
        query: `mutation ($id: Int!, $data: mutation${name}UpdateInput!) { update${name}(id: $id, data: $data) { id } }`,
        successStatus: 200,
        variables: { data, id },
      })
    },
  }
}
