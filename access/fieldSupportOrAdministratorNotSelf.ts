import type { FieldAccess } from 'payload'

import { asPortalUser, isAdministrator, isSupport } from '../src/auth/roles'

/** Role, konto, enheter and permissions: set by support or an administrator, never on oneself. */
export const fieldSupportOrAdministratorNotSelf: FieldAccess = ({ id, req: { user } }) => {
  if (!isSupport(user) && !isAdministrator(user)) {
    return false
  }
  return id === undefined || String(id) !== String(asPortalUser(user)?.id)
}
