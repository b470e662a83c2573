import type { CollectionBeforeChangeHook } from 'payload'

import { isInvoiceBetalsatt } from '../../src/betalsatt'
import { getID } from '../../src/db/getID'
import { getKontoOfEnhet } from '../../src/konto/getKontoOfEnhet'

/**
 * Keeps only what the slutkund's agreement uses: no invoice recipient (personnummer
 * included) is stored for Matkonto, and "Kan handla själv" only where the konto uses it.
 */
export const tidyByKonto: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const tidied = { ...data }

  if (!isInvoiceBetalsatt(merged.betalsatt)) {
    tidied.faktura = {
      co: null,
      efternamn: null,
      epost: null,
      fornamn: null,
      gatuadress: null,
      ort: null,
      personnummer: null,
      postnummer: null,
      referens: null,
    }
  }

  const enhetID = getID(merged.enhet)
  const konto = enhetID === null ? null : await getKontoOfEnhet({ enhetID, req })
  if (!konto?.anvanderKanHandlaSjalv) {
    tidied.kanHandlaSjalv = false
  }

  return tidied
}
