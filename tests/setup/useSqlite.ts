import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Each test file gets a database file of its own, pushed fresh by Payload on start.
const directory = mkdtempSync(path.join(tmpdir(), 'ombudshandel-sqlite-'))
process.env.DATABASE_URI = `file:${path.join(directory, 'test.db')}`
process.env.PAYLOAD_SECRET = 'test-secret-for-integration-tests'
// Uploads (the autogiro PDF the demo seed makes) stay out of the repo's data folder.
process.env.OMBUDSHANDEL_UPLOADS_DIR = mkdtempSync(path.join(tmpdir(), 'ombudshandel-uploads-'))
// The server log of this file, scanned for personal data after the run (scanServerLogs.ts).
process.env.OMBUDSHANDEL_LOG_FILE = path.resolve(
  'test-results',
  'server-logs',
  `sqlite-${randomUUID()}.log`,
)
