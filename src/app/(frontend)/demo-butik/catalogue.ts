/** A few groceries, enough to show an order going through. Prices in SEK. */
export const demoVaror = [
  { id: 'mjolk', namn: 'Mellanmjölk 1,5 l', pris: 19.9 },
  { id: 'brod', namn: 'Rågbröd skivat 500 g', pris: 32.5 },
  { id: 'smor', namn: 'Smör 500 g', pris: 54.9 },
  { id: 'agg', namn: 'Ägg 12-pack', pris: 45 },
  { id: 'bananer', namn: 'Bananer 1 kg', pris: 26.9 },
  { id: 'kaffe', namn: 'Bryggkaffe 450 g', pris: 69.9 },
  { id: 'potatis', namn: 'Potatis 2 kg', pris: 29.9 },
  { id: 'falukorv', namn: 'Falukorv 800 g', pris: 44.9 },
] as const

export type DemoVara = (typeof demoVaror)[number]

export const formatKronor = (amount: number): string =>
  new Intl.NumberFormat('sv-SE', { currency: 'SEK', style: 'currency' }).format(amount)
