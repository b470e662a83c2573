import type { PayloadRequest } from 'payload'

import type { Enhet, Konto } from '../payload-types'

/**
 * The konto an enhet belongs to, read once per request: several fields of one save
 * (betalsätt, SMS number, konto) all need it.
 */
export const getKontoOfEnhet = async ({
  enhetID,
  req,
}: {
  enhetID: number | string
  req: PayloadRequest
}): Promise<Konto | null> => {
  const cacheKey = `kontoOfEnhet:${enhetID}`
  const cached = req.context[cacheKey] as Promise<Konto | null> | undefined
  if (cached) {
    return cached
  }

  const lookup = req.payload
    .find({
      collection: 'enheter',
      depth: 1,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { equals: enhetID } },
    })
    .then(({ docs }) => {
      const konto = (docs[0] as Enhet | undefined)?.konto
      return konto && typeof konto === 'object' ? konto : null
    })
  req.context[cacheKey] = lookup
  return lookup
}
