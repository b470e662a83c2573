import type { Validate } from 'payload'

import { getID, getIDs } from '../../src/db/getID'
import { getPortalMessage } from '../../src/i18n/portalMessages'

/** A user's enheter must all belong to the user's own konto. */
export const validateEnheterOfKonto: Validate = async (value, { data, req }) => {
  const enhetIDs = getIDs(value as (number | string)[] | null)
  if (enhetIDs.length === 0) {
    return true
  }

  const kontoID = getID((data as { konto?: number | string } | undefined)?.konto)
  const { totalDocs } = await req.payload.count({
    collection: 'enheter',
    overrideAccess: true,
    req,
    where: { and: [{ id: { in: enhetIDs } }, { konto: { equals: kontoID ?? -1 } }] },
  })
  return totalDocs === new Set(enhetIDs.map(String)).size
    ? true
    : getPortalMessage({ key: 'enheter.annatKonto', language: req.i18n?.language })
}
