import { describe, expect, it } from 'vitest'

import { scrubError } from './scrubError'

describe('scrubError', () => {
  it('should hide the bound values of a failed query in message and stack', () => {
    const err = new Error(
      'Failed query: insert into "slutkunder" ("faktura_personnummer") values ($1)\nparams: 19280101-9809,Storgatan 12',
    )

    const scrubbed = scrubError(err)

    expect(scrubbed.message).toBe(
      'Failed query: insert into "slutkunder" ("faktura_personnummer") values ($1)\nparams: [dolt]',
    )
    expect(scrubbed.stack).not.toContain('19280101-9809')
    expect(scrubbed.stack).not.toContain('Storgatan 12')
  })

  it('should keep PostgreSQL key details out of the serialized error', () => {
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      detail: 'Key (ordernummer)=(W-1001) already exists.',
      parameters: ['W-1001'],
    })

    const scrubbed = scrubError(err)

    expect(scrubbed.detail).toBe('[dolt]')
    expect(scrubbed.parameters).toBe('[dolt]')
    expect(JSON.stringify(scrubError(new Error('Failed query', { cause: err })))).not.toContain(
      'W-1001',
    )
  })

  it('should pass through what is not an error', () => {
    expect(scrubError('text')).toBe('text')
  })
})
