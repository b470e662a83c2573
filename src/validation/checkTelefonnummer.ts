import type { NumberType } from 'libphonenumber-js/max'

import type { ValidationResult } from './result'

import { parseSwedishPhone } from './parseSwedishPhone'
import { accept, refuse } from './result'

// Numbers a person answers; service ranges (020, 0900, 077, 010) never belong to a slutkund.
const PERSONAL_TYPES: ReadonlySet<NumberType> = new Set<NumberType>([
  'FIXED_LINE',
  'FIXED_LINE_OR_MOBILE',
  'MOBILE',
  'PERSONAL_NUMBER',
  'VOIP',
])

export const checkTelefonnummer = (input: string): ValidationResult => {
  const phone = parseSwedishPhone(input)

  return phone?.isValid && PERSONAL_TYPES.has(phone.type)
    ? accept(phone.nationalDigits)
    : refuse('telefonnummer.format')
}
