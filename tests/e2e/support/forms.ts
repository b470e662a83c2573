import type { Page } from '@playwright/test'

import { expect } from '@playwright/test'

import { waitForHydration } from './portal'

/** Picks an option in a Payload select or relationship field (react-select). */
export const chooseOption = async ({
  field,
  option,
  page,
}: {
  field: string
  option: string
  page: Page
}) => {
  const combobox = page.locator(`#field-${field}`).getByRole('combobox')
  await combobox.click()
  await combobox.pressSequentially(option)
  await page.getByRole('option', { name: option, exact: true }).click()
  await expect(page.locator(`#field-${field}`)).toContainText(option)
}

/** Opens a create form and waits until Payload's client has hydrated it. */
export const openCreateForm = async ({ collection, page }: { collection: string; page: Page }) => {
  await page.goto(`/admin/collections/${collection}/create`)
  await waitForHydration(page.getByRole('button', { name: 'Spara' }))
}

/** Saves the open document and waits until Payload has moved to the saved document's URL. */
export const saveNewDocument = async ({
  collection,
  page,
}: {
  collection: string
  page: Page
}): Promise<string> => {
  await page.getByRole('button', { name: 'Spara' }).click()
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/\\d+$`))
  return page.url().split('/').pop() as string
}

/** The set-password link from a welcome e-mail's text as the message log keeps it. */
export const findPasswordLink = (text: string): string => {
  const link = text.match(/https?:\/\/\S+\/losenord\/[^\s"<>]+/)?.[0]
  if (!link) {
    throw new Error(`No /losenord/ link in the e-mail text:\n${text}`)
  }
  return link
}

/** Chooses a new password on Payload's reset form, where the welcome link leads. */
export const choosePassword = async ({
  link,
  page,
  password,
}: {
  link: string
  page: Page
  password: string
}) => {
  await page.goto(link)
  await expect(page).toHaveURL(/\/admin\/reset\//)
  const submit = page.locator('form button[type="submit"]')
  await waitForHydration(submit)
  await page.getByLabel('Nytt lösenord').fill(password)
  await page.getByLabel('Bekräfta lösenord').fill(password)
  await submit.click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/reset'))
}

/**
 * Payload's create form for an auth collection still insists on a password, though the new
 * user chooses its own from the welcome e-mail; whoever creates it types a throwaway one.
 */
export const fillThrowawayPassword = async (page: Page) => {
  const throwaway = `Engang-${Math.random().toString(36).slice(2)}-Aa1`
  await page.getByLabel('Nytt lösenord').fill(throwaway)
  await page.getByLabel('Bekräfta lösenord').fill(throwaway)
}
