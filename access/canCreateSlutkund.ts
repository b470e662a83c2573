import type { Access } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'
import { asPortalUser } from '../src/auth/roles'
import { getID } from '../src/db/getID'

/**
 * A beställare creates slutkunder only with "Får lägga till nya slutkunder" and only into
 * its own enheter; which enhet an administrator may use is checked by the enhet field.
 */
export const canCreateSlutkund: Access = ({ data, req: { user } }) => {
  const scope = getUserScope(user)
  if (scope.kind === 'support' || scope.kind === 'administrator') {
    return true
  }
  if (scope.kind !== 'bestallare' || !asPortalUser(user)?.farLaggaTillSlutkunder) {
    return false
  }

  const enhetID = getID(data?.enhet)
  return enhetID === null || scope.enhetIDs.map(String).includes(String(enhetID))
}
