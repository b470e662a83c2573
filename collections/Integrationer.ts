import type { CollectionConfig } from 'payload'

import { supportOnly } from '../access/supportOnly'
import { hideApiKey } from '../hooks/hideApiKey'

/** The web shop and the delivery system: machine clients that authenticate by API key only. */
export const Integrationer: CollectionConfig = {
  access: {
    admin: () => false,
    create: supportOnly,
    delete: supportOnly,
    read: supportOnly,
    update: supportOnly,
  },
  admin: {
    defaultColumns: ['namn', 'typ', 'konton'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'namn',
  },
  auth: {
    disableLocalStrategy: true,
    useAPIKey: true,
  },
  fields: [
    { name: 'namn', type: 'text', label: { en: 'Name', sv: 'Namn' }, required: true },
    {
      name: 'typ',
      type: 'select',
      label: { en: 'Type', sv: 'Typ' },
      options: [
        { label: { en: 'Web shop', sv: 'Butik' }, value: 'butik' },
        { label: { en: 'Delivery system', sv: 'Leverans' }, value: 'leverans' },
      ],
      required: true,
    },
    {
      name: 'konton',
      type: 'relationship',
      admin: {
        description: {
          en: 'The accounts this client may act for. Empty means all.',
          sv: 'De konton klienten får agera för. Tomt betyder alla.',
        },
      },
      hasMany: true,
      label: { en: 'Accounts', sv: 'Konton' },
      relationTo: 'konton',
    },
  ],
  hooks: { afterRead: [hideApiKey] },
  labels: {
    plural: { en: 'Integrations', sv: 'Integrationer' },
    singular: { en: 'Integration', sv: 'Integration' },
  },
  slug: 'integrationer',
  typescript: { interface: 'Integration' },
}
