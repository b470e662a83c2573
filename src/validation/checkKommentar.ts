import type { ValidationResult } from './result'

import { accept, refuse } from './result'

export const checkKommentar = ({
  input,
  max = 100,
}: {
  input: string
  max?: number
}): ValidationResult => {
  // NFC first: a Mac may send "å" as "a" plus a combining ring, which would count twice.
  const value = input.normalize('NFC').trim()
  const codePoints = [...value].length

  return codePoints <= max ? accept(value) : refuse('kommentar.forLang')
}
