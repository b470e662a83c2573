export type DeliveryErrorCode =
  | 'invalid-datum'
  | 'invalid-stopptid'
  | 'invalid-stopptidDagarFore'
  | 'invalid-tid'
  | 'invalid-veckodag'
  | 'sluttid-not-after-starttid'
  | 'wrong-veckodag'

export type DeliveryErrorMessages = { en: string; sv: string }

export class DeliveryError extends Error {
  readonly code: DeliveryErrorCode
  readonly messages: DeliveryErrorMessages

  constructor({ code, messages }: { code: DeliveryErrorCode; messages: DeliveryErrorMessages }) {
    super(messages.sv)
    this.name = 'DeliveryError'
    this.code = code
    this.messages = messages
  }
}
