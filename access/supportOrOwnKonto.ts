import type { Access, AccessResult } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'

/** For the `konton` collection itself: a municipal user reaches only its own konto. */
export const supportOrOwnKonto: Access = ({ req: { user } }): AccessResult => {
  const scope = getUserScope(user)
  if (scope.kind === 'support') {
    return true
  }
  if (scope.kind === 'none') {
    return false
  }
  return { id: { equals: scope.kontoID } }
}
