import type { Konto } from '../payload-types'

import { addDaysToDatum, getStockholmParts, toStockholmInstant } from '../delivery/stockholmTime'
import { isTid } from '../delivery/validateTid'
import { getDagenForeTid } from '../konto/getDagenForeTid'

/**
 * The local time (`HH:mm`, Europe/Stockholm) of the day-before SMS: the konto's own setting,
 * else `SMS_DAGEN_FORE_TID`, else the grocer's default 17:00.
 */
export const resolveDagenForeTid = ({
  konto,
}: {
  konto: null | Pick<Konto, 'smsDagenForeTid'> | undefined
}): string => {
  if (konto && isTid(konto.smsDagenForeTid)) {
    return konto.smsDagenForeTid
  }
  const fromEnv = process.env.SMS_DAGEN_FORE_TID
  return isTid(fromEnv) ? fromEnv : getDagenForeTid({ konto: null })
}

/** The Stockholm calendar date of a stored `leveransdatum`. */
export const getLeveransDatum = (leveransdatum: string): string =>
  getStockholmParts(new Date(leveransdatum)).datum

/**
 * When the day-before SMS goes out for a delivery, or null when that day has already begun.
 * A plan made after the usual time (a late order) goes out at once.
 */
export const getDagenForeTidpunkt = ({
  leveransdatum,
  now,
  tid,
}: {
  leveransdatum: string
  now: Date
  tid: string
}): Date | null => {
  const datum = getLeveransDatum(leveransdatum)
  if (datum <= getStockholmParts(now).datum) {
    return null
  }
  const planned = toStockholmInstant({ datum: addDaysToDatum({ datum, days: -1 }), tid })
  return planned.getTime() < now.getTime() ? now : planned
}
