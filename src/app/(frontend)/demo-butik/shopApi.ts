import type { RedeemedHandoff } from '../../../handla/redeemHandoff'

import { getDemoButikApiKey } from '../../../handla/settings'
import { getServerURL } from '../../../serverURL'

type ApiResult<T> = { body: T; isOk: true } | { isOk: false; message: string; status: number }

const authorization = () => `integrationer API-Key ${getDemoButikApiKey()}`

const readError = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => null)) as null | {
    errors?: { data?: { errors?: { message: string }[] }; message: string }[]
  }
  const error = body?.errors?.[0]
  return error?.data?.errors?.[0]?.message ?? error?.message ?? `Fel ${response.status}`
}

/** The same REST calls a real shop makes, against this portal's own API. */
export const redeemOverlamning = async (token: string): Promise<ApiResult<RedeemedHandoff>> => {
  const response = await fetch(`${getServerURL()}/api/handla/redeem`, {
    body: JSON.stringify({ token }),
    cache: 'no-store',
    headers: { Authorization: authorization(), 'Content-Type': 'application/json' },
    method: 'POST',
  })
  return response.ok
    ? { body: (await response.json()) as RedeemedHandoff, isOk: true }
    : { isOk: false, message: await readError(response), status: response.status }
}

export const reportOrder = async (order: {
  belopp: number
  bestallare: number
  leveransdatum: string
  leveransfonster: number
  ordernummer: string
  slutkund: number
}): Promise<ApiResult<{ doc: { id: number; ordernummer: string } }>> => {
  const response = await fetch(`${getServerURL()}/api/ordrar`, {
    body: JSON.stringify(order),
    cache: 'no-store',
    headers: { Authorization: authorization(), 'Content-Type': 'application/json' },
    method: 'POST',
  })
  return response.ok
    ? { body: (await response.json()) as { doc: { id: number; ordernummer: string } }, isOk: true }
    : { isOk: false, message: await readError(response), status: response.status }
}
