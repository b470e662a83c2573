import type { PayloadRequest } from 'payload'

import type { Konto } from '../payload-types'

import { findByIDOncePerRequest } from '../db/requestReads'

/** A konto by its ID, read once per request: every slutkund of a list shares it. */
export const getKonto = ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<Konto | null> => findByIDOncePerRequest({ collection: 'konton', id, req })
