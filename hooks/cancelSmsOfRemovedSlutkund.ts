import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Slutkund } from '../src/payload-types'

import { cancelPlannedSms } from '../src/jobs/planSms'

/** "Ta bort slutkund" moves it to the trash: its waiting SMS go no further. */
export const cancelSmsOfTrashedSlutkund: CollectionAfterChangeHook<Slutkund> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.deletedAt && !previousDoc?.deletedAt) {
    await cancelPlannedSms({ req, slutkund: doc.id })
  }
  return doc
}

export const cancelSmsOfDeletedSlutkund: CollectionAfterDeleteHook<Slutkund> = async ({
  doc,
  req,
}) => {
  await cancelPlannedSms({ req, slutkund: doc.id })
  return doc
}
