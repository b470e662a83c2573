import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, realpath } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PostgresCluster } from './postgresCluster'

import { createDatabase, startPostgresCluster } from './postgresCluster'

const run = promisify(execFile)

const findPsql = async (): Promise<string> => {
  const { stdout } = await run('sh', ['-c', 'command -v initdb'])
  return join(dirname(await realpath(stdout.trim())), 'psql')
}

const query = async (uri: string, sql: string): Promise<string> => {
  const { stdout } = await run(await findPsql(), ['--no-psqlrc', '-tA', '-d', uri, '-c', sql])
  return stdout.trim()
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

describe('startPostgresCluster', () => {
  let cluster: PostgresCluster

  beforeAll(async () => {
    cluster = await startPostgresCluster()
  }, 60_000)

  afterAll(async () => {
    await cluster?.stop()
  })

  it('should return a URI for ombudshandel_test as postgres on 127.0.0.1', () => {
    expect(cluster.uri).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/ombudshandel_test$/)
  })

  it('should connect to the ombudshandel_test database as postgres', async () => {
    expect(await query(cluster.uri, "select current_database() || ',' || current_user")).toBe(
      'ombudshandel_test,postgres',
    )
  })

  it('should listen only on 127.0.0.1 with a socket inside its own directory', async () => {
    expect(await query(cluster.uri, 'show listen_addresses')).toBe('127.0.0.1')
    expect(await query(cluster.uri, 'show unix_socket_directories')).toBe(
      join(cluster.directory, 'socket'),
    )
  })

  it('should turn off fsync, full_page_writes and synchronous_commit', async () => {
    const settings = await query(
      cluster.uri,
      "select string_agg(name || '=' || setting, ',' order by name) from pg_settings " +
        "where name in ('fsync', 'full_page_writes', 'synchronous_commit')",
    )
    expect(settings).toBe('fsync=off,full_page_writes=off,synchronous_commit=off')
  })

  it('should speak UTF8', async () => {
    expect(await query(cluster.uri, 'show server_encoding')).toBe('UTF8')
  })

  it.runIf(isRoot)('should run the server as nobody when started by root', async () => {
    const pidFile = await readFile(join(cluster.directory, 'data', 'postmaster.pid'), 'utf8')
    const { stdout } = await run('ps', ['-o', 'user=', '-p', pidFile.split('\n')[0]])
    expect(stdout.trim()).toBe('nobody')
  })

  it('should create a fresh database on the same cluster', async () => {
    const uri = await createDatabase({ name: 'fresh_one', uri: cluster.uri })

    expect(uri).toBe(cluster.uri.replace(/ombudshandel_test$/, 'fresh_one'))
    expect(await query(uri, 'select current_database()')).toBe('fresh_one')
  })

  it('should copy a template database into a new one', async () => {
    const templateUri = await createDatabase({ name: 'template_source', uri: cluster.uri })
    await query(templateUri, "create table seeded (word text); insert into seeded values ('hej')")

    const copyUri = await createDatabase({
      name: 'template_copy',
      template: 'template_source',
      uri: cluster.uri,
    })

    expect(await query(copyUri, 'select word from seeded')).toBe('hej')
  })

  it('should refuse a database name that needs quoting', async () => {
    await expect(createDatabase({ name: 'Bad-Name', uri: cluster.uri })).rejects.toThrow(
      'Database name must match /^[a-z_][a-z0-9_]{0,62}$/: Bad-Name',
    )
  })

  it('should refuse to create a database that already exists', async () => {
    await expect(createDatabase({ name: 'ombudshandel_test', uri: cluster.uri })).rejects.toThrow(
      'database "ombudshandel_test" already exists',
    )
  })
})

describe('stop', () => {
  let stopped: PostgresCluster

  beforeAll(async () => {
    stopped = await startPostgresCluster()
    await stopped.stop()
  }, 60_000)

  it('should remove the cluster directory', () => {
    expect(existsSync(stopped.directory)).toBe(false)
  })

  it('should stop the server', async () => {
    await expect(query(stopped.uri, 'select 1')).rejects.toThrow('Connection refused')
  })

  it('should do nothing when called a second time', async () => {
    await expect(stopped.stop()).resolves.toBeUndefined()
  })
})
