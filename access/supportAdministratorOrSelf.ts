import type { Access, AccessResult } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'
import { asPortalUser } from '../src/auth/roles'

/** Portal users: support all, an administrator its konto's users, anyone else itself. */
export const supportAdministratorOrSelf: Access = ({ req: { user } }): AccessResult => {
  const scope = getUserScope(user)
  if (scope.kind === 'support') {
    return true
  }
  if (scope.kind === 'administrator') {
    return { konto: { equals: scope.kontoID } }
  }
  const self = asPortalUser(user)
  return self ? { id: { equals: self.id } } : false
}
