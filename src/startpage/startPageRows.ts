import type { UserScope } from '../auth/getUserScope'
import type { Betalsatt } from '../betalsatt'
import type { Delivery, LeveransfonsterTider } from '../delivery/types'
import type { OrderStatus } from '../orderStatus'
import type { StartPageQuery } from './startPageQuery'

import { getNextDeliveryOf } from '../delivery/getNextDelivery'

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

/** A support user sees everything; one without a konto, or a beställare without enheter, nothing. */
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

/** The start page's order; a stable second key keeps paging deterministic when the first repeats. */
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

export const toStartPageRow = ({
  betalsatt,
  enhetByID,
  enhetID,
  fonster,
  id,
  namn,
  now,
  order,
}: {
  betalsatt: Betalsatt
  enhetByID: Map<string, StartPageEnhet>
  enhetID: number
  fonster: LeveransfonsterTider[]
  id: number
  namn: null | string | undefined
  now: Date
  order: null | StartPageOrder
}): StartPageRow => {
  const next = getNextDeliveryOf({ fonster, now })
  return {
    betalsatt,
    enhet: enhetByID.get(String(enhetID)) ?? { id: enhetID, namn: '' },
    id,
    namn: namn ?? '',
    nastaLeverans: next && {
      end: next.end,
      leveransdatum: next.leveransdatum,
      start: next.start,
      stopptid: next.stopptid,
    },
    senasteOrder: order,
  }
}
