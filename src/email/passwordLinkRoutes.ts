import type { Payload } from 'payload'

import { getPasswordLinkState } from './passwordLinkPages'
import { expiredLinkPage, missingEmailPage, newLinkSentPage } from './passwordLinkPages'

/** GET /losenord/:token – a usable link goes on to Payload's own form, any other explains why. */
export const handlePasswordLink = async ({
  payload,
  token,
}: {
  payload: Payload
  token: string
}): Promise<Response> => {
  const state = await getPasswordLinkState({ payload, token })
  if (state !== 'giltig') {
    return expiredLinkPage(state)
  }
  const adminRoute = payload.config.routes.admin
  return new Response(null, {
    headers: { Location: `${adminRoute}/reset/${encodeURIComponent(token)}` },
    status: 303,
  })
}

/** POST /losenord/ny-lank – a fresh reset link by e-mail, if the address is a user's. */
export const handleNewPasswordLink = async ({
  payload,
  request,
}: {
  payload: Payload
  request: Request
}): Promise<Response> => {
  const form = await request.formData().catch(() => null)
  const email = form?.get('email')
  if (typeof email !== 'string' || email.trim() === '') {
    return missingEmailPage()
  }
  await payload.forgotPassword({ collection: 'bestallare', data: { email: email.trim() } })
  return newLinkSentPage()
}
