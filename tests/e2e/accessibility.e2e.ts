import { expectNoAxeViolations } from './support/axe'
import { pastDateOnWeekday, reportOrderAsShop } from './support/orders'
import { apiLogIn, demoLogins, logIn, waitForHydration } from './support/portal'
import { saveScreenshot } from './support/screenshots'
import { expect, test } from './support/test'

test.describe('accessibility: WCAG 2.0/2.1 A and AA', () => {
  test('should show a login page without violations', async ({ page }) => {
    await page.goto('/admin/login')
    await waitForHydration(page.getByRole('button', { name: 'Logga in' }))

    await expectNoAxeViolations({ page })
  })

  test('should show the start page without violations', async ({ page }) => {
    await logIn({ email: demoLogins.bestallareCentrum, page })
    await page.goto('/admin')
    await expect(page.locator('.start-page__table')).toBeVisible()

    await expectNoAxeViolations({ page })
  })

  test('should show the slutkund form with its errors without violations', async ({ page }) => {
    await logIn({ email: demoLogins.bestallareCentrum, page })
    await page.goto('/admin/collections/slutkunder/create')
    const save = page.getByRole('button', { name: 'Spara' })
    await waitForHydration(save)
    await save.click()
    await expect(page.locator('.field-type.error').first()).toBeVisible()
    await saveScreenshot({ name: 'slutkund-form', page })

    await expectNoAxeViolations({ page })
  })

  test('should show the Beställningar tab without violations', async ({ page, request }) => {
    const { authorization } = await apiLogIn({ email: demoLogins.bestallareCentrum, request })
    const response = await request.get('/api/slutkunder?limit=1&depth=1&sort=id', {
      headers: { Authorization: authorization },
    })
    const [slutkund] = (
      (await response.json()) as { docs: { id: number; leveransfonster: { veckodag: string }[] }[] }
    ).docs
    await reportOrderAsShop({
      leveransdatum: pastDateOnWeekday(slutkund.leveransfonster[0].veckodag),
      ordernummer: 'E2E-AXE-0001',
      request,
      slutkund: slutkund.id,
    })
    await logIn({ email: demoLogins.bestallareCentrum, page })
    await page.goto(`/admin/collections/slutkunder/${slutkund.id}/bestallningar`)
    await expect(page.getByRole('row').filter({ hasText: 'E2E-AXE-0001' })).toBeVisible()

    await expectNoAxeViolations({ page })
  })

  test('should show the message log without violations', async ({ page }) => {
    await logIn({ email: demoLogins.administrator, page })
    await page.goto('/admin/collections/utskick')
    await expect(page.getByRole('heading', { name: 'Utskick', level: 1 })).toBeVisible()

    await expectNoAxeViolations({ page })
  })

  test('should show the stand-in shop without violations', async ({ page }) => {
    await logIn({ email: demoLogins.bestallareCentrum, page })
    await page.goto('/admin')
    await page.locator('.handla-button').first().click()
    await expect(page.getByRole('button', { name: 'Lägg order' })).toBeVisible()

    await expectNoAxeViolations({ page })
  })
})
