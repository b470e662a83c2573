import type { Payload, Sort, TypedUser, Where } from 'payload'

import type { StartPageQuery } from './startPageQuery'
import type { StartPageData, StartPageOrder } from './startPageRows'

import { getUserScope } from '../auth/getUserScope'
import { getID } from '../db/getID'
import {
  createNextDeliveryOf,
  phoneFields,
  reachesNothing,
  toEmptyStartPage,
  toPhoneDigits,
  toSortKeys,
  toStartPageRow,
} from './startPageRows'

const toSearchWhere = (sok: string): null | Where => {
  if (!sok) {
    return null
  }
  const digits = toPhoneDigits(sok)
  return {
    or: [
      { namn: { like: sok } },
      { gatuadress: { like: sok } },
      ...(digits ? phoneFields.map((field) => ({ [field]: { like: digits } })) : []),
    ],
  }
}

const toSort = (sortera: StartPageQuery['sortera']): Sort =>
  toSortKeys(sortera).map(({ field, isDescending }) => `${isDescending ? '-' : ''}${field}`)

/**
 * The start page through Payload's Local API, with the collections' own access rules:
 * enheter, one page of slutkunder (with its count), their leveransfönster and their latest
 * orders. Every database runs it; the dashboard uses it where no SQL adapter is configured
 * (MongoDB), see findVisibleSlutkunder.
 */
export const findVisibleSlutkunderWithPayload = async ({
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
  if (reachesNothing(getUserScope(user))) {
    return toEmptyStartPage(query)
  }

  const enheterResult = await payload.find({
    collection: 'enheter',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { namn: true },
    sort: 'namn',
    user,
  })
  const enheter = enheterResult.docs.map(({ id, namn }) => ({ id, namn }))

  const filters: Where[] = []
  if (query.enhet) {
    filters.push({ enhet: { equals: query.enhet } })
  }
  const searchWhere = toSearchWhere(query.sok)
  if (searchWhere) {
    filters.push(searchWhere)
  }
  const slutkunder = await payload.find({
    collection: 'slutkunder',
    depth: 0,
    limit: query.antal,
    overrideAccess: false,
    page: query.sida,
    select: { betalsatt: true, enhet: true, leveransfonster: true, namn: true },
    sort: toSort(query.sortera),
    user,
    where: filters.length > 0 ? { and: filters } : {},
  })

  const slutkundIDs = slutkunder.docs.map(({ id }) => id)
  const fonsterIDs = [
    ...new Set(slutkunder.docs.flatMap((doc) => (doc.leveransfonster ?? []).map(getID))),
  ]
  const [fonsterResult, orderResult] = await Promise.all([
    fonsterIDs.length === 0
      ? null
      : payload.find({
          collection: 'leveransfonster',
          depth: 0,
          overrideAccess: false,
          pagination: false,
          user,
          where: { and: [{ id: { in: fonsterIDs } }, { aktiv: { not_equals: false } }] },
        }),
    slutkundIDs.length === 0
      ? null
      : payload.find({
          collection: 'ordrar',
          depth: 0,
          overrideAccess: false,
          pagination: false,
          select: { createdAt: true, ordernummer: true, slutkund: true, status: true },
          user,
          where: { and: [{ slutkund: { in: slutkundIDs } }, { senaste: { equals: true } }] },
        }),
  ])

  const fonsterByID = new Map((fonsterResult?.docs ?? []).map((fonster) => [fonster.id, fonster]))
  const latestOrderBySlutkund = new Map<string, NonNullable<typeof orderResult>['docs'][number]>()
  for (const order of orderResult?.docs ?? []) {
    const key = String(getID(order.slutkund))
    const known = latestOrderBySlutkund.get(key)
    // Two orders reported at the same moment may both carry the flag; the newer one wins.
    if (!known || known.createdAt < order.createdAt) {
      latestOrderBySlutkund.set(key, order)
    }
  }
  const enhetByID = new Map(enheter.map((enhet) => [String(enhet.id), enhet]))
  const nextDeliveryOf = createNextDeliveryOf(now)

  const rows = slutkunder.docs.map((doc) => {
    const order = latestOrderBySlutkund.get(String(doc.id))
    const senasteOrder: null | StartPageOrder = order
      ? { id: order.id, ordernummer: order.ordernummer, status: order.status }
      : null
    return toStartPageRow({
      betalsatt: doc.betalsatt,
      enhetByID,
      enhetID: getID(doc.enhet) as number,
      fonster: (doc.leveransfonster ?? [])
        .map((value) => fonsterByID.get(getID(value) as number))
        .filter((value) => value !== undefined),
      id: doc.id,
      namn: doc.namn,
      nextDeliveryOf,
      order: senasteOrder,
    })
  })

  return {
    enheter,
    page: slutkunder.page ?? query.sida,
    query,
    rows,
    totalDocs: slutkunder.totalDocs,
    totalPages: slutkunder.totalPages,
  }
}
