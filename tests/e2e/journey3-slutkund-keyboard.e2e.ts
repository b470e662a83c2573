import type { Locator, Page } from '@playwright/test'

import { fictivePersonnummer } from '../../src/seed/demoData'
import { expectVisibleFocus, tabTo, typeInto } from './support/keyboard'
import { apiLogIn, demoLogins, logIn, waitForHydration } from './support/portal'
import { expect, test } from './support/test'

const personnummerMessage =
  'Personnumret stämmer inte. Kontrollera datumet och de fyra sista siffrorna.'
const fastTelefonMessage =
  'Det här är ett fast telefonnummer, och sms kan bara skickas till mobilnummer. Skriv i stället det fasta numret i ”Kommentar till chaufför”.'

/** The wrapper Payload draws around one field: its label, input and error message. */
const fieldWrapper = (input: Locator) =>
  input.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " field-type ")][1]')

/** Picks an option of a Payload select or relationship field with the keyboard only. */
const chooseOption = async ({
  field,
  option,
  page,
}: {
  field: string
  option: string
  page: Page
}) => {
  const combobox = page.locator(`#field-${field}`).getByRole('combobox')
  await tabTo({ locator: combobox, page })
  await page.keyboard.type(option)
  await expect(page.getByRole('option', { name: option, exact: false }).first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.locator(`#field-${field}`)).toContainText(option)
}

test('should register a slutkund with samlingsfaktura using only the keyboard', async ({
  page,
  request,
}) => {
  await logIn({ email: demoLogins.bestallareCentrum, page })
  await page.goto('/admin/collections/slutkunder/create')
  await waitForHydration(page.getByRole('button', { name: 'Spara' }))

  const typed = {
    efternamn: 'Bergström',
    fornamn: 'Aina',
    gatuadress: 'Storgatan 12',
    ort: 'Falkenberg',
    postnummer: '311 31',
  }
  await typeInto({ locator: page.locator('#field-fornamn'), page, text: typed.fornamn })
  await expectVisibleFocus(page.locator('#field-fornamn'))
  await typeInto({ locator: page.locator('#field-efternamn'), page, text: typed.efternamn })
  await typeInto({ locator: page.locator('#field-gatuadress'), page, text: typed.gatuadress })
  await typeInto({ locator: page.locator('#field-postnummer'), page, text: typed.postnummer })
  await typeInto({ locator: page.locator('#field-ort'), page, text: typed.ort })

  await chooseOption({ field: 'enhet', option: 'Hemtjänst Centrum', page })
  await chooseOption({ field: 'leveransfonster', option: 'Måndag', page })

  const personnummer = page.locator('#field-faktura__personnummer')
  await expect(personnummer).toHaveCount(0)
  await chooseOption({ field: 'betalsatt', option: 'Samlingsfaktura', page })
  await expect(personnummer).toBeVisible()

  await typeInto({ locator: personnummer, page, text: '19450101-1234' })
  await typeInto({ locator: page.locator('#field-faktura__fornamn'), page, text: 'Aina' })
  await typeInto({ locator: page.locator('#field-faktura__efternamn'), page, text: 'Bergström' })
  await typeInto({
    locator: page.locator('#field-faktura__gatuadress'),
    page,
    text: 'Storgatan 12',
  })
  await typeInto({ locator: page.locator('#field-faktura__postnummer'), page, text: '31131' })
  await typeInto({ locator: page.locator('#field-faktura__ort'), page, text: 'Falkenberg' })
  const smsNummer = page.locator('#field-smsNummer')
  await typeInto({ locator: smsNummer, page, text: '0346-123 45' })

  await page.keyboard.press('ControlOrMeta+s')

  await expect(fieldWrapper(personnummer)).toContainText(personnummerMessage)
  await expect(page).toHaveURL(/\/admin\/collections\/slutkunder\/create$/)
  for (const [name, value] of Object.entries(typed)) {
    await expect(page.locator(`#field-${name}`)).toHaveValue(value)
  }
  await expect(smsNummer).toHaveValue('0346-123 45')
  await expect(personnummer).toHaveValue('19450101-1234')

  await typeInto({ locator: personnummer, page, text: fictivePersonnummer(3) })
  await page.keyboard.press('ControlOrMeta+s')

  await expect(fieldWrapper(smsNummer)).toContainText(fastTelefonMessage)
  await expect(page).toHaveURL(/\/admin\/collections\/slutkunder\/create$/)
  await expect(page.locator('#field-fornamn')).toHaveValue(typed.fornamn)
  await expect(smsNummer).toHaveValue('0346-123 45')

  const validPersonnummer = fictivePersonnummer(3)
  await typeInto({ locator: smsNummer, page, text: '070-174 06 50' })
  await page.keyboard.press('ControlOrMeta+s')

  await expect(page).toHaveURL(/\/admin\/collections\/slutkunder\/\d+$/)
  const id = page.url().split('/').pop()
  const { authorization } = await apiLogIn({ email: demoLogins.bestallareCentrum, request })
  const saved = await request.get(`/api/slutkunder/${id}?depth=0`, {
    headers: { Authorization: authorization },
  })
  expect(saved.status()).toBe(200)
  expect(await saved.json()).toMatchObject({
    betalsatt: 'samlingsfaktura',
    efternamn: 'Bergström',
    faktura: { personnummer: validPersonnummer, postnummer: '31131' },
    fornamn: 'Aina',
    postnummer: '31131',
    smsNummer: '0701740650',
  })
})
