import { supportContact } from '../konto/defaults'

/** Företagssupport's contact, shown on every admin page and on the login page. */
export const SupportContact = () => (
  <aside aria-label="Kontakt Coop Företagssupport" className="support-contact">
    <strong>Coop Företagssupport:</strong>{' '}
    <a href={`tel:${supportContact.phone.replace(/[^0-9+]/g, '')}`}>{supportContact.phone}</a>
    {' · '}
    <a href={`mailto:${supportContact.email}`}>{supportContact.email}</a>
    {' · '}
    <span>Öppettider {supportContact.hours}</span>
  </aside>
)
