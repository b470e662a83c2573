import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { repoRoot, startPortalServer } from './portalServer'

const build = () => {
  // Always build: a stale .next would test yesterday's UI. Set OMBUDSHANDEL_E2E_REUSE_BUILD=1
  // only by hand, right after a build of the same tree.
  if (
    process.env.OMBUDSHANDEL_E2E_REUSE_BUILD === '1' &&
    existsSync(path.join(repoRoot, '.next', 'BUILD_ID'))
  ) {
    return
  }
  const started = Date.now()
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    throw new Error(`npm run build failed with status ${result.status}`)
  }
  console.log(`e2e: next build took ${Math.round((Date.now() - started) / 1000)} s`)
}

/**
 * Builds the app once, then lets a production server migrate and seed one SQLite file; each
 * test starts its own server on a copy of that file, so every journey begins from the same
 * clean demo data.
 */
export default async function globalSetup() {
  build()

  const workDir = mkdtempSync(path.join(tmpdir(), 'ombudshandel-e2e-'))
  const templateFile = path.join(workDir, 'template.db')
  const started = Date.now()
  const server = await startPortalServer({
    databaseFile: templateFile,
    extraEnv: { OMBUDSHANDEL_SEED_DEMO: 'true' },
  })
  await server.stop()
  console.log(`e2e: seeded template database in ${Math.round((Date.now() - started) / 1000)} s`)

  process.env.OMBUDSHANDEL_E2E_TEMPLATE_DB = templateFile
  process.env.OMBUDSHANDEL_E2E_WORK_DIR = workDir

  return () => rmSync(workDir, { force: true, recursive: true })
}
