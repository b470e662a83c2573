import { spawn } from 'node:child_process'

import { startPostgresCluster } from '../tests/support/postgresCluster'

/**
 * Runs a command with DATABASE_URI pointing at a throwaway PostgreSQL cluster on
 * 127.0.0.1, e.g. `tsx scripts/withPostgres.ts npx payload migrate:create name`.
 */
const [command, ...args] = process.argv.slice(2)
if (!command) {
  process.stderr.write('usage: tsx scripts/withPostgres.ts <command> [args…]\n')
  process.exit(2)
}

const cluster = await startPostgresCluster()
const child = spawn(command, args, {
  env: { ...process.env, DATABASE_URI: cluster.uri },
  stdio: 'inherit',
})
const code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)))
await cluster.stop()
process.exit(code)
