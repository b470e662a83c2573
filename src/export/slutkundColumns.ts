import type { Betalsatt } from '../betalsatt'
import type { Enhet, Leveransfonster, Slutkund } from '../payload-types'

import { betalsattOptions } from '../betalsatt'
import { veckodagLabels } from '../delivery/types'

/** How a column's cells are written and read; `text` columns hold the field as it is. */
export type ColumnKind =
  'betalsatt' | 'boolean' | 'enhet' | 'id' | 'kopia' | 'leveransfonster' | 'personnummer' | 'text'

export type SlutkundColumn = {
  header: string
  kind: ColumnKind
  /** Dotted path of the slutkund field, e.g. `faktura.ort`. */
  path: string
  isRequired?: boolean
}

/** The export's columns, Swedish headers as in the form; the import reads the same. */
export const slutkundColumns: SlutkundColumn[] = [
  { header: 'ID', kind: 'id', path: 'id' },
  { header: 'Förnamn', isRequired: true, kind: 'text', path: 'fornamn' },
  { header: 'Efternamn', isRequired: true, kind: 'text', path: 'efternamn' },
  { header: 'Gatuadress', isRequired: true, kind: 'text', path: 'gatuadress' },
  { header: 'Postnummer', isRequired: true, kind: 'text', path: 'postnummer' },
  { header: 'Ort', isRequired: true, kind: 'text', path: 'ort' },
  { header: 'Mobilnummer', kind: 'text', path: 'mobilnummer' },
  { header: 'Telefonnummer', kind: 'text', path: 'telefonnummer' },
  { header: 'Portkod', kind: 'text', path: 'portkod' },
  { header: 'E-postadress', kind: 'text', path: 'epost' },
  { header: 'Kommentar till beställare och plockare', kind: 'text', path: 'kommentarBestallare' },
  { header: 'Enhet', isRequired: true, kind: 'enhet', path: 'enhet' },
  { header: 'Leveranstid', isRequired: true, kind: 'leveransfonster', path: 'leveransfonster' },
  { header: 'Kommentar till chaufför', kind: 'text', path: 'kommentarChauffor' },
  { header: 'Medmera-ID', kind: 'text', path: 'medmeraId' },
  { header: 'Betalsätt', isRequired: true, kind: 'betalsatt', path: 'betalsatt' },
  { header: 'Personnummer', kind: 'personnummer', path: 'faktura.personnummer' },
  { header: 'Fakturamottagarens förnamn', kind: 'text', path: 'faktura.fornamn' },
  { header: 'Fakturamottagarens efternamn', kind: 'text', path: 'faktura.efternamn' },
  { header: 'Referens', kind: 'text', path: 'faktura.referens' },
  { header: 'C/O', kind: 'text', path: 'faktura.co' },
  { header: 'Fakturaadress', kind: 'text', path: 'faktura.gatuadress' },
  { header: 'Fakturapostnummer', kind: 'text', path: 'faktura.postnummer' },
  { header: 'Fakturaort', kind: 'text', path: 'faktura.ort' },
  { header: 'Fakturor till e-postadress', kind: 'text', path: 'faktura.epost' },
  { header: 'Mobilnummer för SMS-avisering', kind: 'text', path: 'smsNummer' },
  { header: 'Behöver hjälp med upplockning av varor', kind: 'boolean', path: 'upplockningshjalp' },
  { header: 'Kan handla själv', kind: 'boolean', path: 'kanHandlaSjalv' },
  { header: 'Kopia av orderbekräftelse & kvitto', kind: 'kopia', path: 'kopiaOrderbekraftelse' },
  { header: 'Digital nyckel', kind: 'boolean', path: 'digitalNyckel' },
]

export const jaNej = { ja: 'Ja', nej: 'Nej' } as const

/** "Måndag 10:00–13:00", the way a leveransfönster is written in the file. */
export const formatLeveransfonster = (
  fonster: Pick<Leveransfonster, 'sluttid' | 'starttid' | 'veckodag'>,
): string => `${veckodagLabels[fonster.veckodag].sv} ${fonster.starttid}–${fonster.sluttid}`

export const leveransfonsterSeparator = ', '

export const betalsattLabel = (value: Betalsatt): string =>
  betalsattOptions.find((option) => option.value === value)?.label.sv ?? value

/** `19121212-1212` → `19121212-****`: the birth date stays, the last four are hidden. */
export const maskPersonnummer = (personnummer: string): string =>
  personnummer.replace(/^(\d{8})-?\d{4}$/, '$1-****')

const getPath = (doc: Slutkund, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], doc)

/** One slutkund (read at depth 1) as the cells of a row, in column order. */
export const toCells = ({
  canReadPersonnummer,
  doc,
}: {
  canReadPersonnummer: boolean
  doc: Slutkund
}): string[] =>
  slutkundColumns.map(({ kind, path }) => {
    const value = getPath(doc, path)
    switch (kind) {
      case 'betalsatt':
        return value ? betalsattLabel(value as Betalsatt) : ''
      case 'boolean':
        return value ? jaNej.ja : jaNej.nej
      case 'enhet':
        return value && typeof value === 'object' ? (value as Enhet).namn : ''
      case 'kopia':
        return ((value as Slutkund['kopiaOrderbekraftelse']) ?? [])
          .map(({ epost }) => epost)
          .join(leveransfonsterSeparator)
      case 'leveransfonster':
        return ((value as Slutkund['leveransfonster']) ?? [])
          .filter((fonster): fonster is Leveransfonster => typeof fonster === 'object')
          .map(formatLeveransfonster)
          .join(leveransfonsterSeparator)
      case 'personnummer':
        return typeof value === 'string'
          ? canReadPersonnummer
            ? value
            : maskPersonnummer(value)
          : ''
      default:
        return value === null || value === undefined ? '' : String(value)
    }
  })
