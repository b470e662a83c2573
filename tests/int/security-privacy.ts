// Anything shaped like a personnummer or samordningsnummer, with or without century.
const personnummerShape = /(?<!\d)(?:\d{2})?\d{6}[-+]\d{4}(?!\d)/

/**
 * Log lines that carry personal data: one of the given values (names, addresses, door
 * codes used by the test) or anything shaped like a personnummer. Returns the offending
 * lines, cut short, so a failure shows where the leak is.
 */
export const findPersonalData = ({
  lines,
  values,
}: {
  lines: string[]
  values: string[]
}): string[] =>
  lines
    .filter((line) => personnummerShape.test(line) || values.some((value) => line.includes(value)))
    .map((line) => line.slice(0, 300))
