import { supportContact } from '../konto/defaults'

/** Messages of the portal's own rules (validators of single values have theirs in src/validation). */
export const portalMessages = {
  'betalsatt.ejIAvtal': {
    en: 'This payment method is not part of your municipality’s agreement. Choose another.',
    sv: 'Betalsättet ingår inte i kommunens avtal. Välj ett annat betalsätt.',
  },
  'enhet.otillganglig': {
    en: 'You cannot use this unit. Choose one of your own units.',
    sv: 'Du kan inte använda den här enheten. Välj en av dina egna enheter.',
  },
  'enheter.annatKonto': {
    en: 'Every unit must belong to the same account as the user.',
    sv: 'Alla enheter måste höra till samma konto som användaren.',
  },
  'konto.saknas': {
    en: 'Choose the account the user belongs to.',
    sv: 'Välj vilket konto användaren hör till.',
  },
  'leveransfonster.felEnhet': {
    en: 'Choose delivery times of the chosen unit only.',
    sv: 'Välj bara leveranstider som hör till den valda enheten.',
  },
  'leveransfonster.saknas': {
    en: 'Choose at least one delivery time.',
    sv: 'Välj minst en leveranstid.',
  },
  'makulera.efterStopptid': {
    en: `The cut-off time has passed. Call Business support on ${supportContact.phone} (${supportContact.hours}) to cancel the order.`,
    sv: `Stopptiden har passerat. Ring Coop Företagssupport på ${supportContact.phone} (${supportContact.hours}) för att makulera ordern.`,
  },
  'roll.support': {
    en: 'Only Business support can create Business support users.',
    sv: 'Bara Företagssupport kan skapa användare med rollen Företagssupport.',
  },
  'tid.format': {
    en: 'Write the time as HH:mm, e.g. 14:00.',
    sv: 'Skriv tiden som TT:MM, till exempel 14:00.',
  },
  'tid.ordning': {
    en: 'The end time must be after the start time.',
    sv: 'Sluttiden måste vara efter starttiden.',
  },
} as const satisfies Record<string, { en: string; sv: string }>

export type PortalMessageKey = keyof typeof portalMessages

export const getPortalMessage = ({
  key,
  language,
}: {
  key: PortalMessageKey
  language?: string
}): string => (language === 'en' ? portalMessages[key].en : portalMessages[key].sv)
