import config from '@payload-config'
import { getPayload } from 'payload'

import { handlePasswordLink } from '../../../../email/passwordLinkRoutes'

export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ token: string }> },
): Promise<Response> => {
  const { token } = await params
  return handlePasswordLink({ payload: await getPayload({ config }), token })
}
