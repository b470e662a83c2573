import type { Payload, Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'
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
  ;({ payload } = await bootWithLogCapture())
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
