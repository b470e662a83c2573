import { getStockholmParts, isDatum } from '../../src/delivery/stockholmTime'

const datePrefixPattern = /^(\d{4}-\d{2}-\d{2})T/

/**
 * The Stockholm calendar date a caller meant. A plain 'YYYY-MM-DD' is taken as it is; a
 * date-time is read as an instant (Payload's date picker sends local midnight or noon).
 */
export const toLeveransdatum = (value: unknown): null | string => {
  if (isDatum(value)) {
    return value
  }
  if (typeof value !== 'string' || !datePrefixPattern.test(value)) {
    return null
  }

  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : getStockholmParts(instant).datum
}

/** Stored at noon UTC so that the date reads the same in every European time zone. */
export const toStoredLeveransdatum = (datum: string): string => `${datum}T12:00:00.000Z`
