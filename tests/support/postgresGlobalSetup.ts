import type { TestProject } from 'vitest/node'

import { startPostgresCluster } from './postgresCluster'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUri: string
  }
}

// Use as `globalSetup: ['./tests/support/postgresGlobalSetup.ts']`; test files read the URI
// with `inject('postgresUri')` (or process.env.TEST_POSTGRES_URI) and make their own database.
export const setup = async (project: TestProject): Promise<() => Promise<void>> => {
  const cluster = await startPostgresCluster()
  project.provide('postgresUri', cluster.uri)
  process.env.TEST_POSTGRES_URI = cluster.uri
  return cluster.stop
}
