import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import {
  filterBetalsattOfKonto,
  isKanHandlaSjalvShown,
} from '../../collections/Slutkunder/kontoSettings'
import { betalsattOptions } from '../../src/betalsatt'
import { getDagenForeTid } from '../../src/konto/getDagenForeTid'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword, slutkundData } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer
const tokens: Record<string, string> = {}

const login = async (email: string) => {
  tokens[email] ??= await loginOverHttp({ email, password: fixturePassword, url: server.url })
  return tokens[email]
}

const rest = async ({
  as,
  body,
  method = 'GET',
  path,
}: {
  as?: string
  body?: unknown
  method?: string
  path: string
}) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (as) {
    headers.Authorization = `JWT ${await login(as)}`
  }
  const response = await fetch(`${server.url}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers,
    method,
  })
  return { body: await response.json(), status: response.status }
}

const invoiceData = () =>
  slutkundData({
    betalsatt: 'samlingsfaktura',
    enhet: fixture.enhetA,
    faktura: {
      efternamn: 'Svensson',
      fornamn: 'Astrid',
      gatuadress: 'Storgatan 12',
      ort: 'Falkenberg',
      personnummer: '19121212-1212',
      postnummer: '311 31',
    },
    fonster: fixture.fonsterA,
    fornamn: 'Fakturerad',
  })

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'ks' })
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('konto settings', () => {
  it('should refuse matkonto over REST with a Swedish message where the konto does not offer it', async () => {
    await payload.update({
      collection: 'konton',
      data: { betalsatt: ['samlingsfaktura', 'faktura'] },
      id: fixture.konto.id,
    })

    const { body, status } = await rest({
      as: fixture.admin.email,
      body: slutkundData({
        betalsatt: 'matkonto',
        enhet: fixture.enhetA,
        fonster: fixture.fonsterA,
      }),
      method: 'POST',
      path: '/api/slutkunder',
    })

    await payload.update({
      collection: 'konton',
      data: { betalsatt: ['samlingsfaktura', 'faktura', 'matkonto'] },
      id: fixture.konto.id,
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      {
        label: 'Betalning & leveransinformation > Betalsätt',
        message: 'Betalsättet ingår inte i kommunens avtal. Välj ett annat betalsätt.',
        path: 'betalsatt',
      },
    ])
  })

  it('should store and show "Kan handla själv" as false where the konto does not use it', async () => {
    const created = await rest({
      as: fixture.admin.email,
      body: slutkundData({
        enhet: fixture.enhetA,
        fonster: fixture.fonsterA,
        fornamn: 'Kerstin',
        kanHandlaSjalv: true,
      }),
      method: 'POST',
      path: '/api/slutkunder',
    })
    const read = await rest({
      as: fixture.admin.email,
      path: `/api/slutkunder/${created.body.doc.id}?depth=0`,
    })
    const stored = await payload.findByID({
      collection: 'slutkunder',
      depth: 0,
      id: created.body.doc.id,
    })

    expect(created.status).toBe(201)
    expect(read.body.kanHandlaSjalv).toBe(false)
    expect(read.body.kontoInstallningar.anvanderKanHandlaSjalv).toBe(false)
    expect(
      isKanHandlaSjalvShown(read.body, read.body, { blockData: {}, path: [], user: null } as never),
    ).toBe(false)
    expect(stored.kanHandlaSjalv).toBe(false)
  })

  it('should show "Kan handla själv" in the form where the konto uses it', async () => {
    await payload.update({
      collection: 'konton',
      data: { anvanderKanHandlaSjalv: true },
      id: fixture.kontoOther.id,
    })
    const created = await rest({
      as: fixture.adminOther.email,
      body: slutkundData({
        enhet: fixture.enhetOther,
        fonster: fixture.fonsterOther,
        fornamn: 'Karl',
        kanHandlaSjalv: true,
      }),
      method: 'POST',
      path: '/api/slutkunder',
    })

    expect(created.body.doc.kanHandlaSjalv).toBe(true)
    expect(isKanHandlaSjalvShown(created.body.doc, created.body.doc, {} as never)).toBe(true)
  })

  it('should read "Kan handla själv" as false once the konto stops using it', async () => {
    const created = await payload.create({
      collection: 'slutkunder',
      data: slutkundData({
        enhet: fixture.enhetOther,
        fonster: fixture.fonsterOther,
        fornamn: 'Kristina',
        kanHandlaSjalv: true,
      }),
    })
    await payload.update({
      collection: 'konton',
      data: { anvanderKanHandlaSjalv: false },
      id: fixture.kontoOther.id,
    })

    const read = await rest({
      as: fixture.adminOther.email,
      path: `/api/slutkunder/${created.id}?depth=0`,
    })
    expect(created.kanHandlaSjalv).toBe(true)
    expect(read.body.kanHandlaSjalv).toBe(false)
  })

  it('should leave the invoice recipient out of REST and GraphQL for a beställare where the konto hides it', async () => {
    const slutkund = await payload.create({ collection: 'slutkunder', data: invoiceData() })
    await payload.update({
      collection: 'konton',
      data: { bestallareSerFaktura: false },
      id: fixture.konto.id,
    })

    const asBestallare = await rest({
      as: fixture.bestallareA.email,
      path: `/api/slutkunder/${slutkund.id}?depth=0`,
    })
    const asAdmin = await rest({
      as: fixture.admin.email,
      path: `/api/slutkunder/${slutkund.id}?depth=0`,
    })
    const graphql = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({
        query: `{ Slutkunder(id: ${JSON.stringify(slutkund.id)}) { fornamn faktura { personnummer } } }`,
      }),
      headers: {
        Authorization: `JWT ${await login(fixture.bestallareA.email)}`,
        'Content-Type': 'application/json',
      },
      method: 'POST',
    }).then((response) => response.json())

    await payload.update({
      collection: 'konton',
      data: { bestallareSerFaktura: true },
      id: fixture.konto.id,
    })
    expect(asBestallare.status).toBe(200)
    expect(asBestallare.body.fornamn).toBe('Fakturerad')
    expect('faktura' in asBestallare.body).toBe(false)
    expect(asAdmin.body.faktura.personnummer).toBe('19121212-1212')
    expect(graphql.data.Slutkunder).toEqual({
      faktura: { personnummer: null },
      fornamn: 'Fakturerad',
    })
  })

  it('should let a beställare add an invoiced slutkund without the invoice recipient it may not see', async () => {
    await payload.update({
      collection: 'konton',
      data: { bestallareSerFaktura: false },
      id: fixture.konto.id,
    })

    const created = await rest({
      as: fixture.bestallareA.email,
      body: invoiceData(),
      method: 'POST',
      path: '/api/slutkunder',
    })

    await payload.update({
      collection: 'konton',
      data: { bestallareSerFaktura: true },
      id: fixture.konto.id,
    })
    const stored = await payload.findByID({
      collection: 'slutkunder',
      id: created.body.doc.id,
    })
    expect(created.status).toBe(201)
    expect(stored.betalsatt).toBe('samlingsfaktura')
    expect(stored.faktura?.personnummer ?? null).toBeNull()
  })

  it('should show the invoice recipient to a beställare by default', async () => {
    const slutkund = await payload.create({ collection: 'slutkunder', data: invoiceData() })

    const { body } = await rest({
      as: fixture.bestallareA.email,
      path: `/api/slutkunder/${slutkund.id}?depth=0`,
    })
    expect(body.faktura.personnummer).toBe('19121212-1212')
  })

  it('should let an administrator change help texts and the beställare phone of its konto, and nothing else', async () => {
    const { status } = await rest({
      as: fixture.admin.email,
      body: {
        anvanderKanHandlaSjalv: true,
        bestallareSerFaktura: false,
        bestallareTelefon: '0346-88 61 00',
        betalsatt: ['faktura'],
        falthjalp: [{ falt: 'kommentarChauffor', text: 'Skriv om kunden har hund.' }],
        fiktivtMobilnummer: '0700000000',
        namn: 'Annat namn',
        smsDagenForeTid: '09:00',
      },
      method: 'PATCH',
      path: `/api/konton/${fixture.konto.id}`,
    })

    const konto = await payload.findByID({ collection: 'konton', id: fixture.konto.id })
    expect(status).toBe(200)
    expect(konto.bestallareTelefon).toBe('0346886100')
    expect(konto.falthjalp?.map(({ falt, text }) => ({ falt, text }))).toEqual([
      { falt: 'kommentarChauffor', text: 'Skriv om kunden har hund.' },
    ])
    expect(konto.namn).toBe('Falkenbergs kommun ks')
    expect(konto.betalsatt).toEqual(['samlingsfaktura', 'faktura', 'matkonto'])
    expect(konto.anvanderKanHandlaSjalv).toBe(false)
    expect(konto.bestallareSerFaktura).toBe(true)
    expect(konto.fiktivtMobilnummer).toBe('0765195442')
    expect(konto.smsDagenForeTid).toBe('17:00')
  })

  it('should give the form the konto’s field help texts and its betalsätt only', async () => {
    await payload.update({
      collection: 'konton',
      data: {
        betalsatt: ['matkonto'],
        falthjalp: [{ falt: 'portkod', text: 'Skriv portkoden utan mellanslag.' }],
      },
      id: fixture.kontoOther.id,
    })

    const { body } = await rest({
      as: fixture.adminOther.email,
      path: `/api/slutkunder/${fixture.slutkundOther.id}?depth=0`,
    })
    expect(body.kontoInstallningar).toEqual({
      anvanderKanHandlaSjalv: false,
      bestallareSerFaktura: true,
      betalsatt: ['matkonto'],
      falthjalp: { portkod: 'Skriv portkoden utan mellanslag.' },
    })
    expect(
      filterBetalsattOfKonto({ data: body, options: betalsattOptions }).map(
        (option) => (option as { value: string }).value,
      ),
    ).toEqual(['matkonto'])
  })

  it('should refuse an administrator changing another konto', async () => {
    const { status } = await rest({
      as: fixture.admin.email,
      body: { bestallareTelefon: '0346-88 62 00' },
      method: 'PATCH',
      path: `/api/konton/${fixture.kontoOther.id}`,
    })

    const konto = await payload.findByID({ collection: 'konton', id: fixture.kontoOther.id })
    expect(status).toBe(403)
    expect(konto.bestallareTelefon ?? null).toBeNull()
  })

  it('should refuse a beställare changing its konto', async () => {
    const { status } = await rest({
      as: fixture.bestallareA.email,
      body: { bestallareTelefon: '0346-88 63 00' },
      method: 'PATCH',
      path: `/api/konton/${fixture.konto.id}`,
    })
    expect(status).toBe(403)
  })

  it('should let support set the day-before SMS time that getDagenForeTid returns', async () => {
    const { status } = await rest({
      as: fixture.support.email,
      body: { smsDagenForeTid: '18:30' },
      method: 'PATCH',
      path: `/api/konton/${fixture.kontoOther.id}`,
    })

    const konto = await payload.findByID({ collection: 'konton', id: fixture.kontoOther.id })
    expect(status).toBe(200)
    expect(getDagenForeTid({ konto })).toBe('18:30')
    expect(getDagenForeTid({ konto: fixture.konto })).toBe('17:00')
  })

  it('should refuse a day-before SMS time that is not HH:mm with a Swedish message', async () => {
    const { body, status } = await rest({
      as: fixture.support.email,
      body: { smsDagenForeTid: '25:00' },
      method: 'PATCH',
      path: `/api/konton/${fixture.kontoOther.id}`,
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      {
        label: 'Tid för SMS dagen före',
        message: 'Skriv tiden som TT:MM, till exempel 14:00.',
        path: 'smsDagenForeTid',
      },
    ])
  })
})
