import type { FieldAccess } from 'payload'

import { isSupport } from '../src/auth/roles'

export const fieldSupportOnly: FieldAccess = ({ req: { user } }) => isSupport(user)
