import type { Payload } from 'payload'

import { supportContact } from '../konto/defaults'
import { escapeHtml } from './html'
import { portalName } from './templates'

export type PasswordLinkState = 'giltig' | 'ogiltig' | 'utgangen'

/** Whether a set-password or reset link can still be used, judged by Payload's own token. */
export const getPasswordLinkState = async ({
  now = new Date(),
  payload,
  token,
}: {
  now?: Date
  payload: Payload
  token: string
}): Promise<PasswordLinkState> => {
  if (!/^[0-9a-f]{40}$/.test(token)) {
    return 'ogiltig'
  }
  const { docs } = await payload.find({
    collection: 'bestallare',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { resetPasswordExpiration: true },
    showHiddenFields: true,
    where: { resetPasswordToken: { equals: token } },
  })
  const expiration = (docs[0] as undefined | { resetPasswordExpiration?: null | string })
    ?.resetPasswordExpiration
  if (!docs[0]) {
    return 'ogiltig'
  }
  return expiration && new Date(expiration).getTime() > now.getTime() ? 'giltig' : 'utgangen'
}

const page = ({ body, title }: { body: string; title: string }): string => `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${portalName}</title>
<style>body{font-family:sans-serif;line-height:1.5;max-width:36rem;margin:3rem auto;padding:0 1rem}label,input,button{display:block;font-size:1rem}input{margin:.25rem 0 1rem;padding:.5rem;width:100%;box-sizing:border-box}button{padding:.5rem 1rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
<footer><p>Coop Företagssupport: ${escapeHtml(supportContact.phone)} · <a href="mailto:${supportContact.email}">${escapeHtml(supportContact.email)}</a> · Öppettider ${escapeHtml(supportContact.hours)}</p></footer>
</body>
</html>`

const newLinkForm = `<form method="post" action="/losenord/ny-lank">
<label for="email">Din e-postadress</label>
<input id="email" name="email" type="email" autocomplete="email" required>
<button type="submit">Skicka ny länk</button>
</form>`

const html = (status: number, content: string): Response =>
  new Response(content, { headers: { 'Content-Type': 'text/html; charset=utf-8' }, status })

export const expiredLinkPage = (state: Exclude<PasswordLinkState, 'giltig'>): Response =>
  html(
    410,
    page({
      body: `<p>${
        state === 'utgangen'
          ? 'Länken har gått ut. En länk för att välja lösenord gäller i 24 timmar och kan bara användas en gång.'
          : 'Länken fungerar inte. Den kan ha gått ut, redan ha använts eller ha kopierats ofullständigt.'
      }</p>
<p>Fyll i din e-postadress så skickar vi en ny länk.</p>
${newLinkForm}`,
      title: 'Länken har gått ut',
    }),
  )

/** The same answer whether or not the address belongs to a user. */
export const newLinkSentPage = (): Response =>
  html(
    200,
    page({
      body: `<p>Om adressen finns hos oss har vi skickat ett mejl med en ny länk. Länken gäller i 24 timmar.</p>
<p><a href="/admin/login">Till inloggningen</a></p>`,
      title: 'Kolla din e-post',
    }),
  )

export const missingEmailPage = (): Response =>
  html(
    400,
    page({
      body: `<p>Fyll i din e-postadress.</p>\n${newLinkForm}`,
      title: 'Skicka ny länk',
    }),
  )
