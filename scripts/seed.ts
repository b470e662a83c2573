import config from '@payload-config'
import { getPayload } from 'payload'

import { logDemoLogins, seedDemo } from '../src/seed/seedDemo'

const payload = await getPayload({ config })
const result = await seedDemo(payload)
if (!result.isSeeded) {
  payload.logger.info('Databasen har redan data; inget demodata lades in.')
}
logDemoLogins({ logins: result.logins, payload })
await payload.destroy()
process.exit(0)
