import { describe, expect, it } from 'vitest'

import type { ValidationResult } from './result'

import { checkPersonnummer } from './checkPersonnummer'
import { getValidationMessage } from './messages'

const INVALID_MESSAGE =
  'Personnumret stämmer inte. Kontrollera datumet och de fyra sista siffrorna.'
const FORMAT_MESSAGE = 'Personnumret går inte att läsa. Skriv det som ÅÅÅÅMMDD-XXXX.'

const messageFor = (result: ValidationResult): string | undefined =>
  result.isValid ? undefined : getValidationMessage({ code: result.code })

/** Luhn over YYMMDDNNN, as Skatteverket computes the last digit. */
const computeCheckDigit = (nineDigits: string): number => {
  const sum = [...nineDigits].reduce((total, digit, index) => {
    const product = Number(digit) * (index % 2 === 0 ? 2 : 1)

    return total + (product > 9 ? product - 9 : product)
  }, 0)

  return (10 - (sum % 10)) % 10
}

// Seeded xorshift so that a failure can be reproduced.
const createRandom = (seed: number) => {
  let state = seed >>> 0

  return (min: number, max: number): number => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0

    return min + (state % (max - min + 1))
  }
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0')

const generatePersonnummer = (random: (min: number, max: number) => number) => {
  const currentYear = new Date().getFullYear()
  const year = random(currentYear - 199, currentYear - 1)
  const month = random(1, 12)
  const day = random(1, new Date(year, month, 0).getDate())
  const isSamordningsnummer = random(0, 3) === 0
  const dayPart = pad(isSamordningsnummer ? day + 60 : day)
  const datePart = `${pad(year % 100)}${pad(month)}${dayPart}`
  const serial = pad(random(1, 999), 3)
  const check = computeCheckDigit(`${datePart}${serial}`)
  const separator = currentYear - year >= 100 ? '+' : '-'

  return {
    long: `${year}${pad(month)}${dayPart}-${serial}${check}`,
    short: `${datePart}${separator}${serial}${check}`,
  }
}

describe('checkPersonnummer', () => {
  it('should accept Skatteverket’s test number in long form unchanged', () => {
    expect(checkPersonnummer('19121212-1212')).toEqual({ isValid: true, value: '19121212-1212' })
  })

  it('should read a 10-digit number without separator as born within the last 100 years', () => {
    expect(checkPersonnummer('1212121212')).toEqual({ isValid: true, value: '20121212-1212' })
  })

  it('should read a short form with + as born 100 or more years ago', () => {
    expect(checkPersonnummer('121212+1212')).toEqual({ isValid: true, value: '19121212-1212' })
  })

  it('should normalise a 12-digit number written with + to a dash', () => {
    expect(checkPersonnummer('19121212+1212')).toEqual({ isValid: true, value: '19121212-1212' })
  })

  it('should accept 12 digits without separator', () => {
    expect(checkPersonnummer('191212121212')).toEqual({ isValid: true, value: '19121212-1212' })
  })

  it('should remove spaces around and inside the number', () => {
    expect(checkPersonnummer(' 19121212 1212 ')).toEqual({ isValid: true, value: '19121212-1212' })
  })

  it('should accept a typographic dash pasted from a document', () => {
    expect(checkPersonnummer('19121212–1212')).toEqual({ isValid: true, value: '19121212-1212' })
  })

  it('should accept a samordningsnummer and keep its day plus 60', () => {
    expect(checkPersonnummer('19701063-2391')).toEqual({ isValid: true, value: '19701063-2391' })
  })

  it('should give a short samordningsnummer its century', () => {
    expect(checkPersonnummer('701063-2391')).toEqual({ isValid: true, value: '19701063-2391' })
  })

  it('should refuse a wrong check digit', () => {
    const result = checkPersonnummer('19121212-1213')

    expect(result).toEqual({ code: 'personnummer.invalid', isValid: false })
    expect(messageFor(result)).toBe(INVALID_MESSAGE)
  })

  it('should refuse 31 February even with a correct check digit', () => {
    expect(computeCheckDigit('900231123')).toBe(2)

    const result = checkPersonnummer('19900231-1232')

    expect(result).toEqual({ code: 'personnummer.invalid', isValid: false })
    expect(messageFor(result)).toBe(INVALID_MESSAGE)
  })

  it('should refuse letters', () => {
    const result = checkPersonnummer('19121212-12AB')

    expect(result).toEqual({ code: 'personnummer.format', isValid: false })
    expect(messageFor(result)).toBe(FORMAT_MESSAGE)
  })

  it('should refuse too few digits', () => {
    const result = checkPersonnummer('121212-121')

    expect(result).toEqual({ code: 'personnummer.format', isValid: false })
    expect(messageFor(result)).toBe(FORMAT_MESSAGE)
  })

  it('should refuse an empty value as unreadable', () => {
    expect(checkPersonnummer('')).toEqual({ code: 'personnummer.format', isValid: false })
  })

  it('should accept and round-trip 200 generated valid numbers in long and short form', () => {
    const random = createRandom(20121212)
    const generated = Array.from({ length: 200 }, () => generatePersonnummer(random))

    for (const { long, short } of generated) {
      expect(checkPersonnummer(long), long).toEqual({ isValid: true, value: long })
      expect(checkPersonnummer(short), short).toEqual({ isValid: true, value: long })
    }

    expect(generated.some(({ short }) => short.includes('+'))).toBe(true)
    expect(generated.some(({ long }) => Number(long.slice(6, 8)) > 60)).toBe(true)
  })

  it('should refuse every generated valid number once its check digit is changed', () => {
    const random = createRandom(19121212)

    for (let index = 0; index < 200; index += 1) {
      const { long } = generatePersonnummer(random)
      const check = Number(long.slice(-1))

      for (let offset = 1; offset <= 9; offset += 1) {
        const changed = `${long.slice(0, -1)}${(check + offset) % 10}`

        expect(checkPersonnummer(changed), changed).toEqual({
          code: 'personnummer.invalid',
          isValid: false,
        })
      }
    }
  })
})
