import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'
import type { FakeResend } from '../support/fakeResend'

import { GET as getPasswordLink } from '../../src/app/(frontend)/losenord/[token]/route'
import { POST as postNewLink } from '../../src/app/(frontend)/losenord/ny-lank/route'
import { bootPayload } from '../harness/bootPayload'
import { createFixture } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'
import { extractFirstUrl, startFakeResend } from '../support/fakeResend'

const newPassword = 'Eget-Lösen-2027'
const dayMs = 24 * 60 * 60 * 1000

let payload: Payload
let fixture: Fixture
let resend: FakeResend
let server: ApiServer
let userCounter = 0

beforeAll(async () => {
  resend = await startFakeResend()
  process.env.RESEND_API_KEY = resend.apiKey
  process.env.RESEND_BASE_URL = resend.url
  process.env.EMAIL_FROM = 'Ombudshandel <ombudshandel@example.se>'
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'epost' })
  server = await startApiServer({
    extraRoutes: [
      {
        handler: (request) => postNewLink(request),
        method: 'POST',
        pattern: /^\/losenord\/ny-lank$/,
      },
      {
        handler: (request, { token }) =>
          getPasswordLink(request, { params: Promise.resolve({ token }) }),
        method: 'GET',
        pattern: /^\/losenord\/(?<token>[^/]+)$/,
      },
    ],
  })
  process.env.SERVER_URL = server.url
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
  await resend.stop()
})

beforeEach(() => {
  resend.reset()
})

afterEach(() => {
  vi.useRealTimers()
})

const newBestallareData = () => {
  userCounter += 1
  return {
    efternamn: 'Nilsson',
    email: `ny.bestallare.${userCounter}@falkenberg.se`,
    enheter: [fixture.enhetA.id],
    fornamn: 'Karin',
    roll: 'bestallare' as const,
    telefon: '0346-88 60 00',
  }
}

const createBestallareAsAdmin = () =>
  payload.create({
    collection: 'bestallare',
    data: newBestallareData(),
    overrideAccess: false,
    user: { ...fixture.admin, collection: 'bestallare' },
  })

const emailsTo = (address: string) => resend.emails.filter(({ to }) => to.includes(address))

const postJson = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })

describe('welcome e-mail', () => {
  it('should send exactly one welcome e-mail whose link sets a password and logs in', async () => {
    const adminToken = await loginOverHttp({
      email: fixture.admin.email,
      password: 'Fixture-Lösen-1',
      url: server.url,
    })
    const data = newBestallareData()
    const created = await fetch(`${server.url}/api/bestallare`, {
      body: JSON.stringify(data),
      headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    const emails = emailsTo(data.email)
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({
      from: 'Ombudshandel <ombudshandel@example.se>',
      idempotencyKey: `valkommen/${doc.id}`,
      subject: 'Välkommen till Ombudshandel – välj ditt lösenord',
    })
    expect(emails[0].text).toContain('Länken gäller i 24 timmar.')
    expect(emails[0].text).toContain('Coop Företagssupport på 0771-17 17 77')

    const link = extractFirstUrl(emails[0]) as string
    expect(link).toMatch(new RegExp(`^${server.url}/losenord/[0-9a-f]{40}$`))
    const token = link.split('/').at(-1) as string
    const opened = await fetch(link, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(`/admin/reset/${token}`)

    const reset = await postJson('/api/bestallare/reset-password', { password: newPassword, token })
    expect(reset.status).toBe(200)
    const { token: sessionToken } = (await reset.json()) as { token: string }
    const me = await fetch(`${server.url}/api/bestallare/me`, {
      headers: { Authorization: `JWT ${sessionToken}` },
    })
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(data.email)
    await expect(
      loginOverHttp({ email: data.email, password: newPassword, url: server.url }),
    ).resolves.toMatch(/^ey/)

    const { docs: logged } = await payload.find({
      collection: 'utskick',
      overrideAccess: true,
      where: { dedupeKey: { equals: `valkommen/${doc.id}` } },
    })
    expect(
      logged.map(({ leverantorsId, mall, mottagare, status }) => ({
        leverantorsId,
        mall,
        mottagare,
        status,
      })),
    ).toEqual([
      { leverantorsId: emails[0].id, mall: 'valkommen', mottagare: data.email, status: 'skickad' },
    ])
  })

  it('should send the welcome e-mail once when Resend answers 500 and then succeeds', async () => {
    resend.failNext({ status: 500 })
    const user = await createBestallareAsAdmin()

    expect(
      resend.requests.map(({ idempotencyKey, status }) => ({ idempotencyKey, status })),
    ).toEqual([
      { idempotencyKey: `valkommen/${user.id}`, status: 500 },
      { idempotencyKey: `valkommen/${user.id}`, status: 200 },
    ])
    expect(emailsTo(user.email)).toHaveLength(1)
    const { docs } = await payload.find({
      collection: 'utskick',
      overrideAccess: true,
      where: { dedupeKey: { equals: `valkommen/${user.id}` } },
    })
    expect(docs.map(({ status }) => status)).toEqual(['skickad'])
  })

  it('should refuse the welcome link after 24 hours and offer a new one', async () => {
    const createdAt = new Date('2027-02-01T08:00:00.000Z')
    vi.useFakeTimers({ now: createdAt, toFake: ['Date'] })
    const user = await createBestallareAsAdmin()
    const link = extractFirstUrl(emailsTo(user.email)[0]) as string
    const token = link.split('/').at(-1) as string

    vi.setSystemTime(createdAt.getTime() + dayMs - 60_000)
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(303)

    vi.setSystemTime(createdAt.getTime() + dayMs + 60_000)
    const expired = await fetch(link, { redirect: 'manual' })
    const page = await expired.text()
    expect(expired.status).toBe(410)
    expect(page).toContain('<h1>Länken har gått ut</h1>')
    expect(page).toContain('<form method="post" action="/losenord/ny-lank">')
    expect(page).toContain('<button type="submit">Skicka ny länk</button>')

    const reset = await postJson('/api/bestallare/reset-password', { password: newPassword, token })
    expect(reset.status).toBe(403)
    expect(await reset.json()).toEqual({
      errors: [{ message: 'Token is either invalid or has expired.' }],
    })
  })
})

describe('password reset', () => {
  it('should send a fresh link from the expired-link page and answer the same for an unknown address', async () => {
    const user = await createBestallareAsAdmin()
    resend.reset()
    const requestLink = (email: string) =>
      fetch(`${server.url}/losenord/ny-lank`, {
        body: new URLSearchParams({ email }),
        method: 'POST',
      })

    const known = await requestLink(user.email)
    const knownPage = await known.text()
    const unknown = await requestLink('okand@falkenberg.se')
    expect({ page: await unknown.text(), status: unknown.status }).toEqual({
      page: knownPage,
      status: known.status,
    })
    expect(known.status).toBe(200)
    expect(knownPage).toContain('Om adressen finns hos oss har vi skickat ett mejl med en ny länk.')

    expect(resend.emails.map(({ to }) => to)).toEqual([[user.email]])
    const link = extractFirstUrl(resend.emails[0]) as string
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(303)
  })
  it('should answer a reset request for an unknown address exactly like a known one and send nothing', async () => {
    const known = await postJson('/api/bestallare/forgot-password', {
      email: fixture.bestallareB.email,
    })
    const unknown = await postJson('/api/bestallare/forgot-password', {
      email: 'finns.inte@falkenberg.se',
    })

    expect({ body: await unknown.json(), status: unknown.status }).toEqual({
      body: await known.json(),
      status: known.status,
    })
    expect(resend.emails.map(({ subject, to }) => ({ subject, to }))).toEqual([
      { subject: 'Återställ ditt lösenord i Ombudshandel', to: [fixture.bestallareB.email] },
    ])
    const { totalDocs } = await payload.count({
      collection: 'utskick',
      overrideAccess: true,
      where: { mottagare: { equals: 'finns.inte@falkenberg.se' } },
    })
    expect(totalDocs).toBe(0)
  })
})
