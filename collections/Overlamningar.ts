import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * Handla hand-offs: single-use and short-lived. Only the server reads or writes them (with
 * `overrideAccess`); the token itself is never stored, only its keyed hash.
 */
export const Overlamningar: CollectionConfig = {
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'tokenHash', type: 'text', index: true, required: true, unique: true },
    { name: 'slutkund', type: 'relationship', relationTo: 'slutkunder', required: true },
    { name: 'bestallare', type: 'relationship', relationTo: 'bestallare', required: true },
    { name: 'enhet', type: 'relationship', relationTo: 'enheter', required: true },
    { name: 'konto', type: 'relationship', relationTo: 'konton', required: true },
    { name: 'giltigTill', type: 'date', index: true, required: true },
    { name: 'inlostTid', type: 'date' },
    { name: 'inlostAv', type: 'relationship', relationTo: 'integrationer' },
  ],
  graphQL: false,
  labels: {
    plural: { en: 'Hand-offs', sv: 'Överlämningar' },
    singular: { en: 'Hand-off', sv: 'Överlämning' },
  },
  slug: 'overlamningar',
  typescript: { interface: 'Overlamning' },
}
