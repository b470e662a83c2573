import { describe, expect, it } from 'vitest'

import { parseCsv, parseCsvRecords, toCsv } from './csv'

describe('csv', () => {
  it('should start with a BOM and separate cells with semicolons and rows with CRLF', () => {
    expect(
      toCsv([
        ['Förnamn', 'Ort'],
        ['Åsa', 'Falkenberg'],
      ]),
    ).toBe('\uFEFFFörnamn;Ort\r\nÅsa;Falkenberg\r\n')
  })

  it('should quote cells with separators, quotes and line breaks', () => {
    expect(toCsv([['a;b', 'sa "hej"', 'rad1\nrad2']])).toBe(
      '\uFEFF"a;b";"sa ""hej""";"rad1\nrad2"\r\n',
    )
  })

  it('should guard a cell that a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+46701740610']])).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")";\'+46701740610\r\n',
    )
  })

  it('should read back exactly what it wrote', () => {
    const rows = [
      ['Förnamn', 'Kommentar'],
      ['Åsa', 'Ring på; "två" gånger\nsen vänta'],
      ['-', '=1+1'],
      ['', ' blanksteg '],
    ]
    expect(parseCsv(toCsv(rows))).toEqual(rows)
  })

  it('should number records as a spreadsheet shows its rows, empty lines and line breaks included', () => {
    expect(parseCsvRecords('A;B\r\n\r\n"x\ny";1\r\nz;2\r\n')).toEqual([
      { cells: ['A', 'B'], row: 1 },
      { cells: ['x\ny', '1'], row: 3 },
      { cells: ['z', '2'], row: 4 },
    ])
  })

  it('should read comma-separated files without a BOM and skip empty lines', () => {
    expect(parseCsv('Förnamn,Ort\n\nÅsa,Falkenberg\n')).toEqual([
      ['Förnamn', 'Ort'],
      ['Åsa', 'Falkenberg'],
    ])
  })
})
