import type { FieldAccess } from 'payload'

import { isAdministrator, isSupport } from '../src/auth/roles'

export const fieldSupportOrAdministrator: FieldAccess = ({ req: { user } }) =>
  isSupport(user) || isAdministrator(user)
