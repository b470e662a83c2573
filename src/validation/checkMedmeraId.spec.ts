import { describe, expect, it } from 'vitest'

import { checkMedmeraId } from './checkMedmeraId'
import { getValidationMessage } from './messages'

describe('checkMedmeraId', () => {
  it('should accept seven digits', () => {
    expect(checkMedmeraId('1234567')).toEqual({ isValid: true, value: '1234567' })
  })

  it('should remove spaces', () => {
    expect(checkMedmeraId(' 123 45 67 ')).toEqual({ isValid: true, value: '1234567' })
  })

  it('should refuse six digits', () => {
    const result = checkMedmeraId('123456')

    expect(result).toEqual({ code: 'medmeraId.format', isValid: false })
    expect(getValidationMessage({ code: 'medmeraId.format' })).toBe(
      'Medmera-ID ska vara exakt sju siffror, till exempel 1234567.',
    )
  })

  it('should refuse eight digits', () => {
    expect(checkMedmeraId('12345678')).toEqual({ code: 'medmeraId.format', isValid: false })
  })

  it('should refuse letters', () => {
    expect(checkMedmeraId('12345AB')).toEqual({ code: 'medmeraId.format', isValid: false })
  })
})
