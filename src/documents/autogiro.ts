import type { PdfLine } from './createTextPdf'

import { createTextPdf } from './createTextPdf'

/** Where a signed direct-debit consent goes: Intrum handles the grocer's invoices. */
export const autogiroMottagare = {
  adress: 'Intrum Sverige AB, 105 24 Stockholm',
  epost: 'se.betalgruppen.mail@intrum.com',
} as const

export const autogiroFilename = 'autogiroanmalan-ombudshandel.pdf'

const field = (label: string): PdfLine => ({
  gap: 6,
  text: `${label}: ______________________________________________`,
})

/** The demo's own autogiro consent form, written for this portal. */
export const createAutogiroPdf = (): Buffer =>
  createTextPdf({
    lines: [
      { isBold: true, size: 18, text: 'Anmälan om autogiro – Ombudshandel Online' },
      {
        gap: 10,
        text: 'Med autogiro dras beloppet för fakturor från Ombudshandel Online från betalarens',
      },
      { text: 'konto på förfallodagen. Fakturorna administreras av Intrum Sverige AB.' },
      { gap: 14, isBold: true, size: 13, text: 'Betalare (slutkund eller god man)' },
      field('Namn'),
      field('Personnummer (ÅÅÅÅMMDD-XXXX)'),
      field('Adress'),
      field('Postnummer och ort'),
      field('Telefon'),
      { gap: 14, isBold: true, size: 13, text: 'Konto som betalningarna dras från' },
      field('Bank'),
      field('Clearingnummer'),
      field('Kontonummer'),
      { gap: 14, isBold: true, size: 13, text: 'Medgivande' },
      {
        gap: 4,
        text: 'Jag medger att betalningar för mina fakturor från Ombudshandel Online får dras',
      },
      { text: 'från kontot ovan via autogiro. Medgivandet gäller tills jag säger upp det.' },
      field('Ort och datum'),
      field('Kontohavarens underskrift'),
      field('Namnförtydligande'),
      { gap: 18, isBold: true, size: 13, text: 'Skicka blanketten till' },
      { gap: 4, text: autogiroMottagare.adress },
      { text: `eller som skannad bilaga till ${autogiroMottagare.epost}` },
      {
        gap: 14,
        size: 9,
        text: 'Anmälan kan också göras i slutkundens internetbank. Frågor: Coop Företagssupport, 0771-17 17 77.',
      },
    ],
    title: 'Anmälan om autogiro – Ombudshandel Online',
  })
