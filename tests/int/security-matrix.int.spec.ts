import type { Payload, Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'
import type { LogCapture } from '../support/captureLogs'
import type { Actor } from './security-harness'

import { createFixture, slutkundData } from '../harness/fixtures'
import { startApiServer } from '../harness/startApiServer'
import { bootWithLogCapture } from './security-boot'
import {
  callGraphql,
  callRest,
  createIntegration,
  localUserOf,
  seedSecurityOrders,
  statusOfError,
} from './security-harness'
import { findPersonalData } from './security-privacy'

type Slug =
  | 'andringslogg'
  | 'bestallare'
  | 'enheter'
  | 'integrationer'
  | 'konton'
  | 'leveransfonster'
  | 'ordrar'
  | 'slutkunder'
  | 'utskick'

type Role =
  | 'administrator'
  | 'administratorAnnat'
  | 'anonym'
  | 'bestallareA'
  | 'bestallareUtanSkapa'
  | 'integrationButik'
  | 'support'

type Entry = 'graphql' | 'local' | 'rest'

/** `A`: in enhet A of the first konto, `B`: enhet B of it, `O`: the other konto. */
type Scope = 'A' | 'B' | 'O'

type Row = {
  /** May the role create a document in its own part of the data? */
  create: Role[]
  /** Which throwaway documents (made in scope A or O) the role may remove. */
  delete: Partial<Record<Role, Scope[]>>
  /** Top-level keys the role must not get back, on top of those nobody gets. */
  hiddenFrom?: Partial<Record<Role, string[]>>
  /** Which of the collection's fixture documents (scope A, B, O) the role reads. */
  read: Partial<Record<Role, Scope[]>>
  /** Which of those it may change. */
  update: Partial<Record<Role, Scope[]>>
}

const all: Scope[] = ['A', 'B', 'O']
const konto: Scope[] = ['A', 'B']

/**
 * THE access table: role × collection × operation. Every entry point (Local API with
 * overrideAccess false, REST, GraphQL) must give the same answer for every cell.
 * A role missing from `read`, `update` or `delete` reaches nothing there.
 */
const table: Record<Slug, Row> = {
  andringslogg: {
    create: [],
    delete: {},
    read: { administrator: konto, administratorAnnat: ['O'], support: all },
    update: {},
  },
  bestallare: {
    create: ['support', 'administrator', 'administratorAnnat'],
    delete: { administrator: ['A'], administratorAnnat: ['O'], support: ['A', 'O'] },
    read: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: [],
      support: all,
    },
    update: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      support: all,
    },
  },
  enheter: {
    create: ['support', 'administrator', 'administratorAnnat'],
    delete: { administrator: ['A'], administratorAnnat: ['O'], support: ['A', 'O'] },
    read: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      support: all,
    },
    update: { administrator: konto, administratorAnnat: ['O'], support: all },
  },
  integrationer: {
    create: ['support'],
    delete: { support: ['A', 'O'] },
    hiddenFrom: { support: [] },
    read: { support: ['A', 'O'] },
    update: { support: ['A', 'O'] },
  },
  konton: {
    create: ['support'],
    delete: { support: ['A', 'O'] },
    read: {
      administrator: ['A'],
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      support: ['A', 'O'],
    },
    update: { administrator: ['A'], administratorAnnat: ['O'], support: ['A', 'O'] },
  },
  leveransfonster: {
    create: ['support', 'administrator', 'administratorAnnat'],
    delete: { administrator: ['A'], administratorAnnat: ['O'], support: ['A', 'O'] },
    read: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      support: all,
    },
    update: { administrator: konto, administratorAnnat: ['O'], support: all },
  },
  ordrar: {
    create: ['support', 'integrationButik'],
    delete: {},
    read: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      integrationButik: konto,
      support: all,
    },
    update: { integrationButik: konto, support: all },
  },
  slutkunder: {
    create: ['support', 'administrator', 'administratorAnnat', 'bestallareA'],
    delete: {
      administrator: ['A'],
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      support: ['A', 'O'],
    },
    // The first konto does not let its beställare see the invoice recipient.
    hiddenFrom: { bestallareA: ['faktura'], bestallareUtanSkapa: ['faktura'] },
    read: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      support: all,
    },
    update: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      support: all,
    },
  },
  utskick: {
    create: [],
    delete: {},
    read: {
      administrator: konto,
      administratorAnnat: ['O'],
      bestallareA: ['A'],
      bestallareUtanSkapa: ['A'],
      support: all,
    },
    update: {},
  },
}

const roles: Role[] = [
  'anonym',
  'support',
  'administrator',
  'administratorAnnat',
  'bestallareA',
  'bestallareUtanSkapa',
  'integrationButik',
]
const entries: Entry[] = ['local', 'rest', 'graphql']
const slugs = Object.keys(table) as Slug[]

/** Keys nobody ever gets back, whatever the role. */
const neverReturned = [
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'hash',
  'salt',
  'resetPasswordToken',
]

let payload: Payload
let logs: LogCapture
let fixture: Fixture
let server: ApiServer
let actors: Record<Role, Actor>
let docs: Record<Slug, Partial<Record<Scope, number | string>>>
let cellCount = 0

const graphqlName = (slug: Slug) => slug.charAt(0).toUpperCase() + slug.slice(1)

type Answer = { docs: Record<string, unknown>[]; message?: string; status: number }

/** One call through one entry point; GraphQL reports Payload's status in its error. */
const call = async ({
  data,
  entry,
  id,
  op,
  role,
  slug,
  where,
}: {
  data?: Record<string, unknown>
  entry: Entry
  id?: number | string
  op: 'create' | 'delete' | 'find' | 'findByID' | 'update'
  role: Role
  slug: Slug
  where?: Where
}): Promise<Answer> => {
  const actor = actors[role]
  if (entry === 'local') {
    const user = await localUserOf(payload, actor)
    const common = { collection: slug, depth: 0, overrideAccess: false, user } as const
    try {
      if (op === 'find') {
        const result = await payload.find({ ...common, pagination: false, where })
        return { docs: result.docs as never, status: 200 }
      }
      if (op === 'findByID') {
        return {
          docs: [(await payload.findByID({ ...common, id: id as number })) as never],
          status: 200,
        }
      }
      if (op === 'create') {
        const doc = await payload.create({
          ...common,
          data: data as never,
          disableVerificationEmail: true,
        })
        return { docs: [doc as never], status: 201 }
      }
      if (op === 'update') {
        const doc = await payload.update({ ...common, data: data as never, id: id as number })
        return { docs: [doc as never], status: 200 }
      }
      return {
        docs: [(await payload.delete({ ...common, id: id as number })) as never],
        status: 200,
      }
    } catch (error) {
      return { docs: [], status: statusOfError(error) }
    }
  }

  if (entry === 'rest') {
    const query = new URLSearchParams({ depth: '0' })
    if (op === 'find') {
      query.set('pagination', 'false')
    }
    const path = op === 'find' || op === 'create' ? slug : `${slug}/${id}`
    const method = {
      create: 'POST',
      delete: 'DELETE',
      find: 'GET',
      findByID: 'GET',
      update: 'PATCH',
    }[op]
    const answer = await callRest({
      actor,
      body: data,
      method,
      path: `${path}?${query.toString()}`,
      url: server.url,
    })
    if (answer.status >= 400) {
      return { docs: [], status: answer.status }
    }
    const json = answer.json as { doc?: Record<string, unknown>; docs?: Record<string, unknown>[] }
    return {
      docs: json.docs ?? (json.doc ? [json.doc] : [answer.json]),
      status: answer.status,
    }
  }

  const name = graphqlName(slug)
  const fields = graphqlFields[slug]
  const queries = {
    create: `mutation ($data: mutation${name}Input!) { result: create${name}(data: $data) { ${fields} } }`,
    delete: `mutation ($id: Int!) { result: delete${name}(id: $id) { id } }`,
    find: `query { result: ${name}s(pagination: false) { docs { ${fields} } } }`,
    findByID: `query ($id: Int!) { result: ${name}(id: $id) { ${fields} } }`,
    update: `mutation ($id: Int!, $data: mutation${name}UpdateInput!) { result: update${name}(id: $id, data: $data) { ${fields} } }`,
  }
  // GraphQL enums cannot hold '-': Payload names `dagen-fore` `dagen_fore` there.
  const graphqlData = data && {
    ...data,
    ...(typeof data.mall === 'string' ? { mall: data.mall.replace(/-/g, '_') } : {}),
  }
  const answer = await callGraphql({
    actor,
    query: queries[op],
    url: server.url,
    variables: { data: graphqlData, id },
  })
  const [error] = answer.errors
  if (error) {
    return { docs: [], message: error.message, status: error.extensions?.statusCode ?? 400 }
  }
  const result = answer.data?.result as { docs?: Record<string, unknown>[] } | null
  if (!result) {
    return { docs: [], status: 404 }
  }
  return {
    docs: result.docs ?? [result as Record<string, unknown>],
    status: op === 'create' ? 201 : 200,
  }
}

/** GraphQL asks for the id and the fields some role may not read. */
const graphqlFields: Record<Slug, string> = {
  andringslogg: 'id operation',
  bestallare: 'id email roll',
  enheter: 'id namn',
  integrationer: 'id namn',
  konton: 'id namn',
  leveransfonster: 'id veckodag',
  ordrar: 'id ordernummer',
  slutkunder: 'id namn faktura { personnummer }',
  utskick: 'id mall',
}

/** What a role creates in its own part of the data, per collection. */
const createData = (slug: Slug, role: Role, n: number): Record<string, unknown> => {
  const isOther = role === 'administratorAnnat'
  const enhet = isOther ? fixture.enhetOther : fixture.enhetA
  const fonster = isOther ? fixture.fonsterOther : fixture.fonsterA
  const kontoID = isOther ? fixture.kontoOther.id : fixture.konto.id
  switch (slug) {
    case 'andringslogg':
      return { anvandareSamling: 'system', dokumentId: '1', operation: 'update', samling: 'konton' }
    case 'bestallare':
      return {
        efternamn: 'Ny',
        email: `ny${n}@matrix.test`,
        fornamn: 'Ny',
        konto: kontoID,
        password: 'Matris-Lösen-1',
        roll: 'bestallare',
        telefon: '0346-88 60 00',
      }
    case 'enheter':
      return { konto: kontoID, namn: `Enhet ${n}` }
    case 'integrationer':
      return { namn: `Butik ${n}`, typ: 'butik' }
    case 'konton':
      return { namn: `Kommun ${n}` }
    case 'leveransfonster':
      return {
        enhet: enhet.id,
        sluttid: '18:00',
        starttid: '16:00',
        stopptidDagarFore: 1,
        stopptidKlockslag: '12:00',
        veckodag: 'fredag',
      }
    case 'ordrar':
      // stopptid is the server's to set (and dropped), but GraphQL's input type requires it.
      return {
        leveransdatum: '2027-02-01',
        leveransfonster: fixture.fonsterA.id,
        ordernummer: `M-${n}`,
        slutkund: fixture.slutkundA.id,
        status: 'mottagen',
        stopptid: '2027-01-31T11:00:00.000Z',
      }
    case 'slutkunder':
      return { ...slutkundData({ enhet, fonster, fornamn: `Ny${n}` }) }
    case 'utskick':
      return { dedupeKey: `m/${n}`, kanal: 'sms', mall: 'dagen-fore', status: 'planerad' }
  }
}

/** A harmless change that leaves the fixture as it was. */
const updateData = (slug: Slug, scope: Scope): Record<string, unknown> => {
  switch (slug) {
    case 'andringslogg':
      return { operation: 'update' }
    case 'bestallare':
      return { efternamn: 'Testsson' }
    case 'enheter':
      return {
        namn: { A: 'Hemtjänst Centrum', B: 'Hemtjänst Skrea', O: 'Hemtjänst Träslövsläge' }[scope],
      }
    case 'integrationer':
      return { namn: `Butik ${scope}` }
    case 'konton':
      return { organisationsnummer: '212000-1355' }
    case 'leveransfonster':
      return { aktiv: true }
    case 'ordrar':
      return { belopp: 250 }
    case 'slutkunder':
      return { kommentarChauffor: 'Ring på dörrklockan' }
    case 'utskick':
      return { fel: 'x' }
  }
}

/** A document made with overrideAccess for a delete cell, in scope A or O. */
const makeThrowaway = async (slug: Slug, scope: Scope, n: number): Promise<number | string> => {
  const role: Role = scope === 'O' ? 'administratorAnnat' : 'administrator'
  const data =
    slug === 'bestallare'
      ? { ...createData(slug, role, n), email: `bort${n}@matrix.test` }
      : slug === 'ordrar'
        ? {
            leveransdatum: scope === 'O' ? '2027-02-03' : '2027-02-01',
            leveransfonster: scope === 'O' ? fixture.fonsterOther.id : fixture.fonsterA.id,
            ordernummer: `B-${n}`,
            slutkund: scope === 'O' ? fixture.slutkundOther.id : fixture.slutkundA.id,
          }
        : slug === 'andringslogg'
          ? {
              ...createData(slug, role, n),
              konto: scope === 'O' ? fixture.kontoOther.id : fixture.konto.id,
            }
          : slug === 'utskick'
            ? {
                ...createData(slug, role, n),
                enhet: scope === 'O' ? fixture.enhetOther.id : fixture.enhetA.id,
                konto: scope === 'O' ? fixture.kontoOther.id : fixture.konto.id,
              }
            : createData(slug, role, n)
  const doc = await payload.create({
    collection: slug,
    data: data as never,
    disableVerificationEmail: true,
  })
  return doc.id
}

const exists = async (slug: Slug, id: number | string) =>
  (
    await payload.find({
      collection: slug,
      limit: 1,
      trash: true,
      where: { id: { equals: id } },
    } as never)
  ).docs.length === 1

const removeQuietly = async (slug: Slug, id: number | string) => {
  if (await exists(slug, id)) {
    await payload.delete({ collection: slug, id: id as number })
  }
}

/**
 * Status of a refused read: 403 where the role reaches nothing of the collection, 404 where
 * it reaches some documents (an empty list in the table: none of the fixture's).
 */
const refusedReadStatus = (slug: Slug, role: Role) => (table[slug].read[role] ? 404 : 403)

/** GraphQL answers an unreadable group as an object of nulls: that is no value either. */
const hasValue = (value: unknown): boolean => {
  if (value === null || value === undefined) {
    return false
  }
  return typeof value === 'object' ? Object.values(value).some(hasValue) : true
}

const hiddenKeys = (slug: Slug, role: Role) => [
  ...neverReturned,
  ...(table[slug].hiddenFrom?.[role] ?? []),
]

beforeAll(async () => {
  ;({ logs, payload } = await bootWithLogCapture())
  fixture = await createFixture({ payload, tag: 'matrix' })
  server = await startApiServer()
  await payload.update({
    collection: 'konton',
    data: { bestallareSerFaktura: false },
    id: fixture.konto.id,
  })
  // Slutkund B pays by invoice, so its faktura group carries a personnummer.
  await payload.update({
    collection: 'slutkunder',
    data: {
      betalsatt: 'faktura',
      faktura: {
        efternamn: 'Berg',
        fornamn: 'Bertil',
        gatuadress: 'Storgatan 12',
        ort: 'Falkenberg',
        personnummer: '19440315-1238',
        postnummer: '311 31',
      },
    },
    id: fixture.slutkundB.id,
  })
  const butik = await createIntegration({ konton: [fixture.konto.id], payload, typ: 'butik' })
  const leverans = await createIntegration({
    konton: [fixture.kontoOther.id],
    payload,
    typ: 'leverans',
  })
  const orders = await seedSecurityOrders({ fixture, payload, tag: 'matrix' })
  const utskick = async (scope: Scope) =>
    (
      await payload.create({
        collection: 'utskick',
        data: {
          dedupeKey: `matrix/${scope}`,
          enhet: { A: fixture.enhetA, B: fixture.enhetB, O: fixture.enhetOther }[scope].id,
          kanal: 'sms',
          konto: scope === 'O' ? fixture.kontoOther.id : fixture.konto.id,
          mall: 'dagen-fore',
          slutkund: { A: fixture.slutkundA, B: fixture.slutkundB, O: fixture.slutkundOther }[scope]
            .id,
          status: 'planerad',
        },
      })
    ).id
  const logOf = async (samling: string, dokumentId: number | string) =>
    (
      await payload.find({
        collection: 'andringslogg',
        limit: 1,
        where: {
          and: [{ samling: { equals: samling } }, { dokumentId: { equals: String(dokumentId) } }],
        },
      })
    ).docs[0].id

  docs = {
    andringslogg: {
      A: await logOf('slutkunder', fixture.slutkundA.id),
      B: await logOf('slutkunder', fixture.slutkundB.id),
      O: await logOf('slutkunder', fixture.slutkundOther.id),
    },
    bestallare: { A: fixture.bestallareA.id, B: fixture.bestallareB.id, O: fixture.adminOther.id },
    enheter: { A: fixture.enhetA.id, B: fixture.enhetB.id, O: fixture.enhetOther.id },
    integrationer: { A: butik.integration.id, O: leverans.integration.id },
    konton: { A: fixture.konto.id, O: fixture.kontoOther.id },
    leveransfonster: { A: fixture.fonsterA.id, B: fixture.fonsterB.id, O: fixture.fonsterOther.id },
    ordrar: { A: orders.a.id, B: orders.b.id, O: orders.other.id },
    slutkunder: { A: fixture.slutkundA.id, B: fixture.slutkundB.id, O: fixture.slutkundOther.id },
    utskick: { A: await utskick('A'), B: await utskick('B'), O: await utskick('O') },
  }
  actors = {
    administrator: { kind: 'user', user: fixture.admin },
    administratorAnnat: { kind: 'user', user: fixture.adminOther },
    anonym: { kind: 'anonymous' },
    bestallareA: { kind: 'user', user: fixture.bestallareA },
    bestallareUtanSkapa: { kind: 'user', user: fixture.bestallareNoCreate },
    integrationButik: { apiKey: butik.apiKey, integration: butik.integration, kind: 'integration' },
    support: { kind: 'user', user: fixture.support },
  }
})

afterAll(async () => {
  console.log(`Access matrix: ${cellCount} cells checked`)
  await server?.stop()
  await payload?.destroy()
})

let throwawayCounter = 0

describe('access matrix', () => {
  for (const slug of slugs) {
    for (const role of roles) {
      for (const entry of entries) {
        it(`should give ${role} exactly its cells of ${slug} over ${entry}`, async () => {
          const row = table[slug]
          const mismatches: string[] = []
          const check = (cell: string, actual: unknown, expected: unknown) => {
            cellCount += 1
            if (JSON.stringify(actual) !== JSON.stringify(expected)) {
              mismatches.push(
                `${cell}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`,
              )
            }
          }
          const readable = row.read[role] ?? []
          const scopes = Object.keys(docs[slug]) as Scope[]
          const fixtureIDs = new Set(Object.values(docs[slug]).map(String))

          // List: exactly the readable fixture documents (others made by the suite aside).
          const list = await call({ entry, op: 'find', role, slug })
          const listed = list.docs.map((doc) => String(doc.id)).filter((id) => fixtureIDs.has(id))
          check(
            'find',
            { ids: listed.sort(), status: list.status },
            {
              ids: scopes
                .filter((scope) => readable.includes(scope))
                .map((scope) => String(docs[slug][scope]))
                .sort(),
              status: list.status === 200 ? 200 : 403,
            },
          )
          check('find status', list.status === 200 || readable.length === 0, true)

          // Read each fixture document, and only the allowed fields of it.
          for (const scope of scopes) {
            const answer = await call({ entry, id: docs[slug][scope], op: 'findByID', role, slug })
            const isAllowed = readable.includes(scope)
            check(
              `findByID ${scope}`,
              answer.status,
              isAllowed ? 200 : refusedReadStatus(slug, role),
            )
            if (isAllowed && answer.docs[0]) {
              const doc = answer.docs[0]
              const leaked = hiddenKeys(slug, role).filter((key) => hasValue(doc[key]))
              check(`fields of ${scope}`, leaked, [])
            }
          }

          // Update each fixture document with a change that keeps it as it was.
          for (const scope of scopes) {
            const answer = await call({
              data: updateData(slug, scope),
              entry,
              id: docs[slug][scope],
              op: 'update',
              role,
              slug,
            })
            const isAllowed = (row.update[role] ?? []).includes(scope)
            check(`update ${scope}`, answer.status, isAllowed ? 200 : 403)
          }

          // Create in the role's own part of the data.
          throwawayCounter += 1
          const created = await call({
            data: createData(slug, role, throwawayCounter),
            entry,
            op: 'create',
            role,
            slug,
          })
          check(
            'create',
            [created.status, created.message],
            [row.create.includes(role) ? 201 : 403, created.message],
          )
          for (const doc of created.docs) {
            await removeQuietly(slug, doc.id as number)
          }

          // Delete a throwaway document in scope A and one in scope O.
          // A refused delete aims at the fixture document itself, which must stay.
          for (const scope of ['A', 'O'] as Scope[]) {
            const isAllowed = (row.delete[role] ?? []).includes(scope)
            throwawayCounter += 1
            const id = isAllowed
              ? await makeThrowaway(slug, scope, throwawayCounter)
              : (docs[slug][scope] as number | string)
            const answer = await call({ entry, id, op: 'delete', role, slug })
            check(
              `delete ${scope}`,
              { kept: await exists(slug, id), status: answer.status },
              { kept: !isAllowed, status: isAllowed ? 200 : 403 },
            )
            if (isAllowed) {
              await removeQuietly(slug, id)
            }
          }

          expect(mismatches).toEqual([])
        })
      }
    }
  }
})

/** One cell of the pitfall table: counted with the matrix. */
const cell = (actual: unknown, expected: unknown) => {
  cellCount += 1
  expect(actual).toEqual(expected)
}

const rest = (role: Role, method: string, path: string, body?: unknown) =>
  callRest({ actor: actors[role], body, method, path, url: server.url })

const idsOf = (json: Record<string, unknown>) =>
  ((json.docs as { id: number | string }[] | undefined) ?? []).map((doc) => doc.id)

const personnummerA = '19440315-1238'
let fonsterHidden: number | string

describe('access pitfalls', () => {
  beforeAll(async () => {
    // Slutkund A pays by invoice: its personnummer is there, and must stay unseen by beställare.
    await payload.update({
      collection: 'slutkunder',
      data: {
        betalsatt: 'faktura',
        faktura: {
          efternamn: 'Svensson',
          fornamn: 'Astrid',
          gatuadress: 'Storgatan 12',
          ort: 'Falkenberg',
          personnummer: personnummerA,
          postnummer: '311 31',
        },
      },
      id: fixture.slutkundA.id,
    })
    // A window of enhet A that (as bad data) belongs to the other konto: nobody in the first
    // konto may read it, even where enhet A joins it or slutkund A lists it.
    const hidden = await payload.create({
      collection: 'leveransfonster',
      data: createData('leveransfonster', 'administrator', 9000) as never,
    })
    fonsterHidden = hidden.id
    await payload.db.updateOne({
      collection: 'leveransfonster',
      data: { konto: fixture.kontoOther.id },
      id: hidden.id,
    } as never)
    await payload.db.updateOne({
      collection: 'slutkunder',
      data: { leveransfonster: [fixture.fonsterA.id, hidden.id] },
      id: fixture.slutkundA.id,
    } as never)
  })

  it('should leave an unreadable orderer unpopulated in an order at depth 0 to 3', async () => {
    for (const depth of [0, 1, 2, 3]) {
      const answer = await rest('bestallareA', 'GET', `ordrar/${docs.ordrar.A}?depth=${depth}`)
      cell(answer.json.bestallare, fixture.bestallareNoCreate.id)
    }
  })

  it('should populate the readable slutkund, enhet and konto of an order at depth 1 to 3 without the invoice group', async () => {
    const depth1 = await rest('bestallareA', 'GET', `ordrar/${docs.ordrar.A}?depth=1`)
    const slutkund1 = depth1.json.slutkund as Record<string, unknown>
    cell(
      [slutkund1.id, 'faktura' in slutkund1, slutkund1.enhet],
      [fixture.slutkundA.id, false, fixture.enhetA.id],
    )
    const depth3 = await rest('bestallareA', 'GET', `ordrar/${docs.ordrar.A}?depth=3`)
    const enhet3 = (depth3.json.slutkund as { enhet: { konto: { id: number; namn: string } } })
      .enhet
    cell(enhet3.konto.id, fixture.konto.id)
  })

  it('should answer null for an unreadable orderer and invoice group in a GraphQL order', async () => {
    const answer = await callGraphql({
      actor: actors.bestallareA,
      query: `query ($id: Int!) { Ordrar(id: $id) { bestallare { id email } slutkund { id faktura { personnummer } } } }`,
      url: server.url,
      variables: { id: docs.ordrar.A },
    })
    cell(answer.data?.Ordrar, {
      bestallare: null,
      slutkund: { faktura: { personnummer: null }, id: fixture.slutkundA.id },
    })
  })
})

const messageOf = (json: Record<string, unknown>) =>
  (json.errors as { message: string }[] | undefined)?.[0]?.message

/** Payload refuses a query on a field the caller may not read, instead of answering it. */
const queryRefused = (path: string) => `The following path cannot be queried: ${path}`

describe('access pitfalls: relations, joins and queries', () => {
  it('should not populate an unreadable window beside a readable one in a hasMany relation', async () => {
    const answer = await rest('bestallareA', 'GET', `slutkunder/${docs.slutkunder.A}?depth=1`)
    const fonster = answer.json.leveransfonster as unknown[]
    cell(
      fonster.map((value) => (typeof value === 'object' ? (value as { id: number }).id : value)),
      [fixture.fonsterA.id, fonsterHidden],
    )
    cell(typeof fonster[1], typeof fonsterHidden)
  })

  it('should join only readable windows on an enhet over REST', async () => {
    const answer = await rest('bestallareA', 'GET', `enheter/${docs.enheter.A}?depth=1`)
    cell(idsOf(answer.json.leveransfonster as Record<string, unknown>), [fixture.fonsterA.id])
  })

  it('should join only readable windows on an enhet over GraphQL', async () => {
    const answer = await callGraphql({
      actor: actors.bestallareA,
      query: `query ($id: Int!) { Enheter(id: $id) { leveransfonster { docs { id } } } }`,
      url: server.url,
      variables: { id: docs.enheter.A },
    })
    cell(answer.data?.Enheter, { leveransfonster: { docs: [{ id: fixture.fonsterA.id }] } })
  })

  it('should join only readable windows on an enhet over the Local API', async () => {
    const enhet = await payload.findByID({
      collection: 'enheter',
      depth: 1,
      id: docs.enheter.A as number,
      overrideAccess: false,
      user: await localUserOf(payload, actors.bestallareA),
    })
    cell(idsOf(enhet.leveransfonster as never), [fixture.fonsterA.id])
  })

  it('should join every window of the enhet for support', async () => {
    const answer = await rest('support', 'GET', `enheter/${docs.enheter.A}?depth=1`)
    cell(
      idsOf(answer.json.leveransfonster as Record<string, unknown>).sort(),
      [fixture.fonsterA.id, fonsterHidden].sort(),
    )
  })

  const whereCases: { path: string; role: Role; title: string }[] = [
    {
      path: `slutkunder?where[konto][equals]=OTHER`,
      role: 'bestallareA',
      title: 'konto of another konto',
    },
    {
      path: `slutkunder?where[enhet][equals]=ENHET_B`,
      role: 'bestallareA',
      title: 'enhet of another enhet',
    },
    {
      path: `slutkunder?where[enhet][in]=ENHET_B,ENHET_O`,
      role: 'bestallareA',
      title: 'enheter in a list',
    },
    {
      path: `slutkunder?where[or][0][enhet][equals]=ENHET_B&where[or][1][id][exists]=false`,
      role: 'bestallareA',
      title: 'or of other enhet',
    },
    {
      path: `ordrar?where[konto][not_equals]=OTHER`,
      role: 'administratorAnnat',
      title: 'konto not_equals its own',
    },
    {
      path: `ordrar?where[slutkund.enhet][equals]=ENHET_A`,
      role: 'administratorAnnat',
      title: 'a joined path',
    },
    {
      path: `bestallare?where[roll][equals]=support`,
      role: 'administrator',
      title: 'support role',
    },
    {
      path: `leveransfonster?where[id][equals]=HIDDEN`,
      role: 'bestallareA',
      title: 'a hidden window by id',
    },
  ]

  for (const { path, role, title } of whereCases) {
    it(`should find nothing for ${role} filtering by ${title}`, async () => {
      const resolved = path
        .replace('OTHER', String(fixture.kontoOther.id))
        .replace('ENHET_B', String(fixture.enhetB.id))
        .replace('ENHET_O', String(fixture.enhetOther.id))
        .replace('ENHET_A', String(fixture.enhetA.id))
        .replace('HIDDEN', String(fonsterHidden))
      const answer = await rest(role, 'GET', `${resolved}&depth=0`)
      cell([answer.status, idsOf(answer.json)], [200, []])
    })
  }

  it('should not tell a beställare whether its slutkund has a given personnummer', async () => {
    const answer = await rest(
      'bestallareA',
      'GET',
      `slutkunder?where[faktura.personnummer][equals]=${personnummerA}&depth=0`,
    )
    cell(
      [answer.status, messageOf(answer.json), idsOf(answer.json)],
      [400, queryRefused('faktura.personnummer'), []],
    )
  })

  it('should not tell a beställare the personnummer through a like query either', async () => {
    const answer = await rest(
      'bestallareA',
      'GET',
      `slutkunder?where[faktura.personnummer][like]=1944&depth=0`,
    )
    cell(
      [answer.status, messageOf(answer.json), idsOf(answer.json)],
      [400, queryRefused('faktura.personnummer'), []],
    )
  })

  it('should not filter orders by an unreadable personnummer through the slutkund', async () => {
    const answer = await rest(
      'bestallareA',
      'GET',
      `ordrar?where[slutkund.faktura.personnummer][equals]=${personnummerA}&depth=0`,
    )
    cell(
      [answer.status, messageOf(answer.json), idsOf(answer.json)],
      [400, queryRefused('faktura.personnummer'), []],
    )
  })

  it('should not filter by an unreadable personnummer over GraphQL', async () => {
    const answer = await callGraphql({
      actor: actors.bestallareA,
      query: `query ($p: String) { Slutkunders(where: { faktura__personnummer: { equals: $p } }) { docs { id } } }`,
      url: server.url,
      variables: { p: personnummerA },
    })
    cell(
      [answer.data?.Slutkunders, answer.errors.map((error) => error.message)],
      [null, [queryRefused('faktura.personnummer')]],
    )
  })
})

const kommentarOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'slutkunder', depth: 0, id: id as number }))
    .kommentarChauffor ?? null

describe('access pitfalls: bulk operations, duplicate and versions', () => {
  it('should change only the beställare’s own slutkund in a bulk update over REST', async () => {
    const before = [
      await kommentarOf(fixture.slutkundB.id),
      await kommentarOf(fixture.slutkundOther.id),
    ]
    const answer = await rest('bestallareA', 'PATCH', `slutkunder?where[id][exists]=true&depth=0`, {
      kommentarChauffor: 'Bulk',
    })
    cell([answer.status, idsOf(answer.json)], [200, [fixture.slutkundA.id]])
    cell(
      [await kommentarOf(fixture.slutkundB.id), await kommentarOf(fixture.slutkundOther.id)],
      before,
    )
    cell(await kommentarOf(fixture.slutkundA.id), 'Bulk')
  })

  it('should run the audit hook with the acting user during a bulk update', async () => {
    const entries = await payload.find({
      collection: 'andringslogg',
      sort: '-createdAt',
      where: {
        and: [
          { samling: { equals: 'slutkunder' } },
          { falt: { contains: 'kommentarChauffor' } },
          { anvandareId: { equals: String(fixture.bestallareA.id) } },
        ],
      },
    })
    cell(
      entries.docs.map((doc) => doc.dokumentId),
      [String(fixture.slutkundA.id)],
    )
  })

  it('should change only the beställare’s own slutkund in a bulk update over GraphQL', async () => {
    const answer = await callGraphql({
      actor: actors.bestallareA,
      query: `mutation { updateSlutkunders: Slutkunders { docs { id } } }`,
      url: server.url,
    })
    // Payload's GraphQL has no bulk update; the query is refused as a whole.
    cell(answer.data, null)
  })

  it('should move nothing into another konto’s enhet in a bulk update', async () => {
    const answer = await rest(
      'administrator',
      'PATCH',
      `slutkunder?where[id][equals]=${fixture.slutkundB.id}`,
      {
        enhet: fixture.enhetOther.id,
        leveransfonster: [fixture.fonsterOther.id],
      },
    )
    const slutkundB = await payload.findByID({
      collection: 'slutkunder',
      depth: 0,
      id: fixture.slutkundB.id,
    })
    cell(
      [answer.status, slutkundB.enhet, slutkundB.konto],
      [400, fixture.enhetB.id, fixture.konto.id],
    )
  })

  it('should delete nothing of another konto in a bulk delete', async () => {
    const answer = await rest(
      'administratorAnnat',
      'DELETE',
      `slutkunder?where[id][exists]=true&depth=0`,
    )
    const remaining = await payload.find({ collection: 'slutkunder', depth: 0, pagination: false })
    cell(
      [answer.status, remaining.docs.map((doc) => doc.id).includes(fixture.slutkundA.id)],
      [200, true],
    )
  })

  it('should refuse a bulk delete of orders to everyone', async () => {
    for (const role of ['support', 'administrator', 'integrationButik'] as Role[]) {
      const answer = await rest(role, 'DELETE', `ordrar?where[id][exists]=true`)
      cell(answer.status, 403)
    }
    const orders = await payload.find({ collection: 'ordrar', pagination: false })
    cell(orders.totalDocs >= 3, true)
  })

  it('should refuse to duplicate a slutkund of another enhet', async () => {
    const answer = await callRest({
      actor: { kind: 'user', user: fixture.bestallareB },
      body: {},
      method: 'POST',
      path: `slutkunder/${fixture.slutkundA.id}/duplicate`,
      url: server.url,
    })
    cell(answer.status, 403)
  })

  it('should refuse a beställare without the permission to duplicate a slutkund', async () => {
    const answer = await rest(
      'bestallareUtanSkapa',
      'POST',
      `slutkunder/${fixture.slutkundA.id}/duplicate`,
      {},
    )
    cell(answer.status, 403)
  })

  it('should duplicate a slutkund into the same enhet for a beställare who may add', async () => {
    const answer = await rest(
      'bestallareA',
      'POST',
      `slutkunder/${fixture.slutkundA.id}/duplicate?depth=0`,
      {},
    )
    const doc = answer.json.doc as { enhet: number; faktura?: unknown; id: number; konto: number }
    cell(
      [answer.status, doc.enhet, doc.konto, 'faktura' in doc],
      [200, fixture.enhetA.id, fixture.konto.id, false],
    )
    await payload.delete({ collection: 'slutkunder', id: doc.id })
  })

  it('should refuse to duplicate a slutkund of another konto over the Local API', async () => {
    let status = 0
    try {
      await payload.duplicate({
        collection: 'slutkunder',
        id: fixture.slutkundOther.id,
        overrideAccess: false,
        user: await localUserOf(payload, actors.administrator),
      })
    } catch (error) {
      status = statusOfError(error)
    }
    cell(status, 403)
  })

  const versionCases: { expected: Scope[]; role: Role }[] = [
    { expected: ['A', 'B', 'O'], role: 'support' },
    { expected: ['A', 'B'], role: 'administrator' },
    { expected: ['O'], role: 'administratorAnnat' },
    { expected: ['A'], role: 'bestallareA' },
    { expected: ['A', 'B'], role: 'integrationButik' },
  ]

  for (const { expected, role } of versionCases) {
    it(`should list the order versions ${role} may read and no others`, async () => {
      const answer = await rest(role, 'GET', `ordrar/versions?pagination=false&depth=0`)
      const parents = [
        ...new Set(((answer.json.docs ?? []) as { parent: number }[]).map((doc) => doc.parent)),
      ].sort()
      cell([answer.status, parents], [200, expected.map((scope) => docs.ordrar[scope]).sort()])
    })
  }

  it('should refuse order versions to an anonymous caller', async () => {
    const answer = await rest('anonym', 'GET', `ordrar/versions`)
    cell(answer.status, 403)
  })

  it('should list only readable order versions over GraphQL', async () => {
    const answer = await callGraphql({
      actor: actors.bestallareA,
      query: `query { versionsOrdrars(pagination: false) { docs { parent { id } version { leverans { portkod } } } } }`,
      url: server.url,
    })
    const versionDocs = (answer.data?.versionsOrdrars as { docs: { parent: { id: number } }[] })
      .docs
    cell([...new Set(versionDocs.map((doc) => doc.parent?.id ?? null))], [docs.ordrar.A])
  })

  it('should refuse reading a version of another konto’s order by id', async () => {
    const versions = await payload.findVersions({
      collection: 'ordrar',
      where: { parent: { equals: docs.ordrar.O } },
    })
    const answer = await rest('bestallareA', 'GET', `ordrar/versions/${versions.docs[0].id}`)
    // Payload answers Forbidden, not Not Found, when a row rule hides the version.
    cell(answer.status, 403)
  })
})

describe('access pitfalls: links into another konto and API keys', () => {
  const linkCases: {
    body: () => Record<string, unknown>
    path: string
    role: Role
    status: number
    title: string
  }[] = [
    {
      body: () => createData('slutkunder', 'bestallareA', 9101),
      path: 'slutkunder',
      role: 'administratorAnnat',
      status: 400,
      title: 'a slutkund into another konto’s enhet',
    },
    {
      body: () => ({ ...createData('slutkunder', 'bestallareA', 9102), enhet: fixture.enhetB.id }),
      path: 'slutkunder',
      role: 'bestallareA',
      status: 403,
      title: 'a slutkund into an enhet the beställare does not have',
    },
    {
      body: () => ({
        ...createData('slutkunder', 'administrator', 9103),
        leveransfonster: [fixture.fonsterOther.id],
      }),
      path: 'slutkunder',
      role: 'administrator',
      status: 400,
      title: 'a slutkund with another konto’s window',
    },
    {
      body: () => createData('leveransfonster', 'administrator', 9104),
      path: 'leveransfonster',
      role: 'administratorAnnat',
      status: 400,
      title: 'a window on another konto’s enhet',
    },
    {
      body: () => ({
        ...createData('bestallare', 'administrator', 9105),
        enheter: [fixture.enhetOther.id],
      }),
      path: 'bestallare',
      role: 'administrator',
      status: 400,
      title: 'a beställare with another konto’s enhet',
    },
    {
      body: () => ({
        ...createData('ordrar', 'support', 9106),
        leveransdatum: '2027-02-03',
        leveransfonster: fixture.fonsterOther.id,
        slutkund: fixture.slutkundOther.id,
      }),
      path: 'ordrar',
      role: 'integrationButik',
      // The shop is told the slutkund does not exist rather than that it is someone else's.
      status: 400,
      title: 'an order for another konto’s slutkund',
    },
  ]

  for (const { body, path, role, status, title } of linkCases) {
    it(`should refuse ${role} creating ${title}`, async () => {
      const before = (await payload.count({ collection: path as Slug })).totalDocs
      const answer = await rest(role, 'POST', `${path}?depth=0`, body())
      const after = (await payload.count({ collection: path as Slug })).totalDocs
      cell([answer.status, after], [status, before])
    })
  }

  it('should put an administrator’s new enhet in its own konto whatever konto it names', async () => {
    const answer = await rest('administrator', 'POST', 'enheter?depth=0', {
      konto: fixture.kontoOther.id,
      namn: 'Inskjuten enhet',
    })
    const doc = answer.json.doc as { id: number; konto: number }
    cell([answer.status, doc.konto], [201, fixture.konto.id])
    await payload.delete({ collection: 'enheter', id: doc.id })
  })

  it('should treat a wrong API key as no caller at all', async () => {
    const answer = await callRest({
      actor: { kind: 'anonymous' },
      headers: { Authorization: 'integrationer API-Key fel-nyckel' },
      method: 'GET',
      path: 'ordrar',
      url: server.url,
    })
    cell(answer.status, 403)
  })

  it('should refuse an integration reading itself, key and all', async () => {
    const answer = await rest('integrationButik', 'GET', 'integrationer/me')
    const apiKey =
      actors.integrationButik.kind === 'integration' ? actors.integrationButik.apiKey : ''
    cell([answer.status, answer.text.includes(apiKey)], [403, false])
  })

  it('should never return an integration’s key to support over REST', async () => {
    const answer = await rest('support', 'GET', 'integrationer?depth=0')
    const keys = new Set(
      ((answer.json.docs ?? []) as Record<string, unknown>[]).flatMap(Object.keys),
    )
    cell(
      ['apiKey', 'apiKeyIndex', 'enableAPIKey'].filter((key) => keys.has(key)),
      [],
    )
    cell(
      answer.text.includes(
        actors.integrationButik.kind === 'integration' ? actors.integrationButik.apiKey : '-',
      ),
      false,
    )
  })

  it('should never return an integration’s key to support over GraphQL', async () => {
    const answer = await callGraphql({
      actor: actors.support,
      query: `query { Integrationers { docs { id apiKey enableAPIKey } } }`,
      url: server.url,
    })
    const values = (
      answer.data?.Integrationers as { docs: { apiKey: unknown; enableAPIKey: unknown }[] }
    ).docs
    cell(
      values.every((doc) => doc.apiKey === null && doc.enableAPIKey === null),
      true,
    )
  })

  it('should refuse a password login to an integration', async () => {
    const answer = await callRest({
      actor: { kind: 'anonymous' },
      body: { email: 'butik@test.se', password: 'x' },
      method: 'POST',
      path: 'integrationer/login',
      url: server.url,
    })
    cell(answer.status >= 400 && answer.status < 500, true)
  })
})

describe('privacy of the matrix run’s logs', () => {
  it('should have logged no personnummer or address across all cells', () => {
    expect(
      findPersonalData({ lines: logs.lines, values: ['Storgatan 12', personnummerA] }),
    ).toEqual([])
  })
})
