import { getPayload } from 'payload'

import config from '../../../../../payload.config'
import { handleHandlaRequest } from '../../../../handla/handleHandlaRequest'

export const dynamic = 'force-dynamic'

export const GET = async (
  request: Request,
  { params }: { params: Promise<{ slutkundId: string }> },
): Promise<Response> => {
  const { slutkundId } = await params
  const payload = await getPayload({ config })
  return handleHandlaRequest({ now: new Date(), payload, request, slutkundID: slutkundId })
}
