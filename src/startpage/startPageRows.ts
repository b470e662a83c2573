import type { UserScope } from '../auth/getUserScope'
import type { Betalsatt } from '../betalsatt'
import type { Delivery, LeveransfonsterTider } from '../delivery/types'
import type { OrderStatus } from '../orderStatus'
import type { StartPageQuery } from './startPageQuery'

import { getNextDelivery } from '../delivery/getNextDelivery'

export type StartPageEnhet = { id: number; namn: string }

export type StartPageOrder = { id: number; ordernummer: string; status: OrderStatus }

export type StartPageRow = {
  betalsatt: Betalsatt
  enhet: StartPageEnhet
  id: number
  namn: string
  nastaLeverans: Delivery | null
  senasteOrder: null | StartPageOrder
}

export type StartPageData = {
  enheter: StartPageEnhet[]
  page: number
  query: StartPageQuery
  rows: StartPageRow[]
  totalDocs: number
  totalPages: number
}

/** No portal user, no konto, or a beställare without enheter: the start page is empty. */
export const reachesNothing = (scope: UserScope): boolean =>
  scope.kind === 'none' || (scope.kind === 'bestallare' && scope.enhetIDs.length === 0)

export const toEmptyStartPage = (query: StartPageQuery): StartPageData => ({
  enheter: [],
  page: 1,
  query,
  rows: [],
  totalDocs: 0,
  totalPages: 0,
})

const phonePattern = /^[+\d][\d\s-]*$/

/** Phone numbers are stored as national digits ('0701740610'), whatever way they are typed. */
export const toPhoneDigits = (term: string): null | string => {
  if (!phonePattern.test(term)) {
    return null
  }
  const digits = term.replace(/\D/g, '')
  const national = term.startsWith('+46') ? `0${digits.slice(2)}` : digits
  return national.length >= 3 ? national : null
}

export const phoneFields = ['mobilnummer', 'telefonnummer', 'smsNummer'] as const

export type SortKey = {
  field: 'betalsatt' | 'efternamn' | 'enhet' | 'fornamn' | 'gatuadress' | 'id' | 'namn'
  isDescending: boolean
}

/** The page's order; a stable second key keeps paging deterministic when the first repeats. */
export const toSortKeys = (sortera: StartPageQuery['sortera']): SortKey[] => {
  const isDescending = sortera.startsWith('-')
  const field = (isDescending ? sortera.slice(1) : sortera) as SortKey['field']
  return field === 'efternamn'
    ? [
        { field: 'efternamn', isDescending },
        { field: 'fornamn', isDescending },
        { field: 'id', isDescending: false },
      ]
    : [
        { field, isDescending },
        { field: 'efternamn', isDescending: false },
        { field: 'id', isDescending: false },
      ]
}

export type NextDeliveryOf = (fonster: LeveransfonsterTider[]) => Delivery | null

/**
 * getNextDeliveryOf for one page: the slutkunder of an enhet share its leveransfönster, and
 * each computation reads Stockholm wall-clock time several times (about 0.1 ms a row, more
 * than the page's SQL), so each distinct fönster is computed once.
 */
export const createNextDeliveryOf = (now: Date): NextDeliveryOf => {
  const byTider = new Map<string, Delivery>()
  const nextOf = (tider: LeveransfonsterTider): Delivery => {
    const key = [
      tider.veckodag,
      tider.starttid,
      tider.sluttid,
      tider.stopptidDagarFore,
      tider.stopptidKlockslag,
    ].join('|')
    const known = byTider.get(key)
    if (known) {
      return known
    }
    const delivery = getNextDelivery({ fonster: tider, now })
    byTider.set(key, delivery)
    return delivery
  }
  // As getNextDeliveryOf: the earliest start, the first fönster on a tie.
  return (fonster) =>
    fonster.reduce<Delivery | null>((earliest, tider) => {
      const delivery = nextOf(tider)
      return earliest !== null && earliest.start.getTime() <= delivery.start.getTime()
        ? earliest
        : delivery
    }, null)
}

export const toStartPageRow = ({
  betalsatt,
  enhetByID,
  enhetID,
  fonster,
  id,
  namn,
  nextDeliveryOf,
  order,
}: {
  betalsatt: Betalsatt
  enhetByID: Map<string, StartPageEnhet>
  enhetID: number
  fonster: LeveransfonsterTider[]
  id: number
  namn: null | string | undefined
  nextDeliveryOf: NextDeliveryOf
  order: null | StartPageOrder
}): StartPageRow => {
  const next = nextDeliveryOf(fonster)
  return {
    betalsatt,
    enhet: enhetByID.get(String(enhetID)) ?? { id: enhetID, namn: '' },
    id,
    namn: namn ?? '',
    // Copies: rows sharing a fönster must not share Date objects.
    nastaLeverans: next && {
      end: new Date(next.end),
      leveransdatum: next.leveransdatum,
      start: new Date(next.start),
      stopptid: new Date(next.stopptid),
    },
    senasteOrder: order,
  }
}
