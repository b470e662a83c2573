import type { Payload } from 'payload'

import { beginTransaction } from '@payloadcms/drizzle'

/**
 * A transaction for one import. The SQLite adapter runs without transactions unless
 * configured with `transactionOptions`; the import needs one to be all-or-nothing, so it
 * opens one through the adapter's own drizzle helper there.
 */
export const beginImportTransaction = async (payload: Payload): Promise<null | number | string> => {
  const id = await payload.db.beginTransaction()
  if (id !== null && id !== undefined) {
    return id
  }
  if (payload.db.name === 'sqlite') {
    return beginTransaction.call(payload.db as never, {})
  }
  return null
}
