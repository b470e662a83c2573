import type { PayloadRequest } from 'payload'

import { asPortalUser } from '../src/auth/roles'

/** Admin-panel entry: any logged-in portal user, never an integration's API key. */
export const anyPortalUser = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  asPortalUser(user) !== null
