import type { CollectionConfig, Validate, Where } from 'payload'

import { bestallareOfEnhet } from '../../access/bestallareOfEnhet'
import { canCreateSlutkund } from '../../access/canCreateSlutkund'
import { assignKontoFromEnhet } from '../../hooks/assignKontoFromEnhet'
import {
  cancelSmsOfDeletedSlutkund,
  cancelSmsOfTrashedSlutkund,
} from '../../hooks/cancelSmsOfRemovedSlutkund'
import { recordAuditChange, recordAuditDelete } from '../../hooks/recordAudit'
import { refuseMalformedInput } from '../../hooks/refuseMalformedInput'
import { betalsattOptions, isInvoiceBetalsatt } from '../../src/betalsatt'
import { forgetRequestReads, forgetRequestReadsOnDelete } from '../../src/db/requestReads'
import { exportSlutkunderEndpoint } from '../../src/export/exportEndpoint'
import { enhetWithKontoFields } from '../../src/fields/enhetWithKontoFields'
import { swedishTextField } from '../../src/fields/swedishTextField'
import { importSlutkunderEndpoint } from '../../src/import/importEndpoint'
import { checkEpost } from '../../src/validation/checkEpost'
import { checkKommentar } from '../../src/validation/checkKommentar'
import { checkMedmeraId } from '../../src/validation/checkMedmeraId'
import { checkPersonnummer } from '../../src/validation/checkPersonnummer'
import { checkPostnummer } from '../../src/validation/checkPostnummer'
import { checkTelefonnummer } from '../../src/validation/checkTelefonnummer'
import { getValidationMessage } from '../../src/validation/messages'
import { invoiceField } from './invoiceFields'
import {
  canSeeFaktura,
  filterBetalsattOfKonto,
  isKanHandlaSjalvShown,
  kontoInstallningarField,
  readKanHandlaSjalvByKonto,
} from './kontoSettings'
import { fillSmsNummer, validateSmsNummer } from './smsNummer'
import { tidyByKonto } from './tidyByKonto'
import { validateBetalsattOfKonto } from './validateBetalsattOfKonto'
import { validateLeveransfonsterOfEnhet } from './validateLeveransfonsterOfEnhet'
import { withFalthjalp } from './withFalthjalp'

const kommentarMax = 100

const validateKommentar: Validate = (value, { req }) => {
  if (!value) {
    return true
  }
  const result = checkKommentar({ input: String(value), max: kommentarMax })
  return result.isValid
    ? true
    : getValidationMessage({ code: result.code, language: req.i18n?.language })
}

export const Slutkunder: CollectionConfig = {
  access: {
    create: canCreateSlutkund,
    delete: bestallareOfEnhet({ enhetField: 'enhet' }),
    read: bestallareOfEnhet({ enhetField: 'enhet' }),
    update: bestallareOfEnhet({ enhetField: 'enhet' }),
  },
  admin: {
    components: {
      views: {
        edit: {
          bestallningar: {
            Component: '/src/components/Bestallningar/BestallningarTab#BestallningarTab',
            path: '/bestallningar',
            tab: { href: '/bestallningar', label: 'Beställningar', order: 200 },
          },
          meddelanden: {
            Component: '/src/components/SlutkundMeddelanden#SlutkundMeddelanden',
            path: '/meddelanden',
            tab: { href: '/meddelanden', label: 'Meddelanden' },
          },
        },
      },
    },
    defaultColumns: ['fornamn', 'efternamn', 'enhet', 'leveransfonster', 'betalsatt'],
    listSearchableFields: ['fornamn', 'efternamn', 'gatuadress', 'mobilnummer', 'telefonnummer'],
    useAsTitle: 'namn',
  },
  endpoints: [exportSlutkunderEndpoint, importSlutkunderEndpoint],
  fields: withFalthjalp([
    kontoInstallningarField,
    {
      name: 'hjalp',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/hjalp/SlutkundHjalp#SlutkundHjalp' },
        position: 'sidebar',
      },
    },
    {
      // Stored so that lists, menus and search show "Förnamn Efternamn" without a join.
      name: 'namn',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ originalDoc, siblingData }) =>
            `${siblingData.fornamn ?? originalDoc?.fornamn ?? ''} ${siblingData.efternamn ?? originalDoc?.efternamn ?? ''}`.trim(),
        ],
      },
      index: true,
    },
    {
      type: 'collapsible',
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'fornamn',
              type: 'text',
              label: { en: 'First name', sv: 'Förnamn' },
              required: true,
            },
            {
              name: 'efternamn',
              type: 'text',
              index: true,
              label: { en: 'Last name', sv: 'Efternamn' },
              required: true,
            },
          ],
        },
        {
          name: 'gatuadress',
          type: 'text',
          label: { en: 'Street address', sv: 'Gatuadress' },
          required: true,
        },
        {
          type: 'row',
          fields: [
            swedishTextField({
              name: 'postnummer',
              admin: { placeholder: '311 32', width: '33%' },
              check: checkPostnummer,
              isRequired: true,
              label: { en: 'Postcode', sv: 'Postnummer' },
            }),
            { name: 'ort', type: 'text', label: { en: 'Town', sv: 'Ort' }, required: true },
          ],
        },
        {
          type: 'row',
          fields: [
            swedishTextField({
              name: 'mobilnummer',
              check: checkTelefonnummer,
              label: { en: 'Mobile', sv: 'Mobilnummer' },
            }),
            swedishTextField({
              name: 'telefonnummer',
              check: checkTelefonnummer,
              label: { en: 'Phone', sv: 'Telefonnummer' },
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'portkod', type: 'text', label: { en: 'Door code', sv: 'Portkod' } },
            swedishTextField({
              name: 'epost',
              check: checkEpost,
              label: { en: 'E-mail', sv: 'E-postadress' },
            }),
          ],
        },
        {
          name: 'kommentarBestallare',
          type: 'textarea',
          admin: {
            description: {
              en: 'At most 100 characters. For the orderer and the picker, e.g. allergies or special diet.',
              sv: 'Högst 100 tecken. Till beställare och plockare, t.ex. allergier eller specialkost.',
            },
          },
          label: {
            en: 'Comment for orderer and picker',
            sv: 'Kommentar till beställare och plockare',
          },
          validate: validateKommentar,
        },
      ],
      label: { en: 'Personal details', sv: 'Personuppgifter' },
    },
    {
      type: 'collapsible',
      admin: { initCollapsed: false },
      fields: [
        ...enhetWithKontoFields,
        {
          name: 'leveransfonster',
          type: 'relationship',
          admin: {
            description: {
              en: 'The resident’s fixed delivery day(s), from the unit’s delivery windows.',
              sv: 'Slutkundens fasta leveransdag/dagar, bland enhetens leveransfönster.',
            },
          },
          filterOptions: ({ data }): Where =>
            data?.enhet ? { enhet: { equals: data.enhet } } : { id: { exists: false } },
          hasMany: true,
          label: { en: 'Delivery time', sv: 'Leveranstid' },
          relationTo: 'leveransfonster',
          required: true,
          validate: validateLeveransfonsterOfEnhet,
        },
        {
          name: 'kommentarChauffor',
          type: 'textarea',
          admin: {
            description: {
              en: 'At most 100 characters, e.g. “Ring the doorbell, the resident is hard of hearing”.',
              sv: 'Högst 100 tecken, t.ex. ”Ring på dörrklockan, kunden hör dåligt”.',
            },
          },
          label: { en: 'Comment for the driver', sv: 'Kommentar till chaufför' },
          validate: validateKommentar,
        },
        swedishTextField({
          name: 'medmeraId',
          admin: {
            description: {
              en: 'Seven-digit membership number, if the resident is a member.',
              sv: 'Sjusiffrigt medlems-ID om kunden är medlem.',
            },
          },
          check: checkMedmeraId,
          label: { en: 'Medmera ID', sv: 'Medmera-ID' },
        }),
        {
          name: 'betalsatt',
          type: 'select',
          filterOptions: filterBetalsattOfKonto,
          label: { en: 'Payment method', sv: 'Betalsätt' },
          options: betalsattOptions,
          required: true,
          validate: validateBetalsattOfKonto,
        },
      ],
      label: { en: 'Payment and delivery', sv: 'Betalning & leveransinformation' },
    },
    {
      name: 'faktura',
      type: 'group',
      access: { create: canSeeFaktura, read: canSeeFaktura, update: canSeeFaktura },
      admin: {
        condition: (data) => isInvoiceBetalsatt(data?.betalsatt),
        description: {
          en: 'Where invoices go. By post unless an e-mail address is given.',
          sv: 'Vart fakturan skickas. Fakturor går med post om ingen e-postadress anges.',
        },
      },
      fields: [
        invoiceField({
          name: 'personnummer',
          admin: {
            components: { Cell: '/src/components/MaskedPersonnummerCell#MaskedPersonnummerCell' },
            placeholder: 'ÅÅÅÅMMDD-XXXX',
          },
          check: checkPersonnummer,
          isRequired: true,
          label: { en: 'Personal identity number', sv: 'Personnummer' },
        }),
        {
          type: 'row',
          fields: [
            invoiceField({
              name: 'fornamn',
              isRequired: true,
              label: { en: 'First name', sv: 'Förnamn' },
            }),
            invoiceField({
              name: 'efternamn',
              isRequired: true,
              label: { en: 'Last name', sv: 'Efternamn' },
            }),
          ],
        },
        invoiceField({
          name: 'referens',
          admin: { description: { en: 'Normally left empty.', sv: 'Lämnas normalt tom.' } },
          label: { en: 'Reference', sv: 'Referens' },
        }),
        invoiceField({
          name: 'co',
          admin: {
            description: {
              en: 'Guardian or relative who handles the invoices.',
              sv: 'God man eller anhörig som tar emot och hanterar fakturorna.',
            },
          },
          label: { en: 'C/O', sv: 'C/O' },
        }),
        invoiceField({
          name: 'gatuadress',
          isRequired: true,
          label: { en: 'Street address', sv: 'Gatuadress' },
        }),
        {
          type: 'row',
          fields: [
            invoiceField({
              name: 'postnummer',
              check: checkPostnummer,
              isRequired: true,
              label: { en: 'Postcode', sv: 'Postnummer' },
            }),
            invoiceField({ name: 'ort', isRequired: true, label: { en: 'Town', sv: 'Ort' } }),
          ],
        },
        invoiceField({
          name: 'epost',
          check: checkEpost,
          label: { en: 'Invoices by e-mail', sv: 'Fakturor till e-postadress' },
        }),
      ],
      label: { en: 'Invoice recipient', sv: 'Fakturamottagare' },
    },
    {
      name: 'autogiro',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/dokument/AutogiroLank#AutogiroLank' },
        condition: (data) => isInvoiceBetalsatt(data?.betalsatt),
      },
    },
    {
      name: 'smsNummer',
      type: 'text',
      admin: {
        description: {
          en: 'SMS the day before delivery and when the driver is near. Leave empty if the resident has no mobile: the fictive number is used and no SMS is sent.',
          sv: 'SMS dagen före leverans och när chauffören närmar sig. Lämna tomt om kunden saknar mobil – då används det fiktiva numret och inga SMS skickas.',
        },
      },
      hooks: { beforeValidate: [fillSmsNummer] },
      label: { en: 'Mobile for delivery SMS', sv: 'Mobilnummer för SMS-avisering' },
      required: true,
      validate: validateSmsNummer,
    },
    {
      type: 'collapsible',
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'upplockningshjalp',
          type: 'checkbox',
          label: {
            en: 'Needs help unpacking groceries',
            sv: 'Behöver hjälp med upplockning av varor',
          },
        },
        {
          name: 'kanHandlaSjalv',
          type: 'checkbox',
          admin: { condition: isKanHandlaSjalvShown },
          hooks: { afterRead: [readKanHandlaSjalvByKonto] },
          label: { en: 'Can shop on their own', sv: 'Kan handla själv' },
        },
        {
          name: 'kopiaOrderbekraftelse',
          type: 'array',
          fields: [
            swedishTextField({
              name: 'epost',
              check: checkEpost,
              isRequired: true,
              label: { en: 'E-mail', sv: 'E-postadress' },
            }),
          ],
          label: {
            en: 'Send a copy of order confirmation & receipt',
            sv: 'Skicka kopia av orderbekräftelse & kvitto',
          },
          labels: {
            plural: { en: 'Addresses', sv: 'Adresser' },
            singular: { en: 'Address', sv: 'Adress' },
          },
        },
        {
          name: 'digitalNyckel',
          type: 'checkbox',
          admin: {
            description: {
              en: 'The driver uses the municipality’s digital key. Remember to tell the municipality’s alarm administrator when this changes.',
              sv: 'Chauffören använder kommunens digitala nyckel. Glöm inte att meddela kommunens larmadministratör när detta ändras.',
            },
          },
          label: { en: 'Digital key', sv: 'Digital nyckel' },
        },
        {
          name: 'digitalNyckelPaminnelse',
          type: 'ui',
          admin: {
            components: { Field: '/src/components/DigitalNyckelReminder#DigitalNyckelReminder' },
          },
        },
      ],
      label: { en: 'Other', sv: 'Övrigt' },
    },
  ]),
  hooks: {
    afterChange: [forgetRequestReads, cancelSmsOfTrashedSlutkund, recordAuditChange],
    afterDelete: [forgetRequestReadsOnDelete, cancelSmsOfDeletedSlutkund, recordAuditDelete],
    beforeChange: [assignKontoFromEnhet, tidyByKonto],
    beforeOperation: [refuseMalformedInput],
  },
  // The start page lists a konto's or an enhet's slutkunder by efternamn, a page at a time.
  // Cover the start page's filter (konto or enhet, not trashed) and its name order, so a
  // page and its count read index entries only (bench/README.md, run B).
  indexes: [
    { fields: ['konto', 'deletedAt', 'efternamn', 'fornamn'] },
    { fields: ['enhet', 'deletedAt', 'konto', 'efternamn', 'fornamn'] },
  ],
  labels: {
    plural: { en: 'Residents', sv: 'Slutkunder' },
    singular: { en: 'Resident', sv: 'Slutkund' },
  },
  slug: 'slutkunder',
  trash: true,
  typescript: { interface: 'Slutkund' },
}
