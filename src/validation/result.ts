export type ValidationErrorCode =
  | 'epost.format'
  | 'kommentar.forLang'
  | 'medmeraId.format'
  | 'personnummer.format'
  | 'personnummer.invalid'
  | 'postnummer.format'
  | 'postnummer.invalid'
  | 'smsNummer.ejMobil'
  | 'smsNummer.fastTelefon'
  | 'smsNummer.format'
  | 'telefonnummer.format'

export type ValidationResult =
  { isValid: true; value: string } | { code: ValidationErrorCode; isValid: false }

export const accept = (value: string): ValidationResult => ({ isValid: true, value })

export const refuse = (code: ValidationErrorCode): ValidationResult => ({ code, isValid: false })
