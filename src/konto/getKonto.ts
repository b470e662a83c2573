import type { PayloadRequest } from 'payload'

import type { Konto } from '../payload-types'

/** A konto by its ID, read once per request: every slutkund of a list shares it. */
export const getKonto = async ({
  id,
  req,
}: {
  id: number | string
  req: PayloadRequest
}): Promise<Konto | null> => {
  const cacheKey = `konto:${id}`
  const cached = req.context[cacheKey] as Promise<Konto | null> | undefined
  if (cached) {
    return cached
  }

  const lookup = req.payload
    .find({
      collection: 'konton',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { equals: id } },
    })
    .then(({ docs }) => docs[0] ?? null)
  req.context[cacheKey] = lookup
  return lookup
}
