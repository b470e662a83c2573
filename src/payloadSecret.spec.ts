import { afterEach, describe, expect, it, vi } from 'vitest'

import { getPayloadSecret } from './payloadSecret'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('getPayloadSecret', () => {
  it('should use PAYLOAD_SECRET when it is set', () => {
    vi.stubEnv('PAYLOAD_SECRET', 'a-real-secret')
    vi.stubEnv('NODE_ENV', 'production')
    expect(getPayloadSecret()).toBe('a-real-secret')
  })

  it('should refuse to run a production server without PAYLOAD_SECRET', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_PHASE', '')
    expect(() => getPayloadSecret()).toThrow(
      'PAYLOAD_SECRET must be set when the portal runs in production.',
    )
  })

  it('should let a production build and development run on the development value', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('NEXT_PHASE', 'phase-production-build')
    expect(getPayloadSecret()).toBe('ombudshandel-development-secret-change-me')
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('NEXT_PHASE', '')
    expect(getPayloadSecret()).toBe('ombudshandel-development-secret-change-me')
  })
})
