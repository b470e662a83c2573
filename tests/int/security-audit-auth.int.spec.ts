import type { Payload } from 'payload'

import { createClient } from '@libsql/client'
import { decodeJwt, SignJWT } from 'jose'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Andring, Order } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'
import type { LogCapture } from '../support/captureLogs'
import type { Actor } from './security-harness'

import { backupSqlite, restoreSqlite } from '../../scripts/backupSqlite'
import { getDatabaseKind } from '../../src/db/selectDatabaseAdapter'
import { createFixture, fixturePassword, slutkundData } from '../harness/fixtures'
import { startApiServer } from '../harness/startApiServer'
import { bootWithLogCapture } from './security-boot'
import {
  callRest,
  createIntegration,
  localUserOf,
  seedSecurityOrders,
  tokenOf,
} from './security-harness'
import { findPersonalData } from './security-privacy'

let payload: Payload
let logs: LogCapture
let fixture: Fixture
let server: ApiServer
let orders: { a: Order; b: Order; other: Order }
let butik: Awaited<ReturnType<typeof createIntegration>>

const personnummer = '19440315-1238'
const portkod = '4711B'

const user = (bestallare: Fixture['admin']): Actor => ({ kind: 'user', user: bestallare })

const entriesFor = async (samling: string, id: number | string): Promise<Andring[]> =>
  (
    await payload.find({
      collection: 'andringslogg',
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      where: {
        and: [{ samling: { equals: samling } }, { dokumentId: { equals: String(id) } }],
      },
    })
  ).docs

beforeAll(async () => {
  ;({ logs, payload } = await bootWithLogCapture())
  fixture = await createFixture({ payload, tag: 'audit' })
  server = await startApiServer()
  butik = await createIntegration({ konton: [fixture.konto.id], payload, typ: 'butik' })
  orders = await seedSecurityOrders({ fixture, payload, tag: 'audit' })
})

afterAll(async () => {
  await server?.stop()
  await payload?.destroy()
})

describe('audit trail', () => {
  it('should record who created a slutkund, when, and its fields', async () => {
    const before = Date.now()
    const created = await payload.create({
      collection: 'slutkunder',
      data: slutkundData({ enhet: fixture.enhetA, fonster: fixture.fonsterA, fornamn: 'Greta' }),
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.bestallareA)),
    })
    const [entry] = await entriesFor('slutkunder', created.id)
    expect({
      anvandareId: entry.anvandareId,
      anvandareSamling: entry.anvandareSamling,
      hasFornamn: entry.falt?.includes('fornamn'),
      isRecent: Date.parse(entry.createdAt) >= before - 1000,
      konto: entry.konto,
      operation: entry.operation,
    }).toEqual({
      anvandareId: String(fixture.bestallareA.id),
      anvandareSamling: 'bestallare',
      hasFornamn: true,
      isRecent: true,
      konto: fixture.konto.id,
      operation: 'create',
    })
  })

  it('should record exactly the changed fields with personnummer and portkod masked', async () => {
    await payload.update({
      collection: 'slutkunder',
      data: {
        betalsatt: 'faktura',
        faktura: {
          efternamn: 'Svensson',
          fornamn: 'Astrid',
          gatuadress: 'Storgatan 12',
          ort: 'Falkenberg',
          personnummer,
          postnummer: '311 31',
        },
        portkod,
      },
      id: fixture.slutkundA.id,
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.admin)),
    })
    const entries = await entriesFor('slutkunder', fixture.slutkundA.id)
    const entry = entries[entries.length - 1]
    const changes = entry.andringar as { efter: unknown; falt: string; fore: unknown }[]
    expect({
      anvandareId: entry.anvandareId,
      falt: entry.falt,
      operation: entry.operation,
      personnummer: changes.find((change) => change.falt === 'faktura.personnummer'),
      portkod: changes.find((change) => change.falt === 'portkod'),
    }).toEqual({
      anvandareId: String(fixture.admin.id),
      falt: [
        'betalsatt',
        'faktura.efternamn',
        'faktura.fornamn',
        'faktura.gatuadress',
        'faktura.ort',
        'faktura.personnummer',
        'faktura.postnummer',
        'portkod',
      ],
      operation: 'update',
      personnummer: { efter: '19440315-****', falt: 'faktura.personnummer', fore: null },
      portkod: { efter: '****', falt: 'portkod', fore: null },
    })
  })

  it('should keep the raw personnummer and portkod out of the whole trail', async () => {
    const all = await payload.find({ collection: 'andringslogg', pagination: false })
    const text = JSON.stringify(all.docs)
    expect([text.includes(personnummer), text.includes(portkod)]).toEqual([false, false])
  })

  it('should record a trashed slutkund and keep its history', async () => {
    const before = (await entriesFor('slutkunder', fixture.slutkundA.id)).length
    await payload.update({
      collection: 'slutkunder',
      data: { deletedAt: new Date().toISOString() },
      id: fixture.slutkundA.id,
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.bestallareA)),
    })
    const entries = await entriesFor('slutkunder', fixture.slutkundA.id)
    expect([entries.length, entries[entries.length - 1].operation]).toEqual([before + 1, 'trash'])
  })

  it('should keep the history of a slutkund removed for good', async () => {
    const removed = await payload.create({
      collection: 'slutkunder',
      data: slutkundData({ enhet: fixture.enhetB, fonster: fixture.fonsterB, fornamn: 'Harald' }),
    })
    await payload.delete({
      collection: 'slutkunder',
      id: removed.id,
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.admin)),
    })
    const entries = await entriesFor('slutkunder', removed.id)
    expect(entries.map((entry) => [entry.operation, entry.anvandareSamling])).toEqual([
      ['create', 'system'],
      ['delete', 'bestallare'],
    ])
  })

  const collections: {
    create: () => Promise<{ id: number | string }>
    samling: string
    update: Record<string, unknown>
  }[] = [
    {
      create: () => payload.create({ collection: 'konton', data: { namn: 'Halmstads kommun' } }),
      samling: 'konton',
      update: { organisationsnummer: '212000-1355' },
    },
    {
      create: () =>
        payload.create({
          collection: 'enheter',
          data: { konto: fixture.konto.id, namn: 'Ny enhet' },
        }),
      samling: 'enheter',
      update: { namn: 'Nytt namn' },
    },
    {
      create: () =>
        payload.create({
          collection: 'leveransfonster',
          data: {
            enhet: fixture.enhetB.id,
            sluttid: '18:00',
            starttid: '16:00',
            stopptidDagarFore: 1,
            stopptidKlockslag: '12:00',
            veckodag: 'fredag',
          },
        }),
      samling: 'leveransfonster',
      update: { aktiv: false },
    },
    {
      create: () =>
        payload.create({
          collection: 'bestallare',
          data: {
            efternamn: 'Logg',
            email: 'logg@audit.test',
            fornamn: 'Lisa',
            konto: fixture.konto.id,
            password: fixturePassword,
            roll: 'bestallare',
            telefon: '0346-88 60 00',
          },
          disableVerificationEmail: true,
        }),
      samling: 'bestallare',
      update: { efternamn: 'Loggsson', password: 'Ett-Nytt-Lösen-2' },
    },
  ]

  for (const { create, samling, update } of collections) {
    it(`should record create, update and delete of ${samling} by support`, async () => {
      const doc = await create()
      const actor = await localUserOf(payload, user(fixture.support))
      await payload.update({
        collection: samling as 'konton',
        data: update,
        id: doc.id as number,
        overrideAccess: false,
        user: actor,
      })
      await payload.delete({
        collection: samling as 'konton',
        id: doc.id as number,
        overrideAccess: false,
        user: actor,
      })
      const entries = await entriesFor(samling, doc.id)
      expect(
        entries.map((entry) => [entry.operation, entry.falt?.includes('hash') ?? false]),
      ).toEqual([
        ['create', false],
        ['update', false],
        ['delete', false],
      ])
    })
  }

  it('should record an order changed by the shop as done by the integration', async () => {
    await callRest({
      actor: { apiKey: butik.apiKey, integration: butik.integration, kind: 'integration' },
      body: { status: 'plockas' },
      method: 'PATCH',
      path: `ordrar/${orders.a.id}`,
      url: server.url,
    })
    const entries = await entriesFor('ordrar', orders.a.id)
    const last = entries[entries.length - 1]
    expect([
      last.operation,
      last.anvandareSamling,
      last.anvandareId,
      last.falt?.includes('status'),
    ]).toEqual(['update', 'integrationer', String(butik.integration.id), true])
  })

  it('should let an administrator read only its own konto’s trail', async () => {
    const answer = await callRest({
      actor: user(fixture.adminOther),
      method: 'GET',
      path: 'andringslogg?pagination=false&depth=0',
      url: server.url,
    })
    const konton = new Set((answer.json.docs as Andring[]).map((entry) => entry.konto))
    expect([answer.status, [...konton]]).toEqual([200, [fixture.kontoOther.id]])
  })

  it('should refuse the trail to a beställare', async () => {
    const answer = await callRest({
      actor: user(fixture.bestallareB),
      method: 'GET',
      path: 'andringslogg',
      url: server.url,
    })
    expect(answer.status).toBe(403)
  })

  it('should refuse support writing to the trail', async () => {
    const answer = await callRest({
      actor: user(fixture.support),
      body: { anvandareSamling: 'system', dokumentId: '1', operation: 'update', samling: 'konton' },
      method: 'POST',
      path: 'andringslogg',
      url: server.url,
    })
    expect(answer.status).toBe(403)
  })
})

describe('auth hardening', () => {
  it('should lock an account for 10 minutes after 5 wrong passwords', async () => {
    const email = fixture.bestallareNoCreate.email
    const statuses: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const answer = await callRest({
        actor: { kind: 'anonymous' },
        body: { email, password: 'fel-lösenord' },
        method: 'POST',
        path: 'bestallare/login',
        url: server.url,
      })
      statuses.push(answer.status)
    }
    const withRightPassword = await callRest({
      actor: { kind: 'anonymous' },
      body: { email, password: fixturePassword },
      method: 'POST',
      path: 'bestallare/login',
      url: server.url,
    })
    const locked = await payload.find({
      collection: 'bestallare',
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
    const lockMs = Date.parse(String(locked.docs[0].lockUntil)) - Date.now()
    expect({
      isTenMinutes: lockMs > 9 * 60 * 1000 && lockMs <= 10 * 60 * 1000,
      lockedStatus: withRightPassword.status,
      statuses,
      token: withRightPassword.json.token,
    }).toEqual({
      isTenMinutes: true,
      lockedStatus: 401,
      statuses: [401, 401, 401, 401, 401],
      token: undefined,
    })
  })

  it('should issue sessions that expire after 8 hours', async () => {
    const claims = decodeJwt(await tokenOf(server.url, fixture.bestallareB))
    expect((claims.exp as number) - (claims.iat as number)).toBe(8 * 60 * 60)
  })

  it('should refuse an expired token', async () => {
    const claims = decodeJwt(await tokenOf(server.url, fixture.bestallareB))
    const now = Math.floor(Date.now() / 1000)
    const expired = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(now - 9 * 60 * 60)
      .setExpirationTime(now - 60 * 60)
      .sign(new TextEncoder().encode(payload.secret))
    const answer = await callRest({
      actor: { kind: 'anonymous' },
      headers: { Authorization: `JWT ${expired}` },
      method: 'GET',
      path: 'bestallare/me',
      url: server.url,
    })
    expect(answer.json.user).toBeNull()
  })

  it('should accept the same token while it is valid', async () => {
    const answer = await callRest({
      actor: user(fixture.bestallareB),
      method: 'GET',
      path: 'bestallare/me',
      url: server.url,
    })
    expect((answer.json.user as { id: number }).id).toBe(fixture.bestallareB.id)
  })

  it('should set the session cookie HttpOnly and SameSite=Lax, not Secure over plain HTTP', async () => {
    const response = await fetch(`${server.url}/api/bestallare/login`, {
      body: JSON.stringify({ email: fixture.bestallareB.email, password: fixturePassword }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const cookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('payload-token='))
    const attributes = (cookie ?? '').split(';').map((part) => part.trim().toLowerCase())
    // Payload writes `HttpOnly=true`; browsers read the attribute by its name alone.
    const names = attributes.map((part) => part.split('=')[0])
    expect({
      httpOnly: names.includes('httponly'),
      sameSite: attributes.find((part) => part.startsWith('samesite')),
      secure: names.includes('secure'),
    }).toEqual({ httpOnly: true, sameSite: 'samesite=lax', secure: false })
  })

  it('should make the session cookie Secure when the portal is served over HTTPS', async () => {
    vi.stubEnv('SERVER_URL', 'https://ombudshandel.example')
    vi.resetModules()
    const { Bestallare } = await import('../../collections/Bestallare')
    vi.unstubAllEnvs()
    const auth = Bestallare.auth as { cookies: { sameSite: string; secure: boolean } }
    expect(auth.cookies).toEqual({ sameSite: 'Lax', secure: true })
  })

  const loginCookie = async () => {
    const response = await fetch(`${server.url}/api/bestallare/login`, {
      body: JSON.stringify({ email: fixture.bestallareB.email, password: fixturePassword }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    return (
      response.headers.getSetCookie().find((value) => value.startsWith('payload-token=')) ?? ''
    ).split(';')[0]
  }

  it('should not authenticate a cookie sent from a foreign origin', async () => {
    const answer = await callRest({
      actor: { kind: 'anonymous' },
      headers: { Cookie: await loginCookie(), Origin: 'https://angripare.example' },
      method: 'GET',
      path: 'bestallare/me',
      url: server.url,
    })
    expect(answer.json.user).toBeNull()
  })

  it('should authenticate the same cookie from the portal’s own origin', async () => {
    const answer = await callRest({
      actor: { kind: 'anonymous' },
      headers: { Cookie: await loginCookie(), Origin: payload.config.serverURL },
      method: 'GET',
      path: 'bestallare/me',
      url: server.url,
    })
    expect((answer.json.user as { id: number } | null)?.id).toBe(fixture.bestallareB.id)
  })

  it('should take away a slutkund at once when its enhet is taken from the beställare', async () => {
    const actor = user(fixture.bestallareB)
    const before = await callRest({
      actor,
      method: 'GET',
      path: `slutkunder/${fixture.slutkundB.id}`,
      url: server.url,
    })
    await payload.update({
      collection: 'bestallare',
      data: { enheter: [fixture.enhetA.id] },
      id: fixture.bestallareB.id,
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.admin)),
    })
    const after = await callRest({
      actor,
      method: 'GET',
      path: `slutkunder/${fixture.slutkundB.id}`,
      url: server.url,
    })
    expect([before.status, after.status]).toEqual([200, 404])
  })

  it('should refuse everything to a removed beställare still holding a token', async () => {
    const actor = user(fixture.bestallareB)
    await tokenOf(server.url, fixture.bestallareB)
    await payload.delete({
      collection: 'bestallare',
      id: fixture.bestallareB.id,
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.admin)),
    })
    const answer = await callRest({ actor, method: 'GET', path: 'slutkunder', url: server.url })
    expect(answer.status).toBe(403)
  })
})

describe('data kept', () => {
  it('should keep the orders of a removed beställare, readable by its konto', async () => {
    await payload.delete({
      collection: 'bestallare',
      id: fixture.bestallareNoCreate.id,
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.admin)),
    })
    const answer = await callRest({
      actor: user(fixture.admin),
      method: 'GET',
      path: `ordrar/${orders.a.id}?depth=0`,
      url: server.url,
    })
    expect([answer.status, answer.json.ordernummer]).toEqual([200, orders.a.ordernummer])
  })

  it('should keep the orders, delivery copy and message log of a slutkund removed for good', async () => {
    const utskick = await payload.create({
      collection: 'utskick',
      data: {
        dedupeKey: `kept/${fixture.slutkundOther.id}`,
        enhet: fixture.enhetOther.id,
        kanal: 'sms',
        konto: fixture.kontoOther.id,
        mall: 'dagen-fore',
        slutkund: fixture.slutkundOther.id,
        status: 'skickad',
      },
    })
    await payload.delete({
      collection: 'slutkunder',
      id: fixture.slutkundOther.id,
      overrideAccess: false,
      user: await localUserOf(payload, user(fixture.adminOther)),
    })
    const order = await callRest({
      actor: user(fixture.adminOther),
      method: 'GET',
      path: `ordrar/${orders.other.id}?depth=0`,
      url: server.url,
    })
    const message = await callRest({
      actor: user(fixture.adminOther),
      method: 'GET',
      path: `utskick/${utskick.id}?depth=0`,
      url: server.url,
    })
    expect({
      gatuadress: (order.json.leverans as { gatuadress: string }).gatuadress,
      messageStatus: message.status,
      orderStatus: order.status,
    }).toEqual({ gatuadress: 'Storgatan 12', messageStatus: 200, orderStatus: 200 })
  })

  it('should refuse removing an order to everyone, support included', async () => {
    const answer = await callRest({
      actor: user(fixture.support),
      method: 'DELETE',
      path: `ordrar/${orders.b.id}`,
      url: server.url,
    })
    expect(answer.status).toBe(403)
  })
})

describe.runIf(getDatabaseKind(process.env.DATABASE_URI) === 'sqlite')('SQLite backup', () => {
  it('should restore the data as it was at backup time', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'ombudshandel-backup-'))
    const backup = await backupSqlite({
      databaseUri: process.env.DATABASE_URI,
      target: path.join(directory, 'backup.db'),
    })
    await payload.update({
      collection: 'konton',
      data: { organisationsnummer: '212000-9999' },
      id: fixture.konto.id,
    })
    const restoredUri = pathToFileURL(path.join(directory, 'restored.db')).href
    await restoreSqlite({ backup, databaseUri: restoredUri })
    const client = createClient({ url: restoredUri })
    const restored = await client.execute({
      args: [fixture.konto.id],
      sql: 'SELECT organisationsnummer FROM konton WHERE id = ?',
    })
    client.close()
    const live = await payload.findByID({ collection: 'konton', id: fixture.konto.id })
    expect([restored.rows[0].organisationsnummer, live.organisationsnummer]).toEqual([
      null,
      '212000-9999',
    ])
  })

  it('should refuse to restore a file that is not a database', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'ombudshandel-backup-'))
    const broken = path.join(directory, 'broken.db')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(broken, 'inte en databas')
    await expect(
      restoreSqlite({
        backup: broken,
        databaseUri: pathToFileURL(path.join(directory, 'x.db')).href,
      }),
    ).rejects.toThrow()
  })
})

describe('privacy of this run’s logs', () => {
  it('should have logged no personnummer, portkod or address', () => {
    expect(
      findPersonalData({ lines: logs.lines, values: [personnummer, portkod, 'Storgatan 12'] }),
    ).toEqual([])
  })
})
