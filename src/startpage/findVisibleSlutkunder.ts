import type { Payload, TypedUser } from 'payload'

import type { StartPageQuery } from './startPageQuery'
import type { StartPageData } from './startPageRows'

import { findVisibleSlutkunderWithPayload } from './findVisibleSlutkunderWithPayload'
import { findVisibleSlutkunderWithSql, getSqlAdapter } from './findVisibleSlutkunderWithSql'

export type { StartPageData, StartPageRow } from './startPageRows'

/**
 * The start page: the slutkunder the user may see (by the same access rules as the API),
 * one page of them, with next delivery, betalsätt and latest order status, and the user's
 * enheter for the filter. On SQLite and PostgreSQL in two statements whatever the page
 * size; on MongoDB through Payload's finds (the same data, four or five queries).
 */
export const findVisibleSlutkunder = async ({
  now,
  payload,
  query,
  user,
}: {
  now: Date
  payload: Payload
  query: StartPageQuery
  user: TypedUser
}): Promise<StartPageData> => {
  const adapter = getSqlAdapter(payload)
  return adapter
    ? findVisibleSlutkunderWithSql({ adapter, now, query, user })
    : findVisibleSlutkunderWithPayload({ now, payload, query, user })
}
