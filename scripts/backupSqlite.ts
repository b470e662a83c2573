import { createClient } from '@libsql/client'
import { copyFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { defaultSqliteUri } from '../src/db/selectDatabaseAdapter'

const toFilePath = (uri: string) => path.resolve(uri.replace(/^file:(\/\/)?/, ''))

const exists = async (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

/**
 * An online, consistent copy of the SQLite database while the portal runs: `VACUUM INTO`
 * writes a compacted snapshot of one transaction, so no write is half in the copy.
 */
export const backupSqlite = async ({
  databaseUri = defaultSqliteUri,
  target,
}: {
  databaseUri?: string
  target: string
}): Promise<string> => {
  const targetPath = path.resolve(target)
  if (await exists(targetPath)) {
    throw new Error(`Backup target already exists: ${targetPath}`)
  }
  const client = createClient({ url: databaseUri })
  try {
    await client.execute({ args: [targetPath], sql: 'VACUUM INTO ?' })
  } finally {
    client.close()
  }
  return targetPath
}

/** Refuses a file that is not a sound SQLite database before anything is overwritten. */
const assertSound = async (file: string) => {
  const client = createClient({ url: pathToFileURL(file).href })
  try {
    const result = await client.execute('PRAGMA integrity_check')
    if (result.rows[0]?.[0] !== 'ok') {
      throw new Error(`Backup fails its integrity check: ${file}`)
    }
  } finally {
    client.close()
  }
}

/**
 * Puts a backup in place of the database. Run it with the portal stopped: the old file is
 * kept beside it as `<name>.before-restore`, and its WAL files are removed so SQLite does
 * not replay them onto the restored data.
 */
export const restoreSqlite = async ({
  backup,
  databaseUri = defaultSqliteUri,
}: {
  backup: string
  databaseUri?: string
}): Promise<string> => {
  const backupPath = path.resolve(backup)
  const databasePath = toFilePath(databaseUri)
  await assertSound(backupPath)

  const staged = `${databasePath}.restoring`
  await copyFile(backupPath, staged)
  if (await exists(databasePath)) {
    await rename(databasePath, `${databasePath}.before-restore`)
  }
  await rm(`${databasePath}-wal`, { force: true })
  await rm(`${databasePath}-shm`, { force: true })
  await rename(staged, databasePath)
  return databasePath
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href

if (isMain) {
  const [command, file] = process.argv.slice(2)
  const databaseUri = process.env.DATABASE_URI || defaultSqliteUri
  if (command === 'backup' && file) {
    const written = await backupSqlite({ databaseUri, target: file })
    process.stdout.write(`Backup written to ${written}\n`)
  } else if (command === 'restore' && file) {
    const restored = await restoreSqlite({ backup: file, databaseUri })
    process.stdout.write(`Restored ${restored} from ${path.resolve(file)}\n`)
  } else {
    process.stderr.write('Usage: backupSqlite.ts backup <target.db> | restore <backup.db>\n')
    process.exit(1)
  }
}
