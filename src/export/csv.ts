/** Excel opens a UTF-8 file with this mark as UTF-8 instead of the system code page. */
export const utf8Bom = '\uFEFF'

/** Swedish Excel splits on semicolons (the comma is the decimal separator). */
export const csvSeparator = ';'

// A cell starting like a formula would run as one in a spreadsheet; the apostrophe
// makes it text, and parseCsv removes it again.
const formulaStart = /^[=+\-@\t\r]/

const toCell = (value: string): string => {
  const safe = formulaStart.test(value) ? `'${value}` : value
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A CSV text for Excel: BOM, `;` between cells, CRLF between rows. */
export const toCsv = (rows: string[][]): string =>
  utf8Bom + rows.map((row) => row.map(toCell).join(csvSeparator)).join('\r\n') + '\r\n'

export type CsvRecord = { cells: string[]; row: number }

/**
 * The non-empty records of a CSV text with their row numbers as a spreadsheet shows them
 * (empty lines count). The separator is `;` or `,` (whichever the header line uses),
 * quotes follow RFC 4180, and a BOM or the formula guard written by `toCsv` is dropped.
 */
export const parseCsvRecords = (text: string): CsvRecord[] => {
  const input = text.startsWith(utf8Bom) ? text.slice(1) : text
  const firstLine = input.slice(0, input.search(/\r?\n|$/))
  const separator = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ','

  const records: CsvRecord[] = []
  let rowNumber = 0
  let row: string[] = []
  let cell = ''
  let isQuoted = false
  let wasQuoted = false

  const endCell = () => {
    const value = wasQuoted ? cell : cell.trim()
    row.push(/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value)
    cell = ''
    wasQuoted = false
  }
  const endRow = () => {
    endCell()
    rowNumber++
    if (row.some((value) => value !== '')) {
      records.push({ cells: row, row: rowNumber })
    }
    row = []
  }

  for (let index = 0; index < input.length; index++) {
    const char = input[index]
    if (isQuoted) {
      if (char === '"' && input[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') {
        isQuoted = false
      } else {
        cell += char
      }
    } else if (char === '"' && cell.trim() === '') {
      isQuoted = true
      wasQuoted = true
      cell = ''
    } else if (char === separator) {
      endCell()
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') {
        index++
      }
      endRow()
    } else {
      cell += char
    }
  }
  if (cell !== '' || row.length > 0) {
    endRow()
  }
  return records
}

/** The non-empty rows of a CSV text; see `parseCsvRecords`. */
export const parseCsv = (text: string): string[][] =>
  parseCsvRecords(text).map(({ cells }) => cells)
