import type { Integration } from '../payload-types'

import { getIDs } from '../db/getID'

export type IntegrationScope = {
  /** Empty means the integration may act for every konto. */
  kontoIDs: (number | string)[]
  typ: Integration['typ'] | null
}

export const getIntegrationScope = (user: unknown): IntegrationScope | null => {
  const candidate = user as ({ collection?: string } & Partial<Integration>) | null | undefined
  if (!candidate || candidate.collection !== 'integrationer') {
    return null
  }
  return { kontoIDs: getIDs(candidate.konton), typ: candidate.typ ?? null }
}
