import type { PayloadRequest } from 'payload'

import { isAdministrator, isSupport } from '../auth/roles'
import { toCsv } from './csv'
import { slutkundColumns, toCells } from './slutkundColumns'

/** Support and administrators see personnummer in full; a beställare only the birth date. */
export const canReadFullPersonnummer = (user: PayloadRequest['user']): boolean =>
  isSupport(user) || isAdministrator(user)

/**
 * The slutkunder the user may read, as an Excel-friendly CSV. It reads with the user's
 * own access, so rows, and fields such as the invoice recipient, are exactly what the
 * user could read over the API.
 */
export const exportSlutkunderCsv = async ({ req }: { req: PayloadRequest }): Promise<string> => {
  const { docs } = await req.payload.find({
    collection: 'slutkunder',
    depth: 1,
    overrideAccess: false,
    pagination: false,
    req,
    sort: ['efternamn', 'fornamn', 'id'],
    user: req.user,
  })

  const canReadPersonnummer = canReadFullPersonnummer(req.user)
  return toCsv([
    slutkundColumns.map(({ header }) => header),
    ...docs.map((doc) => toCells({ canReadPersonnummer, doc })),
  ])
}
