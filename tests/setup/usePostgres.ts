import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

import { createDatabase } from '../support/postgresCluster'

// Each test file gets a database of its own on the cluster started by the global setup.
process.env.DATABASE_URI = await createDatabase({
  name: `test_${randomBytes(6).toString('hex')}`,
  uri: inject('postgresUri'),
})
process.env.PAYLOAD_SECRET = 'test-secret-for-integration-tests'
// Uploads (the autogiro PDF the demo seed makes) stay out of the repo's data folder.
process.env.OMBUDSHANDEL_UPLOADS_DIR = mkdtempSync(path.join(tmpdir(), 'ombudshandel-uploads-'))
// The server log of this file, scanned for personal data after the run (scanServerLogs.ts).
process.env.OMBUDSHANDEL_LOG_FILE = path.resolve(
  'test-results',
  'server-logs',
  `postgres-${randomUUID()}.log`,
)
