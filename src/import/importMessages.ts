export type Message = { en: string; sv: string }

/** The import's own messages; field errors come from the collection's validators. */
export const importMessages = {
  betalsatt: (value: string): Message => ({
    en: `Unknown payment method “${value}”. Use Samlingsfaktura, Faktura efter varje köp or Coop Matkonto.`,
    sv: `Okänt betalsätt ”${value}”. Ange Samlingsfaktura, Faktura efter varje köp eller Coop Matkonto.`,
  }),
  boolean: (header: string, value: string): Message => ({
    en: `“${header}” must be Ja or Nej, not “${value}”.`,
    sv: `”${header}” ska vara Ja eller Nej, inte ”${value}”.`,
  }),
  empty: (): Message => ({
    en: 'The file has no rows below the header row.',
    sv: 'Filen har inga rader under rubrikraden.',
  }),
  enhetOkand: (value: string): Message => ({
    en: `No unit you may use is called “${value}”.`,
    sv: `Det finns ingen enhet som du får använda som heter ”${value}”.`,
  }),
  enhetTvetydig: (value: string): Message => ({
    en: `Several units are called “${value}”. Write the unit’s ID instead.`,
    sv: `Flera enheter heter ”${value}”. Skriv enhetens ID i stället.`,
  }),
  leveranstidOkand: (value: string, enhet: string): Message => ({
    en: `The unit “${enhet}” has no delivery time “${value}”. Write e.g. “Måndag 10:00–13:00”.`,
    sv: `Enheten ”${enhet}” har ingen leveranstid ”${value}”. Skriv t.ex. ”Måndag 10:00–13:00”.`,
  }),
  missingColumns: (headers: string[]): Message => ({
    en: `Columns missing from the header row: ${headers.join(', ')}.`,
    sv: `Kolumner saknas i rubrikraden: ${headers.join(', ')}.`,
  }),
  noTransactions: (): Message => ({
    en: 'This database cannot import all rows at once, so nothing was imported.',
    sv: 'Databasen kan inte importera alla rader på en gång, så inget importerades.',
  }),
  row: (rad: number, text: string): Message => ({
    en: `Row ${rad}: ${text}`,
    sv: `Rad ${rad}: ${text}`,
  }),
  stopped: (): Message => ({
    en: 'Nothing was imported: the database refused a row.',
    sv: 'Inget importerades: databasen avvisade en rad.',
  }),
  tooLarge: (max: number): Message => ({
    en: `The file has more than ${max} rows. Split it into smaller files.`,
    sv: `Filen har fler än ${max} rader. Dela upp den i mindre filer.`,
  }),
} satisfies Record<string, (...args: never[]) => Message>

export const pick = (message: Message, language?: string): string =>
  language === 'en' ? message.en : message.sv
