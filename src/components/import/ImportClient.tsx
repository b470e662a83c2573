'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { ImportProgress, ImportResult } from '../../import/importSlutkunder'

const texts = {
  en: {
    name: 'Name',
    choose: 'CSV file from the home-care system',
    done: (count: number) => `${count} residents imported.`,
    error: 'The import could not be finished. Nothing was imported.',
    exportLink: 'Export residents (CSV for Excel)',
    exportText: 'Your residents as a CSV file that Excel opens directly.',
    exportTitle: 'Export',
    ignored: 'Ignored columns',
    import: (count: number) => `Import ${count} residents`,
    importing: 'Importing…',
    importText:
      'The file is checked row by row first. Nothing is imported until every row is correct, and then all rows are imported at once.',
    importTitle: 'Import',
    ok: 'OK',
    preview: 'Check file',
    row: 'Row',
    status: 'Status',
    validating: 'Checking rows…',
  },
  sv: {
    name: 'Namn',
    choose: 'CSV-fil från hemtjänstsystemet',
    done: (count: number) => `${count} slutkunder importerades.`,
    error: 'Importen kunde inte slutföras. Inget importerades.',
    exportLink: 'Exportera slutkunder (CSV för Excel)',
    exportText: 'Kontots slutkunder som en CSV-fil som Excel öppnar direkt.',
    exportTitle: 'Export',
    ignored: 'Kolumner som inte används',
    import: (count: number) => `Importera ${count} slutkunder`,
    importing: 'Importerar…',
    importText:
      'Filen kontrolleras först rad för rad. Inget importeras förrän alla rader är rätt, och då importeras alla rader på en gång.',
    importTitle: 'Import',
    ok: 'OK',
    preview: 'Kontrollera filen',
    row: 'Rad',
    status: 'Status',
    validating: 'Kontrollerar rader…',
  },
}

/** Excel saves "CSV (semikolonavgränsad)" as Windows-1252, not UTF-8. */
const readText = async (file: File): Promise<string> => {
  const bytes = await file.arrayBuffer()
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

type Line = {
  result?: ImportResult
  type: 'error' | 'progress' | 'result'
} & Partial<ImportProgress>

const runImport = async ({
  csv,
  isDryRun,
  onProgress,
}: {
  csv: string
  isDryRun: boolean
  onProgress: (progress: ImportProgress) => void
}): Promise<ImportResult | null> => {
  const response = await fetch('/api/slutkunder/import', {
    body: JSON.stringify({ csv, isDryRun }),
    credentials: 'include',
    headers: { Accept: 'application/x-ndjson', 'Content-Type': 'application/json' },
    method: 'POST',
  })
  if (!response.ok || !response.body) {
    return null
  }

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  let result: ImportResult | null = null
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      break
    }
    buffered += value
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const text of lines.filter(Boolean)) {
      const line = JSON.parse(text) as Line
      if (line.type === 'progress') {
        onProgress(line as ImportProgress)
      } else if (line.type === 'result' && line.result) {
        result = line.result
      }
    }
  }
  return result
}

/** Upload, preview table, progress bar and import for slutkunder from a CSV file. */
export const ImportClient = ({ canImport, language }: { canImport: boolean; language: string }) => {
  const t = language === 'en' ? texts.en : texts.sv
  const [csv, setCsv] = useState<null | string>(null)
  const [preview, setPreview] = useState<ImportResult | null>(null)
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [message, setMessage] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)

  const run = async (isDryRun: boolean) => {
    if (!csv) {
      return
    }
    setIsBusy(true)
    setMessage(null)
    setProgress({ done: 0, phase: 'validate', total: 0 })
    const result = await runImport({ csv, isDryRun, onProgress: setProgress }).catch(() => null)
    setIsBusy(false)
    setProgress(null)
    if (!result) {
      setMessage(t.error)
      return
    }
    setPreview(result)
    if (result.isImported) {
      setMessage(t.done(result.importedCount))
      setCsv(null)
    }
  }

  const hasErrors = (preview?.errors.length ?? 0) > 0
  const canRunImport = Boolean(csv && preview?.isDryRun && !hasErrors && preview.rows.length > 0)

  return (
    <div className="slutkund-import">
      <section>
        <h2>{t.exportTitle}</h2>
        <p>{t.exportText}</p>
        <Button buttonStyle="secondary" el="anchor" newTab={false} url="/api/slutkunder/export">
          {t.exportLink}
        </Button>
      </section>

      {canImport ? (
        <section>
          <h2>{t.importTitle}</h2>
          <p>{t.importText}</p>
          <label className="field-label" htmlFor="slutkund-import-fil">
            {t.choose}
          </label>
          <input
            accept=".csv,text/csv"
            disabled={isBusy}
            id="slutkund-import-fil"
            onChange={async (event) => {
              const file = event.target.files?.[0]
              setPreview(null)
              setMessage(null)
              setCsv(file ? await readText(file) : null)
            }}
            type="file"
          />
          <div className="slutkund-import__knappar">
            <Button buttonStyle="secondary" disabled={!csv || isBusy} onClick={() => run(true)}>
              {t.preview}
            </Button>
            <Button
              buttonStyle="primary"
              disabled={!canRunImport || isBusy}
              onClick={() => run(false)}
            >
              {t.import(preview?.rows.length ?? 0)}
            </Button>
          </div>

          {progress ? (
            <div aria-live="polite">
              <label htmlFor="slutkund-import-progress">
                {progress.phase === 'import' ? t.importing : t.validating} {progress.done}/
                {progress.total || '…'}
              </label>
              <progress
                id="slutkund-import-progress"
                max={progress.total || undefined}
                value={progress.total ? progress.done : undefined}
              />
            </div>
          ) : null}

          {message ? (
            <p aria-live="polite" role="status">
              {message}
            </p>
          ) : null}

          {preview && preview.errors.length > 0 && preview.rows.length === 0 ? (
            <ul className="slutkund-import__fel" role="alert">
              {preview.errors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}

          {preview && preview.ignoredColumns.length > 0 ? (
            <p>
              {t.ignored}: {preview.ignoredColumns.join(', ')}
            </p>
          ) : null}

          {preview && preview.rows.length > 0 ? (
            <table className="slutkund-import__tabell">
              <thead>
                <tr>
                  <th scope="col">{t.row}</th>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr className={row.errors.length > 0 ? 'is-fel' : undefined} key={row.row}>
                    <td>{row.row}</td>
                    <td>{row.namn}</td>
                    <td>{row.errors.length > 0 ? row.errors.join(' ') : t.ok}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
