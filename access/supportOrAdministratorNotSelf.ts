import type { Access, AccessResult } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'
import { asPortalUser } from '../src/auth/roles'

/** Removing a portal user: nobody removes itself, an administrator only within its konto. */
export const supportOrAdministratorNotSelf: Access = ({ req: { user } }): AccessResult => {
  const scope = getUserScope(user)
  const self = asPortalUser(user)
  if (!self) {
    return false
  }
  if (scope.kind === 'support') {
    return { id: { not_equals: self.id } }
  }
  if (scope.kind === 'administrator') {
    return { and: [{ konto: { equals: scope.kontoID } }, { id: { not_equals: self.id } }] }
  }
  return false
}
