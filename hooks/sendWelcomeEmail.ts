import type { CollectionAfterChangeHook } from 'payload'

import type { Bestallare } from '../src/payload-types'

import { getID } from '../src/db/getID'
import { getPasswordLink } from '../src/email/resetPasswordEmail'
import { sendLoggedEmail } from '../src/email/sendLoggedEmail'
import { welcomeEmail } from '../src/email/templates'
import { getKonto } from '../src/konto/getKonto'

/** Administrators and beställare get a link to choose their password; support is set up apart. */
export const sendWelcomeEmail: CollectionAfterChangeHook<Bestallare> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.roll === 'support') {
    return doc
  }

  // Payload's own reset token, valid as long as the collection's forgotPassword.expiration.
  const token = await req.payload.forgotPassword({
    collection: 'bestallare',
    data: { email: doc.email },
    disableEmail: true,
    req,
  })
  if (!token) {
    throw new Error('Ingen lösenordslänk kunde skapas för den nya användaren')
  }

  const kontoID = getID(doc.konto)
  const konto = kontoID === null ? null : await getKonto({ id: kontoID, req })
  await sendLoggedEmail({
    content: welcomeEmail({
      email: doc.email,
      fornamn: doc.fornamn,
      kontoNamn: konto?.namn ?? null,
      link: getPasswordLink(token),
    }),
    dedupeKey: `valkommen/${doc.id}`,
    mall: 'valkommen',
    payload: req.payload,
    refs: { bestallare: doc.id, konto: kontoID },
    req,
    to: doc.email,
  })
  return doc
}
