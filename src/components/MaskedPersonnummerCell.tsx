import type { DefaultCellComponentProps } from 'payload'

import { maskPersonnummer } from '../privacy/mask'

/**
 * Lists only need to tell people apart: the birth date is shown, the last four digits are
 * not. The full number stays in the edit form, for those who may read it.
 */
export const MaskedPersonnummerCell = ({ cellData }: DefaultCellComponentProps) => (
  <span>{maskPersonnummer(cellData)}</span>
)
