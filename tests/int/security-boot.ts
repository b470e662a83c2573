import type { Payload, SanitizedConfig } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'

import type { LogCapture } from '../support/captureLogs'

import { portalLoggerOptions } from '../../src/privacy/portalLogger'
import { createLogCapture } from '../support/captureLogs'

/**
 * The real Payload app with its logger writing into memory, so a test can scan everything
 * the server logged. Payload caches the instance, so the REST and GraphQL handlers of
 * `startApiServer` log into the same capture.
 */
export const bootWithLogCapture = async (): Promise<{ logs: LogCapture; payload: Payload }> => {
  const logs = createLogCapture()
  const logger = { destination: logs.stream, options: { ...portalLoggerOptions, level: 'debug' } }
  // Payload reads `logger` at init as the raw config gives it; the sanitized type is stricter.
  const payload = await getPayload({
    config: { ...(await config), logger } as unknown as SanitizedConfig,
  })
  return { logs, payload }
}
