import type { PayloadRequest } from 'payload'

/**
 * The clock for planning messages. Local API callers (tests, scripts) may fix it through
 * `context.now`; REST and GraphQL clients cannot set context, so they always get the real time.
 */
export const getNow = (req: PayloadRequest): Date =>
  req.context?.now instanceof Date ? req.context.now : new Date()
