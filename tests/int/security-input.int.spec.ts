import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'
import type { LogCapture } from '../support/captureLogs'
import type { Actor } from './security-harness'

import {
  checkEpost,
  checkKommentar,
  checkMedmeraId,
  checkPersonnummer,
  checkPostnummer,
  checkSmsNummer,
  checkTelefonnummer,
} from '../../src/validation'
import { createFixture, slutkundData } from '../harness/fixtures'
import { startApiServer } from '../harness/startApiServer'
import { bootWithLogCapture } from './security-boot'
import { callRest, tokenOf } from './security-harness'
import { findPersonalData } from './security-privacy'

let payload: Payload
let logs: LogCapture
let fixture: Fixture
let server: ApiServer

const personnummer = '19440315-1238'
const portkod = '4711B'
const gatuadress = 'Fjällgatan 3'

beforeAll(async () => {
  ;({ logs, payload } = await bootWithLogCapture())
  fixture = await createFixture({ payload, tag: 'input' })
  server = await startApiServer()
  // Log in first: a login writes a session onto the user, which the snapshots would see.
  await tokenOf(server.url, fixture.admin)
  await tokenOf(server.url, fixture.bestallareA)
  await payload.update({
    collection: 'slutkunder',
    data: {
      betalsatt: 'faktura',
      faktura: {
        efternamn: 'Svensson',
        fornamn: 'Astrid',
        gatuadress,
        ort: 'Falkenberg',
        personnummer,
        postnummer: '311 31',
      },
      gatuadress,
      portkod,
    },
    id: fixture.slutkundA.id,
  })
})

afterAll(async () => {
  await server?.stop()
  await payload?.destroy()
})

const asUser = (key: 'admin' | 'bestallareA'): Actor => ({ kind: 'user', user: fixture[key] })

/** Everything the database holds that a refused request must not have touched. */
const snapshot = async () => {
  const slutkunder = await payload.find({
    collection: 'slutkunder',
    depth: 0,
    pagination: false,
    sort: 'id',
    trash: true,
  })
  const bestallare = await payload.findByID({
    collection: 'bestallare',
    depth: 0,
    id: fixture.bestallareA.id,
  })
  const strip = ({ updatedAt: _updatedAt, ...doc }: Record<string, unknown>) => doc
  return JSON.stringify({
    bestallare: strip(bestallare as never),
    slutkunder: slutkunder.docs.map((doc) => strip(doc as never)),
  })
}

const base = () => slutkundData({ enhet: fixture.enhetA, fonster: fixture.fonsterA })

type HostileCase = {
  actor: 'admin' | 'bestallareA'
  body?: () => unknown
  message: string | undefined
  method: 'PATCH' | 'POST'
  path: () => string
  rawBody?: string
  status: number
  title: string
}

const long = (length: number) => 'Å'.repeat(length)

const wrongType = 'Värdet har fel typ.'
const controlCharacters = 'Texten innehåller tecken som inte är tillåtna.'
const markupRefused = 'Texten får inte innehålla HTML eller skript.'

const hostileCases: HostileCase[] = [
  {
    actor: 'admin',
    message: 'Invalid JSON',
    method: 'POST',
    path: () => 'slutkunder',
    rawBody: '{"fornamn": "Astrid", ',
    status: 400,
    title: 'broken JSON',
  },
  {
    actor: 'admin',
    message: wrongType,
    method: 'POST',
    path: () => 'slutkunder',
    rawBody: '[1, 2, 3]',
    status: 400,
    title: 'a JSON array instead of an object',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), fornamn: 123 }),
    message: wrongType,
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a number as name',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), fornamn: { $gt: '' } }),
    message: wrongType,
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'an object as name',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), postnummer: true }),
    message: wrongType,
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a boolean as postnummer',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), enhet: { equals: fixture.enhetOther.id } }),
    message: wrongType,
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a query operator as enhet',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), leveransfonster: 'alla' }),
    message: wrongType,
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a string as leveransfönster list',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), betalsatt: 'gratis' }),
    message: 'Betalsättet ingår inte i kommunens avtal. Välj ett annat betalsätt.',
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'an unknown betalsätt',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), fornamn: long(100_000) }),
    message: 'Detta värde måste vara kortare än maxlängden på 40000 tecken.',
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a 100 000-character name',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), kommentarChauffor: long(101) }),
    message: 'Kommentaren är för lång. Den får vara högst 100 tecken – korta gärna ner den lite.',
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a 101-character driver comment',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), fornamn: 'Ast\u0000rid' }),
    message: controlCharacters,
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a null byte in a name',
  },
  {
    actor: 'admin',
    body: () => ({
      ...base(),
      betalsatt: 'faktura',
      faktura: { ...invoice(), personnummer: '１９４４０３１５-１２３８' },
    }),
    message: 'Personnumret går inte att läsa. Skriv det som ÅÅÅÅMMDD-XXXX.',
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a personnummer in full-width digits',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), postnummer: '٣١١٣١' }),
    message: 'Postnumret ska vara fem siffror, till exempel 123 45.',
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a postnummer in Arabic-Indic digits',
  },
  {
    actor: 'admin',
    body: () => ({
      ...base(),
      betalsatt: 'faktura',
      faktura: { ...invoice(), personnummer: '19440315-1239' },
    }),
    message: 'Personnumret stämmer inte. Kontrollera datumet och de fyra sista siffrorna.',
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a personnummer with a wrong check digit',
  },
  {
    actor: 'admin',
    body: () => ({ ...base(), fornamn: '<script>alert(1)</script>' }),
    message: markupRefused,
    method: 'POST',
    path: () => 'slutkunder',
    status: 400,
    title: 'a script tag as name',
  },
  {
    actor: 'bestallareA',
    body: () => ({ roll: { equals: 'support' } }),
    message: wrongType,
    method: 'PATCH',
    path: () => `bestallare/${fixture.bestallareA.id}`,
    status: 400,
    title: 'a query operator as own role',
  },
  {
    actor: 'bestallareA',
    body: () => ({ roll: 'support' }),
    message: undefined,
    method: 'PATCH',
    path: () => `bestallare/${fixture.bestallareA.id}`,
    status: 200,
    title: 'its own role raised to support',
  },
  {
    actor: 'bestallareA',
    body: () => ({ email: 'а@test.se' }),
    message: undefined,
    method: 'PATCH',
    path: () => `bestallare/${fixture.bestallareA.id}`,
    status: 200,
    title: 'its own e-mail with a Cyrillic look-alike',
  },
  {
    actor: 'admin',
    body: () => ({ kommentarChauffor: 'Ny', postnummer: 'abc' }),
    message: 'Postnumret ska vara fem siffror, till exempel 123 45.',
    method: 'PATCH',
    path: () => `slutkunder/${fixture.slutkundA.id}`,
    status: 400,
    title: 'one bad field beside a good one',
  },
  {
    actor: 'admin',
    body: () => ({ kommentarChauffor: 'Ny', postnummer: 'abc' }),
    message: 'Följande fält är ogiltigt: Personuppgifter > Postnummer',
    method: 'PATCH',
    path: () => `slutkunder?where[id][exists]=true`,
    status: 400,
    title: 'one bad field in a bulk update',
  },
]

function invoice() {
  return {
    efternamn: 'Svensson',
    fornamn: 'Astrid',
    gatuadress,
    ort: 'Falkenberg',
    postnummer: '311 31',
  }
}

describe('hostile and malformed input over REST', () => {
  for (const testCase of hostileCases) {
    it(`should answer ${testCase.title} with ${testCase.status} and write nothing`, async () => {
      const before = await snapshot()
      const answer = await callRest({
        actor: asUser(testCase.actor),
        body: testCase.body?.(),
        method: testCase.method,
        path: testCase.path(),
        rawBody: testCase.rawBody,
        url: server.url,
      })
      const errors = answer.json.errors as
        { data?: { errors?: { message: string }[] }; message: string }[] | undefined
      const message = errors?.[0]?.data?.errors?.[0]?.message ?? errors?.[0]?.message
      const after = await snapshot()
      expect({ isUnchanged: before === after, message, status: answer.status }).toEqual({
        isUnchanged: true,
        message: testCase.message,
        status: testCase.status,
      })
    })
  }
})

describe('Unicode look-alikes', () => {
  it('should not log in with a Cyrillic look-alike of a real address', async () => {
    const real = fixture.admin.email
    const lookAlike = real.replace('a', 'а')
    const answer = await callRest({
      actor: { kind: 'anonymous' },
      body: { email: lookAlike, password: 'Fixture-Lösen-1' },
      method: 'POST',
      path: 'bestallare/login',
      url: server.url,
    })
    expect([lookAlike === real, answer.status, answer.json.token]).toEqual([false, 401, undefined])
  })
})

/** A small seeded generator (mulberry32), so a failing input is found again on every run. */
const createRandom = (seed: number) => {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Digits, separators, look-alikes, markup, controls and far-away Unicode.
const alphabet = [
  ...'0123456789',
  ...' -+()/.@_<>"\'&;',
  ...'abcåäöÅÄÖ',
  '\u0000',
  '\u200b',
  '\u2212',
  '\u2013',
  '０',
  '٣',
  'а',
  '𝟘',
  '😀',
  '\n',
]

const randomInput = (random: () => number) => {
  const length = Math.floor(random() * 40)
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
}

const validators: {
  check: (input: string) => { isValid: boolean; value?: string }
  name: string
}[] = [
  { name: 'checkEpost', check: checkEpost },
  { name: 'checkKommentar', check: (input) => checkKommentar({ input, max: 100 }) },
  { name: 'checkMedmeraId', check: checkMedmeraId },
  { name: 'checkPersonnummer', check: checkPersonnummer },
  { name: 'checkPostnummer', check: checkPostnummer },
  {
    name: 'checkSmsNummer',
    check: (input) => checkSmsNummer({ fiktivtNummer: '0765195442', input }),
  },
  { name: 'checkTelefonnummer', check: checkTelefonnummer },
]

// What an accepted value looks like once normalised; free text (comments, e-mail) has no shape.
const acceptedShapes: Record<string, RegExp> = {
  checkMedmeraId: /^\d{7}$/,
  checkPersonnummer: /^(18|19|20)\d{6}-\d{4}$/,
  checkPostnummer: /^\d{5}$/,
  checkSmsNummer: /^0\d{6,12}$/,
  checkTelefonnummer: /^0\d{6,12}$/,
}

describe('validators under 2 000 seeded random inputs each', () => {
  for (const { name, check } of validators) {
    it(`should let ${name} answer every input without throwing, accepting only clean values`, () => {
      const random = createRandom(20_260_315)
      const problems: string[] = []
      for (let run = 0; run < 2000; run += 1) {
        const input = randomInput(random)
        let result: { isValid: boolean; value?: string }
        try {
          result = check(input)
        } catch (error) {
          problems.push(`${JSON.stringify(input)} threw ${(error as Error).message}`)
          continue
        }
        if (!result.isValid) {
          continue
        }
        const value = result.value ?? ''
        const shape = acceptedShapes[name]
        if (shape && !shape.test(value)) {
          problems.push(`${JSON.stringify(input)} accepted as ${JSON.stringify(value)}`)
        }
      }
      expect(problems).toEqual([])
    })
  }

  it('should accept every valid personnummer generated from real dates and check digits', () => {
    const random = createRandom(7)
    const refused: string[] = []
    for (let run = 0; run < 500; run += 1) {
      const year = 1920 + Math.floor(random() * 100)
      const month = 1 + Math.floor(random() * 12)
      const day = 1 + Math.floor(random() * 28)
      const serial = String(Math.floor(random() * 1000)).padStart(3, '0')
      const body = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${serial}`
      const sum = [...body].reduce((total, digit, index) => {
        const product = Number(digit) * (index % 2 === 0 ? 2 : 1)
        return total + (product > 9 ? product - 9 : product)
      }, 0)
      const control = (10 - (sum % 10)) % 10
      const input = `${year}${body.slice(2, 6)}-${serial}${control}`
      const result = checkPersonnummer(input)
      if (!result.isValid || result.value !== input) {
        refused.push(input)
      }
    }
    expect(refused).toEqual([])
  })
})

describe('privacy', () => {
  it('should show a personnummer masked in the admin list cell', async () => {
    const { createElement } = await import('react')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { MaskedPersonnummerCell } = await import('../../src/components/MaskedPersonnummerCell')
    const html = renderToStaticMarkup(
      createElement(MaskedPersonnummerCell, { cellData: personnummer } as never),
    )
    expect(html).toBe('<span>19440315-****</span>')
  })

  it('should keep personnummer, portkod and address out of every error answer', async () => {
    const answers = await Promise.all(
      [
        {
          ...base(),
          betalsatt: 'faktura',
          faktura: { ...invoice(), personnummer: '19440315-1239' },
        },
        { ...base(), gatuadress: `${gatuadress}\u0000`, portkod },
        { ...base(), kommentarChauffor: long(101), portkod },
      ].map((body) =>
        callRest({
          actor: asUser('admin'),
          body,
          method: 'POST',
          path: 'slutkunder',
          url: server.url,
        }),
      ),
    )
    const leaks = answers.filter(
      (answer) =>
        answer.text.includes('19440315-1239') ||
        answer.text.includes(portkod) ||
        answer.text.includes(gatuadress),
    )
    expect([answers.map((answer) => answer.status), leaks.length]).toEqual([[400, 400, 400], 0])
  })

  it('should have logged no personnummer, portkod or address during this file’s run', () => {
    expect(
      findPersonalData({
        lines: logs.lines,
        values: [personnummer, '19440315-1239', portkod, gatuadress, 'Storgatan 12'],
      }),
    ).toEqual([])
  })
})
