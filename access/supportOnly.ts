import type { Access } from 'payload'

import { isSupport } from '../src/auth/roles'

export const supportOnly: Access = ({ req: { user } }) => isSupport(user)
