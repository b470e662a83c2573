import type { Veckodag } from './types'

import { DeliveryError } from './DeliveryError'
import { veckodagar, veckodagLabels } from './types'
import { assertTid } from './validateTid'

export const stockholmTimeZone = 'Europe/Stockholm'

export type StockholmParts = {
  /** 'YYYY-MM-DD' */
  datum: string
  /** 'HH:mm' */
  tid: string
  veckodag: Veckodag
}

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

const datumPattern = /^(\d{4})-(\d{2})-(\d{2})$/

const manadsnamn = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const

const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  hour: 'numeric',
  hourCycle: 'h23',
  minute: 'numeric',
  month: 'numeric',
  second: 'numeric',
  timeZone: stockholmTimeZone,
  year: 'numeric',
})

const pad = (value: number): string => String(value).padStart(2, '0')

const parseDatum = (datum: string): { day: number; month: number; year: number } => {
  const match = datumPattern.exec(datum)
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const check = new Date(Date.UTC(year, month - 1, day))
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return { day, month, year }
    }
  }

  throw new DeliveryError({
    code: 'invalid-datum',
    messages: {
      en: `Invalid date "${datum}": use YYYY-MM-DD.`,
      sv: `Ogiltigt datum "${datum}": ange ÅÅÅÅ-MM-DD.`,
    },
  })
}

const parseTid = (tid: string): { hour: number; minute: number } => {
  assertTid(tid)
  return { hour: Number(tid.slice(0, 2)), minute: Number(tid.slice(3, 5)) }
}

const toDatum = (utcMidnightMs: number): string => {
  const date = new Date(utcMidnightMs)
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** The Stockholm wall-clock reading of an instant, expressed as if it were UTC milliseconds. */
const getWallClockMs = (instantMs: number): number => {
  const parts: Record<string, number> = {}
  for (const part of wallClockFormat.formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value)
    }
  }

  return Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    instantMs - Math.floor(instantMs / 1000) * 1000,
  )
}

export const isDatum = (value: unknown): value is string => {
  if (typeof value !== 'string') {
    return false
  }

  try {
    parseDatum(value)
    return true
  } catch {
    return false
  }
}

export const addDaysToDatum = ({ datum, days }: { datum: string; days: number }): string => {
  const { day, month, year } = parseDatum(datum)
  return toDatum(Date.UTC(year, month - 1, day) + days * DAY_MS)
}

export const getVeckodagOfDatum = (datum: string): Veckodag => {
  const { day, month, year } = parseDatum(datum)
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return veckodagar[(sundayFirst + 6) % 7]
}

export const getStockholmParts = (instant: Date): StockholmParts => {
  const wallClock = new Date(getWallClockMs(instant.getTime()))
  const datum = toDatum(wallClock.getTime() - (wallClock.getTime() % DAY_MS))

  return {
    datum,
    tid: `${pad(wallClock.getUTCHours())}:${pad(wallClock.getUTCMinutes())}`,
    veckodag: getVeckodagOfDatum(datum),
  }
}

export const getStockholmVeckodag = (instant: Date): Veckodag => getStockholmParts(instant).veckodag

/**
 * The instant at which the clocks in Stockholm show `tid` on `datum`.
 *
 * Why the two special cases resolve as they do: on the last Sunday of March 02:00–03:00 never
 * shows on the clock, so a time in that gap moves forward to 03:00 (the first instant after
 * it) rather than back, because a delivery or cut-off cannot happen before the clock time a
 * person was told. On the last Sunday of October 02:00–03:00 shows twice; the first
 * occurrence (summer time) is taken so a cut-off never falls later than the first moment the
 * clock shows that time.
 */
export const toStockholmInstant = ({ datum, tid }: { datum: string; tid: string }): Date => {
  const { day, month, year } = parseDatum(datum)
  const { hour, minute } = parseTid(tid)
  const wantedMs = Date.UTC(year, month - 1, day, hour, minute)

  // Offsets in force half a day either side cover any single transition near the wanted time.
  const offsets = [wantedMs - DAY_MS / 2, wantedMs + DAY_MS / 2].map(
    (sampleMs) => getWallClockMs(sampleMs) - sampleMs,
  )
  const matches = offsets
    .map((offset) => wantedMs - offset)
    .filter((candidateMs) => getWallClockMs(candidateMs) === wantedMs)
    .sort((a, b) => a - b)
  if (matches.length > 0) {
    return new Date(matches[0])
  }

  let beforeGapMs = wantedMs - Math.max(...offsets)
  let afterGapMs = wantedMs - Math.min(...offsets)
  while (afterGapMs - beforeGapMs > MINUTE_MS) {
    const middleMs =
      beforeGapMs + Math.floor((afterGapMs - beforeGapMs) / 2 / MINUTE_MS) * MINUTE_MS
    if (getWallClockMs(middleMs) > wantedMs) {
      afterGapMs = middleMs
    } else {
      beforeGapMs = middleMs
    }
  }

  return new Date(afterGapMs)
}

/** '2026-12-08 12:00' in Stockholm local time. */
export const formatStockholmDateTime = (instant: Date): string => {
  const { datum, tid } = getStockholmParts(instant)
  return `${datum} ${tid}`
}

/** 'tisdag 8 december' in Stockholm local time. */
export const formatStockholmLongDate = (instant: Date): string => {
  const { datum, veckodag } = getStockholmParts(instant)
  const { day, month } = parseDatum(datum)
  return `${veckodagLabels[veckodag].sv.toLowerCase()} ${day} ${manadsnamn[month - 1]}`
}

/** 'tisdag 8 december 14:00–16:00' in Stockholm local time. */
export const formatDeliverySpan = ({ end, start }: { end: Date; start: Date }): string => {
  const span = `${getStockholmParts(start).tid}–${getStockholmParts(end).tid}`
  return `${formatStockholmLongDate(start)} ${span}`
}
