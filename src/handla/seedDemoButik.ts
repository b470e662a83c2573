import type { Payload } from 'payload'

import { demoButikNamn, getDemoButikApiKey } from './settings'

/** The stand-in shop's `butik` integration, acting for the demo konto only. */
export const seedDemoButik = async ({
  kontoID,
  payload,
}: {
  kontoID: number | string
  payload: Payload
}): Promise<void> => {
  await payload.create({
    collection: 'integrationer',
    data: {
      apiKey: getDemoButikApiKey(),
      enableAPIKey: true,
      konton: [kontoID as number],
      namn: demoButikNamn,
      typ: 'butik',
    },
    overrideAccess: true,
  })
}
