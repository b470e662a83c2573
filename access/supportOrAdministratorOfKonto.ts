import type { Access, AccessResult } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'

/** Management of a konto's own documents (enheter, leveransfönster, beställare). */
export const supportOrAdministratorOfKonto: Access = ({ req: { user } }): AccessResult => {
  const scope = getUserScope(user)
  if (scope.kind === 'support') {
    return true
  }
  if (scope.kind === 'administrator') {
    return { konto: { equals: scope.kontoID } }
  }
  return false
}
