import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { toCsv } from '../../src/export/csv'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

let payload: Payload
let fixture: Fixture
let server: ApiServer

const header = [
  'Förnamn',
  'Efternamn',
  'Gatuadress',
  'Postnummer',
  'Ort',
  'Enhet',
  'Leveranstid',
  'Betalsätt',
  'Personnummer',
  'Fakturamottagarens förnamn',
  'Fakturamottagarens efternamn',
  'Fakturaadress',
  'Fakturapostnummer',
  'Fakturaort',
  'Mobilnummer för SMS-avisering',
  'Digital nyckel',
  'Journalnummer',
]

type Row = Partial<Record<(typeof header)[number], string>>

const row = (overrides: Row = {}): string[] => {
  const values: Row = {
    Betalsätt: 'Coop Matkonto',
    'Digital nyckel': 'Nej',
    Efternamn: 'Import',
    Enhet: 'Hemtjänst Centrum',
    Förnamn: 'Ingrid',
    Gatuadress: 'Torget 3',
    Journalnummer: 'HC-1',
    Leveranstid: 'Måndag 10:00–13:00',
    'Mobilnummer för SMS-avisering': '070-174 06 11',
    Ort: 'Falkenberg',
    Postnummer: '311 30',
    ...overrides,
  }
  return header.map((name) => values[name] ?? '')
}

const csvOf = (rows: string[][]) => toCsv([header, ...rows])

const importAs = async ({
  accept = 'application/json',
  csv,
  email,
  isDryRun,
}: {
  accept?: string
  csv: string
  email: string
  isDryRun: boolean
}) => {
  const token = await loginOverHttp({ email, password: fixturePassword, url: server.url })
  return fetch(`${server.url}/api/slutkunder/import`, {
    body: JSON.stringify({ csv, isDryRun }),
    headers: { Accept: accept, Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
}

const countImported = async () =>
  (await payload.count({ collection: 'slutkunder', where: { efternamn: { like: 'Import' } } }))
    .totalDocs

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'imp' })
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('import of slutkunder', () => {
  it('should import none and name both rows when two rows are bad', async () => {
    const csv = csvOf([
      row({ Förnamn: 'Anna' }),
      row({ Förnamn: 'Bertil', Postnummer: '311' }),
      row({ Förnamn: 'Cecilia' }),
      row({ Förnamn: 'David', 'Mobilnummer för SMS-avisering': '0346-123 45' }),
      row({ Förnamn: 'Eva' }),
    ])

    const response = await importAs({ csv, email: fixture.admin.email, isDryRun: false })
    const body = await response.json()

    expect(response.status).toBe(200)
    expect(body.isImported).toBe(false)
    expect(body.importedCount).toBe(0)
    expect(body.errors).toEqual([
      'Rad 3: Postnummer: Postnumret ska vara fem siffror, till exempel 123 45.',
      'Rad 5: Mobilnummer för SMS-avisering: Det här är ett fast telefonnummer, och sms kan bara skickas till mobilnummer. Skriv i stället det fasta numret i ”Kommentar till chaufför”.',
    ])
    expect(
      body.rows.map(({ errors, row: rad }: { errors: string[]; row: number }) => ({
        errors: errors.length,
        rad,
      })),
    ).toEqual([
      { errors: 0, rad: 2 },
      { errors: 1, rad: 3 },
      { errors: 0, rad: 4 },
      { errors: 1, rad: 5 },
      { errors: 0, rad: 6 },
    ])
    expect(await countImported()).toBe(0)
  })

  it('should preview a valid file without importing anything', async () => {
    const csv = csvOf([row({ Förnamn: 'Frida' }), row({ Förnamn: 'Gustav' })])

    const body = await (await importAs({ csv, email: fixture.admin.email, isDryRun: true })).json()

    expect(body).toEqual({
      errors: [],
      ignoredColumns: ['Journalnummer'],
      importedCount: 0,
      isDryRun: true,
      isImported: false,
      rows: [
        { errors: [], namn: 'Frida Import', row: 2 },
        { errors: [], namn: 'Gustav Import', row: 3 },
      ],
    })
    expect(await countImported()).toBe(0)
  })

  it('should name the row of an enhet, leveranstid and betalsätt it does not know', async () => {
    const csv = csvOf([
      row({ Enhet: 'Hemtjänst Träslövsläge' }),
      row({ Leveranstid: 'Fredag 10:00–13:00' }),
      row({ Betalsätt: 'Kontant', 'Digital nyckel': 'kanske' }),
    ])

    const body = await (await importAs({ csv, email: fixture.admin.email, isDryRun: true })).json()

    expect(body.errors).toEqual([
      'Rad 2: Det finns ingen enhet som du får använda som heter ”Hemtjänst Träslövsläge”.',
      'Rad 3: Enheten ”Hemtjänst Centrum” har ingen leveranstid ”Fredag 10:00–13:00”. Skriv t.ex. ”Måndag 10:00–13:00”.',
      'Rad 4: Okänt betalsätt ”Kontant”. Ange Samlingsfaktura, Faktura efter varje köp eller Coop Matkonto.',
      'Rad 4: ”Digital nyckel” ska vara Ja eller Nej, inte ”kanske”.',
    ])
  })

  it('should number rows as the spreadsheet does when the file has an empty line', async () => {
    const csv = toCsv([header, [], row({ Postnummer: '311' })])

    const body = await (await importAs({ csv, email: fixture.admin.email, isDryRun: true })).json()

    expect(body.errors).toEqual([
      'Rad 3: Postnummer: Postnumret ska vara fem siffror, till exempel 123 45.',
    ])
  })

  it('should import every row of a valid file in one go', async () => {
    const csv = csvOf([
      row({ Förnamn: 'Hanna' }),
      row({
        Betalsätt: 'Samlingsfaktura',
        'Digital nyckel': 'Ja',
        Enhet: 'Hemtjänst Skrea',
        Fakturaadress: 'Brogatan 4',
        'Fakturamottagarens efternamn': 'Ek',
        'Fakturamottagarens förnamn': 'Birgitta',
        Fakturaort: 'Halmstad',
        Fakturapostnummer: '30231',
        Förnamn: 'Ivar',
        Leveranstid: 'tisdag 10:00-13:00',
        Personnummer: '191212121212',
      }),
    ])

    const response = await importAs({ csv, email: fixture.admin.email, isDryRun: false })
    const body = await response.json()
    const { docs } = await payload.find({
      collection: 'slutkunder',
      depth: 0,
      sort: 'fornamn',
      where: { efternamn: { equals: 'Import' } },
    })

    expect(body.errors).toEqual([])
    expect(body.isImported).toBe(true)
    expect(body.importedCount).toBe(2)
    expect(docs.map(({ fornamn }) => fornamn)).toEqual(['Hanna', 'Ivar'])
    expect(docs[1]).toMatchObject({
      betalsatt: 'samlingsfaktura',
      digitalNyckel: true,
      enhet: fixture.enhetB.id,
      faktura: {
        efternamn: 'Ek',
        fornamn: 'Birgitta',
        gatuadress: 'Brogatan 4',
        ort: 'Halmstad',
        personnummer: '19121212-1212',
        postnummer: '30231',
      },
      konto: fixture.konto.id,
      leveransfonster: [fixture.fonsterB.id],
    })
  })

  it('should stream one progress line per row and then the result', async () => {
    const csv = csvOf([row({ Förnamn: 'Jonna' }), row({ Förnamn: 'Kalle' })])

    const response = await importAs({
      accept: 'application/x-ndjson',
      csv,
      email: fixture.admin.email,
      isDryRun: true,
    })
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))

    expect(response.headers.get('content-type')).toBe('application/x-ndjson')
    expect(lines.slice(0, 2)).toEqual([
      { type: 'progress', done: 1, phase: 'validate', total: 2 },
      { type: 'progress', done: 2, phase: 'validate', total: 2 },
    ])
    expect(lines[2].type).toBe('result')
    expect(lines[2].result.errors).toEqual([])
  })

  it('should refuse a beställare importing', async () => {
    const response = await importAs({
      csv: csvOf([row()]),
      email: fixture.bestallareA.email,
      isDryRun: true,
    })
    expect(response.status).toBe(403)
  })
})
