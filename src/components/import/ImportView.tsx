import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { asPortalUser, isAdministrator, isSupport } from '../../auth/roles'
import { ImportClient } from './ImportClient'

/** `/admin/slutkunder-import`: export of the user's slutkunder and, for managers, import. */
export const ImportView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  if (!asPortalUser(req.user)) {
    redirect('/admin/login')
  }
  const language = req.i18n.language
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
        <h1>
          {language === 'en' ? 'Export and import residents' : 'Export och import av slutkunder'}
        </h1>
        <ImportClient
          canImport={isSupport(req.user) || isAdministrator(req.user)}
          language={language}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
