import { pastDateOnWeekday, reportOrderAsShop } from './support/orders'
import { apiLogIn, demoLogins, logIn, waitForHydration } from './support/portal'
import { expect, test } from './support/test'

const reminder =
  'Slutkunden har digital nyckel. Ändrar du adress eller leveransdagar, eller tar bort slutkunden, måste du meddela kommunens larmadministratör i Pulsen Combine.'

test('should remind about the alarm administrator when removing a slutkund with digital nyckel and keep its orders readable', async ({
  page,
  request,
}) => {
  const admin = await apiLogIn({ email: demoLogins.administrator, request })
  const found = await request.get('/api/slutkunder?where[digitalNyckel][equals]=true&depth=1', {
    headers: { Authorization: admin.authorization },
  })
  const [slutkund] = (
    (await found.json()) as {
      docs: { id: number; leveransfonster: { veckodag: string }[]; namn: string }[]
    }
  ).docs
  const order = await reportOrderAsShop({
    leveransdatum: pastDateOnWeekday(slutkund.leveransfonster[0].veckodag),
    ordernummer: 'E2E-NYCKEL-0001',
    request,
    slutkund: slutkund.id,
  })

  await logIn({ email: demoLogins.administrator, page })
  await page.goto(`/admin/collections/slutkunder/${slutkund.id}`)
  await waitForHydration(page.getByRole('button', { name: 'Spara' }))
  await expect(page.getByRole('status').filter({ hasText: reminder })).toBeVisible()

  await page.locator('.doc-controls__popup .popup-button').click()
  await page.locator('.popup__content').getByText('Ta bort', { exact: true }).click()
  const confirmation = page.locator('.confirmation-modal')
  await expect(confirmation).toContainText('till papperskorgen')
  await expect(page.getByText(reminder)).toBeVisible()
  await confirmation.getByRole('button', { name: 'Bekräfta' }).click()
  await page.waitForURL(/\/admin\/collections\/slutkunder(\?.*)?$/)

  const gone = await request.get(`/api/slutkunder/${slutkund.id}`, {
    headers: { Authorization: admin.authorization },
  })
  expect(gone.status()).toBe(404)
  const orders = await request.get(`/api/ordrar/${order.id}?depth=0`, {
    headers: { Authorization: admin.authorization },
  })
  expect(orders.status()).toBe(200)
  expect(await orders.json()).toMatchObject({
    leverans: { namn: slutkund.namn },
    ordernummer: 'E2E-NYCKEL-0001',
  })

  await page.goto('/admin/collections/ordrar')
  await expect(page.getByText('E2E-NYCKEL-0001')).toBeVisible()
})
