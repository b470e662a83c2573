import { describe, expect, it } from 'vitest'

import { checkPostnummer } from './checkPostnummer'
import { getValidationMessage } from './messages'

describe('checkPostnummer', () => {
  it('should remove the space in 311 32', () => {
    expect(checkPostnummer('311 32')).toEqual({ isValid: true, value: '31132' })
  })

  it('should accept five digits together', () => {
    expect(checkPostnummer('98499')).toEqual({ isValid: true, value: '98499' })
  })

  it('should trim spaces around the postcode', () => {
    expect(checkPostnummer(' 123 45 ')).toEqual({ isValid: true, value: '12345' })
  })

  it('should refuse 01234 because Swedish postcodes never start with 0', () => {
    const result = checkPostnummer('01234')

    expect(result).toEqual({ code: 'postnummer.invalid', isValid: false })
    expect(getValidationMessage({ code: 'postnummer.invalid' })).toBe(
      'Svenska postnummer börjar aldrig på 0. Kontrollera postnumret.',
    )
  })

  it('should refuse 012 34 written with a space', () => {
    expect(checkPostnummer('012 34')).toEqual({ code: 'postnummer.invalid', isValid: false })
  })

  it('should refuse four digits', () => {
    const result = checkPostnummer('1234')

    expect(result).toEqual({ code: 'postnummer.format', isValid: false })
    expect(getValidationMessage({ code: 'postnummer.format' })).toBe(
      'Postnumret ska vara fem siffror, till exempel 123 45.',
    )
  })

  it('should refuse six digits', () => {
    expect(checkPostnummer('123456')).toEqual({ code: 'postnummer.format', isValid: false })
  })

  it('should refuse letters', () => {
    expect(checkPostnummer('12a45')).toEqual({ code: 'postnummer.format', isValid: false })
  })
})
