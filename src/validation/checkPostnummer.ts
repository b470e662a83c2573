import type { ValidationResult } from './result'

import { accept, refuse } from './result'

const SHAPE = /^\d{3} ?\d{2}$/

export const checkPostnummer = (input: string): ValidationResult => {
  const trimmed = input.trim()

  if (!SHAPE.test(trimmed)) {
    return refuse('postnummer.format')
  }

  const digits = trimmed.replace(' ', '')

  return digits.startsWith('0') ? refuse('postnummer.invalid') : accept(digits)
}
