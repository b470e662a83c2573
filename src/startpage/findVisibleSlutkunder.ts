import type { Payload, Sort, TypedUser, Where } from 'payload'

import type { Betalsatt } from '../betalsatt'
import type { Delivery } from '../delivery/types'
import type { OrderStatus } from '../orderStatus'
import type { StartPageQuery } from './startPageQuery'

import { getUserScope } from '../auth/getUserScope'
import { getID } from '../db/getID'
import { getNextDeliveryOf } from '../delivery/getNextDelivery'

export type StartPageRow = {
  betalsatt: Betalsatt
  enhet: { id: number; namn: string }
  id: number
  namn: string
  nastaLeverans: Delivery | null
  senasteOrder: { id: number; ordernummer: string; status: OrderStatus } | null
}

export type StartPageData = {
  enheter: { id: number; namn: string }[]
  page: number
  query: StartPageQuery
  rows: StartPageRow[]
  totalDocs: number
  totalPages: number
}

const phonePattern = /^[+\d][\d\s-]*$/

/** Phone numbers are stored as national digits ('0701740610'), whatever way they are typed. */
const toPhoneDigits = (term: string): null | string => {
  if (!phonePattern.test(term)) {
    return null
  }
  const digits = term.replace(/\D/g, '')
  const national = term.startsWith('+46') ? `0${digits.slice(2)}` : digits
  return national.length >= 3 ? national : null
}

const toSearchWhere = (sok: string): null | Where => {
  if (!sok) {
    return null
  }
  const digits = toPhoneDigits(sok)
  const phoneFields = ['mobilnummer', 'telefonnummer', 'smsNummer']
  return {
    or: [
      { namn: { like: sok } },
      { gatuadress: { like: sok } },
      ...(digits ? phoneFields.map((field) => ({ [field]: { like: digits } })) : []),
    ],
  }
}

const toSort = (sortera: StartPageQuery['sortera']): Sort => {
  const isDescending = sortera.startsWith('-')
  const field = isDescending ? sortera.slice(1) : sortera
  const prefix = isDescending ? '-' : ''
  // A stable second key keeps paging deterministic when the first key repeats.
  return field === 'efternamn'
    ? [`${prefix}efternamn`, `${prefix}fornamn`, 'id']
    : [`${prefix}${field}`, 'efternamn', 'id']
}

/**
 * The start page: the slutkunder the user may see (by the same access rules as the API),
 * one page of them, with next delivery, betalsätt and latest order status. Four queries
 * whatever the page size: enheter, slutkunder (with its count), their leveransfönster and
 * their latest orders.
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
  const scope = getUserScope(user)
  if (scope.kind === 'none' || (scope.kind === 'bestallare' && scope.enhetIDs.length === 0)) {
    return { enheter: [], page: 1, query, rows: [], totalDocs: 0, totalPages: 0 }
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

  const rows = slutkunder.docs.map((doc): StartPageRow => {
    const fonster = (doc.leveransfonster ?? [])
      .map((value) => fonsterByID.get(getID(value) as number))
      .filter((value) => value !== undefined)
    const next = getNextDeliveryOf({ fonster, now })
    const order = latestOrderBySlutkund.get(String(doc.id))
    const enhetID = getID(doc.enhet) as number
    return {
      betalsatt: doc.betalsatt,
      enhet: enhetByID.get(String(enhetID)) ?? { id: enhetID, namn: '' },
      id: doc.id,
      namn: doc.namn ?? '',
      nastaLeverans: next && {
        end: next.end,
        leveransdatum: next.leveransdatum,
        start: next.start,
        stopptid: next.stopptid,
      },
      senasteOrder: order
        ? { id: order.id, ordernummer: order.ordernummer, status: order.status }
        : null,
    }
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
