import type { Access, AccessResult } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'

/**
 * Changing a konto: support any, its administrator only its own (and then only the fields
 * that carry `fieldSupportOrOwnAdministrator`-style access; the rest stay support's).
 */
export const supportOrOwnKontoAdministrator: Access = ({ req: { user } }): AccessResult => {
  const scope = getUserScope(user)
  if (scope.kind === 'support') {
    return true
  }
  if (scope.kind === 'administrator') {
    return { id: { equals: scope.kontoID } }
  }
  return false
}
