import type { CollectionConfig } from 'payload'

import { bestallareOfEnhet } from '../access/bestallareOfEnhet'
import { fieldSupportOnly } from '../access/fieldSupportOnly'
import { supportOrAdministrator } from '../access/supportOrAdministrator'
import { supportOrAdministratorOfKonto } from '../access/supportOrAdministratorOfKonto'
import { assignOwnKonto } from '../hooks/assignOwnKonto'
import { recordAuditChange, recordAuditDelete } from '../hooks/recordAudit'
import { refuseMalformedInput } from '../hooks/refuseMalformedInput'

export const Enheter: CollectionConfig = {
  access: {
    create: supportOrAdministrator,
    delete: supportOrAdministratorOfKonto,
    read: bestallareOfEnhet({ enhetField: 'id' }),
    update: supportOrAdministratorOfKonto,
  },
  admin: {
    defaultColumns: ['namn', 'konto'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'namn',
  },
  fields: [
    { name: 'namn', type: 'text', index: true, label: { en: 'Name', sv: 'Namn' }, required: true },
    {
      // Fixed once created: slutkunder, orders and messages carry the konto of their enhet.
      name: 'konto',
      type: 'relationship',
      access: { create: fieldSupportOnly, update: () => false },
      index: true,
      label: { en: 'Account', sv: 'Konto' },
      relationTo: 'konton',
      required: true,
    },
    {
      name: 'leveransfonster',
      type: 'join',
      collection: 'leveransfonster',
      label: { en: 'Delivery windows', sv: 'Leveransfönster' },
      on: 'enhet',
    },
  ],
  hooks: {
    afterChange: [recordAuditChange],
    afterDelete: [recordAuditDelete],
    beforeChange: [assignOwnKonto],
    beforeOperation: [refuseMalformedInput],
  },
  labels: {
    plural: { en: 'Units', sv: 'Enheter' },
    singular: { en: 'Unit', sv: 'Enhet' },
  },
  slug: 'enheter',
  typescript: { interface: 'Enhet' },
}
