import type { Migration, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { getDatabaseKind } from '../../src/db/selectDatabaseAdapter'
import { bootPayload } from '../harness/bootPayload'
import { createFixture } from '../harness/fixtures'

let payload: Payload

beforeAll(async () => {
  // As on a production start: no schema push, only the committed migrations.
  process.env.PAYLOAD_MIGRATING = 'true'
  payload = await bootPayload()
  delete process.env.PAYLOAD_MIGRATING
})

afterAll(async () => {
  await payload.destroy()
})

describe('committed migrations', () => {
  it('should build a schema on an empty database that holds the whole data model', async () => {
    // The generated index files type `up`/`down` with each adapter's own arguments.
    const migrations = (getDatabaseKind(process.env.DATABASE_URI) === 'postgres'
      ? postgresMigrations
      : sqliteMigrations) as unknown as Migration[]
    await payload.db.migrate({ migrations })
    const fixture = await createFixture({ payload, tag: 'migrated' })

    const { docs } = await payload.find({
      collection: 'slutkunder',
      overrideAccess: false,
      user: fixture.bestallareA,
    })

    expect(docs.map((doc) => doc.id)).toEqual([fixture.slutkundA.id])
  })
})
