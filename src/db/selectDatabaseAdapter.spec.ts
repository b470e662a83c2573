import { describe, expect, it } from 'vitest'

import { getDatabaseKind, selectDatabaseAdapter } from './selectDatabaseAdapter'

describe('selectDatabaseAdapter', () => {
  it('should choose SQLite for an empty DATABASE_URI', () => {
    expect(getDatabaseKind(undefined)).toBe('sqlite')
    expect(getDatabaseKind('')).toBe('sqlite')
  })

  it('should choose SQLite for a file: URI', () => {
    expect(selectDatabaseAdapter('file:/tmp/ombudshandel-kind.db').name).toBe('sqlite')
  })

  it('should choose PostgreSQL for postgres:// and postgresql:// URIs', () => {
    expect(selectDatabaseAdapter('postgres://u@127.0.0.1:5432/db').name).toBe('postgres')
    expect(getDatabaseKind('postgresql://u@127.0.0.1/db')).toBe('postgres')
  })

  it('should choose MongoDB for a mongodb:// URI without connecting', () => {
    expect(selectDatabaseAdapter('mongodb://127.0.0.1:27017/db').name).toBe('mongoose')
  })

  it('should refuse a URI of another kind with a message naming the accepted ones', () => {
    expect(() => getDatabaseKind('mysql://127.0.0.1/db')).toThrow(
      'DATABASE_URI must be empty, file:…, postgres://… or mongodb://…',
    )
  })
})
