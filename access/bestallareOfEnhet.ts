import type { Access, AccessResult } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'

/**
 * Support reaches everything, an administrator its konto, and a beställare only what
 * belongs to the enheter it is assigned. `enhetField` is the field holding the enhet:
 * `id` for the enheter collection itself.
 */
export const bestallareOfEnhet =
  ({ enhetField }: { enhetField: 'enhet' | 'id' }): Access =>
  ({ req: { user } }): AccessResult => {
    const scope = getUserScope(user)
    if (scope.kind === 'support') {
      return true
    }
    if (scope.kind === 'administrator') {
      return { konto: { equals: scope.kontoID } }
    }
    if (scope.kind === 'bestallare' && scope.enhetIDs.length > 0) {
      return {
        and: [{ konto: { equals: scope.kontoID } }, { [enhetField]: { in: scope.enhetIDs } }],
      }
    }
    return false
  }
