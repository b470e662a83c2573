import type { LoggerOptions } from 'pino'

import { build } from 'pino-pretty'

import { scrubError } from './scrubError'

/** Payload's own logger settings, with errors serialized without the values of a query. */
export const portalLoggerOptions: LoggerOptions = {
  serializers: { err: scrubError },
}

export const portalLogger = {
  destination: build({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  options: portalLoggerOptions,
}
