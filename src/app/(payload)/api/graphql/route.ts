import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refuseBrokenJson } from '../../../../graphql/refuseBrokenJson'

export const POST = refuseBrokenJson(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
