import type { Utskick } from '../payload-types'

export type UtskickKanal = Utskick['kanal']
export type UtskickMall = Utskick['mall']
export type UtskickStatus = Utskick['status']

type Option<T extends string> = { label: { en: string; sv: string }; value: T }

export const utskickKanaler = [
  { label: { en: 'SMS', sv: 'SMS' }, value: 'sms' },
  { label: { en: 'E-mail', sv: 'E-post' }, value: 'epost' },
] as const satisfies Option<string>[]

export const utskickMallar = [
  { label: { en: 'Day before delivery', sv: 'Dagen före leverans' }, value: 'dagen-fore' },
  { label: { en: 'Driver is near', sv: 'Chauffören närmar sig' }, value: 'narmar-sig' },
  { label: { en: 'Welcome', sv: 'Välkommen' }, value: 'valkommen' },
  { label: { en: 'Password reset', sv: 'Återställ lösenord' }, value: 'aterstall-losenord' },
  {
    label: { en: 'Order confirmation', sv: 'Orderbekräftelse' },
    value: 'orderbekraftelse',
  },
] as const satisfies Option<string>[]

export const utskickStatusar = [
  { label: { en: 'Planned', sv: 'Planerad' }, value: 'planerad' },
  { label: { en: 'Sending', sv: 'Skickas' }, value: 'skickas' },
  { label: { en: 'Sent', sv: 'Skickad' }, value: 'skickad' },
  { label: { en: 'Failed', sv: 'Misslyckad' }, value: 'misslyckad' },
  { label: { en: 'Cancelled', sv: 'Avbruten' }, value: 'avbruten' },
  {
    label: { en: 'Not sent: fictive number', sv: 'Ej skickad – fiktivt nummer' },
    value: 'ej-skickad-fiktivt-nummer',
  },
  {
    label: { en: 'Not sent: no provider configured', sv: 'Ej skickad – ingen leverantör' },
    value: 'ej-skickad-ingen-leverantor',
  },
] as const satisfies Option<string>[]
