import type { CollectionConfig, Endpoint } from 'payload'

import { NotFound } from 'payload'

const refuse: Endpoint['handler'] = (req) => {
  throw new NotFound(req.t)
}

// Payload serves these routes on every collection; where there are no versions to read or
// restore, its handlers fail as a 500 (`GET /api/slutkunder/versions`).
const versionRoutes: Endpoint[] = [
  { handler: refuse, method: 'get', path: '/versions' },
  { handler: refuse, method: 'get', path: '/versions/:id' },
  { handler: refuse, method: 'post', path: '/versions/:id' },
]

/** A collection without versions answers its version routes with 404, as for any unknown route. */
export const withoutVersionRoutes = (collection: CollectionConfig): CollectionConfig =>
  collection.versions
    ? collection
    : {
        ...collection,
        // Ours come first: Payload takes the first endpoint that matches.
        endpoints: [...versionRoutes, ...(collection.endpoints || [])],
      }
