import type { APIRequestContext } from '@playwright/test'

import { expect } from '@playwright/test'

export type SlutkundRow = { enhet: { id: number; namn: string }; id: number; namn: string }

/** The slutkunder one user reaches, read over REST as that user. */
export const findSlutkunder = async ({
  authorization,
  request,
}: {
  authorization: string
  request: APIRequestContext
}): Promise<SlutkundRow[]> => {
  const response = await request.get('/api/slutkunder?limit=200&depth=1&sort=id', {
    headers: { Authorization: authorization },
  })
  expect(response.status()).toBe(200)
  const { docs } = (await response.json()) as { docs: SlutkundRow[] }
  return docs
}
