import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { isSupport } from '../../src/auth/roles'
import { getPortalMessage } from '../../src/i18n/portalMessages'

export const refuseSupportRoleFromAdministrator: CollectionBeforeValidateHook = ({ data, req }) => {
  if (req.user && data?.roll === 'support' && !isSupport(req.user)) {
    throw new ValidationError({
      collection: 'bestallare',
      errors: [
        {
          message: getPortalMessage({ key: 'roll.support', language: req.i18n?.language }),
          path: 'roll',
        },
      ],
    })
  }
  return data
}
