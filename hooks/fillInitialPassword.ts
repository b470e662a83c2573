import type { CollectionBeforeOperationHook } from 'payload'

import { randomBytes } from 'node:crypto'

/**
 * A new user chooses its own password through the welcome e-mail, so whoever creates it need
 * not invent one; the random stand-in is never shown to anybody.
 */
export const fillInitialPassword: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create') {
    return args
  }
  const data = (args as { data?: { password?: string } }).data
  if (data && !data.password) {
    data.password = randomBytes(32).toString('base64url')
  }
  return args
}
