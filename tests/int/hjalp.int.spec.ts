import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Bestallare } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { findFormularHjalp } from '../../src/hjalp/findFormularHjalp'
import { lexicalToPlainText, toLexical } from '../../src/hjalp/lexical'
import { seedHelpAndDocuments } from '../../src/seed/seedHelpAndDocuments'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

// The seed's autogiro PDF goes to a temporary folder, never into the repository's data/.
await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  process.env.OMBUDSHANDEL_UPLOADS_DIR = mkdtempSync(path.join(tmpdir(), 'ombudshandel-uploads-'))
})

let payload: Payload
let fixture: Fixture
let server: ApiServer

const reqFor = async (user: Bestallare): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...user, collection: 'bestallare' } }, payload)

const restAs = async ({
  body,
  method,
  path,
  user,
}: {
  body?: unknown
  method: string
  path: string
  user: Bestallare
}) => {
  const token = await loginOverHttp({
    email: user.email,
    password: fixturePassword,
    url: server.url,
  })
  const response = await fetch(`${server.url}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method,
  })
  return { body: await response.json(), status: response.status }
}

const sharedPage = (amne: string) =>
  payload.find({ collection: 'hjalp', where: { amne: { equals: amne } } }).then(({ docs }) => docs)

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'hj' })
  await seedHelpAndDocuments(payload)
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('help pages', () => {
  it('should show the shared pages beside the form, in their order', async () => {
    const sidor = await findFormularHjalp({
      kontoID: fixture.konto.id,
      payload,
      req: await reqFor(fixture.bestallareA),
    })
    expect(sidor.map(({ titel }) => titel)).toEqual([
      'Så fyller du i slutkunden',
      'Vad skriver jag i ”Kommentar till chaufför”?',
      'Digital nyckel – glöm inte larmadministratören',
      'Mobilnummer för SMS – inte fast telefon',
      'Autogiro för fakturor',
    ])
  })

  it('should show the page an administrator wrote in Lexical beside its konto’s form instead of the shared one', async () => {
    const created = await restAs({
      body: {
        amne: 'kommentar-chauffor',
        innehall: toLexical([
          { heading: 'Kommentar till chaufför i Falkenberg' },
          { paragraph: 'Skriv **alltid** om kunden har husdjur.' },
        ]),
        ordning: 2,
        titel: 'Chaufförskommentar hos oss',
      },
      method: 'POST',
      path: '/api/hjalp',
      user: fixture.admin,
    })

    const forOwnKonto = await findFormularHjalp({
      kontoID: fixture.konto.id,
      payload,
      req: await reqFor(fixture.bestallareA),
    })
    const forOtherKonto = await findFormularHjalp({
      kontoID: fixture.kontoOther.id,
      payload,
      req: await reqFor(fixture.adminOther),
    })
    const own = forOwnKonto.find(({ amne }) => amne === 'kommentar-chauffor')

    expect(created.status).toBe(201)
    expect(created.body.doc.konto.id).toBe(fixture.konto.id)
    expect(own?.titel).toBe('Chaufförskommentar hos oss')
    expect(lexicalToPlainText(own?.innehall)).toBe(
      'Kommentar till chaufför i Falkenberg\nSkriv alltid om kunden har husdjur.',
    )
    expect(forOwnKonto).toHaveLength(5)
    expect(forOtherKonto.find(({ amne }) => amne === 'kommentar-chauffor')?.titel).toBe(
      'Vad skriver jag i ”Kommentar till chaufför”?',
    )
  })

  it('should show a page edited by support to every konto', async () => {
    const [page] = await sharedPage('sms-mobil')
    const { status } = await restAs({
      body: {
        innehall: toLexical([{ paragraph: 'Ange aldrig fast telefon för SMS.' }]),
      },
      method: 'PATCH',
      path: `/api/hjalp/${page.id}`,
      user: fixture.support,
    })

    const sidor = await findFormularHjalp({
      kontoID: fixture.kontoOther.id,
      payload,
      req: await reqFor(fixture.adminOther),
    })
    expect(status).toBe(200)
    expect(lexicalToPlainText(sidor.find(({ amne }) => amne === 'sms-mobil')?.innehall)).toBe(
      'Ange aldrig fast telefon för SMS.',
    )
  })

  it('should refuse an administrator changing a shared page', async () => {
    const [page] = await sharedPage('digital-nyckel')
    const { status } = await restAs({
      body: { titel: 'Ändrad' },
      method: 'PATCH',
      path: `/api/hjalp/${page.id}`,
      user: fixture.admin,
    })

    const unchanged = await payload.findByID({ collection: 'hjalp', id: page.id })
    expect(status).toBe(403)
    expect(unchanged.titel).toBe('Digital nyckel – glöm inte larmadministratören')
  })

  it('should refuse a beställare writing a help page', async () => {
    const { status } = await restAs({
      body: { amne: 'ovrigt', innehall: toLexical([{ paragraph: 'Hej' }]), titel: 'Min sida' },
      method: 'POST',
      path: '/api/hjalp',
      user: fixture.bestallareA,
    })
    expect(status).toBe(403)
  })

  it('should not show another konto’s page to a beställare', async () => {
    await payload.create({
      collection: 'hjalp',
      data: {
        amne: 'ovrigt',
        innehall: toLexical([{ paragraph: 'Bara Varberg.' }]),
        konto: fixture.kontoOther.id,
        titel: 'Varbergs egen sida',
      },
    })

    const { body } = await restAs({
      method: 'GET',
      path: '/api/hjalp?limit=100&depth=0',
      user: fixture.bestallareA,
    })
    expect(body.docs.map(({ titel }: { titel: string }) => titel)).not.toContain(
      'Varbergs egen sida',
    )
    expect(body.totalDocs).toBe(6)
  })
})
