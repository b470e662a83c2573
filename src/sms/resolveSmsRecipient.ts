import { defaultFiktivtMobilnummer } from '../konto/defaults'
import { checkSmsNummer, isFiktivtNummer } from '../validation/checkSmsNummer'

export type SmsRecipient =
  | { kind: 'ej-mobil'; nummer: string }
  | { kind: 'fiktivt'; nummer: string }
  | { e164: string; kind: 'mobil'; nummer: string }

/** Where a slutkund's SMS would go, and whether it may go there at all. */
export const resolveSmsRecipient = ({
  fiktivtNummer,
  smsNummer,
}: {
  fiktivtNummer: null | string | undefined
  smsNummer: null | string | undefined
}): SmsRecipient => {
  const nummer = (smsNummer ?? '').trim()
  const fiktiva = [fiktivtNummer, defaultFiktivtMobilnummer].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  )
  if (
    nummer === '' ||
    fiktiva.some((fiktiv) => isFiktivtNummer({ fiktivtNummer: fiktiv, value: nummer }))
  ) {
    return { kind: 'fiktivt', nummer }
  }

  const result = checkSmsNummer({ fiktivtNummer: fiktiva[0], input: nummer })
  if (!result.isValid) {
    return { kind: 'ej-mobil', nummer }
  }
  return { e164: `+46${result.value.slice(1)}`, kind: 'mobil', nummer: result.value }
}
