import type { CollectionConfig } from 'payload'

import { anyOf } from '../../access/anyOf'
import { bestallareOfEnhet } from '../../access/bestallareOfEnhet'
import { integrationOrSupport } from '../../access/integrationOrSupport'
import { versionsOf } from '../../access/versionsOf'
import { planDeliverySms } from '../../hooks/planDeliverySms'
import { recordAuditChange } from '../../hooks/recordAudit'
import { refuseMalformedInput } from '../../hooks/refuseMalformedInput'
import { sendOrderConfirmation } from '../../hooks/sendOrderConfirmation'
import { orderStatusOptions } from '../../src/orderStatus'
import { createOrderEndpoint } from './createOrderEndpoint'
import { enforceStatusFlow } from './enforceStatusFlow'
import { fillOrderFromSlutkund } from './fillOrderFromSlutkund'
import { logOrderChange } from './logOrderChange'
import { makuleraEndpoint } from './makuleraOrder'
import { markLatestOrder } from './markLatestOrder'
import { recordChangedBy } from './recordChangedBy'
import { validateSparningslank } from './validateSparningslank'

const serverSet = { create: () => false, update: () => false }
const fixedAfterCreate = { update: () => false }

const readOrdrar = anyOf(bestallareOfEnhet({ enhetField: 'enhet' }), integrationOrSupport)

export const Ordrar: CollectionConfig = {
  access: {
    create: integrationOrSupport,
    // Orders are never removed: they are the konto's record of purchases and invoices.
    delete: () => false,
    read: readOrdrar,
    // Payload lets any logged-in user read every version unless this is set.
    readVersions: versionsOf(readOrdrar),
    update: integrationOrSupport,
  },
  admin: {
    defaultColumns: ['ordernummer', 'slutkund', 'leveransdatum', 'status', 'belopp'],
    useAsTitle: 'ordernummer',
  },
  endpoints: [createOrderEndpoint, makuleraEndpoint],
  fields: [
    {
      name: 'ordernummer',
      type: 'text',
      access: fixedAfterCreate,
      index: true,
      label: { en: 'Order number', sv: 'Ordernummer' },
      required: true,
      unique: true,
    },
    {
      name: 'slutkund',
      type: 'relationship',
      access: fixedAfterCreate,
      index: true,
      label: { en: 'Resident', sv: 'Slutkund' },
      relationTo: 'slutkunder',
    },
    {
      name: 'enhet',
      type: 'relationship',
      access: serverSet,
      index: true,
      label: { en: 'Unit', sv: 'Enhet' },
      relationTo: 'enheter',
    },
    {
      name: 'konto',
      type: 'relationship',
      access: serverSet,
      index: true,
      label: { en: 'Account', sv: 'Konto' },
      relationTo: 'konton',
    },
    {
      name: 'bestallare',
      type: 'relationship',
      label: { en: 'Orderer', sv: 'Beställare' },
      relationTo: 'bestallare',
    },
    {
      name: 'leveransdatum',
      type: 'date',
      admin: { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
      index: true,
      label: { en: 'Delivery date', sv: 'Leveransdatum' },
      required: true,
    },
    {
      name: 'leveransfonster',
      type: 'relationship',
      label: { en: 'Delivery window', sv: 'Leveransfönster' },
      relationTo: 'leveransfonster',
    },
    {
      name: 'stopptid',
      type: 'date',
      access: serverSet,
      admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' } },
      label: { en: 'Cut-off', sv: 'Stopptid' },
      required: true,
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'mottagen',
      index: true,
      label: { en: 'Status', sv: 'Status' },
      options: orderStatusOptions,
      required: true,
    },
    { name: 'belopp', type: 'number', label: { en: 'Amount (SEK)', sv: 'Belopp (kr)' }, min: 0 },
    {
      name: 'sparningslank',
      type: 'text',
      label: { en: 'Tracking link', sv: 'Spårningslänk' },
      validate: validateSparningslank,
    },
    {
      name: 'leverans',
      type: 'group',
      access: serverSet,
      admin: {
        description: {
          en: 'The delivery details as they were when the order was placed.',
          sv: 'Leveransuppgifterna som de var när ordern lades.',
        },
      },
      fields: [
        { name: 'namn', type: 'text', label: { en: 'Name', sv: 'Namn' } },
        { name: 'gatuadress', type: 'text', label: { en: 'Street address', sv: 'Gatuadress' } },
        { name: 'postnummer', type: 'text', label: { en: 'Postcode', sv: 'Postnummer' } },
        { name: 'ort', type: 'text', label: { en: 'Town', sv: 'Ort' } },
        { name: 'portkod', type: 'text', label: { en: 'Door code', sv: 'Portkod' } },
        {
          name: 'kommentarChauffor',
          type: 'text',
          label: { en: 'Comment for the driver', sv: 'Kommentar till chaufför' },
        },
      ],
      label: { en: 'Delivery', sv: 'Leverans' },
    },
    {
      name: 'makuleradAv',
      type: 'relationship',
      access: serverSet,
      label: { en: 'Cancelled by', sv: 'Makulerad av' },
      relationTo: 'bestallare',
    },
    {
      name: 'makuleradTid',
      type: 'date',
      access: serverSet,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { en: 'Cancelled at', sv: 'Makulerad' },
    },
    {
      name: 'senastAndradAv',
      type: 'relationship',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Last changed by', sv: 'Senast ändrad av' },
      relationTo: ['bestallare', 'integrationer'],
    },
    {
      // The newest order of its slutkund; read by the start page (see markLatestOrder).
      name: 'senaste',
      type: 'checkbox',
      access: serverSet,
      admin: { hidden: true },
      defaultValue: false,
      index: true,
    },
  ],
  hooks: {
    afterChange: [
      markLatestOrder,
      logOrderChange,
      planDeliverySms,
      sendOrderConfirmation,
      recordAuditChange,
    ],
    beforeChange: [fillOrderFromSlutkund, enforceStatusFlow, recordChangedBy],
    beforeOperation: [refuseMalformedInput],
  },
  indexes: [{ fields: ['slutkund', 'senaste'] }],
  labels: {
    plural: { en: 'Orders', sv: 'Beställningar' },
    singular: { en: 'Order', sv: 'Beställning' },
  },
  slug: 'ordrar',
  typescript: { interface: 'Order' },
  versions: { maxPerDoc: 50 },
}
