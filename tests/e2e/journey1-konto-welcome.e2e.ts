import { expectNoAxeViolations } from './support/axe'
import {
  chooseOption,
  choosePassword,
  fillThrowawayPassword,
  findPasswordLink,
  openCreateForm,
  saveNewDocument,
} from './support/forms'
import { demoLogins, logIn } from './support/portal'
import { expect, test } from './support/test'

test('should let support open a konto whose administrator sets a password from the welcome e-mail', async ({
  page,
}) => {
  await logIn({ email: demoLogins.support, page })
  await openCreateForm({ collection: 'konton', page })
  await page.locator('#field-namn').fill('Varbergs kommun')
  await page.locator('#field-organisationsnummer').fill('212000-1355')
  await saveNewDocument({ collection: 'konton', page })

  const email = 'admin@varberg.test'
  await openCreateForm({ collection: 'bestallare', page })
  await page.locator('#field-email').fill(email)
  await fillThrowawayPassword(page)
  await page.locator('#field-fornamn').fill('Vera')
  await page.locator('#field-efternamn').fill('Holm')
  await page.locator('#field-telefon').fill('0340-88 000')
  await chooseOption({ field: 'roll', option: 'Administratör', page })
  await chooseOption({ field: 'konto', option: 'Varbergs kommun', page })
  await saveNewDocument({ collection: 'bestallare', page })

  await page.goto('/admin/collections/utskick')
  await expect(page.getByRole('heading', { name: 'Utskick', level: 1 })).toBeVisible()
  await expectNoAxeViolations({ page })
  await page.getByRole('row').filter({ hasText: email }).getByRole('link').first().click()
  const text = page.locator('#field-innehall')
  await expect(text).toContainText('/losenord/')
  const link = findPasswordLink(await text.inputValue())

  await page.context().clearCookies()
  await choosePassword({ link, page, password: 'Veras-Eget-Losen-42' })
  await page.context().clearCookies()
  await logIn({ email, page, password: 'Veras-Eget-Losen-42' })
  await expect(page.getByRole('heading', { name: 'Slutkunder', level: 1 })).toBeVisible()
  await expect(page.getByText('Du har inga slutkunder ännu.')).toBeVisible()
})
