import type { Bestallare } from '../payload-types'

import { getID, getIDs } from '../db/getID'
import { asPortalUser } from './roles'

export type UserScope =
  | { kind: 'administrator'; kontoID: number | string }
  | { kind: 'bestallare'; enhetIDs: (number | string)[]; kontoID: number | string }
  | { kind: 'none' }
  | { kind: 'support' }

/**
 * What part of the data a portal user reaches. Every access rule derives from this one
 * function so that the admin UI, REST, GraphQL and the Local API agree.
 */
export const getUserScope = (user: unknown): UserScope => {
  const portalUser = asPortalUser(user as Bestallare)
  if (!portalUser) {
    return { kind: 'none' }
  }

  if (portalUser.roll === 'support') {
    return { kind: 'support' }
  }

  const kontoID = getID(portalUser.konto)
  if (kontoID === null) {
    return { kind: 'none' }
  }

  if (portalUser.roll === 'administrator') {
    return { kind: 'administrator', kontoID }
  }

  return { enhetIDs: getIDs(portalUser.enheter), kind: 'bestallare', kontoID }
}
