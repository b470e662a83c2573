import type { CollectionConfig } from 'payload'

import { fieldSupportOnly } from '../access/fieldSupportOnly'
import { portalUserOfKontoOrShared } from '../access/portalUserOfKontoOrShared'
import { supportOrAdministrator } from '../access/supportOrAdministrator'
import { supportOrAdministratorOfKonto } from '../access/supportOrAdministratorOfKonto'
import { assignOwnKonto } from '../hooks/assignOwnKonto'
import { hjalpAmneOptions } from '../src/hjalp/amnen'

/**
 * Help pages in rich text. Support writes the shared ones; a konto's administrators write
 * their own, which replace the shared page on the same subject for their staff.
 */
export const Hjalp: CollectionConfig = {
  access: {
    create: supportOrAdministrator,
    delete: supportOrAdministratorOfKonto,
    read: portalUserOfKontoOrShared,
    update: supportOrAdministratorOfKonto,
  },
  admin: {
    defaultColumns: ['titel', 'amne', 'konto', 'visaVidFormular'],
    group: { en: 'Help', sv: 'Hjälp' },
    useAsTitle: 'titel',
  },
  defaultSort: 'ordning',
  fields: [
    { name: 'titel', type: 'text', label: { en: 'Title', sv: 'Rubrik' }, required: true },
    {
      name: 'amne',
      type: 'select',
      index: true,
      label: { en: 'Subject', sv: 'Ämne' },
      options: hjalpAmneOptions,
      required: true,
    },
    {
      name: 'innehall',
      type: 'richText',
      label: { en: 'Content', sv: 'Innehåll' },
      required: true,
    },
    {
      name: 'visaVidFormular',
      type: 'checkbox',
      admin: {
        description: {
          en: 'Shown beside the resident form.',
          sv: 'Visas bredvid slutkundsformuläret.',
        },
        position: 'sidebar',
      },
      defaultValue: true,
      label: { en: 'Show beside the form', sv: 'Visa vid formuläret' },
    },
    {
      name: 'ordning',
      type: 'number',
      admin: { position: 'sidebar' },
      defaultValue: 10,
      label: { en: 'Order', sv: 'Ordning' },
    },
    {
      name: 'konto',
      type: 'relationship',
      access: { create: fieldSupportOnly, update: fieldSupportOnly },
      admin: {
        description: {
          en: 'Empty: shared by every account.',
          sv: 'Tomt: gemensam för alla konton.',
        },
        position: 'sidebar',
      },
      index: true,
      label: { en: 'Account', sv: 'Konto' },
      relationTo: 'konton',
    },
  ],
  hooks: { beforeChange: [assignOwnKonto] },
  labels: {
    plural: { en: 'Help pages', sv: 'Hjälpsidor' },
    singular: { en: 'Help page', sv: 'Hjälpsida' },
  },
  slug: 'hjalp',
  typescript: { interface: 'Hjalpsida' },
}
