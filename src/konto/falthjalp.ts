/** The slutkund form's fields a konto may write its own help text for. */
export const falthjalpOptions = [
  { label: { en: 'Street address', sv: 'Gatuadress' }, value: 'gatuadress' },
  { label: { en: 'Door code', sv: 'Portkod' }, value: 'portkod' },
  {
    label: { en: 'Comment for orderer and picker', sv: 'Kommentar till beställare och plockare' },
    value: 'kommentarBestallare',
  },
  { label: { en: 'Unit', sv: 'Enhet' }, value: 'enhet' },
  { label: { en: 'Delivery time', sv: 'Leveranstid' }, value: 'leveransfonster' },
  {
    label: { en: 'Comment for the driver', sv: 'Kommentar till chaufför' },
    value: 'kommentarChauffor',
  },
  { label: { en: 'Medmera ID', sv: 'Medmera-ID' }, value: 'medmeraId' },
  { label: { en: 'Payment method', sv: 'Betalsätt' }, value: 'betalsatt' },
  { label: { en: 'Invoice recipient', sv: 'Fakturamottagare' }, value: 'faktura' },
  {
    label: { en: 'Mobile for delivery SMS', sv: 'Mobilnummer för SMS-avisering' },
    value: 'smsNummer',
  },
  {
    label: { en: 'Needs help unpacking groceries', sv: 'Behöver hjälp med upplockning av varor' },
    value: 'upplockningshjalp',
  },
  { label: { en: 'Can shop on their own', sv: 'Kan handla själv' }, value: 'kanHandlaSjalv' },
  {
    label: {
      en: 'Send a copy of order confirmation & receipt',
      sv: 'Skicka kopia av orderbekräftelse & kvitto',
    },
    value: 'kopiaOrderbekraftelse',
  },
  { label: { en: 'Digital key', sv: 'Digital nyckel' }, value: 'digitalNyckel' },
] as const satisfies { label: { en: string; sv: string }; value: string }[]

export type FalthjalpFalt = (typeof falthjalpOptions)[number]['value']
