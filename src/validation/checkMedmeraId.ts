import type { ValidationResult } from './result'

import { accept, refuse } from './result'

export const checkMedmeraId = (input: string): ValidationResult => {
  const digits = input.replace(/\s/g, '')

  return /^\d{7}$/.test(digits) ? accept(digits) : refuse('medmeraId.format')
}
