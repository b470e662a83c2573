import { pastDateOnWeekday, reportOrderAsShop } from './support/orders'
import { apiLogIn, demoLogins, logIn } from './support/portal'
import { saveScreenshot } from './support/screenshots'
import { expect, test } from './support/test'

test('should shop through Handla, show the order on the start page and cancel it with Makulera', async ({
  page,
}) => {
  await logIn({ email: demoLogins.bestallareCentrum, page })
  await page.goto('/admin')
  const rows = page.locator('.start-page__table tbody tr')
  await expect(rows.first()).toBeVisible()
  const row = rows.first()
  const namn = (await row.locator('th').innerText()).trim()
  await saveScreenshot({ name: 'start-page', page })

  await row.getByRole('link', { name: `Handla åt ${namn}` }).click()
  await expect(page).toHaveURL(/\/demo-butik\?session=/)
  await expect(page.getByRole('heading', { name: 'Demo-butik', level: 1 })).toBeVisible()
  await expect(page.locator('main')).toContainText(namn)
  await page.getByRole('spinbutton').first().fill('2')
  await page.getByRole('button', { name: 'Lägg order' }).click()
  await expect(page).toHaveURL(/\/demo-butik\/klar\?session=/)
  const ordernummer = (await page.locator('main').innerText()).match(
    /DEMO-[A-Z0-9]+-[0-9a-f]{4}/,
  )?.[0]
  expect(ordernummer).toBeTruthy()

  await page.getByRole('link', { name: 'Tillbaka till portalen' }).click()
  const shoppedRow = page.locator('.start-page__table tbody tr').filter({ hasText: namn })
  await expect(shoppedRow).toContainText('Mottagen')
  await expect(shoppedRow).toContainText(`Order ${ordernummer}`)

  await shoppedRow.getByRole('link', { name: /Mottagen/ }).click()
  await expect(page.getByRole('heading', { name: 'Beställningar', level: 2 })).toBeVisible()
  const orderRow = page.getByRole('row').filter({ hasText: ordernummer as string })
  await expect(orderRow).toContainText('Mottagen')
  await saveScreenshot({ name: 'bestallningar', page })

  await orderRow.getByRole('button', { name: /Makulera/ }).click()
  await orderRow.getByRole('button', { name: 'Ja, makulera' }).click()
  await expect(orderRow).toContainText('Ordern är makulerad.')
  await expect(page.getByRole('row').filter({ hasText: ordernummer as string })).toContainText(
    'Makulerad',
  )
})

test('should refuse Makulera after stopptid and show the support phone and opening hours', async ({
  page,
  request,
}) => {
  const { authorization } = await apiLogIn({ email: demoLogins.bestallareCentrum, request })
  const response = await request.get('/api/slutkunder?limit=1&depth=1&sort=id', {
    headers: { Authorization: authorization },
  })
  const [slutkund] = (
    (await response.json()) as { docs: { id: number; leveransfonster: { veckodag: string }[] }[] }
  ).docs
  const order = await reportOrderAsShop({
    leveransdatum: pastDateOnWeekday(slutkund.leveransfonster[0].veckodag),
    ordernummer: 'E2E-SEN-0001',
    request,
    slutkund: slutkund.id,
  })

  await logIn({ email: demoLogins.bestallareCentrum, page })
  await page.goto(`/admin/collections/slutkunder/${slutkund.id}/bestallningar`)
  const orderRow = page.getByRole('row').filter({ hasText: order.ordernummer })
  await orderRow.getByRole('button', { name: /Makulera/ }).click()
  await orderRow.getByRole('button', { name: 'Ja, makulera' }).click()

  await expect(orderRow).toContainText(
    'Stopptiden har passerat. Ring Coop Företagssupport på 0771-17 17 77 (08:00–17:00) för att makulera ordern.',
  )
  await expect(orderRow).toContainText('Mottagen')
})
