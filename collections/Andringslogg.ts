import type { CollectionConfig } from 'payload'

import { supportOrAdministratorOfKonto } from '../access/supportOrAdministratorOfKonto'
import { auditedCollections, auditOperations } from '../hooks/recordAudit'

const never = () => false

/**
 * The audit trail: who created, changed or removed what, and when. Written only by the
 * `recordAudit` hooks (with overrideAccess); it keeps plain ids rather than relationships so
 * that removing a slutkund or a user never removes its history.
 */
export const Andringslogg: CollectionConfig = {
  access: {
    create: never,
    delete: never,
    read: supportOrAdministratorOfKonto,
    update: never,
  },
  admin: {
    defaultColumns: ['createdAt', 'samling', 'dokumentId', 'operation', 'anvandareId', 'falt'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'dokumentId',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'samling',
      type: 'select',
      index: true,
      label: { en: 'Collection', sv: 'Samling' },
      options: auditedCollections.map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'dokumentId',
      type: 'text',
      index: true,
      label: { en: 'Document id', sv: 'Dokumentets id' },
      required: true,
    },
    {
      name: 'operation',
      type: 'select',
      label: { en: 'Operation', sv: 'Åtgärd' },
      options: auditOperations.map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'anvandareSamling',
      type: 'text',
      label: { en: 'Done by (collection)', sv: 'Utförd av (samling)' },
      required: true,
    },
    { name: 'anvandareId', type: 'text', label: { en: 'Done by (id)', sv: 'Utförd av (id)' } },
    {
      name: 'konto',
      type: 'relationship',
      index: true,
      label: { en: 'Account', sv: 'Konto' },
      relationTo: 'konton',
    },
    {
      name: 'falt',
      type: 'text',
      admin: { description: { en: 'Changed fields', sv: 'Ändrade fält' } },
      hasMany: true,
      label: { en: 'Fields', sv: 'Fält' },
    },
    {
      // [{ falt, fore, efter }]; personnummer and portkod are stored masked.
      name: 'andringar',
      type: 'json',
      label: { en: 'Changes', sv: 'Ändringar' },
    },
  ],
  labels: {
    plural: { en: 'Audit trail', sv: 'Ändringslogg' },
    singular: { en: 'Audit entry', sv: 'Ändring' },
  },
  slug: 'andringslogg',
  typescript: { interface: 'Andring' },
}
