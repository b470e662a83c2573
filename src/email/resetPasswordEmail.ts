import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import type { Bestallare } from '../payload-types'

import { getID } from '../db/getID'
import { getServerURL } from '../serverURL'
import { registerPendingEmail } from './pendingEmails'
import { resetPasswordEmail } from './templates'

/** Set-password and reset links both open our page, which explains an expired link. */
export const getPasswordLink = (token: string): string =>
  `${getServerURL()}/losenord/${encodeURIComponent(token)}`

export const passwordLinkValidityMs = 24 * 60 * 60 * 1000

type GeneratorArgs = { req?: PayloadRequest; token?: string; user?: Bestallare }

export const generateResetEmailHTML = async ({ req, token, user }: GeneratorArgs = {}) => {
  if (!token || !user) {
    throw new Error('Återställningsmejlet saknar token eller användare')
  }
  const content = resetPasswordEmail({ fornamn: user.fornamn, link: getPasswordLink(token) })
  registerPendingEmail({
    email: {
      dedupeKey: `aterstall-losenord/${user.id}-${randomUUID()}`,
      mall: 'aterstall-losenord',
      refs: { bestallare: user.id, konto: getID(user.konto) },
      req,
      text: content.text,
    },
    html: content.html,
  })
  return content.html
}

export const generateResetEmailSubject = async () =>
  resetPasswordEmail({ fornamn: null, link: '' }).subject
