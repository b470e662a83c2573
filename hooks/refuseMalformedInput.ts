import type { CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

type Problem = 'control' | 'markup' | 'type'

const messages: Record<Problem, { en: string; sv: string }> = {
  type: { en: 'The value has the wrong type.', sv: 'Värdet har fel typ.' },
  control: {
    en: 'The text contains characters that are not allowed.',
    sv: 'Texten innehåller tecken som inte är tillåtna.',
  },
  markup: {
    en: 'The text may not contain HTML or script.',
    sv: 'Texten får inte innehålla HTML eller skript.',
  },
}

// C0 controls (the null byte first) and DEL; tab and line breaks are ordinary text.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
// A tag, comment or processing instruction: `<b`, `</`, `<!`, `<?`. "<3" stays text.
const markup = /<\s*[a-zA-Z!/?]/

type FieldError = { message: string; path: string }

const isID = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value !== '' && !controlCharacters.test(value))

const isRelationValue = (value: unknown, isPolymorphic: boolean): boolean => {
  if (isID(value)) {
    return true
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return false
  }
  const object = value as Record<string, unknown>
  return isPolymorphic
    ? typeof object.relationTo === 'string' && isRelationValue(object.value, false)
    : Object.keys(object).includes('id') && isID(object.id)
}

const checkText = (value: unknown, isPlainText: boolean): null | Problem => {
  if (typeof value !== 'string') {
    return 'type'
  }
  if (controlCharacters.test(value)) {
    return 'control'
  }
  return isPlainText && markup.test(value) ? 'markup' : null
}

const checkValue = (field: Field, value: unknown): null | Problem => {
  if (value === null || value === undefined || !('name' in field)) {
    return null
  }
  const isMany = 'hasMany' in field && field.hasMany === true
  const each = (check: (item: unknown) => null | Problem) => {
    if (!isMany) {
      return check(value)
    }
    return Array.isArray(value) ? (value.map(check).find(Boolean) ?? null) : 'type'
  }
  switch (field.type) {
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'type'
    case 'code':
    case 'email':
    case 'radio':
      return checkText(value, false)
    case 'date':
      return typeof value === 'string' || value instanceof Date ? null : 'type'
    case 'number':
      return each((item) =>
        typeof item === 'number' || (typeof item === 'string' && Number.isFinite(Number(item)))
          ? null
          : 'type',
      )
    case 'relationship':
    case 'upload':
      return each((item) =>
        isRelationValue(item, Array.isArray(field.relationTo)) ? null : 'type',
      )
    case 'select':
      return each((item) => checkText(item, false))
    case 'text':
    case 'textarea':
      return each((item) => checkText(item, true))
    default:
      return null
  }
}

const collectErrors = (fields: Field[], data: unknown, prefix: string): FieldError[] => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return []
  }
  const values = data as Record<string, unknown>
  return fields.flatMap((field): FieldError[] => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return collectErrors(field.fields, data, prefix)
    }
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? collectErrors(tab.fields, values[tab.name], `${prefix}${tab.name}.`)
          : collectErrors(tab.fields, data, prefix),
      )
    }
    if (!('name' in field) || !(field.name in values) || ('virtual' in field && field.virtual)) {
      return []
    }
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      if (value === null || value === undefined) {
        return []
      }
      return typeof value === 'object' && !Array.isArray(value)
        ? collectErrors(field.fields, value, `${path}.`)
        : [{ message: 'type', path }]
    }
    if (field.type === 'array') {
      // The admin form sends an empty array as its row count, 0.
      if (value === null || value === undefined || value === 0) {
        return []
      }
      return Array.isArray(value)
        ? value.flatMap((row, index) => collectErrors(field.fields, row, `${path}.${index}.`))
        : [{ message: 'type', path }]
    }
    const problem = checkValue(field, value)
    return problem ? [{ message: problem, path }] : []
  })
}

const translate = (errors: FieldError[], req: PayloadRequest): FieldError[] => {
  const language = req.i18n?.language === 'en' ? 'en' : 'sv'
  return errors.map(({ message, path }) => ({
    message: messages[message as Problem][language],
    path,
  }))
}

/**
 * Input from outside (REST, GraphQL, the admin UI) is refused whole, before any hook or
 * query sees it, when a value has the wrong shape for its field: a query operator where an
 * id belongs, an object where text belongs, a null byte, or markup in plain text. Without
 * this, such values reach the database and surface as 500s or as silently mangled text.
 */
export const refuseMalformedInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local' || (operation !== 'create' && operation !== 'update')) {
    return args
  }
  const data: unknown = (args as { data?: unknown }).data
  if (data === undefined) {
    return args
  }
  const errors =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? collectErrors(collection.fields, data, '')
      : [{ message: 'type', path: '' }]
  if (errors.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors: translate(errors, req), req })
  }
  return args
}
