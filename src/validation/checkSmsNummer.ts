import type { ValidationResult } from './result'

import { parseSwedishPhone } from './parseSwedishPhone'
import { accept, refuse } from './result'

const MOBILE_PREFIX = /^07[02369]/
// 071 is for machine-to-machine use; libphonenumber-js calls it invalid, but the person
// typing it needs to hear "not a mobile", not "cannot read".
const MACHINE_NUMBER = /^071\d{7,10}$/

export const isFiktivtNummer = ({
  fiktivtNummer,
  value,
}: {
  fiktivtNummer: string
  value: string
}): boolean => {
  const fiktiv = parseSwedishPhone(fiktivtNummer)
  const phone = parseSwedishPhone(value)

  return fiktiv !== undefined && fiktiv.nationalDigits === phone?.nationalDigits
}

export const checkSmsNummer = ({
  fiktivtNummer,
  input,
}: {
  fiktivtNummer: string
  input: string
}): ValidationResult => {
  const phone = parseSwedishPhone(input)

  if (phone === undefined) {
    return refuse('smsNummer.format')
  }

  if (isFiktivtNummer({ fiktivtNummer, value: input })) {
    return accept(phone.nationalDigits)
  }

  if (phone.isValid && phone.type === 'MOBILE' && MOBILE_PREFIX.test(phone.nationalDigits)) {
    return accept(phone.nationalDigits)
  }

  if (phone.isValid && phone.type === 'FIXED_LINE') {
    return refuse('smsNummer.fastTelefon')
  }

  if (phone.isValid || MACHINE_NUMBER.test(phone.nationalDigits)) {
    return refuse('smsNummer.ejMobil')
  }

  return refuse('smsNummer.format')
}
