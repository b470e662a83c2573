import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Bestallare, Slutkund } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { bootPayload } from '../harness/bootPayload'
import { createFixture, slutkundData } from '../harness/fixtures'
import { startApiServer } from '../harness/startApiServer'
import { unique } from './roles-cases'
import { createTokenCache } from './roles-clients'

let payload: Payload
let server: ApiServer
let fixture: Fixture
let tokenOf: (user: Bestallare) => Promise<string>

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  tokenOf = createTokenCache(server.url)
  fixture = await createFixture({ payload, tag: 'rules' })
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

const messages = {
  betalsattEjIAvtal: 'Betalsättet ingår inte i kommunens avtal. Välj ett annat betalsätt.',
  fastTelefon:
    'Det här är ett fast telefonnummer, och sms kan bara skickas till mobilnummer. Skriv i stället det fasta numret i ”Kommentar till chaufför”.',
  kommentarForLang:
    'Kommentaren är för lång. Den får vara högst 100 tecken – korta gärna ner den lite.',
  medmeraId: 'Medmera-ID ska vara exakt sju siffror, till exempel 1234567.',
  personnummerInvalid:
    'Personnumret stämmer inte. Kontrollera datumet och de fyra sista siffrorna.',
}

type Response = {
  body: { doc?: Slutkund; errors?: { data?: { errors?: { message: string; path: string }[] } }[] }
  status: number
}

const send = async ({
  body,
  method,
  path,
  user,
}: {
  body: object
  method: 'PATCH' | 'POST'
  path: string
  user: Bestallare
}): Promise<Response> => {
  const response = await fetch(`${server.url}/api/${path}`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${await tokenOf(user)}`, 'Content-Type': 'application/json' },
    method,
  })
  return { body: await response.json(), status: response.status }
}

/** A slutkund posted over REST: by default the konto's administrator's, into enhet A. */
const postSlutkund = (
  overrides: Omit<Partial<Slutkund>, 'enhet'> = {},
  {
    enhet = fixture.enhetA,
    fonster = fixture.fonsterA,
    user = fixture.admin,
  }: { enhet?: Fixture['enhetA']; fonster?: Fixture['fonsterA']; user?: Bestallare } = {},
) =>
  send({
    body: slutkundData({ enhet, fonster, fornamn: unique('Sigrid'), ...overrides }),
    method: 'POST',
    path: 'slutkunder?depth=0',
    user,
  })

const fieldErrors = (response: Response) =>
  response.body.errors?.[0]?.data?.errors?.map(({ message, path }) => ({ message, path }))

const expectRefused = (response: Response, errors: { message: string; path: string }[]) => {
  expect({ errors: fieldErrors(response), status: response.status }).toEqual({
    errors,
    status: 400,
  })
}

const stored = (id: number | string) =>
  payload.findByID({ collection: 'slutkunder', depth: 0, id }) as Promise<Slutkund>

const invoiceRecipient = (personnummer: string) => ({
  efternamn: 'Karlsson',
  fornamn: 'Gösta',
  gatuadress: 'Arvidstorpsvägen 3',
  ort: 'Falkenberg',
  personnummer,
  postnummer: '311 38',
})

describe('slutkund rules through REST', () => {
  it('should store the postnummer "311 32" as "31132"', async () => {
    const response = await postSlutkund({ postnummer: '311 32' })

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).postnummer).toBe('31132')
  })

  it.each([
    ['1212121212', '20121212-1212'],
    ['121212+1212', '19121212-1212'],
    ['121212-1212', '20121212-1212'],
    ['191212121212', '19121212-1212'],
    // A samordningsnummer: day of birth plus 60.
    ['121272-1219', '20121272-1219'],
  ])('should store the invoice personnummer %s as %s', async (input, expected) => {
    const response = await postSlutkund({ betalsatt: 'faktura', faktura: invoiceRecipient(input) })

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).faktura?.personnummer).toBe(expected)
  })

  it.each(['faktura', 'samlingsfaktura'] as const)(
    'should refuse a wrong personnummer at faktura.personnummer for %s',
    async (betalsatt) => {
      const response = await postSlutkund({ betalsatt, faktura: invoiceRecipient('19121212-1213') })

      expectRefused(response, [
        { message: messages.personnummerInvalid, path: 'faktura.personnummer' },
      ])
    },
  )

  it('should refuse an invoiced slutkund without personnummer, with the message at the field', async () => {
    const response = await postSlutkund({
      betalsatt: 'samlingsfaktura',
      faktura: { ...invoiceRecipient(''), personnummer: undefined },
    })

    expectRefused(response, [
      { message: 'Detta fält är obligatoriskt.', path: 'faktura.personnummer' },
    ])
  })

  it('should not require a personnummer for matkonto', async () => {
    const response = await postSlutkund({ betalsatt: 'matkonto' })

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).faktura?.personnummer ?? null).toBeNull()
  })

  it('should clear the invoice recipient of a matkonto slutkund', async () => {
    const response = await postSlutkund({
      betalsatt: 'matkonto',
      faktura: invoiceRecipient('19121212-1212'),
    })

    expect(response.status).toBe(201)
    const { faktura } = await stored(response.body.doc!.id)
    expect(faktura).toEqual({
      co: null,
      efternamn: null,
      epost: null,
      fornamn: null,
      gatuadress: null,
      ort: null,
      personnummer: null,
      postnummer: null,
      referens: null,
    })
  })

  it('should clear the invoice recipient when a slutkund moves to matkonto', async () => {
    const created = await postSlutkund({
      betalsatt: 'faktura',
      faktura: invoiceRecipient('19121212-1212'),
    })
    const response = await send({
      body: { betalsatt: 'matkonto' },
      method: 'PATCH',
      path: `slutkunder/${created.body.doc!.id}`,
      user: fixture.admin,
    })

    expect(response.status).toBe(200)
    expect((await stored(created.body.doc!.id)).faktura?.personnummer ?? null).toBeNull()
  })

  it('should refuse a 0346 fixed line as smsNummer with the "Kommentar till chaufför" message', async () => {
    const response = await postSlutkund({ smsNummer: '0346-88 60 00' })

    expectRefused(response, [{ message: messages.fastTelefon, path: 'smsNummer' }])
  })

  it('should store a mobile written 070-… as digits', async () => {
    const response = await postSlutkund({ smsNummer: '+46 70-174 06 10' })

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).smsNummer).toBe('0701740610')
  })

  it('should give a slutkund without smsNummer the konto’s fictive number', async () => {
    const response = await postSlutkund({ smsNummer: '' })

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).smsNummer).toBe('0765195442')
  })

  const createKontoWithFictiveNumber = async () => {
    const konto = await payload.create({
      collection: 'konton',
      data: { fiktivtMobilnummer: '0700000001', namn: unique('Kungsbacka kommun ') },
    })
    const enhet = await payload.create({
      collection: 'enheter',
      data: { konto: konto.id, namn: 'Hemtjänst Onsala' },
    })
    const fonster = await payload.create({
      collection: 'leveransfonster',
      data: {
        enhet: enhet.id,
        sluttid: '12:00',
        starttid: '08:00',
        stopptidDagarFore: 1,
        stopptidKlockslag: '12:00',
        veckodag: 'mandag',
      },
    })
    return { enhet, fonster }
  }

  it('should give a new slutkund without smsNummer the konto’s own fictive number', async () => {
    const { enhet, fonster } = await createKontoWithFictiveNumber()
    const response = await postSlutkund(
      { smsNummer: undefined },
      { enhet, fonster, user: fixture.support },
    )

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).smsNummer).toBe('0700000001')
  })

  it('should give the konto’s own fictive number when an update empties smsNummer', async () => {
    const { enhet, fonster } = await createKontoWithFictiveNumber()
    const created = await postSlutkund({}, { enhet, fonster, user: fixture.support })
    const response = await send({
      body: { smsNummer: '' },
      method: 'PATCH',
      path: `slutkunder/${created.body.doc!.id}`,
      user: fixture.support,
    })

    expect(response.status).toBe(200)
    expect((await stored(created.body.doc!.id)).smsNummer).toBe('0700000001')
  })

  it('should not keep "Kan handla själv" where the konto does not use it', async () => {
    const response = await postSlutkund({ kanHandlaSjalv: true })

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).kanHandlaSjalv).toBe(false)
  })

  it('should refuse a betalsätt that the konto’s agreement does not allow', async () => {
    const response = await postSlutkund(
      { betalsatt: 'faktura', faktura: invoiceRecipient('19121212-1212') },
      { enhet: fixture.enhetOther, fonster: fixture.fonsterOther, user: fixture.adminOther },
    )

    expectRefused(response, [{ message: messages.betalsattEjIAvtal, path: 'betalsatt' }])
  })

  it('should accept matkonto in the konto whose agreement allows only matkonto', async () => {
    const response = await postSlutkund(
      { betalsatt: 'matkonto' },
      { enhet: fixture.enhetOther, fonster: fixture.fonsterOther, user: fixture.adminOther },
    )

    expect(response.status).toBe(201)
  })

  it.each(['kommentarBestallare', 'kommentarChauffor'] as const)(
    'should refuse a %s of 101 characters',
    async (field) => {
      const response = await postSlutkund({ [field]: 'x'.repeat(101) })

      expectRefused(response, [{ message: messages.kommentarForLang, path: field }])
    },
  )

  it('should accept comments of exactly 100 characters', async () => {
    const comment = 'Ring på dörrklockan, kunden hör dåligt. '.padEnd(100, '.')
    const response = await postSlutkund({
      kommentarBestallare: comment,
      kommentarChauffor: comment,
    })

    expect(response.status).toBe(201)
    const slutkund = await stored(response.body.doc!.id)
    expect([slutkund.kommentarBestallare, slutkund.kommentarChauffor]).toEqual([comment, comment])
  })

  it.each(['123456', '12345678', '12345a7'])(
    'should refuse the Medmera-ID %s',
    async (medmeraId) => {
      const response = await postSlutkund({ medmeraId })

      expectRefused(response, [{ message: messages.medmeraId, path: 'medmeraId' }])
    },
  )

  it('should accept a seven-digit Medmera-ID', async () => {
    const response = await postSlutkund({ medmeraId: '1234567' })

    expect(response.status).toBe(201)
    expect((await stored(response.body.doc!.id)).medmeraId).toBe('1234567')
  })

  it('should leave the stored slutkund unchanged when an update is refused', async () => {
    const created = await postSlutkund({ medmeraId: '7654321' })
    const before = await stored(created.body.doc!.id)
    const response = await send({
      body: { gatuadress: 'Sandgatan 1', medmeraId: '12', postnummer: '311 50' },
      method: 'PATCH',
      path: `slutkunder/${before.id}`,
      user: fixture.bestallareA,
    })

    expectRefused(response, [{ message: messages.medmeraId, path: 'medmeraId' }])
    expect(await stored(before.id)).toEqual(before)
  })

  it('should store nothing when a create is refused', async () => {
    const fornamn = unique('Refused')
    const response = await postSlutkund({ fornamn, smsNummer: '0346-123 45' })

    expect(response.status).toBe(400)
    const { totalDocs } = await payload.count({
      collection: 'slutkunder',
      where: { fornamn: { equals: fornamn } },
    })
    expect(totalDocs).toBe(0)
  })
})
