'use client'

import { useFormFields } from '@payloadcms/ui'

import type { KontoInstallningar } from '../../konto/kontoInstallningar'

/** The konto's own help text for one field of the slutkund form, under its input. */
export const FaltHjalp = ({ falt }: { falt: string }) => {
  const installningar = useFormFields(
    ([fields]) => fields.kontoInstallningar?.value as KontoInstallningar | null | undefined,
  )
  const text = installningar?.falthjalp?.[falt]
  if (!text) {
    return null
  }
  return <p className="falt-hjalp field-description">{text}</p>
}
