import type { CollectionBeforeChangeHook, CollectionConfig, Validate } from 'payload'

import { bestallareOfEnhet } from '../access/bestallareOfEnhet'
import { supportOrAdministrator } from '../access/supportOrAdministrator'
import { supportOrAdministratorOfKonto } from '../access/supportOrAdministratorOfKonto'
import { assignKontoFromEnhet } from '../hooks/assignKontoFromEnhet'
import { recordAuditChange, recordAuditDelete } from '../hooks/recordAudit'
import { refuseMalformedInput } from '../hooks/refuseMalformedInput'
import { forgetRequestReads, forgetRequestReadsOnDelete } from '../src/db/requestReads'
import { veckodagar, veckodagLabels } from '../src/delivery/types'
import { isTid } from '../src/delivery/validateTid'
import { enhetWithKontoFields } from '../src/fields/enhetWithKontoFields'
import { getPortalMessage } from '../src/i18n/portalMessages'

const validateTid: Validate = (value, { req }) => {
  if (!value) {
    return req.t('validation:required')
  }
  return isTid(String(value))
    ? true
    : getPortalMessage({ key: 'tid.format', language: req.i18n?.language })
}

const validateSluttid: Validate = (value, options) => {
  const format = validateTid(value, options)
  if (format !== true) {
    return format
  }
  const starttid = (options.siblingData as { starttid?: string }).starttid
  return !starttid || !isTid(starttid) || String(value) > starttid
    ? true
    : getPortalMessage({ key: 'tid.ordning', language: options.req.i18n?.language })
}

/** A readable title for menus: "Tisdag 14:00–16:00". */
const describeFonster: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const dag = veckodagLabels[merged.veckodag as keyof typeof veckodagLabels]?.sv ?? ''
  return { ...data, beskrivning: `${dag} ${merged.starttid}–${merged.sluttid}` }
}

const tidAdmin = { placeholder: '14:00', width: '25%' }

export const Leveransfonster: CollectionConfig = {
  access: {
    create: supportOrAdministrator,
    delete: supportOrAdministratorOfKonto,
    read: bestallareOfEnhet({ enhetField: 'enhet' }),
    update: supportOrAdministratorOfKonto,
  },
  admin: {
    defaultColumns: ['beskrivning', 'enhet', 'stopptidDagarFore', 'stopptidKlockslag', 'aktiv'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'beskrivning',
  },
  fields: [
    ...enhetWithKontoFields,
    {
      name: 'veckodag',
      type: 'select',
      label: { en: 'Weekday', sv: 'Veckodag' },
      options: veckodagar.map((value) => ({ label: veckodagLabels[value], value })),
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'starttid',
          type: 'text',
          admin: tidAdmin,
          label: { en: 'From', sv: 'Från' },
          required: true,
          validate: validateTid,
        },
        {
          name: 'sluttid',
          type: 'text',
          admin: tidAdmin,
          label: { en: 'To', sv: 'Till' },
          required: true,
          validate: validateSluttid,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stopptidDagarFore',
          type: 'number',
          admin: {
            description: { en: 'Days before delivery', sv: 'Dagar före leveransen' },
            step: 1,
            width: '25%',
          },
          defaultValue: 1,
          label: { en: 'Cut-off, days before', sv: 'Stopptid, dagar före' },
          max: 14,
          min: 0,
          required: true,
        },
        {
          name: 'stopptidKlockslag',
          type: 'text',
          admin: tidAdmin,
          defaultValue: '12:00',
          label: { en: 'Cut-off time', sv: 'Stopptid, klockslag' },
          required: true,
          validate: validateTid,
        },
      ],
    },
    {
      name: 'aktiv',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Active', sv: 'Aktivt' },
    },
    {
      name: 'beskrivning',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      label: { en: 'Description', sv: 'Beskrivning' },
    },
  ],
  hooks: {
    afterChange: [forgetRequestReads, recordAuditChange],
    afterDelete: [forgetRequestReadsOnDelete, recordAuditDelete],
    beforeChange: [assignKontoFromEnhet, describeFonster],
    beforeOperation: [refuseMalformedInput],
  },
  labels: {
    plural: { en: 'Delivery windows', sv: 'Leveransfönster' },
    singular: { en: 'Delivery window', sv: 'Leveransfönster' },
  },
  slug: 'leveransfonster',
  typescript: { interface: 'Leveransfonster' },
}
