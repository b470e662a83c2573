import type { Payload, PayloadRequest, Where } from 'payload'

import type { Hjalpsida } from '../payload-types'

import { getID } from '../db/getID'

/**
 * The help pages shown beside the slutkund form (or, with `isFormOnly: false`, all of
 * them), read with the user's own access: the shared pages, each replaced by the konto's
 * own page on the same subject where it has one.
 */
export const findFormularHjalp = async ({
  isFormOnly = true,
  kontoID,
  payload,
  req,
}: {
  isFormOnly?: boolean
  kontoID: null | number | string
  payload: Payload
  req: PayloadRequest
}): Promise<Hjalpsida[]> => {
  const ofKonto: Where[] = [{ konto: { exists: false } }]
  if (kontoID !== null) {
    ofKonto.push({ konto: { equals: kontoID } })
  }
  const { docs } = await payload.find({
    collection: 'hjalp',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    sort: 'ordning',
    user: req.user,
    where: isFormOnly
      ? { and: [{ visaVidFormular: { equals: true } }, { or: ofKonto }] }
      : { or: ofKonto },
  })

  const chosen = new Map<string, Hjalpsida>()
  for (const doc of docs) {
    const current = chosen.get(doc.amne)
    if (!current || (getID(current.konto) === null && getID(doc.konto) !== null)) {
      chosen.set(doc.amne, doc)
    }
  }
  return docs.filter((doc) => chosen.get(doc.amne) === doc)
}
