import type { DocumentViewServerProps, Payload } from 'payload'

import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Bestallare, Slutkund } from '../../src/payload-types'
import type { Fixture } from '../harness/fixtures'

import { SlutkundMeddelanden } from '../../src/components/SlutkundMeddelanden'
import { bootPayload } from '../harness/bootPayload'
import { createFixture } from '../harness/fixtures'

let payload: Payload
let fixture: Fixture

beforeAll(async () => {
  for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'RESEND_API_KEY']) {
    delete process.env[name]
  }
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'flik' })
  await payload.create({
    collection: 'ordrar',
    context: { now: new Date('2027-01-05T10:00:00.000Z') },
    data: {
      leveransdatum: '2027-01-12',
      leveransfonster: fixture.fonsterB.id,
      ordernummer: 'FLIK-1',
      slutkund: fixture.slutkundB.id,
      status: 'mottagen',
      stopptid: '2027-01-11T11:00:00.000Z',
    },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await payload.destroy()
})

const renderTab = async ({ slutkund, user }: { slutkund: Slutkund; user: Bestallare }) => {
  const req = await createLocalReq({ user: { ...user, collection: 'bestallare' } }, payload)
  const element = await SlutkundMeddelanden({
    doc: slutkund,
    initPageResult: { req },
  } as unknown as DocumentViewServerProps)
  return renderToStaticMarkup(element)
}

describe('Meddelanden tab', () => {
  it('should list the slutkund’s planned day-before SMS for a beställare of its enhet', async () => {
    const html = await renderTab({ slutkund: fixture.slutkundB, user: fixture.bestallareB })
    expect(html).toContain('<td>SMS: Dagen före leverans</td>')
    expect(html).toContain('<td>2027-01-11 17:00</td>')
    expect(html).toContain('<td>Planerad</td>')
  })

  it('should list nothing for a user of another konto', async () => {
    const html = await renderTab({ slutkund: fixture.slutkundB, user: fixture.adminOther })
    expect(html).toContain(
      '<p>Inga SMS eller e-postmeddelanden har planerats eller skickats till slutkunden.</p>',
    )
  })
})
