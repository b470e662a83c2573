export const orderStatuses = ['mottagen', 'plockas', 'pa-vag', 'levererad', 'makulerad'] as const

export type OrderStatus = (typeof orderStatuses)[number]

export const orderStatusOptions = [
  { label: { en: 'Received', sv: 'Mottagen' }, value: 'mottagen' },
  { label: { en: 'Being picked', sv: 'Plockas' }, value: 'plockas' },
  { label: { en: 'On the way', sv: 'På väg' }, value: 'pa-vag' },
  { label: { en: 'Delivered', sv: 'Levererad' }, value: 'levererad' },
  { label: { en: 'Cancelled', sv: 'Makulerad' }, value: 'makulerad' },
] satisfies { label: { en: string; sv: string }; value: OrderStatus }[]
