export type LogCapture = {
  clear: () => void
  // Each line parsed as JSON; lines that are not JSON are skipped.
  entries: () => Record<string, unknown>[]
  lines: string[]
  // Shaped like pino's DestinationStream, so it fits Payload's `logger.destination`.
  stream: { write: (chunk: string | Uint8Array) => boolean }
}

export const createLogCapture = (): LogCapture => {
  const lines: string[] = []
  let pending = ''

  // pino writes one line per call, but a stream may split or join them: split on newlines.
  const write = (chunk: string | Uint8Array): boolean => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const parts = pending.split('\n')
    pending = parts.pop() ?? ''
    for (const part of parts) {
      if (part.trim() !== '') {
        lines.push(part)
      }
    }
    return true
  }

  const entries = (): Record<string, unknown>[] =>
    lines.flatMap((line) => {
      try {
        const parsed: unknown = JSON.parse(line)
        return parsed && typeof parsed === 'object' ? [parsed as Record<string, unknown>] : []
      } catch {
        return []
      }
    })

  return {
    clear: () => {
      lines.length = 0
      pending = ''
    },
    entries,
    lines,
    stream: { write },
  }
}
