import type { DrizzleAdapter, SQLiteDB } from '@payloadcms/drizzle'
import type { Payload, TypedUser } from 'payload'

// drizzle-orm as both SQL adapters re-export it; these operators are the same for every dialect.
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNull,
  ne,
  or,
  sql,
} from '@payloadcms/db-sqlite/drizzle'
import { createHash } from 'node:crypto'

import type { UserScope } from '../auth/getUserScope'
import type { Betalsatt } from '../betalsatt'
import type { LeveransfonsterTider, Veckodag } from '../delivery/types'
import type { OrderStatus } from '../orderStatus'
import type { StartPageQuery } from './startPageQuery'
import type { StartPageData, StartPageEnhet, StartPageOrder } from './startPageRows'

import { getUserScope } from '../auth/getUserScope'
import {
  createNextDeliveryOf,
  phoneFields,
  reachesNothing,
  toEmptyStartPage,
  toPhoneDigits,
  toSortKeys,
  toStartPageRow,
} from './startPageRows'

type Condition = ReturnType<typeof eq>
type Column = Parameters<DrizzleAdapter['operators']['like']>[0]
type Table = DrizzleAdapter['tables'][string]

/** The adapters built on drizzle (SQLite, PostgreSQL) expose their instance and table objects. */
export const getSqlAdapter = (payload: Payload): DrizzleAdapter | null => {
  const adapter = payload.db as unknown as Partial<DrizzleAdapter>
  return adapter.drizzle && adapter.tables?.slutkunder ? (adapter as DrizzleAdapter) : null
}

type Reach = { enhetIDs: null | number[]; kontoID: null | number }

/** getUserScope as the SQL conditions of access/bestallareOfEnhet: konto, then enheter. */
const toReach = (scope: UserScope): Reach => {
  if (scope.kind === 'administrator') {
    return { enhetIDs: null, kontoID: Number(scope.kontoID) }
  }
  if (scope.kind === 'bestallare') {
    return { enhetIDs: scope.enhetIDs.map(Number), kontoID: Number(scope.kontoID) }
  }
  return { enhetIDs: null, kontoID: null }
}

const placeholder = sql.placeholder

/** The reach as conditions on a table, as placeholders `konto`, `enhet0`… (toShapeAndValues). */
const toReachConditions = ({
  enhetColumn,
  shape,
  table,
}: {
  enhetColumn: Column
  shape: Pick<Shape, 'enhetIDCount' | 'hasKonto'>
  table: Table
}): Condition[] => [
  ...(shape.hasKonto ? [eq(table.konto, placeholder('konto'))] : []),
  ...(shape.enhetIDCount < 0
    ? []
    : [
        inArray(
          enhetColumn,
          Array.from({ length: shape.enhetIDCount }, (_, index) => placeholder(`enhet${index}`)),
        ),
      ]),
]

type Values = Record<string, number | string>

/**
 * What decides the statements' text: the same shape gives the same SQL with other values,
 * so the statements are built (about 0.8 ms of drizzle's work) and prepared once a shape.
 */
type Shape = {
  enhetFilter: 'none' | 'nothing' | 'other' | 'own'
  enhetIDCount: number
  hasDigits: boolean
  hasKonto: boolean
  sortera: StartPageQuery['sortera']
  wordCount: number
}

const toShapeAndValues = ({
  query,
  reach,
}: {
  query: StartPageQuery
  reach: Reach
}): { shape: Shape; values: Values } => {
  const values: Values = { limit: query.antal, offset: (query.sida - 1) * query.antal }
  if (reach.kontoID !== null) {
    values.konto = reach.kontoID
  }
  reach.enhetIDs?.forEach((id, index) => {
    values[`enhet${index}`] = id
  })

  const filter = query.enhet === null ? null : Number(query.enhet)
  let enhetFilter: Shape['enhetFilter'] = 'none'
  if (filter !== null) {
    // Payload's query fails on an enhet that is no number ('?enhet=abc'); it matches nothing.
    enhetFilter = !Number.isFinite(filter)
      ? 'nothing'
      : reach.enhetIDs === null || reach.enhetIDs.includes(filter)
        ? 'own'
        : 'other'
    values.filter = filter
  }

  // Payload's `like`: every space-separated word, "contains".
  const words = query.sok ? query.sok.split(' ') : []
  words.forEach((word, index) => {
    values[`word${index}`] = `%${word}%`
  })
  const digits = query.sok ? toPhoneDigits(query.sok) : null
  if (digits) {
    values.digits = `%${digits}%`
  }

  return {
    shape: {
      enhetFilter,
      enhetIDCount: reach.enhetIDs?.length ?? -1,
      hasDigits: digits !== null,
      hasKonto: reach.kontoID !== null,
      sortera: query.sortera,
      wordCount: words.length,
    },
    values,
  }
}

type Statement = (values: Values) => Promise<unknown[]>

type PreparedSelect = {
  all?: (values: Values) => Promise<unknown[]>
  execute?: (values: Values) => Promise<unknown[]>
}

/**
 * SQLite's prepared select runs with all(); PostgreSQL's is a statement named for its text,
 * so a changed query (a dev server reloading this module) never reuses an old name.
 */
const prepare = ({
  adapter,
  builder,
}: {
  adapter: DrizzleAdapter
  builder: { prepare: (name: string) => unknown; toSQL: () => { sql: string } }
}): Statement => {
  const hash = createHash('sha256').update(builder.toSQL().sql).digest('hex')
  const prepared = builder.prepare(`startsida_${hash.slice(0, 20)}`) as PreparedSelect
  return adapter.name === 'postgres'
    ? (values) => prepared.execute!(values)
    : (values) => prepared.all!(values)
}

const statementsByDrizzle = new WeakMap<object, Map<string, [Statement, Statement]>>()
// Shapes are few in practice (role, number of enheter, sort, words searched); bound them anyway.
const maxShapes = 500

const getStatements = ({
  adapter,
  shape,
}: {
  adapter: DrizzleAdapter
  shape: Shape
}): [Statement, Statement] => {
  let statements = statementsByDrizzle.get(adapter.drizzle)
  if (!statements) {
    statements = new Map()
    statementsByDrizzle.set(adapter.drizzle, statements)
  }
  const key = JSON.stringify(shape)
  const known = statements.get(key)
  if (known) {
    return known
  }
  if (statements.size >= maxShapes) {
    statements.clear()
  }
  const built = buildStatements({ adapter, shape })
  statements.set(key, built)
  return built
}

type JoinedRow = {
  betalsatt: Betalsatt | null
  enhet: null | number
  fonsterID: null | number
  id: null | number
  namn: null | string
  orderID: null | number
  ordernummer: null | string
  relID: null | number
  sluttid: null | string
  starttid: null | string
  status: null | OrderStatus
  stopptidDagarFore: null | number | string
  stopptidKlockslag: null | string
  total: number | string
  veckodag: null | Veckodag
}

type Slutkund = {
  betalsatt: Betalsatt
  enhetID: number
  fonster: Map<number, LeveransfonsterTider>
  id: number
  namn: null | string
  order: null | StartPageOrder
}

const buildStatements = ({
  adapter,
  shape,
}: {
  adapter: DrizzleAdapter
  shape: Shape
}): [Statement, Statement] => {
  // PostgreSQL's builder has the same select API as SQLite's; one code path serves both.
  const db = adapter.drizzle as SQLiteDB
  const { enheter: e, leveransfonster: f, ordrar: o, slutkunder: s } = adapter.tables
  const r = adapter.tables.slutkunder_rels
  const { like } = adapter.operators

  const conditions: Condition[] = [isNull(s.deletedAt)]
  // The beställare's own enhet alone lets the database walk one range of the enhet index.
  conditions.push(
    ...toReachConditions({
      enhetColumn: s.enhet,
      shape: shape.enhetFilter === 'own' ? { ...shape, enhetIDCount: -1 } : shape,
      table: s,
    }),
  )
  if (shape.enhetFilter === 'nothing') {
    conditions.push(sql`1 = 0`)
  } else if (shape.enhetFilter !== 'none') {
    conditions.push(eq(s.enhet, placeholder('filter')))
  }
  if (shape.wordCount > 0) {
    const contains = (column: Column, names: string[]) =>
      and(...names.map((value) => like(column, placeholder(value)))) as Condition
    const words = Array.from({ length: shape.wordCount }, (_, index) => `word${index}`)
    conditions.push(
      or(
        contains(s.namn, words),
        contains(s.gatuadress, words),
        ...(shape.hasDigits ? phoneFields.map((field) => contains(s[field], ['digits'])) : []),
      ) as Condition,
    )
  }
  const where = and(...conditions)
  const sortKeys = toSortKeys(shape.sortera)

  const counted = db.$with('counted').as(
    db
      .select({ total: count().as('total') })
      .from(s)
      .where(where),
  )
  const page = db.$with('page').as(
    db
      .select({
        betalsatt: s.betalsatt,
        efternamn: s.efternamn,
        enhet: s.enhet,
        fornamn: s.fornamn,
        gatuadress: s.gatuadress,
        id: s.id,
        namn: s.namn,
      })
      .from(s)
      .where(where)
      .orderBy(...sortKeys.map(({ field, isDescending }) => (isDescending ? desc : asc)(s[field])))
      .limit(placeholder('limit'))
      .offset(placeholder('offset')),
  )

  return [
    prepare({
      adapter,
      builder: db
        .select({ id: e.id, namn: e.namn })
        .from(e)
        .where(and(...toReachConditions({ enhetColumn: e.id, shape, table: e })))
        // Payload's sort by namn, with its fallback key.
        .orderBy(asc(e.namn), desc(e.createdAt)),
    }),
    prepare({
      adapter,
      builder: db
        .with(counted, page)
        .select({
          betalsatt: page.betalsatt,
          enhet: page.enhet,
          fonsterID: f.id,
          id: page.id,
          namn: page.namn,
          orderID: o.id,
          ordernummer: o.ordernummer,
          relID: r.id,
          sluttid: f.sluttid,
          starttid: f.starttid,
          status: o.status,
          stopptidDagarFore: f.stopptidDagarFore,
          stopptidKlockslag: f.stopptidKlockslag,
          total: counted.total,
          veckodag: f.veckodag,
        })
        // Starting from the count keeps it when the page is beyond the end.
        .from(counted)
        .leftJoin(page, sql`true`)
        .leftJoin(r, and(eq(r.parent, page.id), eq(r.path, 'leveransfonster')))
        .leftJoin(
          f,
          and(
            eq(f.id, r.leveransfonsterID),
            or(isNull(f.aktiv), ne(f.aktiv, false)),
            ...toReachConditions({ enhetColumn: f.enhet, shape, table: f }),
          ),
        )
        .leftJoin(
          o,
          and(
            eq(o.slutkund, page.id),
            eq(o.senaste, true),
            ...toReachConditions({ enhetColumn: o.enhet, shape, table: o }),
          ),
        )
        .orderBy(
          ...sortKeys.map(({ field, isDescending }) => (isDescending ? desc : asc)(page[field])),
          asc(r.order),
          // Two orders reported at the same moment may both carry the flag; the newer one wins.
          desc(o.createdAt),
          desc(o.id),
        ),
    }),
  ]
}

/**
 * The start page on SQLite and PostgreSQL in two statements (the user's enheter, and the
 * page with its count, leveransfönster and latest orders), instead of the four or five
 * Payload finds of findVisibleSlutkunderWithPayload: each trip through Payload's query
 * builder and field hooks made the page 29× the hand-written SQL at 200 rows and 3.5–8× at
 * 100,000 (bench/README.md). It must return exactly what that path returns, so the access
 * conditions below mirror getUserScope and access/bestallareOfEnhet (slutkunder,
 * enheter, leveransfönster and ordrar all read by them), the trash, the search (Payload's
 * `like`: every space-separated word, "contains", with the adapter's own operator) and the
 * sort with its second keys; tests/int/startpageSql.int.spec.ts compares the two.
 */
export const findVisibleSlutkunderWithSql = async ({
  adapter,
  now,
  query,
  user,
}: {
  adapter: DrizzleAdapter
  now: Date
  query: StartPageQuery
  user: TypedUser
}): Promise<StartPageData> => {
  const scope = getUserScope(user)
  if (reachesNothing(scope)) {
    return toEmptyStartPage(query)
  }
  const reach = toReach(scope)
  const { shape, values } = toShapeAndValues({ query, reach })
  const [enhetStatement, pageStatement] = getStatements({ adapter, shape })
  const [enhetRows, joinedRows] = (await Promise.all([
    enhetStatement(values),
    pageStatement(values),
  ])) as [StartPageEnhet[], JoinedRow[]]

  const slutkunder = new Map<number, Slutkund>()
  for (const row of joinedRows) {
    if (row.id === null) {
      continue
    }
    let slutkund = slutkunder.get(row.id)
    if (!slutkund) {
      slutkund = {
        betalsatt: row.betalsatt as Betalsatt,
        enhetID: row.enhet as number,
        fonster: new Map(),
        id: row.id,
        namn: row.namn,
        order:
          row.orderID === null
            ? null
            : {
                id: row.orderID,
                ordernummer: row.ordernummer as string,
                status: row.status as OrderStatus,
              },
      }
      slutkunder.set(row.id, slutkund)
    }
    if (row.relID !== null && row.fonsterID !== null && !slutkund.fonster.has(row.relID)) {
      slutkund.fonster.set(row.relID, {
        sluttid: row.sluttid as string,
        starttid: row.starttid as string,
        stopptidDagarFore: Number(row.stopptidDagarFore),
        stopptidKlockslag: row.stopptidKlockslag as string,
        veckodag: row.veckodag as Veckodag,
      })
    }
  }

  const enheter = enhetRows.map(({ id, namn }) => ({ id, namn }))
  const enhetByID = new Map(enheter.map((enhet) => [String(enhet.id), enhet]))
  const nextDeliveryOf = createNextDeliveryOf(now)
  const rows = [...slutkunder.values()].map((slutkund) =>
    toStartPageRow({
      betalsatt: slutkund.betalsatt,
      enhetByID,
      enhetID: slutkund.enhetID,
      fonster: [...slutkund.fonster.values()],
      id: slutkund.id,
      namn: slutkund.namn,
      nextDeliveryOf,
      order: slutkund.order,
    }),
  )
  const totalDocs = Number(joinedRows[0]?.total ?? 0)

  return {
    enheter,
    page: query.sida,
    query,
    rows,
    totalDocs,
    // As Payload's paging answers: an empty result is one (empty) page.
    totalPages: totalDocs === 0 ? 1 : Math.ceil(totalDocs / query.antal),
  }
}
