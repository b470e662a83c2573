import type { DefaultValue } from 'payload'

import { getID } from '../../src/db/getID'

/** New beställare get the konto's shared number (the form requires one, nobody calls it). */
export const defaultTelefonFromKonto: DefaultValue = async ({ req, user }) => {
  const kontoID = getID((user as { konto?: number | string } | null)?.konto)
  if (kontoID === null) {
    return undefined
  }
  const konto = await req.payload.findByID({
    collection: 'konton',
    depth: 0,
    id: kontoID,
    overrideAccess: true,
    req,
    select: { bestallareTelefon: true },
  })
  return konto?.bestallareTelefon ?? undefined
}
