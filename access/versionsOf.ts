import type { Access, Where } from 'payload'

// A version keeps its document under `version` and the document's id as `parent`.
const toVersionPaths = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if (key === 'and' || key === 'or') {
        return [key, (value as Where[]).map(toVersionPaths)]
      }
      return [key === 'id' ? 'parent' : `version.${key}`, value]
    }),
  )

/**
 * `readVersions` from a collection's read rule. Payload's default lets any logged-in user
 * read every version, and a version carries everything its document does.
 */
export const versionsOf =
  (rule: Access): Access =>
  async (args) => {
    const result = await rule(args)
    return result && typeof result === 'object' ? toVersionPaths(result) : result
  }
