import type { AfterErrorHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import { getPortalMessage } from '../src/i18n/portalMessages'

/**
 * A wrong password, an unknown e-mail address and a locked account get one and the same
 * answer. Payload's own message for a locked account would tell anyone who tries five times
 * that the address has an account. Registered on the config, not the collection: only there
 * does GraphQL's login run it too.
 */
export const answerLoginRefusalsAlike: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // GraphQL hands over its own error with Payload's as the original.
  const cause = (error as { originalError?: unknown }).originalError ?? error
  if (!(cause instanceof LockedAuth || cause instanceof AuthenticationError)) {
    return
  }
  const message = getPortalMessage({ key: 'inloggning.nekad', language: req.i18n?.language })
  return {
    graphqlResult: graphqlResult && { ...graphqlResult, message },
    response: { errors: [{ message }] },
    status: 401,
  }
}
