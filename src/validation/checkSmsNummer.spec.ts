import { describe, expect, it } from 'vitest'

import type { ValidationResult } from './result'

import { checkSmsNummer, isFiktivtNummer } from './checkSmsNummer'
import { getValidationMessage } from './messages'

const FIKTIVT_NUMMER = '0765195442'
const FAST_TELEFON_MESSAGE =
  'Det här är ett fast telefonnummer, och sms kan bara skickas till mobilnummer. Skriv i stället det fasta numret i ”Kommentar till chaufför”.'
const EJ_MOBIL_MESSAGE =
  'Det här numret kan inte ta emot sms. Skriv ett mobilnummer som börjar på 070, 072, 073, 076 eller 079.'
const FORMAT_MESSAGE = 'Skriv ett svenskt mobilnummer, till exempel 070-123 45 67.'

const check = (input: string): ValidationResult =>
  checkSmsNummer({ fiktivtNummer: FIKTIVT_NUMMER, input })

const messageFor = (result: ValidationResult): string | undefined =>
  result.isValid ? undefined : getValidationMessage({ code: result.code })

describe('checkSmsNummer', () => {
  it.each([
    ['+46 70 123 45 67'],
    ['0046701234567'],
    ['070-123 45 67'],
    ['0701234567'],
    ['+46 (0)70-123 45 67'],
  ])('should accept the mobile %s as 0701234567', (input) => {
    expect(check(input)).toEqual({ isValid: true, value: '0701234567' })
  })

  it.each([['0721234567'], ['0731234567'], ['0761234567'], ['0791234567']])(
    'should accept the mobile range of %s',
    (input) => {
      expect(check(input)).toEqual({ isValid: true, value: input })
    },
  )

  it('should accept the konto’s fictive number written another way', () => {
    expect(check('076-519 54 42')).toEqual({ isValid: true, value: '0765195442' })
  })

  it('should accept the konto’s fictive number even when it is not a mobile', () => {
    const result = checkSmsNummer({ fiktivtNummer: '08-500 000 00', input: '0850000000' })

    expect(result).toEqual({ isValid: true, value: '0850000000' })
  })

  it('should refuse a 0346 fixed line and point to Kommentar till chaufför', () => {
    const result = check('0346-88 60 00')

    expect(result).toEqual({ code: 'smsNummer.fastTelefon', isValid: false })
    expect(messageFor(result)).toBe(FAST_TELEFON_MESSAGE)
  })

  it('should refuse a Stockholm fixed line as a landline', () => {
    expect(check('08-123 456 78')).toEqual({ code: 'smsNummer.fastTelefon', isValid: false })
  })

  it('should refuse an 071 number as not a mobile', () => {
    const result = check('071-123 45 67')

    expect(result).toEqual({ code: 'smsNummer.ejMobil', isValid: false })
    expect(messageFor(result)).toBe(EJ_MOBIL_MESSAGE)
  })

  it('should refuse a service number as not a mobile', () => {
    expect(check('0771-17 17 77')).toEqual({ code: 'smsNummer.ejMobil', isValid: false })
  })

  it('should refuse a Norwegian mobile', () => {
    const result = check('+47 412 34 567')

    expect(result).toEqual({ code: 'smsNummer.format', isValid: false })
    expect(messageFor(result)).toBe(FORMAT_MESSAGE)
  })

  it('should refuse a mobile with one digit missing', () => {
    expect(check('070-123 45 6')).toEqual({ code: 'smsNummer.format', isValid: false })
  })

  it('should refuse a number with words around it', () => {
    expect(check('ring 070-123 45 67')).toEqual({ code: 'smsNummer.format', isValid: false })
  })

  it('should refuse an empty value', () => {
    expect(check('')).toEqual({ code: 'smsNummer.format', isValid: false })
  })
})

describe('isFiktivtNummer', () => {
  it('should recognise the fictive number written internationally', () => {
    expect(isFiktivtNummer({ fiktivtNummer: FIKTIVT_NUMMER, value: '+46 76 519 54 42' })).toBe(true)
  })

  it('should not treat another mobile as the fictive number', () => {
    expect(isFiktivtNummer({ fiktivtNummer: FIKTIVT_NUMMER, value: '0701234567' })).toBe(false)
  })

  it('should not match anything when the konto has no fictive number', () => {
    expect(isFiktivtNummer({ fiktivtNummer: '', value: '' })).toBe(false)
  })
})
