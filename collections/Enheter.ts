import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { APIError } from 'payload'

import { bestallareOfEnhet } from '../access/bestallareOfEnhet'
import { fieldSupportOnly } from '../access/fieldSupportOnly'
import { supportOrAdministrator } from '../access/supportOrAdministrator'
import { supportOrAdministratorOfKonto } from '../access/supportOrAdministratorOfKonto'
import { assignOwnKonto } from '../hooks/assignOwnKonto'
import { recordAuditChange, recordAuditDelete } from '../hooks/recordAudit'
import { refuseMalformedInput } from '../hooks/refuseMalformedInput'
import { forgetRequestReads, forgetRequestReadsOnDelete } from '../src/db/requestReads'

const inUseMessages = {
  ordrar: {
    en: 'The unit has orders and therefore cannot be removed. Orders are kept as the account’s record.',
    sv: 'Enheten har beställningar och kan därför inte tas bort. Beställningarna sparas som kontots underlag.',
  },
  slutkunder: {
    en: 'The unit has residents (removed ones included). Move them to another unit before removing it.',
    sv: 'Enheten har slutkunder (även borttagna). Flytta dem till en annan enhet innan enheten tas bort.',
  },
}

/**
 * Slutkunder and orders must keep their enhet (the database refuses to drop a required
 * reference, and an order's history must stay whole), so an enhet in use is refused with a
 * message; its leveransfönster go with it.
 */
const refuseRemovingEnhetInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const language = req.i18n?.language === 'en' ? 'en' : 'sv'
  const where = { enhet: { equals: id } }

  const slutkunder = await req.payload.count({
    collection: 'slutkunder',
    overrideAccess: true,
    req,
    trash: true,
    where,
  })
  if (slutkunder.totalDocs > 0) {
    throw new APIError(inUseMessages.slutkunder[language], 409, undefined, true)
  }

  const ordrar = await req.payload.count({ collection: 'ordrar', overrideAccess: true, req, where })
  if (ordrar.totalDocs > 0) {
    throw new APIError(inUseMessages.ordrar[language], 409, undefined, true)
  }

  await req.payload.delete({ collection: 'leveransfonster', overrideAccess: true, req, where })
}

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
    afterChange: [forgetRequestReads, recordAuditChange],
    afterDelete: [forgetRequestReadsOnDelete, recordAuditDelete],
    beforeChange: [assignOwnKonto],
    beforeDelete: [refuseRemovingEnhetInUse],
    beforeOperation: [refuseMalformedInput],
  },
  labels: {
    plural: { en: 'Units', sv: 'Enheter' },
    singular: { en: 'Unit', sv: 'Enhet' },
  },
  slug: 'enheter',
  typescript: { interface: 'Enhet' },
}
