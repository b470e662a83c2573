import type { Page } from '@playwright/test'

import {
  chooseOption,
  choosePassword,
  fillThrowawayPassword,
  findPasswordLink,
  openCreateForm,
  saveNewDocument,
} from './support/forms'
import { apiLogIn, demoLogins, logIn } from './support/portal'
import { expect, test } from './support/test'

const createEnhetWithFonster = async ({
  fonster,
  namn,
  page,
}: {
  fonster: { sluttid: string; starttid: string; veckodag: string }
  namn: string
  page: Page
}) => {
  await openCreateForm({ collection: 'enheter', page })
  await page.locator('#field-namn').fill(namn)
  if (await page.locator('#field-konto').getByRole('combobox').count()) {
    await chooseOption({ field: 'konto', option: 'Falkenbergs kommun', page })
  }
  await saveNewDocument({ collection: 'enheter', page })

  await openCreateForm({ collection: 'leveransfonster', page })
  await chooseOption({ field: 'enhet', option: namn, page })
  await chooseOption({ field: 'veckodag', option: fonster.veckodag, page })
  await page.locator('#field-starttid').fill(fonster.starttid)
  await page.locator('#field-sluttid').fill(fonster.sluttid)
  await page.locator('#field-stopptidKlockslag').fill('12:00')
  await saveNewDocument({ collection: 'leveransfonster', page })
}

test('should let the administrator set up enheter and a beställare who then sets its password', async ({
  page,
  request,
}) => {
  await logIn({ email: demoLogins.administrator, page })
  await createEnhetWithFonster({
    fonster: { sluttid: '12:00', starttid: '09:00', veckodag: 'Tisdag' },
    namn: 'Hemtjänst Vessigebro',
    page,
  })
  await createEnhetWithFonster({
    fonster: { sluttid: '16:00', starttid: '13:00', veckodag: 'Torsdag' },
    namn: 'Hemtjänst Glommen',
    page,
  })

  const email = 'karin.vessigebro@falkenberg.test'
  await openCreateForm({ collection: 'bestallare', page })
  await page.locator('#field-email').fill(email)
  await fillThrowawayPassword(page)
  await page.locator('#field-fornamn').fill('Karin')
  await page.locator('#field-efternamn').fill('Ek')
  await expect(page.locator('#field-telefon')).toHaveValue('0346886000')
  await chooseOption({ field: 'enheter', option: 'Hemtjänst Vessigebro', page })
  await chooseOption({ field: 'enheter', option: 'Hemtjänst Glommen', page })
  await page.getByLabel('Får lägga till nya slutkunder').check()
  const id = await saveNewDocument({ collection: 'bestallare', page })

  const admin = await apiLogIn({ email: demoLogins.administrator, request })
  const created = await request.get(`/api/bestallare/${id}?depth=1`, {
    headers: { Authorization: admin.authorization },
  })
  expect(await created.json()).toMatchObject({
    email,
    enheter: [{ namn: 'Hemtjänst Vessigebro' }, { namn: 'Hemtjänst Glommen' }],
    farLaggaTillSlutkunder: true,
    roll: 'bestallare',
  })
  const log = await request.get(
    `/api/utskick?where[mottagare][equals]=${encodeURIComponent(email)}&where[mall][equals]=valkommen`,
    { headers: { Authorization: admin.authorization } },
  )
  const [welcome] = ((await log.json()) as { docs: { innehall: string; status: string }[] }).docs
  expect(welcome.status).toBe('ej-skickad-ingen-leverantor')

  await page.context().clearCookies()
  await choosePassword({
    link: findPasswordLink(welcome.innehall),
    page,
    password: 'Karins-Eget-Losen-42',
  })
  await page.context().clearCookies()
  await logIn({ email, page, password: 'Karins-Eget-Losen-42' })
  await expect(page.getByRole('heading', { name: 'Slutkunder', level: 1 })).toBeVisible()
  await expect(page.getByLabel('Enhet')).toContainText('Hemtjänst Glommen')
})
