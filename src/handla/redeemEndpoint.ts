import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { getPortalMessage } from '../i18n/portalMessages'
import { redeemHandoff } from './redeemHandoff'

/** `POST /api/handla/redeem` with `{ "token": "…" }`, for a `butik` integration's API key. */
export const redeemEndpoint: Endpoint = {
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const outcome = await redeemHandoff({
      now: new Date(),
      payload: req.payload,
      token: req.data?.token,
      user: req.user,
    })
    if (outcome.kind === 'refused') {
      const message = getPortalMessage({ key: outcome.messageKey, language: req.i18n?.language })
      return Response.json({ errors: [{ message }] }, { status: outcome.status })
    }
    return Response.json(outcome.result, {
      headers: { 'Cache-Control': 'no-store' },
      status: 200,
    })
  },
  method: 'post',
  path: '/handla/redeem',
}
