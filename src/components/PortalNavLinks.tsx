import type { ServerProps } from 'payload'

import { asPortalUser } from '../auth/roles'

/** Links in the admin navigation to the portal's own pages (help, export and import). */
export const PortalNavLinks = ({ i18n, user }: ServerProps) => {
  if (!asPortalUser(user as never)) {
    return null
  }
  const isEnglish = i18n?.language === 'en'
  return (
    <div className="portal-nav-links">
      <a className="nav__link" href="/admin/hjalp-sidor">
        {isEnglish ? 'Help' : 'Hjälp'}
      </a>
      <a className="nav__link" href="/admin/slutkunder-import">
        {isEnglish ? 'Export and import' : 'Export och import'}
      </a>
    </div>
  )
}
