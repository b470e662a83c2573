import type { Page } from '@playwright/test'

import path from 'node:path'

import { repoRoot } from './portalServer'

/** Screenshots the README shows; every e2e run writes them anew from the current UI. */
export const saveScreenshot = async ({ name, page }: { name: string; page: Page }) => {
  await page.screenshot({
    fullPage: false,
    path: path.join(repoRoot, 'docs', 'screenshots', `${name}.png`),
  })
}
