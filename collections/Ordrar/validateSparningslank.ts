import type { TextFieldSingleValidation } from 'payload'

import { getPortalMessage } from '../../src/i18n/portalMessages'

const isWebAddress = (value: string): boolean => {
  try {
    const { protocol } = new URL(value)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

export const validateSparningslank: TextFieldSingleValidation = (value, { req }) =>
  !value || isWebAddress(value)
    ? true
    : getPortalMessage({ key: 'ordrar.sparningslankFormat', language: req.i18n?.language })
