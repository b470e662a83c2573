import config from '@payload-config'
import { getPayload } from 'payload'

import { handleNewPasswordLink } from '../../../../email/passwordLinkRoutes'

export const POST = async (request: Request): Promise<Response> =>
  handleNewPasswordLink({ payload: await getPayload({ config }), request })
