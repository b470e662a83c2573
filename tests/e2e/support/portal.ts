import type { APIRequestContext, Locator, Page } from '@playwright/test'

import { expect } from '@playwright/test'

import { demoPassword } from '../../../src/seed/demoData'

export { demoPassword }

export const demoLogins = {
  administrator: 'admin@falkenberg.test',
  // Hemtjänst Centrum only, may add slutkunder.
  bestallareCentrum: 'maria.centrum@falkenberg.test',
  // Hemtjänst Skrea and Hemtjänst Ullared, may add slutkunder.
  bestallareSkrea: 'erik.skrea@falkenberg.test',
  // Hemtjänst Ullared only, may not add slutkunder.
  bestallareUllared: 'lena.ullared@falkenberg.test',
  support: 'support@ombudshandel.test',
} as const

/**
 * Payload's admin forms ignore input typed before React hydrates them; an element carrying
 * React's internal props key has been hydrated.
 */
export const waitForHydration = async (locator: Locator) => {
  await locator.waitFor()
  await expect
    .poll(() =>
      locator.evaluate((element) =>
        Object.keys(element).some((key) => key.startsWith('__reactProps')),
      ),
    )
    .toBe(true)
}

export const logIn = async ({
  email,
  page,
  password = demoPassword,
}: {
  email: string
  page: Page
  password?: string
}) => {
  await page.goto('/admin/login')
  const submit = page.getByRole('button', { name: 'Logga in' })
  await waitForHydration(submit)
  await page.getByLabel('E-post').fill(email)
  await page.getByLabel('Lösenord').fill(password)
  await submit.click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
}

/** A REST session for setting up or reading data beside the browser, as a real user. */
export const apiLogIn = async ({
  email,
  password = demoPassword,
  request,
}: {
  email: string
  password?: string
  request: APIRequestContext
}): Promise<{ authorization: string }> => {
  const response = await request.post('/api/bestallare/login', { data: { email, password } })
  expect(response.status()).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}
