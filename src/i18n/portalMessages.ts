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
  'handla.ejBehorig': {
    en: 'You may not shop for this resident.',
    sv: 'Du har inte behörighet att handla åt den här slutkunden.',
  },
  'handla.ingenLeverans': {
    en: 'The resident has no active delivery time. Choose one on the resident before shopping.',
    sv: 'Slutkunden saknar aktiv leveranstid. Välj en leveranstid på slutkunden innan du handlar.',
  },
  'inloggning.nekad': {
    en: 'The e-mail address or password is wrong. After five failed attempts, logging in is locked for ten minutes.',
    sv: 'E-postadressen eller lösenordet är fel. Efter fem misslyckade försök låses inloggningen i tio minuter.',
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
  'makulera.ejAktiv': {
    en: `The order is on its way and can no longer be cancelled in the portal. Call Business support on ${supportContact.phone} (${supportContact.hours}).`,
    sv: `Ordern är på väg och kan inte längre makuleras i portalen. Ring Coop Företagssupport på ${supportContact.phone} (${supportContact.hours}).`,
  },
  'makulera.ejBehorig': {
    en: 'You may not cancel this order.',
    sv: 'Du har inte behörighet att makulera den här ordern.',
  },
  'makulera.klar': {
    en: 'The order is cancelled.',
    sv: 'Ordern är makulerad.',
  },
  'makulera.levererad': {
    en: `The order has already been delivered and cannot be cancelled. Call Business support on ${supportContact.phone} (${supportContact.hours}) if something is wrong.`,
    sv: `Ordern är redan levererad och kan inte makuleras. Ring Coop Företagssupport på ${supportContact.phone} (${supportContact.hours}) om något är fel.`,
  },
  'makulera.okand': {
    en: 'The order does not exist.',
    sv: 'Ordern finns inte.',
  },
  'makulera.redanMakulerad': {
    en: 'The order is already cancelled.',
    sv: 'Ordern är redan makulerad.',
  },
  'ordrar.bestallareOgiltig': {
    en: 'The orderer must be a user who may see the resident.',
    sv: 'Beställaren måste vara en användare som får se slutkunden.',
  },
  'ordrar.finnsRedan': {
    en: 'The order already exists. No new order was created.',
    sv: 'Ordern finns redan. Ingen ny order skapades.',
  },
  'ordrar.fonsterFelEnhet': {
    en: 'The delivery window does not belong to the resident’s unit.',
    sv: 'Leveransfönstret hör inte till slutkundens enhet.',
  },
  'ordrar.fonsterSaknas': {
    en: 'The resident has no delivery window on that weekday. Give the delivery window.',
    sv: 'Slutkunden har inget leveransfönster den veckodagen. Ange leveransfönster.',
  },
  'ordrar.kontoEjTillatet': {
    en: 'This integration may not place orders for the resident’s account.',
    sv: 'Integrationen får inte lägga ordrar för slutkundens konto.',
  },
  'ordrar.leveransdatumFormat': {
    en: 'Give the delivery date as YYYY-MM-DD.',
    sv: 'Ange leveransdatum som ÅÅÅÅ-MM-DD.',
  },
  'ordrar.ordernummerAnnanSlutkund': {
    en: 'The order number is already used by an order for another resident.',
    sv: 'Ordernumret används redan av en order för en annan slutkund.',
  },
  'ordrar.ordernummerUpptaget': {
    en: 'The order number is already used by another order.',
    sv: 'Ordernumret används redan av en annan order.',
  },
  'ordrar.slutkundOkand': {
    en: 'The resident does not exist or has been removed.',
    sv: 'Slutkunden finns inte eller har tagits bort.',
  },
  'ordrar.slutkundSaknas': {
    en: 'Give the resident the order is for.',
    sv: 'Ange vilken slutkund ordern gäller.',
  },
  'ordrar.sparningslankFormat': {
    en: 'The tracking link must be a web address starting with https:// or http://.',
    sv: 'Spårningslänken måste vara en webbadress som börjar med https:// eller http://.',
  },
  'ordrar.sparningslankSaknas': {
    en: 'Give the tracking link when the order is on its way.',
    sv: 'Ange spårningslänken när ordern är på väg.',
  },
  'ordrar.statusBakat': {
    en: 'The status only moves forward: received → being picked → on the way → delivered, or to cancelled.',
    sv: 'Statusen kan bara flyttas framåt: mottagen → plockas → på väg → levererad, eller till makulerad.',
  },
  'overlamning.annatKonto': {
    en: 'This integration may not act for the resident’s account.',
    sv: 'Integrationen får inte agera för slutkundens konto.',
  },
  'overlamning.anvand': {
    en: 'The hand-off has already been used. Press Handla in the portal again.',
    sv: 'Överlämningen är redan använd. Tryck på Handla i portalen igen.',
  },
  'overlamning.endastButik': {
    en: 'Only a web shop integration may redeem a hand-off.',
    sv: 'Bara en butiksintegration kan lösa in en överlämning.',
  },
  'overlamning.okand': {
    en: 'The hand-off does not exist.',
    sv: 'Överlämningen finns inte.',
  },
  'overlamning.saknas': {
    en: 'Give the hand-off token.',
    sv: 'Ange överlämningens token.',
  },
  'overlamning.utgangen': {
    en: 'The hand-off has expired. Press Handla in the portal again.',
    sv: 'Överlämningen har gått ut. Tryck på Handla i portalen igen.',
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
