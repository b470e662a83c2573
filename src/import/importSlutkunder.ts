import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { ImportLookup } from './rowToSlutkund'

import { parseCsvRecords } from '../export/csv'
import { slutkundColumns } from '../export/slutkundColumns'
import { beginImportTransaction } from './beginImportTransaction'
import { importMessages, pick } from './importMessages'
import { rowToSlutkund } from './rowToSlutkund'

export const maxImportRows = 5000

export type ImportProgress = { done: number; phase: 'import' | 'validate'; total: number }

export type ImportRow = { errors: string[]; namn: string; row: number }

export type ImportResult = {
  /** Every problem, file-level and per row ("Rad 3: …"), in the user's language. */
  errors: string[]
  ignoredColumns: string[]
  importedCount: number
  isDryRun: boolean
  isImported: boolean
  rows: ImportRow[]
}

const describeError = (error: unknown): string[] => {
  if (error instanceof ValidationError) {
    return error.data.errors.map(
      ({ label, message, path }) =>
        `${(typeof label === 'string' ? label : path).split(' > ').pop()}: ${message}`,
    )
  }
  return [error instanceof Error ? error.message : String(error)]
}

const endTransaction = async (req: PayloadRequest) => {
  // A failed operation has already rolled back and cleared the transaction itself.
  if (req.transactionID) {
    await req.payload.db.rollbackTransaction(await req.transactionID)
    delete req.transactionID
  }
}

const loadLookup = async (req: PayloadRequest): Promise<ImportLookup> => {
  const shared = { depth: 0, overrideAccess: false, pagination: false, req, user: req.user }
  const [enheter, fonster] = await Promise.all([
    req.payload.find({ ...shared, collection: 'enheter' }),
    req.payload.find({ ...shared, collection: 'leveransfonster' }),
  ])
  return { enheter: enheter.docs, fonster: fonster.docs }
}

/**
 * Imports slutkunder from a home-care system's CSV, all or nothing. Every row is first
 * created for real inside a transaction of its own that is always rolled back, so it
 * meets every validator, hook and access rule of the form; only when no row fails (and
 * this is no dry run) are all rows created again in one transaction and committed.
 */
export const importSlutkunderCsv = async ({
  csv,
  isDryRun,
  onProgress,
  req,
}: {
  csv: string
  isDryRun: boolean
  onProgress?: (progress: ImportProgress) => void
  req: PayloadRequest
}): Promise<ImportResult> => {
  const language = req.i18n?.language
  const result: ImportResult = {
    errors: [],
    ignoredColumns: [],
    importedCount: 0,
    isDryRun,
    isImported: false,
    rows: [],
  }
  const fail = (message: { en: string; sv: string }) => {
    result.errors.push(pick(message, language))
    return result
  }

  const [headerRecord, ...lines] = parseCsvRecords(csv)
  const header = headerRecord?.cells ?? []
  if (lines.length === 0) {
    return fail(importMessages.empty())
  }
  if (lines.length > maxImportRows) {
    return fail(importMessages.tooLarge(maxImportRows))
  }
  const known = new Set(slutkundColumns.map((column) => column.header))
  result.ignoredColumns = header.filter((name) => !known.has(name))
  const missing = slutkundColumns
    .filter(({ header: name, isRequired }) => isRequired && !header.includes(name))
    .map(({ header: name }) => name)
  if (missing.length > 0) {
    return fail(importMessages.missingColumns(missing))
  }

  const lookup = await loadLookup(req)
  const prepared = lines.map(({ cells, row }) => {
    const byHeader = Object.fromEntries(header.map((name, column) => [name, cells[column] ?? '']))
    return {
      ...rowToSlutkund({ cells: byHeader, lookup }),
      namn: `${byHeader['Förnamn'] ?? ''} ${byHeader['Efternamn'] ?? ''}`.trim(),
      row,
    }
  })
  const total = prepared.length
  const create = (data: Record<string, unknown>) =>
    req.payload.create({
      collection: 'slutkunder',
      data: data as never,
      overrideAccess: false,
      req,
      user: req.user,
    })

  for (const [index, { data, errors, namn, row }] of prepared.entries()) {
    const rowErrors = errors.map((message) => pick(message, language))
    if (rowErrors.length === 0) {
      const transactionID = await beginImportTransaction(req.payload)
      if (transactionID === null) {
        return fail(importMessages.noTransactions())
      }
      req.transactionID = transactionID
      // Hooks with side effects outside the database (messages, logs) can tell a check apart.
      req.context.isImportCheck = true
      try {
        await create(data)
      } catch (error) {
        rowErrors.push(...describeError(error))
      } finally {
        delete req.context.isImportCheck
        await endTransaction(req)
      }
    }
    result.rows.push({ errors: rowErrors, namn, row })
    result.errors.push(...rowErrors.map((text) => pick(importMessages.row(row, text), language)))
    onProgress?.({ done: index + 1, phase: 'validate', total })
  }
  if (result.errors.length > 0 || isDryRun) {
    return result
  }

  const transactionID = await beginImportTransaction(req.payload)
  if (transactionID === null) {
    return fail(importMessages.noTransactions())
  }
  req.transactionID = transactionID
  for (const [index, { data, row }] of prepared.entries()) {
    try {
      await create(data)
    } catch (error) {
      await endTransaction(req)
      result.errors.push(
        ...describeError(error).map((text) => pick(importMessages.row(row, text), language)),
        pick(importMessages.stopped(), language),
      )
      return result
    }
    onProgress?.({ done: index + 1, phase: 'import', total })
  }
  await req.payload.db.commitTransaction(transactionID)
  delete req.transactionID

  result.importedCount = total
  result.isImported = true
  req.payload.logger.info({ count: total, msg: 'Slutkunder imported', userID: req.user?.id })
  return result
}
