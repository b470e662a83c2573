import type { CollectionConfig } from 'payload'

import { bestallareOfEnhet } from '../access/bestallareOfEnhet'
import { utskickKanaler, utskickMallar, utskickStatusar } from '../src/messages/utskickTypes'

const never = () => false

/**
 * The message log: one row per SMS or e-mail the portal attempts. Written by the server only
 * (with overrideAccess); people read it, nobody edits it.
 */
export const Utskick: CollectionConfig = {
  access: {
    create: never,
    delete: never,
    read: bestallareOfEnhet({ enhetField: 'enhet' }),
    update: never,
  },
  admin: {
    defaultColumns: ['planeradTid', 'kanal', 'mall', 'mottagare', 'status', 'skickadTid'],
    group: { en: 'Administration', sv: 'Administration' },
    listSearchableFields: ['mottagare', 'mall', 'status'],
    useAsTitle: 'mottagare',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'kanal',
      type: 'select',
      index: true,
      label: { en: 'Channel', sv: 'Kanal' },
      options: utskickKanaler.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    {
      name: 'mall',
      type: 'select',
      index: true,
      label: { en: 'Kind', sv: 'Typ' },
      options: utskickMallar.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    { name: 'mottagare', type: 'text', label: { en: 'Recipient', sv: 'Mottagare' } },
    {
      name: 'slutkund',
      type: 'relationship',
      index: true,
      label: { en: 'Resident', sv: 'Slutkund' },
      relationTo: 'slutkunder',
    },
    {
      name: 'order',
      type: 'relationship',
      index: true,
      label: { en: 'Order', sv: 'Beställning' },
      relationTo: 'ordrar',
    },
    {
      name: 'bestallare',
      type: 'relationship',
      label: { en: 'User', sv: 'Användare' },
      relationTo: 'bestallare',
    },
    {
      name: 'konto',
      type: 'relationship',
      index: true,
      label: { en: 'Account', sv: 'Konto' },
      relationTo: 'konton',
    },
    {
      name: 'enhet',
      type: 'relationship',
      index: true,
      label: { en: 'Unit', sv: 'Enhet' },
      relationTo: 'enheter',
    },
    {
      name: 'planeradTid',
      type: 'date',
      admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' } },
      index: true,
      label: { en: 'Planned for', sv: 'Planerad' },
    },
    {
      name: 'skickadTid',
      type: 'date',
      admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' } },
      label: { en: 'Sent', sv: 'Skickad' },
    },
    {
      name: 'status',
      type: 'select',
      index: true,
      label: { en: 'Outcome', sv: 'Status' },
      options: utskickStatusar.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    {
      name: 'leverantorsId',
      type: 'text',
      label: { en: 'Provider id', sv: 'Leverantörens id' },
    },
    { name: 'fel', type: 'text', label: { en: 'Error', sv: 'Fel' } },
    {
      name: 'forsok',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Attempts', sv: 'Försök' },
    },
    { name: 'amne', type: 'text', label: { en: 'Subject', sv: 'Ämne' } },
    {
      name: 'innehall',
      type: 'textarea',
      admin: {
        description: {
          en: 'The text as it was (or would have been) sent.',
          sv: 'Texten som den skickades (eller skulle ha skickats).',
        },
      },
      label: { en: 'Text', sv: 'Text' },
    },
    {
      // One message per kind and subject (`<mall>/<id>`): the unique index stops a second
      // planner from logging, and so from sending, the same message again.
      name: 'dedupeKey',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
      unique: true,
    },
    {
      // The queued job that may send this row; a re-plan or cancellation replaces it, so a
      // stale job finds nothing to claim.
      name: 'planId',
      type: 'text',
      admin: { hidden: true },
      index: true,
    },
  ],
  labels: {
    plural: { en: 'Message log', sv: 'Utskick' },
    singular: { en: 'Message', sv: 'Utskick' },
  },
  slug: 'utskick',
  typescript: { interface: 'Utskick' },
}
