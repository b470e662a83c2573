import { apiLogIn, demoLogins, logIn } from './support/portal'
import { findSlutkunder } from './support/slutkunder'
import { expect, test } from './support/test'

test.describe('journey 5: a beställare reaches only what it is allowed to', () => {
  test('should hide "Skapa ny" from a beställare without the permission and refuse creating by URL', async ({
    page,
    request,
  }) => {
    await logIn({ email: demoLogins.bestallareUllared, page })

    await page.goto('/admin/collections/slutkunder')
    await expect(page.getByRole('heading', { name: 'Slutkunder', level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Skapa ny' })).toHaveCount(0)

    await page.goto('/admin/collections/slutkunder/create')
    await expect(page.getByText('Obehörig')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Spara' })).toHaveCount(0)

    const { authorization } = await apiLogIn({ email: demoLogins.bestallareUllared, request })
    const refused = await request.post('/api/slutkunder', {
      data: { efternamn: 'Ek', fornamn: 'Aina' },
      headers: { Authorization: authorization },
    })
    expect(refused.status()).toBe(403)
  })

  test('should never show a beställare another enhet’s slutkund by URL or search', async ({
    page,
    request,
  }) => {
    const admin = await apiLogIn({ email: demoLogins.administrator, request })
    const all = await findSlutkunder({ authorization: admin.authorization, request })
    const other = all.find(({ enhet }) => enhet.namn === 'Hemtjänst Skrea')
    const own = all.find(({ enhet }) => enhet.namn === 'Hemtjänst Centrum')
    if (!other || !own) {
      throw new Error('The demo seed has no slutkund in Hemtjänst Skrea or Hemtjänst Centrum')
    }

    await logIn({ email: demoLogins.bestallareCentrum, page })

    await page.goto(`/admin/collections/slutkunder/${other.id}`)
    await expect(
      page.getByText(`Dokumentet med ID ${other.id} kunde inte hittas.`, { exact: false }),
    ).toBeVisible()
    await expect(page.getByText(other.namn)).toHaveCount(0)

    await page.goto(`/admin/collections/slutkunder/${own.id}`)
    await expect(page.getByRole('textbox', { name: /Förnamn/ }).first()).toHaveValue(
      own.namn.split(' ')[0],
    )

    await page.goto('/admin/collections/slutkunder')
    const search = page.getByRole('textbox', { name: /Sök/ })
    await search.fill(other.namn.split(' ')[1])
    await expect(page).toHaveURL(/search=/)
    await expect(page.getByRole('link', { name: other.namn })).toHaveCount(0)

    const bestallare = await apiLogIn({ email: demoLogins.bestallareCentrum, request })
    const byApi = await request.get(`/api/slutkunder/${other.id}`, {
      headers: { Authorization: bestallare.authorization },
    })
    expect(byApi.status()).toBe(404)
  })
})
