import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // Tests and local demos reach the dev server on the loopback address, not only localhost.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
