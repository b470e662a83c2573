import type { FieldHook, PayloadRequest, Validate } from 'payload'

import type { ValidationResult } from '../validation/result'

import { getValidationMessage } from '../validation/messages'

export type Check = (input: string) => ValidationResult

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

export const requiredMessage = (req: PayloadRequest): string => req.t('validation:required')

/** A field `validate` from one of the Swedish checks, with its message in the user's language. */
export const validateWith =
  ({ check, isRequired }: { check: Check; isRequired: boolean }): Validate =>
  (value, { req }) => {
    if (isEmpty(value)) {
      return isRequired ? requiredMessage(req) : true
    }
    const result = check(String(value))
    return result.isValid
      ? true
      : getValidationMessage({ code: result.code, language: req.i18n?.language })
  }

/**
 * Stores the normalised form of valid input; invalid input is kept as typed so that the
 * person sees the message beside what they wrote and nothing is lost.
 */
export const normaliseWith =
  (check: Check): FieldHook =>
  ({ value }) => {
    if (typeof value !== 'string' || isEmpty(value)) {
      return value
    }
    const result = check(value)
    return result.isValid ? result.value : value
  }
