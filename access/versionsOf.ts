import type { Access, Where } from 'payload'

/** Version rows keep the document's fields under `version` and its ID as `parent`. */
const toVersionWhere = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if (key === 'and' || key === 'or') {
        return [key, (value as Where[]).map(toVersionWhere)]
      }
      return [key === 'id' ? 'parent' : `version.${key}`, value]
    }),
  )

/**
 * `readVersions` for a collection whose `read` returns a row constraint: the same rule,
 * aimed at the version rows. Without it Payload lets any logged-in user read every version.
 */
export const versionsOf =
  (access: Access): Access =>
  async (args) => {
    const result = await access(args)
    return result && typeof result === 'object' ? toVersionWhere(result) : result
  }
