import type { ValidationErrorCode } from './result'

export const validationMessages: Record<ValidationErrorCode, { en: string; sv: string }> = {
  'epost.format': {
    en: 'This does not look like an e-mail address. Check that it is written like name@example.se.',
    sv: 'Det här ser inte ut som en e-postadress. Kontrollera att den är skriven som namn@exempel.se.',
  },
  'kommentar.forLang': {
    en: 'The comment is too long. It may be at most 100 characters – please shorten it a little.',
    sv: 'Kommentaren är för lång. Den får vara högst 100 tecken – korta gärna ner den lite.',
  },
  'medmeraId.format': {
    en: 'The Medmera ID should be exactly seven digits, for example 1234567.',
    sv: 'Medmera-ID ska vara exakt sju siffror, till exempel 1234567.',
  },
  'personnummer.format': {
    en: 'The personal identity number could not be read. Write it as YYYYMMDD-XXXX.',
    sv: 'Personnumret går inte att läsa. Skriv det som ÅÅÅÅMMDD-XXXX.',
  },
  'personnummer.invalid': {
    en: 'The personal identity number is not correct. Check the date and the last four digits.',
    sv: 'Personnumret stämmer inte. Kontrollera datumet och de fyra sista siffrorna.',
  },
  'postnummer.format': {
    en: 'The postcode should be five digits, for example 123 45.',
    sv: 'Postnumret ska vara fem siffror, till exempel 123 45.',
  },
  'postnummer.invalid': {
    en: 'Swedish postcodes never start with 0. Check the postcode.',
    sv: 'Svenska postnummer börjar aldrig på 0. Kontrollera postnumret.',
  },
  'smsNummer.ejMobil': {
    en: 'This number cannot receive text messages. Enter a mobile number starting with 070, 072, 073, 076 or 079.',
    sv: 'Det här numret kan inte ta emot sms. Skriv ett mobilnummer som börjar på 070, 072, 073, 076 eller 079.',
  },
  'smsNummer.fastTelefon': {
    en: 'This is a landline number, and text messages can only go to mobile numbers. Put the landline number in “Comment to the driver” instead.',
    sv: 'Det här är ett fast telefonnummer, och sms kan bara skickas till mobilnummer. Skriv i stället det fasta numret i ”Kommentar till chaufför”.',
  },
  'smsNummer.format': {
    en: 'Enter a Swedish mobile number, for example 070-123 45 67.',
    sv: 'Skriv ett svenskt mobilnummer, till exempel 070-123 45 67.',
  },
  'telefonnummer.format': {
    en: 'Enter a Swedish phone number, for example 08-123 456 78 or 070-123 45 67.',
    sv: 'Skriv ett svenskt telefonnummer, till exempel 08-123 456 78 eller 070-123 45 67.',
  },
}

export const getValidationMessage = ({
  code,
  language,
}: {
  code: ValidationErrorCode
  language?: string
}): string => {
  const isEnglish = language?.toLowerCase().startsWith('en') ?? false

  return isEnglish ? validationMessages[code].en : validationMessages[code].sv
}
