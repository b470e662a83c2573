import type { APIRequestContext } from '@playwright/test'

import { expect } from '@playwright/test'

import { getDemoButikApiKey } from '../../../src/handla/settings'

const weekdays = ['sondag', 'mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag']

/** The most recent date before today (Stockholm) that falls on the weekday: long past stopptid. */
export const pastDateOnWeekday = (veckodag: string): string => {
  const target = weekdays.indexOf(veckodag)
  const date = new Date()
  date.setUTCDate(date.getUTCDate() - 7)
  while (date.getUTCDay() !== target) {
    date.setUTCDate(date.getUTCDate() - 1)
  }
  return date.toISOString().slice(0, 10)
}

/** Reports an order as the shop does: REST on `ordrar` with the demo shop's API key. */
export const reportOrderAsShop = async ({
  leveransdatum,
  ordernummer,
  request,
  slutkund,
}: {
  leveransdatum: string
  ordernummer: string
  request: APIRequestContext
  slutkund: number
}): Promise<{ id: number; ordernummer: string }> => {
  const response = await request.post('/api/ordrar', {
    data: { belopp: 249.5, leveransdatum, ordernummer, slutkund },
    headers: { Authorization: `integrationer API-Key ${getDemoButikApiKey()}` },
  })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number; ordernummer: string } }
  return doc
}
