import type { AddressInfo } from 'node:net'

import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { createServer } from 'node:http'

import { refuseBrokenJson } from '../../src/graphql/refuseBrokenJson'

type RouteHandler = (request: Request, params: Record<string, string>) => Promise<Response>

export type ExtraRoute = { method: string; pattern: RegExp; handler: RouteHandler }

export type ApiServer = { stop: () => Promise<void>; url: string }

const rest = {
  DELETE: REST_DELETE(config),
  GET: REST_GET(config),
  PATCH: REST_PATCH(config),
  POST: REST_POST(config),
} as Record<
  string,
  (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
>

// As mounted by src/app/(payload)/api/graphql/route.ts.
const graphql = refuseBrokenJson(GRAPHQL_POST(config))

/**
 * Payload's own REST and GraphQL route handlers (the ones Next.js mounts under /api)
 * served by plain node:http on 127.0.0.1, so integration tests go over real HTTP without
 * a Next.js build. Our own Next route handlers can be mounted beside them.
 */
export const startApiServer = async ({
  extraRoutes = [],
}: { extraRoutes?: ExtraRoute[] } = {}): Promise<ApiServer> => {
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) {
      chunks.push(chunk as Buffer)
    }
    const body = Buffer.concat(chunks)
    const url = new URL(incoming.url ?? '/', `http://127.0.0.1`)
    const headers = new Headers()
    for (const [key, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') {
        headers.set(key, value)
      } else if (Array.isArray(value)) {
        value.forEach((item) => headers.append(key, item))
      }
    }
    const method = incoming.method ?? 'GET'
    const request = new Request(url, {
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
      headers,
      method,
    })

    let response: Response
    const extra = extraRoutes.find(
      (route) => route.method === method && route.pattern.test(url.pathname),
    )
    if (extra) {
      const match = url.pathname.match(extra.pattern)
      response = await extra.handler(request, { ...(match?.groups ?? {}) })
    } else if (url.pathname === '/api/graphql' && method === 'POST') {
      response = await graphql(request)
    } else if (url.pathname.startsWith('/api/') && rest[method]) {
      const slug = url.pathname.slice('/api/'.length).split('/').map(decodeURIComponent)
      response = await rest[method](request, { params: Promise.resolve({ slug }) })
    } else {
      response = new Response('Not found', { status: 404 })
    }

    outgoing.statusCode = response.status
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie') {
        outgoing.setHeader(key, value)
      }
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length > 0) {
      outgoing.setHeader('set-cookie', cookies)
    }
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    stop: () => new Promise((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${port}`,
  }
}

/** Logs in over REST and returns the JWT for `Authorization: JWT …`. */
export const loginOverHttp = async ({
  email,
  password,
  url,
}: {
  email: string
  password: string
  url: string
}): Promise<string> => {
  const response = await fetch(`${url}/api/bestallare/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) {
    throw new Error(`Login failed with status ${response.status}`)
  }
  return body.token
}
