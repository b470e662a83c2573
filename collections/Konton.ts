import type { CollectionConfig } from 'payload'

import { supportOnly } from '../access/supportOnly'
import { supportOrOwnKonto } from '../access/supportOrOwnKonto'
import { betalsattOptions, betalsattValues } from '../src/betalsatt'
import { swedishTextField } from '../src/fields/swedishTextField'
import { defaultFiktivtMobilnummer } from '../src/konto/defaults'
import { checkTelefonnummer } from '../src/validation/checkTelefonnummer'

export const Konton: CollectionConfig = {
  access: {
    create: supportOnly,
    delete: supportOnly,
    read: supportOrOwnKonto,
    update: supportOnly,
  },
  admin: {
    defaultColumns: ['namn', 'organisationsnummer', 'betalsatt'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'namn',
  },
  fields: [
    { name: 'namn', type: 'text', label: { en: 'Name', sv: 'Namn' }, required: true },
    {
      name: 'organisationsnummer',
      type: 'text',
      label: { en: 'Organisation number', sv: 'Organisationsnummer' },
    },
    {
      name: 'betalsatt',
      type: 'select',
      defaultValue: [...betalsattValues],
      hasMany: true,
      label: { en: 'Payment methods in the agreement', sv: 'Betalsätt enligt avtalet' },
      options: betalsattOptions,
    },
    {
      name: 'anvanderKanHandlaSjalv',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Uses “Can shop on their own”', sv: 'Använder ”Kan handla själv”' },
    },
    {
      name: 'fiktivtMobilnummer',
      type: 'text',
      admin: {
        description: {
          en: 'Used for residents without a mobile. No SMS is ever sent to it.',
          sv: 'Används för slutkunder utan mobil. Inga SMS skickas någonsin till numret.',
        },
      },
      defaultValue: defaultFiktivtMobilnummer,
      label: { en: 'Fictive mobile number', sv: 'Fiktivt mobilnummer' },
    },
    swedishTextField({
      name: 'bestallareTelefon',
      check: checkTelefonnummer,
      label: {
        en: 'Default phone for new orderers',
        sv: 'Förvalt telefonnummer för nya beställare',
      },
    }),
  ],
  labels: {
    plural: { en: 'Accounts', sv: 'Konton' },
    singular: { en: 'Account', sv: 'Konto' },
  },
  slug: 'konton',
  typescript: { interface: 'Konto' },
}
