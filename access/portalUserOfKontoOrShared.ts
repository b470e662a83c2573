import type { Access, AccessResult } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'

/** Shared documents (no konto) for every portal user, and those of the user's own konto. */
export const portalUserOfKontoOrShared: Access = ({ req: { user } }): AccessResult => {
  const scope = getUserScope(user)
  if (scope.kind === 'support') {
    return true
  }
  if (scope.kind === 'none') {
    return false
  }
  return { or: [{ konto: { exists: false } }, { konto: { equals: scope.kontoID } }] }
}
