import type { FieldHook, PayloadRequest, Validate } from 'payload'

import { getID } from '../../src/db/getID'
import { defaultFiktivtMobilnummer } from '../../src/konto/defaults'
import { getKontoOfEnhet } from '../../src/konto/getKontoOfEnhet'
import { checkSmsNummer } from '../../src/validation/checkSmsNummer'
import { getValidationMessage } from '../../src/validation/messages'

const getFiktivtNummer = async ({
  data,
  req,
}: {
  data: unknown
  req: PayloadRequest
}): Promise<string> => {
  const enhetID = getID((data as { enhet?: number | string } | undefined)?.enhet)
  const konto = enhetID === null ? null : await getKontoOfEnhet({ enhetID, req })
  return konto?.fiktivtMobilnummer || defaultFiktivtMobilnummer
}

/** A slutkund without a mobile gets the konto's fictive number, which never receives SMS. */
export const fillSmsNummer: FieldHook = async ({ data, originalDoc, req, value }) => {
  // An update need not send the enhet again, and the konto comes from the enhet.
  const withEnhet = {
    enhet: (data as { enhet?: unknown } | undefined)?.enhet ?? originalDoc?.enhet,
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const result = checkSmsNummer({
      fiktivtNummer: await getFiktivtNummer({ data: withEnhet, req }),
      input: value,
    })
    return result.isValid ? result.value : value
  }
  return getFiktivtNummer({ data: withEnhet, req })
}

export const validateSmsNummer: Validate = async (value, { data, req }) => {
  if (typeof value !== 'string' || value.trim() === '') {
    return req.t('validation:required')
  }
  const result = checkSmsNummer({
    fiktivtNummer: await getFiktivtNummer({ data, req }),
    input: value,
  })
  return result.isValid
    ? true
    : getValidationMessage({ code: result.code, language: req.i18n?.language })
}
