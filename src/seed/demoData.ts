import type { Betalsatt } from '../betalsatt'

/** Demo password for every demo login; printed on start, never used outside a demo. */
export const demoPassword = 'Demo-Ombud-2026'

export const demoKonto = {
  bestallareTelefon: '0346-88 60 00',
  namn: 'Falkenbergs kommun',
  organisationsnummer: '212000-1215',
}

export const demoEnheter = [
  {
    fonster: [
      { sluttid: '13:00', starttid: '10:00', veckodag: 'mandag' },
      { sluttid: '13:00', starttid: '10:00', veckodag: 'onsdag' },
      { sluttid: '16:00', starttid: '13:00', veckodag: 'fredag' },
    ],
    namn: 'Hemtjänst Centrum',
  },
  {
    fonster: [
      { sluttid: '12:00', starttid: '09:00', veckodag: 'tisdag' },
      { sluttid: '16:00', starttid: '13:00', veckodag: 'torsdag' },
    ],
    namn: 'Hemtjänst Skrea',
  },
  {
    fonster: [
      { sluttid: '16:00', starttid: '13:00', veckodag: 'tisdag' },
      { sluttid: '12:00', starttid: '09:00', veckodag: 'fredag' },
    ],
    namn: 'Hemtjänst Ullared',
  },
] as const

export const demoUsers = [
  {
    efternamn: 'Lind',
    email: 'support@ombudshandel.test',
    enheter: [],
    farLaggaTillSlutkunder: false,
    fornamn: 'Sara',
    roll: 'support',
  },
  {
    efternamn: 'Karlsson',
    email: 'admin@falkenberg.test',
    enheter: [],
    farLaggaTillSlutkunder: false,
    fornamn: 'Anders',
    roll: 'administrator',
  },
  {
    efternamn: 'Johansson',
    email: 'maria.centrum@falkenberg.test',
    enheter: ['Hemtjänst Centrum'],
    farLaggaTillSlutkunder: true,
    fornamn: 'Maria',
    roll: 'bestallare',
  },
  {
    efternamn: 'Nilsson',
    email: 'erik.skrea@falkenberg.test',
    enheter: ['Hemtjänst Skrea', 'Hemtjänst Ullared'],
    farLaggaTillSlutkunder: true,
    fornamn: 'Erik',
    roll: 'bestallare',
  },
  {
    efternamn: 'Andersson',
    email: 'lena.ullared@falkenberg.test',
    enheter: ['Hemtjänst Ullared'],
    farLaggaTillSlutkunder: false,
    fornamn: 'Lena',
    roll: 'bestallare',
  },
] as const

export const demoFornamn = [
  'Astrid',
  'Gunnar',
  'Ingrid',
  'Sven',
  'Margit',
  'Karl',
  'Elsa',
  'Nils',
  'Greta',
  'Bertil',
  'Maj',
  'Olof',
  'Signe',
  'Harald',
  'Dagny',
  'Ture',
  'Inga',
  'Erland',
  'Britta',
  'Folke',
]

export const demoEfternamn = [
  'Svensson',
  'Persson',
  'Gustafsson',
  'Olsson',
  'Larsson',
  'Jönsson',
  'Bengtsson',
  'Pettersson',
  'Magnusson',
  'Holm',
  'Åberg',
  'Ström',
]

export const demoAdresser = [
  { gatuadress: 'Storgatan', ort: 'Falkenberg', postnummer: '311 31' },
  { gatuadress: 'Nygatan', ort: 'Falkenberg', postnummer: '311 32' },
  { gatuadress: 'Arvidstorpsvägen', ort: 'Falkenberg', postnummer: '311 38' },
  { gatuadress: 'Holgersgatan', ort: 'Falkenberg', postnummer: '311 34' },
  { gatuadress: 'Skreavägen', ort: 'Falkenberg', postnummer: '311 42' },
  { gatuadress: 'Tullbrogatan', ort: 'Falkenberg', postnummer: '311 33' },
  { gatuadress: 'Sandgatan', ort: 'Falkenberg', postnummer: '311 45' },
  { gatuadress: 'Ullaredsvägen', ort: 'Ullared', postnummer: '311 60' },
]

export const demoBetalsatt: Betalsatt[] = ['samlingsfaktura', 'faktura', 'matkonto']

/** PTS reserves 070-174 06 05 … 070-174 06 99 for fiction: safe in a demo. */
export const fictionalMobile = (index: number): string =>
  `070174${String(605 + (index % 95)).padStart(4, '0')}`

/** A valid personnummer (Luhn check digit) for a made-up date and serial. */
export const fictivePersonnummer = (index: number): string => {
  const year = 1928 + (index % 20)
  const month = String(1 + (index % 12)).padStart(2, '0')
  const day = String(1 + ((index * 7) % 28)).padStart(2, '0')
  const serial = String(980 + (index % 20)).padStart(3, '0')
  const nine = `${String(year).slice(2)}${month}${day}${serial}`
  const sum = [...nine].reduce((total, digit, position) => {
    const product = Number(digit) * (position % 2 === 0 ? 2 : 1)
    return total + (product > 9 ? product - 9 : product)
  }, 0)
  return `${year}${month}${day}-${serial}${(10 - (sum % 10)) % 10}`
}
