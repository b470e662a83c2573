import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Fixture } from '../harness/fixtures'
import type { ApiServer } from '../harness/startApiServer'

import { autogiroFilename } from '../../src/documents/autogiro'
import { findAutogiroDokument } from '../../src/documents/findAutogiroDokument'
import { seedHelpAndDocuments } from '../../src/seed/seedHelpAndDocuments'
import { bootPayload } from '../harness/bootPayload'
import { createFixture, fixturePassword } from '../harness/fixtures'
import { loginOverHttp, startApiServer } from '../harness/startApiServer'

// Uploads of this file go to a temporary folder, never into the repository's data/.
await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  process.env.OMBUDSHANDEL_UPLOADS_DIR = mkdtempSync(path.join(tmpdir(), 'ombudshandel-uploads-'))
})

let payload: Payload
let fixture: Fixture
let server: ApiServer

const fileUrl = () => `${server.url}/api/dokument/file/${autogiroFilename}`

beforeAll(async () => {
  payload = await bootPayload()
  fixture = await createFixture({ payload, tag: 'dok' })
  await seedHelpAndDocuments(payload)
  server = await startApiServer()
})

afterAll(async () => {
  await server.stop()
  await payload.destroy()
})

describe('autogiro document', () => {
  it('should download the autogiro PDF with the recipient address for a logged-in beställare', async () => {
    const token = await loginOverHttp({
      email: fixture.bestallareA.email,
      password: fixturePassword,
      url: server.url,
    })

    const response = await fetch(fileUrl(), { headers: { Authorization: `JWT ${token}` } })
    const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1')

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.startsWith('%PDF-1.4')).toBe(true)
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(pdf).toContain('(Intrum Sverige AB, 105 24 Stockholm)')
    expect(pdf).toContain('se.betalgruppen.mail@intrum.com')
  })

  it('should refuse the autogiro PDF to an anonymous visitor', async () => {
    const response = await fetch(fileUrl())
    const body = await response.text()

    expect(response.status).toBe(403)
    expect(body).not.toContain('%PDF')
  })

  it('should write a PDF whose cross-reference table points at every object', async () => {
    const [dokument] = (await payload.find({ collection: 'dokument' })).docs
    const response = await fetch(fileUrl(), {
      headers: {
        Authorization: `JWT ${await loginOverHttp({ email: fixture.admin.email, password: fixturePassword, url: server.url })}`,
      },
    })
    const pdf = Buffer.from(await response.arrayBuffer())
    const text = pdf.toString('latin1')
    const startxref = Number(text.match(/startxref\n(\d+)/)?.[1])
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) =>
      Number(match[1]),
    )

    expect(dokument.mimeType).toBe('application/pdf')
    expect(dokument.filesize).toBe(pdf.length)
    expect(text.slice(startxref, startxref + 4)).toBe('xref')
    expect(offsets.map((offset) => text.slice(offset, text.indexOf('\n', offset)))).toEqual([
      '1 0 obj',
      '2 0 obj',
      '3 0 obj',
      '4 0 obj',
      '5 0 obj',
      '6 0 obj',
      '7 0 obj',
    ])
  })

  it('should give the slutkund form the autogiro link and where to send the form', async () => {
    const req = await createLocalReq(
      { user: { ...fixture.bestallareA, collection: 'bestallare' } },
      payload,
    )

    const dokument = await findAutogiroDokument({ payload, req })
    expect(dokument?.url).toBe(`http://localhost:3000/api/dokument/file/${autogiroFilename}`)
    expect(dokument?.mottagare).toBe('Intrum Sverige AB, 105 24 Stockholm')
    expect(dokument?.epost).toBe('se.betalgruppen.mail@intrum.com')
  })

  it('should refuse a beställare uploading a document', async () => {
    const token = await loginOverHttp({
      email: fixture.bestallareA.email,
      password: fixturePassword,
      url: server.url,
    })
    const form = new FormData()
    form.append('_payload', JSON.stringify({ titel: 'Egen blankett', typ: 'ovrigt' }))
    form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'egen.pdf')

    const response = await fetch(`${server.url}/api/dokument`, {
      body: form,
      headers: { Authorization: `JWT ${token}` },
      method: 'POST',
    })
    expect(response.status).toBe(403)
  })
})
