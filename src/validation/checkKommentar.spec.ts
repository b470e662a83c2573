import { describe, expect, it } from 'vitest'

import { checkKommentar } from './checkKommentar'
import { getValidationMessage } from './messages'

describe('checkKommentar', () => {
  it('should trim the comment', () => {
    const result = checkKommentar({ input: '  Ring på dörrklockan, kunden hör dåligt \n' })

    expect(result).toEqual({ isValid: true, value: 'Ring på dörrklockan, kunden hör dåligt' })
  })

  it('should accept 100 å as 100 characters', () => {
    expect(checkKommentar({ input: 'å'.repeat(100) })).toEqual({
      isValid: true,
      value: 'å'.repeat(100),
    })
  })

  it('should count an emoji as one character', () => {
    const input = '🥛'.repeat(100)

    expect(checkKommentar({ input })).toEqual({ isValid: true, value: input })
  })

  it('should count a decomposed å as one character and store it composed', () => {
    const result = checkKommentar({ input: 'a\u030a'.repeat(100) })

    expect(result).toEqual({ isValid: true, value: 'å'.repeat(100) })
  })

  it('should refuse 101 characters', () => {
    const result = checkKommentar({ input: 'ö'.repeat(101) })

    expect(result).toEqual({ code: 'kommentar.forLang', isValid: false })
    expect(getValidationMessage({ code: 'kommentar.forLang' })).toBe(
      'Kommentaren är för lång. Den får vara högst 100 tecken – korta gärna ner den lite.',
    )
  })

  it('should not count spaces around the comment', () => {
    const input = ` ${'x'.repeat(100)} `

    expect(checkKommentar({ input })).toEqual({ isValid: true, value: 'x'.repeat(100) })
  })

  it('should use a smaller limit when given one', () => {
    expect(checkKommentar({ input: 'Gluten', max: 5 })).toEqual({
      code: 'kommentar.forLang',
      isValid: false,
    })
  })

  it('should accept an empty comment', () => {
    expect(checkKommentar({ input: '' })).toEqual({ isValid: true, value: '' })
  })
})
