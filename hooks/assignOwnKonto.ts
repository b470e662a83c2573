import type { CollectionBeforeChangeHook } from 'payload'

import { getUserScope } from '../src/auth/getUserScope'

/**
 * A municipal user's new documents always land in its own konto, whatever the request
 * says; only support chooses the konto.
 */
export const assignOwnKonto: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const scope = getUserScope(req.user)
  if (operation === 'create' && (scope.kind === 'administrator' || scope.kind === 'bestallare')) {
    return { ...data, konto: scope.kontoID }
  }
  return data
}
