import type { Validate } from 'payload'

import { getID } from '../db/getID'
import { getPortalMessage } from '../i18n/portalMessages'

/**
 * An enhet reference must be one the acting user may use: its own konto for an
 * administrator, its assigned enheter for a beställare. Checked through the enheter
 * collection's own read access so that the rule lives in one place.
 */
export const validateEnhetForUser: Validate = async (value, { req }) => {
  const enhetID = getID(value as number | string | null)
  if (enhetID === null) {
    return req.t('validation:required')
  }
  if (!req.user) {
    return true
  }

  const { totalDocs } = await req.payload.count({
    collection: 'enheter',
    overrideAccess: false,
    req,
    user: req.user,
    where: { id: { equals: enhetID } },
  })
  return totalDocs === 1
    ? true
    : getPortalMessage({ key: 'enhet.otillganglig', language: req.i18n?.language })
}
