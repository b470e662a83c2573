/** `19440315-1234` → `19440315-****`: enough to tell two people apart, not to identify one. */
export const maskPersonnummer = (value: unknown): string => {
  if (typeof value !== 'string' || value === '') {
    return ''
  }
  const match = /^(\d{8})[-+]?\d{4}$/.exec(value.trim())
  return match ? `${match[1]}-****` : '****'
}

/** A door code is never shown outside the form that edits it. */
export const maskPortkod = (value: unknown): string =>
  typeof value === 'string' && value !== '' ? '****' : ''
