import type { Order } from '../payload-types'

import { formatStockholmLongDate } from '../delivery/stockholmTime'
import { supportContact } from '../konto/defaults'
import { paragraphsToHtml } from './html'

export const portalName = 'Ombudshandel'

export type EmailContent = { html: string; subject: string; text: string }

const supportParagraph = `Frågor? Kontakta Coop Företagssupport på ${supportContact.phone} eller ${supportContact.email} (öppet ${supportContact.hours}).`

const toContent = ({ paragraphs, subject }: { paragraphs: string[]; subject: string }) => ({
  html: paragraphsToHtml(paragraphs),
  subject,
  text: paragraphs.join('\n\n'),
})

export const welcomeEmail = ({
  email,
  fornamn,
  kontoNamn,
  link,
}: {
  email: string
  fornamn: string
  kontoNamn: null | string
  link: string
}): EmailContent =>
  toContent({
    paragraphs: [
      `Hej ${fornamn}!`,
      `Du har fått ett konto i ${portalName}${kontoNamn ? ` för ${kontoNamn}` : ''} – portalen där hemtjänsten handlar mat åt sina kunder.`,
      `Välj ditt lösenord med länken nedan. Länken gäller i 24 timmar.\n${link}`,
      `Du loggar in med din e-postadress ${email}. Har länken hunnit gå ut kan du be om en ny på sidan som länken öppnar.`,
      supportParagraph,
    ],
    subject: `Välkommen till ${portalName} – välj ditt lösenord`,
  })

export const resetPasswordEmail = ({
  fornamn,
  link,
}: {
  fornamn: null | string
  link: string
}): EmailContent =>
  toContent({
    paragraphs: [
      fornamn ? `Hej ${fornamn}!` : 'Hej!',
      `Vi har fått en begäran om att återställa ditt lösenord i ${portalName}. Välj ett nytt lösenord med länken nedan. Länken gäller i 24 timmar.\n${link}`,
      'Har du inte bett om detta kan du bortse från meddelandet – ditt lösenord ändras inte.',
      supportParagraph,
    ],
    subject: `Återställ ditt lösenord i ${portalName}`,
  })

const formatBelopp = (belopp: number): string =>
  `${belopp.toLocaleString('sv-SE', { maximumFractionDigits: 2, minimumFractionDigits: 2 })} kr`

export const orderConfirmationEmail = ({
  leveranstid,
  order,
  slutkundNamn,
}: {
  leveranstid: null | string
  order: Pick<Order, 'belopp' | 'leveransdatum' | 'ordernummer'>
  slutkundNamn: string
}): EmailContent => {
  const datum = formatStockholmLongDate(new Date(order.leveransdatum))
  const rader = [
    `Ordernummer: ${order.ordernummer}`,
    `Leverans: ${datum}${leveranstid ? ` ${leveranstid}` : ''}`,
    ...(typeof order.belopp === 'number' ? [`Belopp: ${formatBelopp(order.belopp)}`] : []),
  ]
  return toContent({
    paragraphs: [
      'Hej!',
      `Här är en kopia av orderbekräftelsen och kvittot för beställningen till ${slutkundNamn}. Du får kopian eftersom din adress är angiven hos oss för kopior av orderbekräftelser.`,
      rader.join('\n'),
      supportParagraph,
    ],
    subject: `Orderbekräftelse och kvitto ${order.ordernummer} – ${portalName}`,
  })
}
