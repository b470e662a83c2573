import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildConfig, getPayload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createLogCapture } from './captureLogs'

describe('createLogCapture', () => {
  it('should collect one line per newline, holding back an unfinished line', () => {
    const capture = createLogCapture()

    capture.stream.write('{"msg":"a"}\n{"msg":')
    capture.stream.write('"b"}\n')
    capture.stream.write(Buffer.from('{"msg":"c"}'))

    expect(capture.lines).toEqual(['{"msg":"a"}', '{"msg":"b"}'])
  })

  it('should parse JSON lines and skip the others', () => {
    const capture = createLogCapture()

    capture.stream.write('{"level":30,"msg":"sent"}\nnot json\n')

    expect(capture.entries()).toEqual([{ level: 30, msg: 'sent' }])
  })

  it('should empty the lines on clear, keeping the same array', () => {
    const capture = createLogCapture()
    const { lines } = capture
    capture.stream.write('one\n')

    capture.clear()

    expect(lines).toEqual([])
    expect(capture.lines).toBe(lines)
  })
})

describe('createLogCapture as the Payload logger destination', () => {
  const capture = createLogCapture()
  let directory: string
  let payload: Awaited<ReturnType<typeof getPayload>>

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'ombudshandel-logs-'))
    const config = buildConfig({
      collections: [],
      db: sqliteAdapter({ client: { url: `file:${join(directory, 'logs.db')}` } }),
      logger: { destination: capture.stream, options: { level: 'debug' } },
      secret: 'capture-logs-self-test',
      telemetry: false,
    })
    payload = await getPayload({ config })
  }, 60_000)

  afterAll(async () => {
    await payload?.destroy()
    await rm(directory, { force: true, recursive: true })
  })

  beforeEach(() => {
    capture.clear()
  })

  it('should receive payload.logger lines as pino JSON with their fields', () => {
    payload.logger.info({ msg: 'SMS sent', orderId: 42 })

    expect(capture.entries()).toEqual([
      expect.objectContaining({ name: 'payload', level: 30, msg: 'SMS sent', orderId: 42 }),
    ])
  })

  it('should keep the raw text of every line for a privacy scan', () => {
    payload.logger.warn({ err: new Error('Invalid phone'), msg: 'SMS failed' })

    expect(capture.lines).toHaveLength(1)
    expect(capture.lines[0]).toContain('"msg":"SMS failed"')
    expect(capture.lines[0]).toContain('Invalid phone')
  })
})
