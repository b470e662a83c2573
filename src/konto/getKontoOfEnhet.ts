import type { PayloadRequest } from 'payload'

import type { Enhet, Konto } from '../payload-types'

import { readOncePerRequest } from '../db/requestReads'

/**
 * The konto an enhet belongs to, read once per request: several fields of one save
 * (betalsätt, SMS number, konto) all need it.
 */
export const getKontoOfEnhet = ({
  enhetID,
  req,
}: {
  enhetID: number | string
  req: PayloadRequest
}): Promise<Konto | null> =>
  readOncePerRequest({
    dependsOn: ['enheter', 'konton'],
    key: `kontoOfEnhet:${enhetID}`,
    load: () =>
      req.payload
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
        }),
    req,
  })
