import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Andringslogg } from './collections/Andringslogg'
import { Bestallare } from './collections/Bestallare'
import { Dokument } from './collections/Dokument'
import { Enheter } from './collections/Enheter'
import { Hjalp } from './collections/Hjalp'
import { Integrationer } from './collections/Integrationer'
import { Konton } from './collections/Konton'
import { Leveransfonster } from './collections/Leveransfonster'
import { Ordrar } from './collections/Ordrar'
import { Overlamningar } from './collections/Overlamningar'
import { Slutkunder } from './collections/Slutkunder'
import { Utskick } from './collections/Utskick'
import { answerLoginRefusalsAlike } from './hooks/answerLoginRefusalsAlike'
import { withMalformedIDRefusal } from './hooks/refuseMalformedID'
import { selectDatabaseAdapter } from './src/db/selectDatabaseAdapter'
import { resendEmailAdapter } from './src/email/resendEmailAdapter'
import { redeemEndpoint } from './src/handla/redeemEndpoint'
import { jobsConfig } from './src/jobs/jobsConfig'
import { getPayloadSecret } from './src/payloadSecret'
import { portalLogger } from './src/privacy/portalLogger'
import { withoutVersionRoutes } from './src/rest/withoutVersionRoutes'
import { logDemoLogins, seedDemo } from './src/seed/seedDemo'
import { getServerURL } from './src/serverURL'
import { startPageEndpoint } from './src/startpage/startPageEndpoint'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    avatar: 'default',
    components: {
      afterNavLinks: ['/src/components/PortalNavLinks#PortalNavLinks'],
      beforeLogin: ['/src/components/SupportContact#SupportContact'],
      header: ['/src/components/SupportContact#SupportContact'],
      views: {
        dashboard: { Component: '/src/components/StartPage/StartPage#StartPage' },
        hjalpSidor: {
          Component: '/src/components/hjalp/HjalpView#HjalpView',
          path: '/hjalp-sidor',
        },
        slutkunderImport: {
          Component: '/src/components/import/ImportView#ImportView',
          path: '/slutkunder-import',
        },
      },
    },
    dateFormat: 'yyyy-MM-dd HH:mm',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Ombudshandel' },
    user: Bestallare.slug,
  },
  collections: [
    Slutkunder,
    Ordrar,
    Enheter,
    Leveransfonster,
    Bestallare,
    Konton,
    Integrationer,
    Hjalp,
    Dokument,
    Overlamningar,
    Utskick,
    Andringslogg,
  ]
    .map(withMalformedIDRefusal)
    .map(withoutVersionRoutes),
  cors: [getServerURL()],
  csrf: [getServerURL()],
  db: selectDatabaseAdapter(),
  editor: lexicalEditor(),
  email: resendEmailAdapter,
  endpoints: [redeemEndpoint, startPageEndpoint],
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [answerLoginRefusalsAlike] },
  i18n: {
    fallbackLanguage: 'sv',
    supportedLanguages: { en, sv },
  },
  jobs: jobsConfig,
  logger: portalLogger,
  onInit: async (payload) => {
    // `npm run dev` loads the demo into an empty database; tests and production never do.
    if (process.env.OMBUDSHANDEL_SEED_DEMO === 'true') {
      const result = await seedDemo(payload)
      logDemoLogins({ logins: result.logins, payload })
    }
  },
  secret: getPayloadSecret(),
  serverURL: getServerURL(),
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src', 'payload-types.ts') },
})
