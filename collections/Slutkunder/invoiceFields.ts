import type { Field, TextField, Validate } from 'payload'

import type { Check } from '../../src/fields/validateSwedish'

import { isInvoiceBetalsatt } from '../../src/betalsatt'
import { normaliseWith, validateWith } from '../../src/fields/validateSwedish'
import { canUserSeeFaktura } from './kontoSettings'

/**
 * Required only while the slutkund pays by invoice; hidden otherwise. A beställare whose
 * konto hides the invoice recipient leaves it to the administrators.
 */
const requiredWhenInvoiced =
  (check?: Check): Validate =>
  async (value, options) => {
    const isInvoiced = isInvoiceBetalsatt((options.data as { betalsatt?: string }).betalsatt)
    if (!isInvoiced || !(await canUserSeeFaktura(options.req))) {
      return true
    }
    if (check) {
      return validateWith({ check, isRequired: true })(value, options)
    }
    return value ? true : options.req.t('validation:required')
  }

const optionalChecked =
  (check: Check): Validate =>
  (value, options) =>
    validateWith({ check, isRequired: false })(value, options)

type InvoiceFieldArgs = { check?: Check; isRequired?: boolean } & Pick<
  TextField,
  'admin' | 'label' | 'name'
>

export const invoiceField = ({ check, isRequired = false, ...field }: InvoiceFieldArgs): Field => ({
  ...field,
  type: 'text',
  hooks: check ? { beforeValidate: [normaliseWith(check)] } : undefined,
  validate: isRequired ? requiredWhenInvoiced(check) : check ? optionalChecked(check) : undefined,
})
