import type { Delivery, LeveransfonsterTider } from './types'

import { assertLeveransfonsterTider } from './assertLeveransfonsterTider'
import { getDeliveryForDate } from './getDeliveryForDate'
import { addDaysToDatum, getStockholmParts, getVeckodagOfDatum } from './stockholmTime'
import { veckodagar } from './types'

export const getNextDelivery = ({
  fonster,
  now,
}: {
  fonster: LeveransfonsterTider
  now: Date
}): Delivery => {
  assertLeveransfonsterTider(fonster)

  // A stopptid still ahead is on today's local date or later, so the delivery is at least
  // stopptidDagarFore days after today.
  const earliestDatum = addDaysToDatum({
    datum: getStockholmParts(now).datum,
    days: fonster.stopptidDagarFore,
  })
  const daysToVeckodag =
    (veckodagar.indexOf(fonster.veckodag) -
      veckodagar.indexOf(getVeckodagOfDatum(earliestDatum)) +
      7) %
    7
  const candidate = getDeliveryForDate({
    fonster,
    leveransdatum: addDaysToDatum({ datum: earliestDatum, days: daysToVeckodag }),
  })
  if (candidate.stopptid.getTime() > now.getTime()) {
    return candidate
  }

  // The following week's stopptid falls on a later local date than now, so it is ahead.
  return getDeliveryForDate({
    fonster,
    leveransdatum: addDaysToDatum({ datum: candidate.leveransdatum, days: 7 }),
  })
}

export const getNextDeliveryOf = ({
  fonster,
  now,
}: {
  fonster: LeveransfonsterTider[]
  now: Date
}): (Delivery & { index: number }) | null =>
  fonster.reduce<(Delivery & { index: number }) | null>((earliest, tider, index) => {
    const delivery = getNextDelivery({ fonster: tider, now })
    if (earliest !== null && earliest.start.getTime() <= delivery.start.getTime()) {
      return earliest
    }

    return { ...delivery, index }
  }, null)
