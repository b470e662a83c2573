import type { Access, Where } from 'payload'

/** Grants what any of the given rules grants: `true` wins, constraints are OR-ed. */
export const anyOf =
  (...rules: Access[]): Access =>
  async (args) => {
    const constraints: Where[] = []
    for (const rule of rules) {
      const result = await rule(args)
      if (result === true) {
        return true
      }
      if (result && typeof result === 'object') {
        constraints.push(result)
      }
    }
    if (constraints.length === 0) {
      return false
    }
    return constraints.length === 1 ? constraints[0] : { or: constraints }
  }
