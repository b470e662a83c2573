import { z } from 'zod'

import type { ValidationResult } from './result'

import { accept, refuse } from './result'

const ZEpost = z.email()

export const checkEpost = (input: string): ValidationResult => {
  const value = input.trim().toLowerCase()

  return ZEpost.safeParse(value).success ? accept(value) : refuse('epost.format')
}
