import { execFile, execFileSync } from 'node:child_process'
import { constants } from 'node:fs'
import { access, appendFile, mkdir, mkdtemp, realpath, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type PostgresCluster = {
  // Temp dir holding data/, socket/ and server.log; removed by stop().
  directory: string
  uri: string
  stop: () => Promise<void>
}

const SUPERUSER = 'postgres'
const DEFAULT_DATABASE = 'ombudshandel_test'
const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/

// Client tools must only ever reach the server we started, whatever the caller's shell holds.
const clientEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of Object.keys(env)) {
    if (key.startsWith('PG')) {
      delete env[key]
    }
  }
  return { ...env, PGCONNECT_TIMEOUT: '5' }
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0

// PostgreSQL refuses to run as root, so server-side commands drop to nobody.
const asServerUser = (file: string, args: string[]): [string, string[]] =>
  isRoot()
    ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', file, ...args]]
    : [file, args]

const findOnPath = async (name: string): Promise<string | undefined> => {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) {
      continue
    }
    const candidate = join(dir, name)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      continue
    }
  }
  return undefined
}

// Debian's PATH wrappers for psql/createdb want a registered cluster; the binaries beside
// initdb do not, so prefer those.
const findBinDir = async (): Promise<string> => {
  const initdb = await findOnPath('initdb')
  if (!initdb) {
    throw new Error('initdb is not on PATH: install PostgreSQL 15 (see .ci/run)')
  }
  return dirname(await realpath(initdb))
}

const findClientTool = async (name: string): Promise<string> => {
  const besideInitdb = join(await findBinDir(), name)
  try {
    await access(besideInitdb, constants.X_OK)
    return besideInitdb
  } catch {
    const onPath = await findOnPath(name)
    if (!onPath) {
      throw new Error(`${name} is not on PATH`)
    }
    return onPath
  }
}

const findFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (address === null || typeof address === 'string') {
        server.close()
        reject(new Error('Could not read the port of a probe socket'))
        return
      }
      server.close(() => resolve(address.port))
    })
  })

const describeFailure = (error: unknown): string => {
  if (error && typeof error === 'object' && 'stderr' in error) {
    const { stderr } = error as { stderr: unknown }
    if (typeof stderr === 'string' && stderr.trim()) {
      return stderr.trim()
    }
  }
  return error instanceof Error ? error.message : String(error)
}

const readServerLog = async (logFile: string): Promise<string> => {
  try {
    const { stdout } = await run('tail', ['-n', '20', logFile])
    return stdout
  } catch (error) {
    return `(no server log: ${describeFailure(error)})`
  }
}

export const createDatabase = async ({
  name,
  template,
  uri,
}: {
  name: string
  template?: string
  uri: string
}): Promise<string> => {
  if (!DATABASE_NAME.test(name)) {
    throw new Error(`Database name must match ${DATABASE_NAME}: ${name}`)
  }
  if (template !== undefined && !DATABASE_NAME.test(template)) {
    throw new Error(`Template name must match ${DATABASE_NAME}: ${template}`)
  }

  const target = new URL(uri)
  const createdb = await findClientTool('createdb')
  const args = [
    '--host',
    target.hostname,
    '--port',
    target.port || '5432',
    '--username',
    decodeURIComponent(target.username) || SUPERUSER,
    '--no-password',
    ...(template ? ['--template', template] : []),
    name,
  ]
  try {
    await run(createdb, args, { env: clientEnv() })
  } catch (error) {
    throw new Error(`createdb ${name} failed: ${describeFailure(error)}`)
  }

  target.pathname = `/${name}`
  return target.toString()
}

const tryStart = async ({
  binDir,
  dataDir,
  logFile,
  socketDir,
}: {
  binDir: string
  dataDir: string
  logFile: string
  socketDir: string
}): Promise<number> => {
  const port = await findFreePort()
  const options = [
    '-c listen_addresses=127.0.0.1',
    `-c port=${port}`,
    `-c unix_socket_directories=${socketDir}`,
  ].join(' ')
  const [file, args] = asServerUser(join(binDir, 'pg_ctl'), [
    'start',
    '--wait',
    '--timeout=30',
    '--pgdata',
    dataDir,
    '--log',
    logFile,
    '--options',
    options,
  ])
  await run(file, args)
  return port
}

export const startPostgresCluster = async (): Promise<PostgresCluster> => {
  const binDir = await findBinDir()
  const baseDir = await mkdtemp(join(tmpdir(), 'ombudshandel-pg-'))
  const dataDir = join(baseDir, 'data')
  const socketDir = join(baseDir, 'socket')
  const logFile = join(baseDir, 'server.log')
  await mkdir(socketDir)
  if (isRoot()) {
    await run('chown', ['-R', 'nobody:nogroup', baseDir])
  }

  const [initdbFile, initdbArgs] = asServerUser(join(binDir, 'initdb'), [
    '--pgdata',
    dataDir,
    '--username',
    SUPERUSER,
    '--auth',
    'trust',
    '--encoding',
    'UTF8',
    '--locale',
    'C.UTF-8',
    '--no-sync',
    '--no-instructions',
  ])
  try {
    await run(initdbFile, initdbArgs)
  } catch (error) {
    await rm(baseDir, { force: true, recursive: true })
    throw new Error(`initdb failed: ${describeFailure(error)}`)
  }
  // The data directory is owned by nobody when we are root; appending as root keeps the owner.
  await appendFile(
    join(dataDir, 'postgresql.conf'),
    ['fsync = off', 'full_page_writes = off', 'synchronous_commit = off', ''].join('\n'),
  )

  const pgCtl = join(binDir, 'pg_ctl')
  const stopServer = (): Promise<unknown> =>
    run(...asServerUser(pgCtl, ['stop', '--pgdata', dataDir, '--mode', 'immediate', '--wait']))

  // Another process may take the probed port before the server binds it; a new port fixes that.
  let port: number | undefined
  let lastError: unknown
  for (let attempt = 0; attempt < 3 && port === undefined; attempt += 1) {
    try {
      port = await tryStart({ binDir, dataDir, logFile, socketDir })
    } catch (error) {
      lastError = error
    }
  }
  if (port === undefined) {
    const log = await readServerLog(logFile)
    await rm(baseDir, { force: true, recursive: true })
    throw new Error(`PostgreSQL did not start: ${describeFailure(lastError)}\n${log}`)
  }

  // A crashed test run must not leave a postmaster behind; 'exit' only allows sync work.
  const stopOnExit = (): void => {
    try {
      execFileSync(...asServerUser(pgCtl, ['stop', '--pgdata', dataDir, '--mode', 'immediate']), {
        stdio: 'ignore',
      })
    } finally {
      execFileSync('rm', ['-rf', baseDir], { stdio: 'ignore' })
    }
  }
  process.once('exit', stopOnExit)

  let isStopped = false
  const stop = async (): Promise<void> => {
    if (isStopped) {
      return
    }
    isStopped = true
    process.removeListener('exit', stopOnExit)
    try {
      await stopServer()
    } finally {
      await rm(baseDir, { force: true, recursive: true })
    }
  }

  try {
    const uri = await createDatabase({
      name: DEFAULT_DATABASE,
      uri: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`,
    })
    return { directory: baseDir, stop, uri }
  } catch (error) {
    await stop()
    throw error
  }
}
