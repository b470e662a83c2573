import type { CollectionConfig, Validate } from 'payload'

import { fieldSupportOnly } from '../access/fieldSupportOnly'
import { supportOnly } from '../access/supportOnly'
import { supportOrOwnKonto } from '../access/supportOrOwnKonto'
import { supportOrOwnKontoAdministrator } from '../access/supportOrOwnKontoAdministrator'
import { recordAuditChange, recordAuditDelete } from '../hooks/recordAudit'
import { refuseMalformedInput } from '../hooks/refuseMalformedInput'
import { betalsattOptions, betalsattValues } from '../src/betalsatt'
import { forgetRequestReads, forgetRequestReadsOnDelete } from '../src/db/requestReads'
import { isTid } from '../src/delivery/validateTid'
import { swedishTextField } from '../src/fields/swedishTextField'
import { getPortalMessage } from '../src/i18n/portalMessages'
import { defaultFiktivtMobilnummer } from '../src/konto/defaults'
import { falthjalpOptions } from '../src/konto/falthjalp'
import { defaultDagenForeTid } from '../src/konto/getDagenForeTid'
import { checkTelefonnummer } from '../src/validation/checkTelefonnummer'

// Empty falls back to the grocer's default time, so older konton stay saveable.
const validateDagenForeTid: Validate = (value, { req }) =>
  !value || isTid(value)
    ? true
    : getPortalMessage({ key: 'tid.format', language: req.i18n?.language })

// The agreement is support's to set; an administrator keeps only the texts its own staff see.
const supportSets = { update: fieldSupportOnly }

export const Konton: CollectionConfig = {
  access: {
    create: supportOnly,
    delete: supportOnly,
    read: supportOrOwnKonto,
    update: supportOrOwnKontoAdministrator,
  },
  admin: {
    defaultColumns: ['namn', 'organisationsnummer', 'betalsatt'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'namn',
  },
  fields: [
    {
      name: 'namn',
      type: 'text',
      access: supportSets,
      label: { en: 'Name', sv: 'Namn' },
      required: true,
    },
    {
      name: 'organisationsnummer',
      type: 'text',
      access: supportSets,
      label: { en: 'Organisation number', sv: 'Organisationsnummer' },
    },
    {
      name: 'betalsatt',
      type: 'select',
      access: supportSets,
      defaultValue: [...betalsattValues],
      hasMany: true,
      label: { en: 'Payment methods in the agreement', sv: 'Betalsätt enligt avtalet' },
      options: betalsattOptions,
    },
    {
      name: 'anvanderKanHandlaSjalv',
      type: 'checkbox',
      access: supportSets,
      defaultValue: false,
      label: { en: 'Uses “Can shop on their own”', sv: 'Använder ”Kan handla själv”' },
    },
    {
      name: 'fiktivtMobilnummer',
      type: 'text',
      access: supportSets,
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
    {
      name: 'smsDagenForeTid',
      type: 'text',
      access: supportSets,
      admin: {
        description: {
          en: 'Time of day (HH:mm, Swedish time) of the SMS the day before a delivery.',
          sv: 'Klockslag (TT:MM, svensk tid) för SMS:et dagen före leverans.',
        },
        placeholder: defaultDagenForeTid,
      },
      defaultValue: defaultDagenForeTid,
      label: { en: 'Day-before SMS time', sv: 'Tid för SMS dagen före' },
      validate: validateDagenForeTid,
    },
    {
      name: 'bestallareSerFaktura',
      type: 'checkbox',
      access: supportSets,
      admin: {
        description: {
          en: 'Off: orderers neither see nor fill in the invoice recipient; administrators do.',
          sv: 'Av: beställare varken ser eller fyller i fakturamottagaren, det gör administratörer.',
        },
      },
      defaultValue: true,
      label: {
        en: 'Orderers may see the invoice recipient',
        sv: 'Beställare får se fakturamottagaren',
      },
    },
    {
      name: 'falthjalp',
      type: 'array',
      admin: {
        description: {
          en: 'Your own help texts, shown under the fields of the resident form.',
          sv: 'Egna hjälptexter som visas under fälten i slutkundsformuläret.',
        },
      },
      fields: [
        {
          name: 'falt',
          type: 'select',
          label: { en: 'Field', sv: 'Fält' },
          options: falthjalpOptions,
          required: true,
        },
        {
          name: 'text',
          type: 'textarea',
          label: { en: 'Help text', sv: 'Hjälptext' },
          maxLength: 500,
          required: true,
        },
      ],
      label: { en: 'Field help texts', sv: 'Hjälptexter för fält' },
      labels: {
        plural: { en: 'Help texts', sv: 'Hjälptexter' },
        singular: { en: 'Help text', sv: 'Hjälptext' },
      },
    },
  ],
  hooks: {
    afterChange: [forgetRequestReads, recordAuditChange],
    afterDelete: [forgetRequestReadsOnDelete, recordAuditDelete],
    beforeOperation: [refuseMalformedInput],
  },
  labels: {
    plural: { en: 'Accounts', sv: 'Konton' },
    singular: { en: 'Account', sv: 'Konto' },
  },
  slug: 'konton',
  typescript: { interface: 'Konto' },
}
