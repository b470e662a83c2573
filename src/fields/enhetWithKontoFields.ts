import type { Field } from 'payload'

import { validateEnhetForUser } from './validateEnhetForUser'

/**
 * The enhet a document hangs off, checked against what the user may use, and its konto,
 * which only `hooks/assignKontoFromEnhet` writes: row-level access filters on it.
 */
export const enhetWithKontoFields: Field[] = [
  {
    name: 'enhet',
    type: 'relationship',
    index: true,
    label: { en: 'Unit', sv: 'Enhet' },
    relationTo: 'enheter',
    required: true,
    validate: validateEnhetForUser,
  },
  {
    name: 'konto',
    type: 'relationship',
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
    index: true,
    relationTo: 'konton',
  },
]
