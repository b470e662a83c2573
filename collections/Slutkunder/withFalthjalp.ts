import type { Field } from 'payload'

import { falthjalpOptions } from '../../src/konto/falthjalp'

const helpedFields = new Set<string>(falthjalpOptions.map(({ value }) => value))

const faltHjalpPath = '/src/components/hjalp/FaltHjalp#FaltHjalp'

const withHelp = (field: Field): Field => {
  if ('fields' in field && field.type !== 'array' && field.type !== 'group') {
    return { ...field, fields: field.fields.map(withHelp) } as Field
  }
  if (!('name' in field) || !helpedFields.has(field.name) || field.type === 'group') {
    return field
  }
  const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
  return {
    ...field,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        afterInput: [{ clientProps: { falt: field.name }, path: faltHjalpPath }],
      },
    },
  } as Field
}

/** Puts the konto's own help text (Konton → Hjälptexter för fält) under each field it names. */
export const withFalthjalp = (fields: Field[]): Field[] => fields.map(withHelp)
