import type { Access, AccessResult } from 'payload'

import { getIntegrationScope } from '../src/auth/getIntegrationScope'
import { isSupport } from '../src/auth/roles'

/** Order reports: the shop and the delivery system, each only for its konton. */
export const integrationOrSupport: Access = ({ req: { user } }): AccessResult => {
  if (isSupport(user)) {
    return true
  }
  const integration = getIntegrationScope(user)
  if (!integration) {
    return false
  }
  return integration.kontoIDs.length === 0 ? true : { konto: { in: integration.kontoIDs } }
}
