import type { Betalsatt } from '../../betalsatt'
import type { OrderStatus } from '../../orderStatus'

import { betalsattOptions } from '../../betalsatt'
import { orderStatusOptions } from '../../orderStatus'

export const getBetalsattLabel = (value: Betalsatt): string =>
  betalsattOptions.find((option) => option.value === value)?.label.sv ?? value

export const getStatusLabel = (value: OrderStatus): string =>
  orderStatusOptions.find((option) => option.value === value)?.label.sv ?? value
