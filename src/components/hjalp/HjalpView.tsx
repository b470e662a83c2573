import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { getUserScope } from '../../auth/getUserScope'
import { asPortalUser } from '../../auth/roles'
import { findFormularHjalp } from '../../hjalp/findFormularHjalp'

/** `/admin/hjalp-sidor`: every help page of the user's konto, to read on its own. */
export const HjalpView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  if (!asPortalUser(req.user)) {
    redirect('/admin/login')
  }
  const scope = getUserScope(req.user)
  const sidor = await findFormularHjalp({
    isFormOnly: false,
    kontoID: scope.kind === 'administrator' || scope.kind === 'bestallare' ? scope.kontoID : null,
    payload: req.payload,
    req,
  })
  const isEnglish = req.i18n.language === 'en'

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{isEnglish ? 'Help' : 'Hjälp'}</h1>
        <nav aria-label={isEnglish ? 'Help pages' : 'Hjälpsidor'}>
          <ul>
            {sidor.map((sida) => (
              <li key={sida.id}>
                <a href={`#hjalp-${sida.id}`}>{sida.titel}</a>
              </li>
            ))}
          </ul>
        </nav>
        {sidor.map((sida) => (
          <article className="hjalp-sida" id={`hjalp-${sida.id}`} key={sida.id}>
            <h2>{sida.titel}</h2>
            <RichText data={sida.innehall} />
          </article>
        ))}
      </Gutter>
    </DefaultTemplate>
  )
}
