import Personnummer from 'personnummer'

import type { ValidationResult } from './result'

import { accept, refuse } from './result'

// People paste numbers from documents that use typographic dashes.
const DASHES = /[\u2010-\u2015\u2212]/g
const SHAPE = /^(\d{2})?\d{6}[-+]?\d{4}$/

/**
 * The package resolves the century of short forms against the current date (it takes no
 * reference date), so `+` means 100 years or older as of today. It cannot tell a wrong check
 * digit from an impossible date, so both are `personnummer.invalid`.
 */
export const checkPersonnummer = (input: string): ValidationResult => {
  const compact = input.replace(/\s/g, '').replace(DASHES, '-')

  if (!SHAPE.test(compact)) {
    return refuse('personnummer.format')
  }

  if (!Personnummer.valid(compact)) {
    return refuse('personnummer.invalid')
  }

  const parsed = Personnummer.parse(compact)

  return accept(`${parsed.fullYear}${parsed.month}${parsed.day}-${parsed.num}${parsed.check}`)
}
