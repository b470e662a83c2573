import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { getID } from '../src/db/getID'
import { maskPersonnummer, maskPortkod } from '../src/privacy/mask'

export const auditedCollections = [
  'konton',
  'bestallare',
  'enheter',
  'leveransfonster',
  'slutkunder',
  'ordrar',
] as const

export const auditOperations = ['create', 'update', 'trash', 'restore', 'delete'] as const

type AuditOperation = (typeof auditOperations)[number]

export type AuditChange = { efter: unknown; falt: string; fore: unknown }

// Secrets and bookkeeping Payload keeps on documents: never copied into the trail.
const ignoredKeys = new Set([
  '_verificationToken',
  '_verified',
  'apiKey',
  'apiKeyIndex',
  'createdAt',
  'hash',
  'lockUntil',
  'loginAttempts',
  'password',
  'resetPasswordExpiration',
  'resetPasswordToken',
  'salt',
  'sessions',
  'updatedAt',
])

const maskers: Partial<Record<string, (value: unknown) => string>> = {
  personnummer: maskPersonnummer,
  portkod: maskPortkod,
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const toComparable = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(toComparable)
  }
  if (isPlainObject(value) && 'id' in value && 'createdAt' in value) {
    return value.id
  }
  return value === undefined ? null : value
}

/** Groups are flattened (`faktura.personnummer`); arrays and relationships compare whole. */
const flatten = (doc: Record<string, unknown>, prefix = ''): Map<string, unknown> => {
  const fields = new Map<string, unknown>()
  for (const [key, value] of Object.entries(doc)) {
    if (ignoredKeys.has(key) || key === 'id') {
      continue
    }
    const path = prefix ? `${prefix}.${key}` : key
    if (isPlainObject(value) && !('id' in value && 'createdAt' in value)) {
      for (const [inner, innerValue] of flatten(value, path)) {
        fields.set(inner, innerValue)
      }
    } else {
      fields.set(path, toComparable(value))
    }
  }
  return fields
}

const mask = (path: string, value: unknown): unknown => {
  const masker = maskers[path.split('.').pop() as string]
  return masker && value !== null ? masker(value) : value
}

export const diffDocuments = ({
  after,
  before,
}: {
  after: Record<string, unknown>
  before: Record<string, unknown>
}): AuditChange[] => {
  const beforeFields = flatten(before)
  const afterFields = flatten(after)
  const paths = new Set([...beforeFields.keys(), ...afterFields.keys()])
  const changes: AuditChange[] = []
  for (const path of [...paths].sort()) {
    const fore = beforeFields.get(path) ?? null
    const efter = afterFields.get(path) ?? null
    if (JSON.stringify(fore) !== JSON.stringify(efter)) {
      changes.push({ efter: mask(path, efter), falt: path, fore: mask(path, fore) })
    }
  }
  return changes
}

const kontoOf = (collection: string, doc: Record<string, unknown>, operation: AuditOperation) => {
  if (collection !== 'konton') {
    return getID(doc.konto as null | number | string | undefined)
  }
  // A removed konto can no longer be referred to; support still reads the entry.
  return operation === 'delete' ? null : getID(doc.id as number | string)
}

const writeEntry = async ({
  changes,
  collection,
  doc,
  operation,
  req,
}: {
  changes: AuditChange[]
  collection: string
  doc: Record<string, unknown>
  operation: AuditOperation
  req: PayloadRequest
}) => {
  const user = req.user as { collection?: string; id?: number | string } | null | undefined
  await req.payload.create({
    collection: 'andringslogg',
    data: {
      andringar: changes,
      anvandareId: user?.id === undefined ? null : String(user.id),
      anvandareSamling: user?.collection ?? 'system',
      dokumentId: String(doc.id),
      falt: changes.map((change) => change.falt),
      konto: kontoOf(collection, doc, operation) as number,
      operation,
      samling: collection as (typeof auditedCollections)[number],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

const operationOf = (
  operation: 'create' | 'update',
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): AuditOperation => {
  if (operation === 'create') {
    return 'create'
  }
  if (!before.deletedAt && after.deletedAt) {
    return 'trash'
  }
  return before.deletedAt && !after.deletedAt ? 'restore' : 'update'
}

/** One hook pair for every audited collection: records who did what to which fields. */
export const recordAuditChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const before = operation === 'create' ? {} : ((previousDoc ?? {}) as Record<string, unknown>)
  const after = doc as Record<string, unknown>
  const changes = diffDocuments({ after, before })
  if (operation === 'update' && changes.length === 0) {
    return doc
  }
  await writeEntry({
    changes,
    collection: collection.slug,
    doc: after,
    operation: operationOf(operation, before, after),
    req,
  })
  return doc
}

// A removal records that it happened, not a copy of what was removed.
export const recordAuditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await writeEntry({
    changes: [],
    collection: collection.slug,
    doc: doc as Record<string, unknown>,
    operation: 'delete',
    req,
  })
  return doc
}
