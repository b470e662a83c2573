import { describe, expect, it } from 'vitest'

import { checkEpost } from './checkEpost'
import { getValidationMessage } from './messages'

describe('checkEpost', () => {
  it('should lowercase and trim the address', () => {
    expect(checkEpost(' Anna.Svensson@Exempel.SE ')).toEqual({
      isValid: true,
      value: 'anna.svensson@exempel.se',
    })
  })

  it('should refuse an address without domain', () => {
    const result = checkEpost('anna@')

    expect(result).toEqual({ code: 'epost.format', isValid: false })
    expect(getValidationMessage({ code: 'epost.format' })).toBe(
      'Det här ser inte ut som en e-postadress. Kontrollera att den är skriven som namn@exempel.se.',
    )
  })

  it('should refuse a space inside the address', () => {
    expect(checkEpost('anna svensson@exempel.se')).toEqual({
      code: 'epost.format',
      isValid: false,
    })
  })

  it('should refuse a name without @', () => {
    expect(checkEpost('Anna Svensson')).toEqual({ code: 'epost.format', isValid: false })
  })
})
