/** One line of a text-only PDF page; `gap` is extra space above it in points. */
export type PdfLine = { gap?: number; isBold?: boolean; size?: number; text: string }

const pageWidth = 595
const pageHeight = 842
const margin = 56

// The standard fonts with WinAnsiEncoding cover å, ä, ö, é and the dashes Swedish uses.
const toWinAnsi = (text: string): Buffer =>
  Buffer.from(text.replace(/–/g, '\u0096').replace(/—/g, '\u0097').replace(/[’‘]/g, "'"), 'latin1')

const escapePdfText = (bytes: Buffer): string =>
  bytes.toString('latin1').replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')

const buildContent = (lines: PdfLine[]): string => {
  let y = pageHeight - margin
  const operations: string[] = []
  for (const { gap = 0, isBold = false, size = 11, text } of lines) {
    y -= gap + size * 1.4
    operations.push(
      `BT /${isBold ? 'F2' : 'F1'} ${size} Tf ${margin} ${y.toFixed(1)} Td (${escapePdfText(toWinAnsi(text))}) Tj ET`,
    )
  }
  return operations.join('\n')
}

/**
 * A one-page A4 PDF of plain lines in Helvetica: enough for a form to print and fill in
 * by hand, without a PDF library.
 */
export const createTextPdf = ({ lines, title }: { lines: PdfLine[]; title: string }): Buffer => {
  const content = Buffer.from(buildContent(lines), 'latin1')
  const font = (name: string) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    font('Helvetica'),
    font('Helvetica-Bold'),
    `<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`,
    `<< /Title (${escapePdfText(toWinAnsi(title))}) /Producer (Ombudshandel) >>`,
  ]

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let length = chunks[0].length
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(length)
    const chunk = Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1')
    chunks.push(chunk)
    length += chunk.length
  })

  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n')
  chunks.push(Buffer.from(xref, 'latin1'))
  return Buffer.concat(chunks)
}
