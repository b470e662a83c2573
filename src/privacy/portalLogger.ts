import type { DestinationStream, LoggerOptions } from 'pino'

import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import { multistream } from 'pino'
import { build } from 'pino-pretty'

import { scrubError } from './scrubError'

/** Payload's own logger settings, with errors serialized without the values of a query. */
export const portalLoggerOptions: LoggerOptions = {
  serializers: { err: scrubError },
}

const pretty = () =>
  build({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' })

/**
 * `OMBUDSHANDEL_LOG_FILE` also writes every log line as JSON to that file: the test suite
 * uses it to scan everything the server logged for personal data.
 */
const createDestination = (): DestinationStream => {
  const file = process.env.OMBUDSHANDEL_LOG_FILE
  if (!file) {
    return pretty()
  }
  mkdirSync(path.dirname(file), { recursive: true })
  return multistream([{ stream: pretty() }, { stream: createWriteStream(file, { flags: 'a' }) }])
}

export const portalLogger = {
  destination: createDestination(),
  options: portalLoggerOptions,
}
