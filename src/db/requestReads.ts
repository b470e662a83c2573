import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  DataFromCollectionSlug,
  PayloadRequest,
} from 'payload'

type Entry = { dependsOn: readonly string[]; value: Promise<unknown> }

const contextKey = 'requestReads'

const entriesOf = (req: PayloadRequest): Map<string, Entry> => {
  const known = req.context[contextKey]
  if (known instanceof Map) {
    return known as Map<string, Entry>
  }
  const entries = new Map<string, Entry>()
  req.context[contextKey] = entries
  return entries
}

/**
 * One read per request of what an order's hooks all need (its slutkund, konto and
 * leveransfönster): an order report otherwise read the slutkund six times. A write to any
 * collection in `dependsOn` during the same request forgets the value (`forgetRequestReads`).
 */
export const readOncePerRequest = <T>({
  dependsOn,
  key,
  load,
  req,
}: {
  dependsOn: readonly string[]
  key: string
  load: () => Promise<T>
  req: PayloadRequest
}): Promise<T> => {
  const entries = entriesOf(req)
  const known = entries.get(key)
  if (known) {
    return known.value as Promise<T>
  }
  const value = load()
  entries.set(key, { dependsOn, value })
  // A failed read is not remembered: the next caller tries again.
  value.catch(() => entries.delete(key))
  return value
}

/** The key a document is remembered under, by findByIDOncePerRequest and rememberForRequest. */
export const requestReadKey = (collection: CollectionSlug, id: number | string): string =>
  `${collection}:${id}`

/**
 * A document by its ID as stored (depth 0, no access check), read once per request.
 * `dependsOn` names further collections whose writes change what the read returns.
 */
export const findByIDOncePerRequest = <TSlug extends CollectionSlug>({
  collection,
  dependsOn = [],
  id,
  req,
  trash = false,
}: {
  collection: TSlug
  dependsOn?: readonly CollectionSlug[]
  id: number | string
  req: PayloadRequest
  trash?: boolean
}): Promise<DataFromCollectionSlug<TSlug> | null> =>
  readOncePerRequest({
    dependsOn: [collection, ...dependsOn],
    key: requestReadKey(collection, id),
    load: () =>
      req.payload
        .find({
          collection,
          depth: 0,
          limit: 1,
          overrideAccess: true,
          pagination: false,
          req,
          trash,
          where: { id: { equals: id } },
        })
        .then(({ docs }) => (docs[0] as DataFromCollectionSlug<TSlug> | undefined) ?? null),
    req,
  })

/** Remembers a value read some other way (e.g. by a filtered find) under its key. */
export const rememberForRequest = <T>({
  dependsOn,
  key,
  req,
  value,
}: {
  dependsOn: readonly string[]
  key: string
  req: PayloadRequest
  value: T
}): void => {
  entriesOf(req).set(key, { dependsOn, value: Promise.resolve(value) })
}

const forget = (req: PayloadRequest, collection: string) => {
  const entries = req.context[contextKey]
  if (!(entries instanceof Map)) {
    return
  }
  for (const [key, entry] of entries as Map<string, Entry>) {
    if (entry.dependsOn.includes(collection)) {
      entries.delete(key)
    }
  }
}

/** First in afterChange of every collection read through `readOncePerRequest`. */
export const forgetRequestReads: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  forget(req, collection.slug)
  return doc
}

export const forgetRequestReadsOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  forget(req, collection.slug)
  return doc
}
