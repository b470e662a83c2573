export const veckodagar = [
  'mandag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lordag',
  'sondag',
] as const

export type Veckodag = (typeof veckodagar)[number]

export const veckodagLabels: Record<Veckodag, { en: string; sv: string }> = {
  fredag: { en: 'Friday', sv: 'Fredag' },
  lordag: { en: 'Saturday', sv: 'Lördag' },
  mandag: { en: 'Monday', sv: 'Måndag' },
  onsdag: { en: 'Wednesday', sv: 'Onsdag' },
  sondag: { en: 'Sunday', sv: 'Söndag' },
  tisdag: { en: 'Tuesday', sv: 'Tisdag' },
  torsdag: { en: 'Thursday', sv: 'Torsdag' },
}

export type LeveransfonsterTider = {
  veckodag: Veckodag
  starttid: string
  sluttid: string
  stopptidDagarFore: number
  stopptidKlockslag: string
}

export type Delivery = {
  /** Local calendar date in Europe/Stockholm, 'YYYY-MM-DD'. */
  leveransdatum: string
  start: Date
  end: Date
  stopptid: Date
}
