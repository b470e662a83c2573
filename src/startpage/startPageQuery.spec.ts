import { describe, expect, it } from 'vitest'

import { parseStartPageQuery, toStartPageSearch } from './startPageQuery'

describe('parseStartPageQuery', () => {
  it('should fall back to the first page of 25 by efternamn', () => {
    expect(parseStartPageQuery(new URLSearchParams(''))).toEqual({
      antal: 25,
      enhet: null,
      sida: 1,
      sok: '',
      sortera: 'efternamn',
    })
  })

  it('should ignore an unknown sort, a negative page and an oversized page size', () => {
    const query = parseStartPageQuery({ antal: '5000', sida: '-2', sortera: 'password' })

    expect({ antal: query.antal, sida: query.sida, sortera: query.sortera }).toEqual({
      antal: 100,
      sida: 1,
      sortera: 'efternamn',
    })
  })

  it('should read back what toStartPageSearch wrote', () => {
    const query = { antal: 50, enhet: '7', sida: 3, sok: 'Storgatan 12', sortera: '-namn' as const }

    expect(parseStartPageQuery(new URLSearchParams(toStartPageSearch(query)))).toEqual(query)
  })
})

describe('toStartPageSearch', () => {
  it('should leave defaults out of the URL', () => {
    expect(toStartPageSearch({ antal: 25, sida: 1, sok: '', sortera: 'efternamn' })).toBe('')
  })
})
