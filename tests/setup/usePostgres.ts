import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

import { createDatabase } from '../support/postgresCluster'

// Each test file gets a database of its own on the cluster started by the global setup.
process.env.DATABASE_URI = await createDatabase({
  name: `test_${randomBytes(6).toString('hex')}`,
  uri: inject('postgresUri'),
})
process.env.PAYLOAD_SECRET = 'test-secret-for-integration-tests'
