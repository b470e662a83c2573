import type { UIFieldServerComponent } from 'payload'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { getUserScope } from '../../auth/getUserScope'
import { getID } from '../../db/getID'
import { findFormularHjalp } from '../../hjalp/findFormularHjalp'

const texts = {
  en: { heading: 'Help for this form' },
  sv: { heading: 'Hjälp för formuläret' },
}

/** The konto's (or the shared) help pages, beside the slutkund form. */
export const SlutkundHjalp: UIFieldServerComponent = async ({ data, i18n, payload, req }) => {
  const scope = getUserScope(req.user)
  const kontoID =
    getID((data as { konto?: number | string } | undefined)?.konto) ??
    (scope.kind === 'administrator' || scope.kind === 'bestallare' ? scope.kontoID : null)
  const sidor = await findFormularHjalp({ kontoID, payload, req })
  if (sidor.length === 0) {
    return null
  }

  const { heading } = i18n.language === 'en' ? texts.en : texts.sv
  return (
    <aside aria-label={heading} className="slutkund-hjalp">
      <h2 className="slutkund-hjalp__rubrik">{heading}</h2>
      {sidor.map((sida) => (
        <details className="slutkund-hjalp__sida" key={sida.id}>
          <summary>{sida.titel}</summary>
          <RichText data={sida.innehall} />
        </details>
      ))}
    </aside>
  )
}
