import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { createHash } from 'node:crypto'

export type Dialect = 'postgres' | 'sqlite'

type Sql = ReturnType<typeof sql>

type Executable = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; sql: Sql }) => Promise<{ rows: Record<string, unknown>[] }>
}

export const runSql = async (
  payload: Payload,
  statement: Sql,
): Promise<Record<string, unknown>[]> => {
  const db = payload.db as unknown as Executable
  const result = await db.execute({ drizzle: db.drizzle, sql: statement })
  return result.rows
}

type PostgresPool = {
  query: (query: { name: string; text: string; values: unknown[] }) => Promise<{
    rows: Record<string, unknown>[]
  }>
}
type SqlDialect = { sqlToQuery: (statement: Sql) => { params: unknown[]; sql: string } }

/**
 * A statement PostgreSQL plans once a connection (named after its text), as the product's
 * start page prepares its own: a floor planned on every call would be no floor. SQLite has
 * no plan to keep, so it runs as runSql does.
 */
const runPrepared = async ({
  dialect,
  payload,
  statement,
}: {
  dialect: Dialect
  payload: Payload
  statement: Sql
}): Promise<Record<string, unknown>[]> => {
  if (dialect !== 'postgres') {
    return runSql(payload, statement)
  }
  const db = payload.db as unknown as { drizzle: { dialect: SqlDialect }; pool: PostgresPool }
  const { params, sql: text } = db.drizzle.dialect.sqlToQuery(statement)
  const name = `floor_${createHash('sha256').update(text).digest('hex').slice(0, 20)}`
  const result = await db.pool.query({ name, text, values: params })
  return result.rows
}

export type VisibleScope = { enhetIDs: number[]; kontoID: number }

/**
 * The floor: the start page's rows (slutkund, enhet name, leveransfönster, latest order
 * status) and their count, written by hand as the two statements a database needs for them,
 * with the same access filter (konto, the user's enheter, not in the trash) and sort.
 */
export const rawStartPage = async ({
  dialect,
  enhetID,
  limit,
  payload,
  scope,
  search,
}: {
  dialect: Dialect
  enhetID: null | number
  limit: number
  payload: Payload
  scope: VisibleScope
  search: null | string
}): Promise<{ count: number; rows: Record<string, unknown>[] }> => {
  const isTrue = dialect === 'postgres' ? sql`true` : sql`1`
  const like = dialect === 'postgres' ? sql`ILIKE` : sql`LIKE`
  // The user's enheter, or, with the enhet filter, that one enhet when it is among them: the
  // narrowest condition a hand-written query would use, so the index is walked as one range.
  const enhetIDs = enhetID === null ? scope.enhetIDs : scope.enhetIDs.filter((id) => id === enhetID)
  const conditions = [
    sql`s.deleted_at IS NULL`,
    sql`s.konto_id = ${scope.kontoID}`,
    enhetIDs.length === 1
      ? sql`s.enhet_id = ${enhetIDs[0]}`
      : enhetIDs.length === 0
        ? sql`1 = 0`
        : sql`s.enhet_id IN (${sql.join(
            enhetIDs.map((id) => sql`${id}`),
            sql`, `,
          )})`,
  ]
  if (search) {
    const pattern = `%${search}%`
    conditions.push(sql`(s.namn ${like} ${pattern} OR s.gatuadress ${like} ${pattern})`)
  }
  const where = sql.join(conditions, sql` AND `)

  const [rows, counted] = await Promise.all([
    runPrepared({
      dialect,
      payload,
      statement: sql`SELECT s.id, s.namn, s.betalsatt, s.enhet_id, e.namn AS enhet_namn,
        f.veckodag, f.starttid, f.sluttid, f.stopptid_dagar_fore, f.stopptid_klockslag,
        o.id AS order_id, o.ordernummer, o.status
      FROM slutkunder s
      JOIN enheter e ON e.id = s.enhet_id
      LEFT JOIN slutkunder_rels r ON r.parent_id = s.id AND r.path = 'leveransfonster'
      LEFT JOIN leveransfonster f ON f.id = r.leveransfonster_id
      LEFT JOIN ordrar o ON o.slutkund_id = s.id AND o.senaste = ${isTrue}
      WHERE ${where}
      ORDER BY s.efternamn, s.fornamn, s.id
      LIMIT ${limit}`,
    }),
    runPrepared({
      dialect,
      payload,
      statement: sql`SELECT count(*) AS n FROM slutkunder s WHERE ${where}`,
    }),
  ])
  return { count: Number(counted[0]?.n ?? 0), rows }
}

/**
 * Collects statistics for the planner, as a database in service has them. On PostgreSQL also
 * what autovacuum gives a database in service: a visibility map, without which a count right
 * after a bulk load reads every row from the table (a bitmap heap scan over 1,824 blocks for
 * one enhet's 5,000 slutkunder) instead of from the covering index alone.
 */
export const analyze = async (payload: Payload, dialect: Dialect): Promise<void> => {
  await runSql(payload, dialect === 'postgres' ? sql`VACUUM ANALYZE` : sql`ANALYZE`)
}

export const countOrdersByPrefix = async ({
  payload,
  prefix,
}: {
  payload: Payload
  prefix: string
}): Promise<{ doubled: number; rows: number; distinct: number; ordernummer: Set<string> }> => {
  const rows = await runSql(
    payload,
    sql`SELECT ordernummer, count(*) AS n FROM ordrar WHERE ordernummer LIKE ${`${prefix}%`} GROUP BY ordernummer`,
  )
  return {
    distinct: rows.length,
    doubled: rows.filter((row) => Number(row.n) > 1).length,
    ordernummer: new Set(rows.map((row) => String(row.ordernummer))),
    rows: rows.reduce((sum, row) => sum + Number(row.n), 0),
  }
}
