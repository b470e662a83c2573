import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const defaultSqliteUri = `file:${path.join(rootDir, 'data', 'ombudshandel.db')}`

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const getDatabaseKind = (uri: string | undefined): DatabaseKind => {
  if (!uri || uri.startsWith('file:')) {
    return 'sqlite'
  }
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) {
    return 'postgres'
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    return 'mongodb'
  }
  throw new Error('DATABASE_URI must be empty, file:…, postgres://… or mongodb://…')
}

/**
 * The one place that knows which database runs. Development pushes the schema; a
 * production start runs the committed migrations instead (MongoDB needs neither).
 */
export const selectDatabaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  const kind = getDatabaseKind(uri)

  if (kind === 'postgres') {
    return postgresAdapter({
      migrationDir: path.join(rootDir, 'migrations', 'postgres'),
      pool: { connectionString: uri },
      prodMigrations: postgresMigrations,
    })
  }

  if (kind === 'mongodb') {
    return mongooseAdapter({ url: uri as string })
  }

  const url = uri || defaultSqliteUri
  // libSQL creates the database file but not its folder.
  mkdirSync(path.dirname(path.resolve(url.replace(/^file:(\/\/)?/, ''))), { recursive: true })
  return sqliteAdapter({
    client: { url },
    migrationDir: path.join(rootDir, 'migrations', 'sqlite'),
    prodMigrations: sqliteMigrations,
    // Readers no longer wait for the writer; order intake and SMS runners write concurrently.
    wal: true,
  })
}
