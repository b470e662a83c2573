import type { Validate } from 'payload'

import { getID, getIDs } from '../../src/db/getID'
import { getPortalMessage } from '../../src/i18n/portalMessages'

/** The slutkund's fixed delivery times must be windows of its own enhet. */
export const validateLeveransfonsterOfEnhet: Validate = async (value, { data, req }) => {
  const language = req.i18n?.language
  const fonsterIDs = getIDs(value as (number | string)[] | null)
  if (fonsterIDs.length === 0) {
    return getPortalMessage({ key: 'leveransfonster.saknas', language })
  }

  const enhetID = getID((data as { enhet?: number | string }).enhet)
  if (enhetID === null) {
    return true
  }
  const { totalDocs } = await req.payload.count({
    collection: 'leveransfonster',
    overrideAccess: true,
    req,
    where: { and: [{ id: { in: fonsterIDs } }, { enhet: { equals: enhetID } }] },
  })
  return totalDocs === new Set(fonsterIDs.map(String)).size
    ? true
    : getPortalMessage({ key: 'leveransfonster.felEnhet', language })
}
