import type { Access } from 'payload'

import { isAdministrator, isSupport } from '../src/auth/roles'

export const supportOrAdministrator: Access = ({ req: { user } }) =>
  isSupport(user) || isAdministrator(user)
