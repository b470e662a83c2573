import type { TextField } from 'payload'

import type { Check } from './validateSwedish'

import { normaliseWith, validateWith } from './validateSwedish'

type SwedishTextFieldArgs = { check: Check; isRequired?: boolean } & Omit<
  TextField,
  'hasMany' | 'maxRows' | 'minRows' | 'required' | 'type' | 'validate'
>

/** A text field whose input is normalised and checked by one of the Swedish validators. */
export const swedishTextField = ({
  check,
  hooks,
  isRequired = false,
  ...field
}: SwedishTextFieldArgs): TextField => ({
  ...field,
  type: 'text',
  hooks: { ...hooks, beforeValidate: [normaliseWith(check), ...(hooks?.beforeValidate ?? [])] },
  required: isRequired,
  validate: validateWith({ check, isRequired }),
})
