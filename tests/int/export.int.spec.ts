import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Leveransfonster, Slutkund } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { parseCsv } from '../../src/export/csv'
import { beginImportTransaction } from '../../src/import/beginImportTransaction'
import { fictionalMobile, fictivePersonnummer } from '../../src/seed/demoData'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword, slutkundData } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer

const exportedCount = 1000

const headers = [
  'ID',
  'Förnamn',
  'Efternamn',
  'Gatuadress',
  'Postnummer',
  'Ort',
  'Mobilnummer',
  'Telefonnummer',
  'Portkod',
  'E-postadress',
  'Kommentar till beställare och plockare',
  'Enhet',
  'Leveranstid',
  'Kommentar till chaufför',
  'Medmera-ID',
  'Betalsätt',
  'Personnummer',
  'Fakturamottagarens förnamn',
  'Fakturamottagarens efternamn',
  'Referens',
  'C/O',
  'Fakturaadress',
  'Fakturapostnummer',
  'Fakturaort',
  'Fakturor till e-postadress',
  'Mobilnummer för SMS-avisering',
  'Behöver hjälp med upplockning av varor',
  'Kan handla själv',
  'Kopia av orderbekräftelse & kvitto',
  'Digital nyckel',
]

const betalsattLabels = {
  faktura: 'Faktura efter varje köp',
  matkonto: 'Coop Matkonto',
  samlingsfaktura: 'Samlingsfaktura',
}

const dagar: Record<string, string> = { mandag: 'Måndag', tisdag: 'Tisdag' }

const jaNej = (value: boolean | null | undefined) => (value ? 'Ja' : 'Nej')

/** The row the test expects for a slutkund, written out field by field. */
const expectedRow = (doc: Slutkund, { isMasked }: { isMasked: boolean }): string[] => {
  const text = (value: null | string | undefined) => value ?? ''
  const personnummer = doc.faktura?.personnummer ?? ''
  return [
    String(doc.id),
    doc.fornamn,
    doc.efternamn,
    doc.gatuadress,
    doc.postnummer,
    doc.ort,
    text(doc.mobilnummer),
    text(doc.telefonnummer),
    text(doc.portkod),
    text(doc.epost),
    text(doc.kommentarBestallare),
    typeof doc.enhet === 'object' ? doc.enhet.namn : '',
    (doc.leveransfonster as Leveransfonster[])
      .map((fonster) => `${dagar[fonster.veckodag]} ${fonster.starttid}–${fonster.sluttid}`)
      .join(', '),
    text(doc.kommentarChauffor),
    text(doc.medmeraId),
    betalsattLabels[doc.betalsatt],
    isMasked && personnummer ? `${personnummer.slice(0, 8)}-****` : personnummer,
    text(doc.faktura?.fornamn),
    text(doc.faktura?.efternamn),
    text(doc.faktura?.referens),
    text(doc.faktura?.co),
    text(doc.faktura?.gatuadress),
    text(doc.faktura?.postnummer),
    text(doc.faktura?.ort),
    text(doc.faktura?.epost),
    doc.smsNummer,
    jaNej(doc.upplockningshjalp),
    jaNej(doc.kanHandlaSjalv),
    (doc.kopiaOrderbekraftelse ?? []).map(({ epost }) => epost).join(', '),
    jaNej(doc.digitalNyckel),
  ]
}

const variedSlutkund = (index: number) => {
  const isOnA = index % 2 === 0
  const betalsatt = (['samlingsfaktura', 'faktura', 'matkonto'] as const)[index % 3]
  return slutkundData({
    betalsatt,
    digitalNyckel: index % 5 === 0,
    efternamn: `Export${String(index).padStart(4, '0')}`,
    enhet: isOnA ? fixture.enhetA : fixture.enhetB,
    epost: index % 4 === 0 ? `kund${index}@example.se` : undefined,
    faktura:
      betalsatt === 'matkonto'
        ? undefined
        : {
            co: index % 7 === 0 ? 'God man Birgitta Ek' : undefined,
            efternamn: 'Ek',
            fornamn: 'Birgitta',
            gatuadress: 'Fakturagatan 1',
            ort: 'Halmstad',
            personnummer: fictivePersonnummer(index),
            postnummer: '302 31',
          },
    fonster: isOnA ? fixture.fonsterA : fixture.fonsterB,
    fornamn: ['Åsa', 'Örjan', 'Ängla', 'Bo'][index % 4],
    kommentarBestallare: index % 6 === 0 ? 'Laktosfri; "ingen" mjölk' : undefined,
    kommentarChauffor: index % 9 === 0 ? 'Ring på\ntvå gånger' : undefined,
    kopiaOrderbekraftelse:
      index % 10 === 0 ? [{ epost: 'anhorig@example.se' }, { epost: 'god.man@example.se' }] : [],
    medmeraId: index % 3 === 0 ? String(1234500 + (index % 100)) : undefined,
    portkod: index % 2 === 0 ? `=${1000 + index}` : undefined,
    smsNummer: index % 8 === 0 ? '' : fictionalMobile(index),
    telefonnummer: index % 8 === 0 ? '0346-123 45' : undefined,
    upplockningshjalp: index % 3 === 1,
  })
}

const exportAs = async (email?: string) => {
  const token = email
    ? await loginOverHttp({ email, password: fixturePassword, url: server.url })
    : null
  return fetch(`${server.url}/api/slutkunder/export`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
}

const readDocs = async (where: Record<string, unknown>) =>
  (
    await payload.find({
      collection: 'slutkunder',
      depth: 1,
      pagination: false,
      where: where as never,
    })
  ).docs

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'exp' })
  // A few through the whole collection, the bulk straight through the adapter: the export
  // reads whatever is stored, and a thousand full saves would dominate the run.
  for (let index = 0; index < 10; index++) {
    await payload.create({ collection: 'slutkunder', data: variedSlutkund(index) })
  }
  const req = await createLocalReq({}, payload)
  const transactionID = await beginImportTransaction(payload)
  req.transactionID = transactionID ?? undefined
  for (let index = 10; index < exportedCount - 2; index++) {
    const data = variedSlutkund(index)
    await payload.db.create({
      collection: 'slutkunder',
      data: {
        ...data,
        konto: fixture.konto.id,
        kopiaOrderbekraftelse: data.kopiaOrderbekraftelse?.map((row, position) => ({
          ...row,
          id: `kopia-${index}-${position}`,
        })),
        namn: `${data.fornamn} ${data.efternamn}`,
      },
      req,
    })
  }
  if (transactionID !== null) {
    await payload.db.commitTransaction(transactionID)
  }
  server = await startApiServer()
}, 300_000)

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('export of slutkunder', () => {
  it('should export the konto’s 1,000 slutkunder matching the database field by field', async () => {
    const response = await exportAs(fixture.admin.email)
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const [header, ...rows] = parseCsv(text)
    const docs = await readDocs({ konto: { equals: fixture.konto.id } })
    const byID = new Map(docs.map((doc) => [String(doc.id), doc]))

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="slutkunder-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${headers.join(';')}`)
    expect(header).toEqual(headers)
    expect(docs).toHaveLength(exportedCount)
    expect(rows).toHaveLength(exportedCount)
    for (const row of rows) {
      const doc = byID.get(row[0])
      expect(doc, `slutkund ${row[0]}`).toBeDefined()
      expect(row).toEqual(expectedRow(doc as Slutkund, { isMasked: false }))
    }
  })

  it('should mask personnummer and keep to its own enheter when a beställare exports', async () => {
    const response = await exportAs(fixture.bestallareA.email)
    const [, ...rows] = parseCsv(await response.text())
    const docs = await readDocs({ enhet: { equals: fixture.enhetA.id } })
    const byID = new Map(docs.map((doc) => [String(doc.id), doc]))
    const personnummer = rows.map((row) => row[16]).filter(Boolean)

    expect(rows).toHaveLength(docs.length)
    expect(personnummer.length).toBeGreaterThan(0)
    expect(personnummer.every((value) => /^\d{8}-\*{4}$/.test(value))).toBe(true)
    for (const row of rows) {
      expect(row).toEqual(expectedRow(byID.get(row[0]) as Slutkund, { isMasked: true }))
    }
  })

  it('should export only the other konto’s own slutkund to its administrator', async () => {
    const response = await exportAs(fixture.adminOther.email)
    const [, ...rows] = parseCsv(await response.text())
    expect(rows.map((row) => row[0])).toEqual([String(fixture.slutkundOther.id)])
  })

  it('should refuse an anonymous export', async () => {
    const response = await exportAs()
    expect(response.status).toBe(403)
  })
})
