import type { Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The real Payload app on the database the project's setup file chose for this test file. */
export const bootPayload = async (): Promise<Payload> => getPayload({ config })
