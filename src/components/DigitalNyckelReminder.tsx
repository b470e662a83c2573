'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

const texts = {
  en: {
    changed:
      'You have changed the digital key. Remember to tell the municipality’s alarm administrator (Pulsen Combine) once you have saved.',
    hasKey:
      'This resident has a digital key. If you change the address or delivery days, or remove the resident, tell the municipality’s alarm administrator (Pulsen Combine).',
  },
  sv: {
    changed:
      'Du har ändrat digital nyckel. Glöm inte att meddela kommunens larmadministratör i Pulsen Combine när du har sparat.',
    hasKey:
      'Slutkunden har digital nyckel. Ändrar du adress eller leveransdagar, eller tar bort slutkunden, måste du meddela kommunens larmadministratör i Pulsen Combine.',
  },
}

/**
 * The driver's digital key is administered in the municipality's alarm system, not here:
 * whenever it is turned on or off, or a slutkund who has it is changed or removed, the
 * person must be reminded to tell the alarm administrator.
 */
export const DigitalNyckelReminder = () => {
  const { i18n } = useTranslation()
  const { initialData } = useDocumentInfo()
  const current = useFormFields(([fields]) => fields.digitalNyckel?.value) === true
  const saved = initialData?.digitalNyckel === true

  const { changed, hasKey } = i18n.language === 'en' ? texts.en : texts.sv
  const message = current !== saved ? changed : saved ? hasKey : null

  return (
    <div aria-live="polite" className="digital-nyckel-reminder" role="status">
      {message ? <p className="digital-nyckel-reminder__text">{message}</p> : null}
    </div>
  )
}
