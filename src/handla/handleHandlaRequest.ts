import type { Payload } from 'payload'

import { asPortalUser } from '../auth/roles'
import { getPortalMessage } from '../i18n/portalMessages'
import { createHandoff } from './createHandoff'
import { getShopURL, handoffParameter } from './settings'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

const refusalPage = ({ message, status }: { message: string; status: number }): Response =>
  new Response(
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Handla – Ombudshandel</title></head>` +
      `<body><main><h1>Det gick inte att handla</h1><p>${escapeHtml(message)}</p>` +
      `<p><a href="/admin">Tillbaka till startsidan</a></p></main></body></html>`,
    {
      headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' },
      status,
    },
  )

const redirect = (location: string): Response =>
  new Response(null, {
    headers: { 'Cache-Control': 'no-store', Location: location, 'Referrer-Policy': 'no-referrer' },
    status: 303,
  })

/**
 * `GET /handla/:slutkundId`: the logged-in portal user who may see the slutkund is sent to
 * the shop with a fresh hand-off; anyone else is sent to log in or refused.
 */
export const handleHandlaRequest = async ({
  now,
  payload,
  request,
  shopURL = getShopURL(),
  slutkundID,
}: {
  now: Date
  payload: Payload
  request: Request
  shopURL?: string
  slutkundID: string
}): Promise<Response> => {
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !asPortalUser(user)) {
    return redirect(`/admin/login?redirect=${encodeURIComponent(`/handla/${slutkundID}`)}`)
  }

  const language = payload.config.i18n.fallbackLanguage
  const handoff = await createHandoff({ now, payload, slutkundID, user })
  if (handoff.kind === 'forbidden') {
    return refusalPage({
      message: getPortalMessage({ key: 'handla.ejBehorig', language }),
      status: 403,
    })
  }
  if (handoff.kind === 'missing') {
    return refusalPage({
      message: getPortalMessage({ key: 'ordrar.slutkundOkand', language }),
      status: 404,
    })
  }
  if (handoff.kind === 'no-delivery') {
    return refusalPage({
      message: getPortalMessage({ key: 'handla.ingenLeverans', language }),
      status: 409,
    })
  }

  const target = new URL(shopURL)
  target.searchParams.set(handoffParameter, handoff.token)
  return redirect(target.toString())
}
