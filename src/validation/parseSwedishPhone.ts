import type { NumberType } from 'libphonenumber-js/max'

import { parsePhoneNumberFromString } from 'libphonenumber-js/max'

export type SwedishPhone = {
  isValid: boolean
  nationalDigits: string
  type: NumberType
}

// libphonenumber-js pulls a number out of surrounding text ("ring 070…", "x12"); a form field
// must hold only the number itself.
const PHONE_CHARACTERS = /^[\d\s+\-().]+$/

/** Any number under +46, valid or not, written as national digits (`0…`). */
export const parseSwedishPhone = (input: string): SwedishPhone | undefined => {
  const trimmed = input.trim()

  if (!PHONE_CHARACTERS.test(trimmed)) {
    return undefined
  }

  const phone = parsePhoneNumberFromString(trimmed, 'SE')

  if (phone?.countryCallingCode !== '46') {
    return undefined
  }

  return {
    type: phone.getType(),
    isValid: phone.isValid(),
    nationalDigits: `0${phone.nationalNumber}`,
  }
}
