import type { I18nClient } from '@payloadcms/translations'

import { supportContact } from '../konto/defaults'

const texts = {
  en: {
    name: 'Coop Business support',
    hours: 'Opening hours',
    label: 'Contact Coop Business support',
  },
  sv: { name: 'Coop Företagssupport', hours: 'Öppettider', label: 'Kontakt Coop Företagssupport' },
}

/** Företagssupport's contact, shown on every admin page and on the login page. */
export const SupportContact = ({ i18n }: { i18n?: I18nClient }) => {
  const { name, hours, label } = i18n?.language === 'en' ? texts.en : texts.sv
  return (
    <aside aria-label={label} className="support-contact">
      <strong>{name}:</strong>{' '}
      <a href={`tel:${supportContact.phone.replace(/[^0-9+]/g, '')}`}>{supportContact.phone}</a>
      {' · '}
      <a href={`mailto:${supportContact.email}`}>{supportContact.email}</a>
      {' · '}
      <span>
        {hours} {supportContact.hours}
      </span>
    </aside>
  )
}
