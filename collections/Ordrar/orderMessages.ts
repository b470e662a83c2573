import type { PayloadRequest } from 'payload'

import type { PortalMessageKey } from '../../src/i18n/portalMessages'

import { getPortalMessage } from '../../src/i18n/portalMessages'

/** A portal message in the language of the request (Swedish unless the caller chose English). */
export const getRequestMessage = ({
  key,
  req,
}: {
  key: PortalMessageKey
  req: Partial<PayloadRequest>
}): string => getPortalMessage({ key, language: req.i18n?.language })
