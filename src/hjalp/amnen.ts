/** What a help page is about; a konto's own page replaces the shared one on the same subject. */
export const hjalpAmneOptions = [
  {
    label: { en: 'Registering a resident', sv: 'Registrera slutkund' },
    value: 'slutkund',
  },
  {
    label: { en: 'Comment for the driver', sv: 'Kommentar till chaufför' },
    value: 'kommentar-chauffor',
  },
  { label: { en: 'Digital key', sv: 'Digital nyckel' }, value: 'digital-nyckel' },
  { label: { en: 'SMS and landlines', sv: 'SMS och fast telefon' }, value: 'sms-mobil' },
  { label: { en: 'Direct debit', sv: 'Autogiro' }, value: 'autogiro' },
  { label: { en: 'Other', sv: 'Övrigt' }, value: 'ovrigt' },
] as const satisfies { label: { en: string; sv: string }; value: string }[]

export type HjalpAmne = (typeof hjalpAmneOptions)[number]['value']
