import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { NotFound } from 'payload'

/**
 * SQLite and PostgreSQL number their documents: an id such as `abc` can name nothing, and
 * passed on it fails inside the database as a 500. It is answered as not found instead.
 */
export const refuseMalformedID: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  const isNumbered = req.payload.db.defaultIDType === 'number'
  if (isNumbered && id !== undefined && id !== null && !/^\d+$/.test(String(id))) {
    throw new NotFound(req.t)
  }
  return args
}

export const withMalformedIDRefusal = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseMalformedID, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
