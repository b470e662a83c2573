import type { Validate } from 'payload'

import { getID } from '../../src/db/getID'
import { getPortalMessage } from '../../src/i18n/portalMessages'
import { getKontoOfEnhet } from '../../src/konto/getKontoOfEnhet'

/** Agreements differ: a betalsätt the konto does not offer is refused, not only hidden. */
export const validateBetalsattOfKonto: Validate = async (value, { data, req }) => {
  if (!value) {
    return req.t('validation:required')
  }
  const enhetID = getID((data as { enhet?: number | string }).enhet)
  if (enhetID === null) {
    return true
  }
  const konto = await getKontoOfEnhet({ enhetID, req })
  const allowed = konto?.betalsatt ?? []
  return allowed.includes(value as (typeof allowed)[number])
    ? true
    : getPortalMessage({ key: 'betalsatt.ejIAvtal', language: req.i18n?.language })
}
