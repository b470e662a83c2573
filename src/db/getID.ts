type Identified = { id: number | string }

/** A relationship value is an ID at depth 0 and a document above it. */
export const getID = (
  value: Identified | null | number | string | undefined,
): null | number | string => {
  if (value === null || value === undefined || value === '') {
    return null
  }
  return typeof value === 'object' ? value.id : value
}

export const getIDs = (
  values: (Identified | number | string)[] | null | undefined,
): (number | string)[] =>
  (values ?? []).map((value) => getID(value)).filter((id): id is number | string => id !== null)
