import { describe, expect, it } from 'vitest'

import { getValidationMessage, validationMessages } from './messages'

describe('getValidationMessage', () => {
  it('should answer in Swedish when no language is given', () => {
    expect(getValidationMessage({ code: 'medmeraId.format' })).toBe(
      'Medmera-ID ska vara exakt sju siffror, till exempel 1234567.',
    )
  })

  it('should answer in English for en', () => {
    expect(getValidationMessage({ code: 'medmeraId.format', language: 'en' })).toBe(
      'The Medmera ID should be exactly seven digits, for example 1234567.',
    )
  })

  it('should answer in Swedish for a language without translation', () => {
    expect(getValidationMessage({ code: 'postnummer.format', language: 'de' })).toBe(
      'Postnumret ska vara fem siffror, till exempel 123 45.',
    )
  })

  it('should give every code a Swedish and an English message that differ', () => {
    const untranslated = Object.entries(validationMessages).filter(
      ([, { en, sv }]) => en.length === 0 || sv.length === 0 || en === sv,
    )

    expect(untranslated).toEqual([])
  })
})
