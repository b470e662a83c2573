import path from 'node:path'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Uploaded files live outside the repository's tracked files; tests point this elsewhere. */
export const getUploadsDir = (): string =>
  process.env.OMBUDSHANDEL_UPLOADS_DIR || path.join(rootDir, 'data', 'uploads')
