import { describe, expect, it } from 'vitest'

import { maskPersonnummer, maskPortkod } from './mask'

describe('maskPersonnummer', () => {
  it('should keep the date and hide the last four digits', () => {
    expect(maskPersonnummer('19440315-1234')).toBe('19440315-****')
  })

  it('should hide everything of a value that is not a stored personnummer', () => {
    expect(maskPersonnummer('4403151234x')).toBe('****')
  })

  it('should give an empty string for no value', () => {
    expect(maskPersonnummer(null)).toBe('')
  })
})

describe('maskPortkod', () => {
  it('should hide a door code completely', () => {
    expect(maskPortkod('1234B')).toBe('****')
  })
})
