import type { CollectionConfig } from 'payload'

import { anyPortalUser } from '../access/anyPortalUser'
import { supportOnly } from '../access/supportOnly'
import { getUploadsDir } from '../src/documents/uploadsDir'

/** Forms the portal hands out (the autogiro consent); downloads only for logged-in users. */
export const Dokument: CollectionConfig = {
  access: {
    create: supportOnly,
    delete: supportOnly,
    read: anyPortalUser,
    update: supportOnly,
  },
  admin: {
    defaultColumns: ['titel', 'typ', 'filename'],
    group: { en: 'Help', sv: 'Hjälp' },
    useAsTitle: 'titel',
  },
  fields: [
    { name: 'titel', type: 'text', label: { en: 'Title', sv: 'Rubrik' }, required: true },
    {
      name: 'typ',
      type: 'select',
      defaultValue: 'ovrigt',
      index: true,
      label: { en: 'Kind', sv: 'Typ' },
      options: [
        { label: { en: 'Direct debit form', sv: 'Autogiroanmälan' }, value: 'autogiro' },
        { label: { en: 'Other', sv: 'Övrigt' }, value: 'ovrigt' },
      ],
      required: true,
    },
    {
      name: 'mottagare',
      type: 'textarea',
      admin: {
        description: {
          en: 'Where the filled-in form is sent.',
          sv: 'Vart den ifyllda blanketten skickas.',
        },
      },
      label: { en: 'Send to', sv: 'Skickas till' },
    },
    {
      name: 'epost',
      type: 'email',
      label: { en: 'Or by e-mail to', sv: 'Eller med e-post till' },
    },
  ],
  labels: {
    plural: { en: 'Documents', sv: 'Dokument' },
    singular: { en: 'Document', sv: 'Dokument' },
  },
  slug: 'dokument',
  typescript: { interface: 'Dokument' },
  upload: { mimeTypes: ['application/pdf'], staticDir: getUploadsDir() },
}
