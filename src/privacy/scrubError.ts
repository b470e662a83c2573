import { stdSerializers } from 'pino'

const hidden = '[dolt]'

/** Database drivers put the bound values of a failed query in the message and stack. */
const scrubText = (text: string): string =>
  text.replace(/\bparams: [^\n]*/g, `params: ${hidden}`).replace(/\)=\([^)]*\)/g, `)=(${hidden})`)

type SerializedError = ReturnType<typeof stdSerializers.err> & Record<string, unknown>

const scrubSerialized = (serialized: SerializedError): SerializedError => {
  const scrubbed: SerializedError = { ...serialized }
  for (const [key, value] of Object.entries(scrubbed)) {
    if (key === 'params' || key === 'parameters' || key === 'detail') {
      scrubbed[key] = hidden
    } else if (typeof value === 'string') {
      scrubbed[key] = scrubText(value)
    } else if (value && typeof value === 'object' && 'message' in value) {
      scrubbed[key] = scrubSerialized(value as SerializedError)
    }
  }
  return scrubbed
}

/**
 * pino's error serializer with the values of failed queries removed: a unique-constraint
 * or insert error would otherwise write a resident's personnummer or address to the log.
 */
export const scrubError = (err: unknown): SerializedError =>
  err instanceof Error
    ? scrubSerialized(stdSerializers.err(err) as SerializedError)
    : (err as SerializedError)
