import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, Forbidden } from 'payload'
import { z } from 'zod'

import { isAdministrator, isSupport } from '../auth/roles'
import { importSlutkunderCsv } from './importSlutkunder'

const maxCsvLength = 5_000_000

const ZImportBody = z.object({
  csv: z.string().min(1).max(maxCsvLength),
  isDryRun: z.boolean().default(true),
})

const readBody = async (req: PayloadRequest) => {
  const parsed = ZImportBody.safeParse(await req.json?.().catch(() => null))
  if (!parsed.success) {
    throw new APIError(
      req.i18n?.language === 'en'
        ? 'Send { csv, isDryRun } as JSON; the file may be at most 5 MB.'
        : 'Skicka { csv, isDryRun } som JSON; filen får vara högst 5 MB.',
      400,
    )
  }
  return parsed.data
}

/**
 * `POST /api/slutkunder/import` for support and administrators. A dry run (the default)
 * answers with the preview; `isDryRun: false` imports when every row passes. With
 * `Accept: application/x-ndjson` the answer streams one progress line per row, then the
 * result, so the admin view can show how far it has come.
 */
export const importSlutkunderEndpoint: Endpoint = {
  handler: async (req) => {
    if (!isSupport(req.user) && !isAdministrator(req.user)) {
      throw new Forbidden(req.t)
    }
    const { csv, isDryRun } = await readBody(req)

    if (!req.headers.get('accept')?.includes('application/x-ndjson')) {
      return Response.json(await importSlutkunderCsv({ csv, isDryRun, req }))
    }

    const encoder = new TextEncoder()
    const stream = new ReadableStream<Uint8Array>({
      start: async (controller) => {
        const send = (line: unknown) =>
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        try {
          const result = await importSlutkunderCsv({
            csv,
            isDryRun,
            onProgress: (progress) => send({ ...progress, type: 'progress' }),
            req,
          })
          send({ type: 'result', result })
        } catch (err) {
          req.payload.logger.error({ err, msg: 'Slutkund import failed', userID: req.user?.id })
          send({ type: 'error' })
        }
        controller.close()
      },
    })
    return new Response(stream, {
      headers: { 'Cache-Control': 'no-store', 'Content-Type': 'application/x-ndjson' },
    })
  },
  method: 'post',
  path: '/import',
}
