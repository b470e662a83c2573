import type { CollectionBeforeChangeHook } from 'payload'

import { getID } from '../src/db/getID'
import { getKontoOfEnhet } from '../src/konto/getKontoOfEnhet'

/** The konto of a document that hangs off an enhet is always the enhet's, never the caller's. */
export const assignKontoFromEnhet: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const enhetID = getID(data.enhet ?? originalDoc?.enhet)
  if (enhetID === null) {
    return data
  }
  const konto = await getKontoOfEnhet({ enhetID, req })
  return { ...data, konto: konto?.id ?? null }
}
