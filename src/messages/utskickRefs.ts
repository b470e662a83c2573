type ID = number | string

/** What a message is about; `konto` and `enhet` decide who may read its log row. */
export type UtskickRefs = {
  bestallare?: ID | null
  enhet?: ID | null
  konto?: ID | null
  order?: ID | null
  slutkund?: ID | null
}

export const toUtskickRefs = (refs: UtskickRefs) => ({
  bestallare: (refs.bestallare ?? null) as null | number,
  enhet: (refs.enhet ?? null) as null | number,
  konto: (refs.konto ?? null) as null | number,
  order: (refs.order ?? null) as null | number,
  slutkund: (refs.slutkund ?? null) as null | number,
})
