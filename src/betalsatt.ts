export const betalsattValues = ['samlingsfaktura', 'faktura', 'matkonto'] as const

export type Betalsatt = (typeof betalsattValues)[number]

export const betalsattOptions = [
  {
    label: { en: 'Consolidated monthly invoice', sv: 'Samlingsfaktura' },
    value: 'samlingsfaktura',
  },
  { label: { en: 'Invoice per purchase', sv: 'Faktura efter varje köp' }, value: 'faktura' },
  { label: { en: 'Coop Matkonto (prepaid)', sv: 'Coop Matkonto' }, value: 'matkonto' },
] satisfies { label: { en: string; sv: string }; value: Betalsatt }[]

/** The invoice recipient section is shown and required only for these. */
export const isInvoiceBetalsatt = (value: unknown): boolean =>
  value === 'samlingsfaktura' || value === 'faktura'
