import { createHmac, randomBytes } from 'node:crypto'

/** 256 random bits, URL-safe: what the shop receives and sends back once. */
export const createHandoffToken = (): string => randomBytes(32).toString('base64url')

/** Keyed with the server secret, so a copy of the database alone cannot forge a hand-off. */
export const hashHandoffToken = ({ secret, token }: { secret: string; token: string }): string =>
  createHmac('sha256', secret).update(token).digest('hex')
