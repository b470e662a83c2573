import type { Payload } from 'payload'

import type { HjalpAmne } from '../hjalp/amnen'
import type { HelpBlock } from '../hjalp/lexical'

import { autogiroFilename, autogiroMottagare, createAutogiroPdf } from '../documents/autogiro'
import { toLexical } from '../hjalp/lexical'

type SeedPage = { amne: HjalpAmne; blocks: HelpBlock[]; ordning: number; titel: string }

const sharedPages: SeedPage[] = [
  {
    amne: 'slutkund',
    blocks: [
      {
        paragraph:
          'Personuppgifterna gäller leveransen: adressen dit varorna körs och hur kunden nås när chauffören kommer. Fält med * måste fyllas i.',
      },
      {
        paragraph:
          '**Kommentar till beställare och plockare** sparas på slutkunden och följer med varje beställning. Skriv till exempel allergier eller specialkost här.',
      },
      {
        paragraph:
          '**Leveranstid** väljs bland enhetens leveransfönster. Kundens fasta leveransdagar kan ändras när som helst.',
      },
    ],
    ordning: 1,
    titel: 'Så fyller du i slutkunden',
  },
  {
    amne: 'kommentar-chauffor',
    blocks: [
      {
        paragraph:
          'Skriv kort det chauffören behöver veta vid dörren, högst 100 tecken. Det syns för chauffören vid varje leverans.',
      },
      {
        list: [
          'Ring på dörrklockan, kunden hör dåligt.',
          'Kunden svarar i fast telefon 0346-123 45.',
          'Använd digital nyckel vid leverans.',
        ],
      },
      { paragraph: 'Skriv inte personnummer eller uppgifter om hälsa i kommentaren.' },
    ],
    ordning: 2,
    titel: 'Vad skriver jag i ”Kommentar till chaufför”?',
  },
  {
    amne: 'digital-nyckel',
    blocks: [
      {
        paragraph:
          'Ska chauffören öppna med kommunens digitala nyckel? Kryssa i **Digital nyckel** och skriv det gärna i kommentaren till chauffören.',
      },
      {
        paragraph:
          '**Viktigt:** meddela alltid kommunens larmadministratör när en slutkund får eller slutar med digital nyckel, när uppgifterna för en sådan kund ändras och när kunden tas bort. Portalen ändrar inte behörigheten i låssystemet.',
      },
    ],
    ordning: 3,
    titel: 'Digital nyckel – glöm inte larmadministratören',
  },
  {
    amne: 'sms-mobil',
    blocks: [
      {
        paragraph:
          'Till mobilnumret skickas ett SMS dagen före leveransen och ett när chauffören närmar sig, med en länk som visar ungefär när bilen är framme.',
      },
      {
        paragraph:
          '**Ange aldrig ett fast telefonnummer här.** Ett SMS till en fast telefon blir ett uppringt röstsamtal hos kunden. Skriv det fasta numret i ”Kommentar till chaufför” i stället.',
      },
      {
        paragraph:
          'Saknar kunden mobil lämnar du fältet tomt. Då används kontots fiktiva nummer och inga SMS skickas.',
      },
    ],
    ordning: 4,
    titel: 'Mobilnummer för SMS – inte fast telefon',
  },
  {
    amne: 'autogiro',
    blocks: [
      {
        paragraph:
          'Fakturorna administreras av Intrum, så medgivandet till autogiro lämnas till dem. Kunden eller gode mannen kan anmäla sig i sin internetbank eller med blanketten.',
      },
      {
        list: [
          'Ladda ner autogiroanmälan under Dokument (länken finns också i formuläret vid fakturabetalning).',
          `Fyll i och skriv under, och skicka den till ${autogiroMottagare.adress}.`,
          `Eller mejla den skannade blanketten till ${autogiroMottagare.epost}.`,
        ],
      },
    ],
    ordning: 5,
    titel: 'Autogiro för fakturor',
  },
]

/** The shared help pages and the autogiro form; skipped where they already exist. */
export const seedHelpAndDocuments = async (payload: Payload): Promise<void> => {
  const { totalDocs: pageCount } = await payload.count({
    collection: 'hjalp',
    overrideAccess: true,
  })
  if (pageCount === 0) {
    for (const { blocks, ...page } of sharedPages) {
      await payload.create({
        collection: 'hjalp',
        data: { ...page, innehall: toLexical(blocks), visaVidFormular: true },
      })
    }
  }

  const { totalDocs: documentCount } = await payload.count({
    collection: 'dokument',
    overrideAccess: true,
  })
  if (documentCount === 0) {
    const pdf = createAutogiroPdf()
    await payload.create({
      collection: 'dokument',
      data: {
        epost: autogiroMottagare.epost,
        mottagare: autogiroMottagare.adress,
        titel: 'Autogiroanmälan',
        typ: 'autogiro',
      },
      file: { name: autogiroFilename, data: pdf, mimetype: 'application/pdf', size: pdf.length },
    })
  }
}
