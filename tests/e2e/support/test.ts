import { test as base, expect } from '@playwright/test'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { PortalServer } from './portalServer'

import { startPortalServer } from './portalServer'

export { expect }

const copySeededDatabase = (): string => {
  const template = process.env.OMBUDSHANDEL_E2E_TEMPLATE_DB
  const workDir = process.env.OMBUDSHANDEL_E2E_WORK_DIR
  if (!template || !workDir) {
    throw new Error('The e2e global setup did not run: start the suite with `npx playwright test`')
  }
  const dir = mkdtempSync(path.join(workDir, 'test-'))
  const file = path.join(dir, 'e2e.db')
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${template}${suffix}`)) {
      copyFileSync(`${template}${suffix}`, `${file}${suffix}`)
    }
  }
  return file
}

type Fixtures = { portal: PortalServer }

/**
 * Every test gets its own production server on a fresh copy of the seeded demo database,
 * and `baseURL` points at it, so journeys never see each other's data.
 */
export const test = base.extend<Fixtures>({
  baseURL: async ({ portal }, use) => {
    await use(portal.url)
  },
  // Playwright reads a fixture's dependencies from this destructuring; the portal has none.
  // eslint-disable-next-line no-empty-pattern
  portal: async ({}, use, testInfo) => {
    const databaseFile = copySeededDatabase()
    const portal = await startPortalServer({ databaseFile })
    try {
      await use(portal)
    } finally {
      await portal.stop()
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('next-start.log', { body: portal.logs(), contentType: 'text/plain' })
      }
      rmSync(path.dirname(databaseFile), { force: true, recursive: true })
    }
  },
})
