import { describe, expect, it } from 'vitest'

import { checkTelefonnummer } from './checkTelefonnummer'
import { getValidationMessage } from './messages'

describe('checkTelefonnummer', () => {
  it('should accept a 0346 fixed line as national digits', () => {
    expect(checkTelefonnummer('0346-88 60 00')).toEqual({ isValid: true, value: '0346886000' })
  })

  it('should accept a Stockholm fixed line', () => {
    expect(checkTelefonnummer('08-123 456 78')).toEqual({ isValid: true, value: '0812345678' })
  })

  it('should accept a mobile written internationally', () => {
    expect(checkTelefonnummer('+46 70 123 45 67')).toEqual({ isValid: true, value: '0701234567' })
  })

  it('should accept an 075 personal number', () => {
    expect(checkTelefonnummer('075-123 45 67')).toEqual({ isValid: true, value: '0751234567' })
  })

  it('should refuse a premium-rate number with the Swedish message', () => {
    const result = checkTelefonnummer('0900-123 456')

    expect(result).toEqual({ code: 'telefonnummer.format', isValid: false })
    expect(getValidationMessage({ code: 'telefonnummer.format' })).toBe(
      'Skriv ett svenskt telefonnummer, till exempel 08-123 456 78 eller 070-123 45 67.',
    )
  })

  it('should refuse a Norwegian number', () => {
    expect(checkTelefonnummer('+47 22 12 34 56')).toEqual({
      code: 'telefonnummer.format',
      isValid: false,
    })
  })

  it('should refuse an 071 machine number', () => {
    expect(checkTelefonnummer('071-123 45 67')).toEqual({
      code: 'telefonnummer.format',
      isValid: false,
    })
  })

  it('should refuse text', () => {
    expect(checkTelefonnummer('saknas')).toEqual({ code: 'telefonnummer.format', isValid: false })
  })
})
