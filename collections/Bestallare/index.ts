import type { CollectionConfig, Validate } from 'payload'

import { anyPortalUser } from '../../access/anyPortalUser'
import { fieldSupportOnly } from '../../access/fieldSupportOnly'
import { fieldSupportOrAdministrator } from '../../access/fieldSupportOrAdministrator'
import { fieldSupportOrAdministratorNotSelf } from '../../access/fieldSupportOrAdministratorNotSelf'
import { supportAdministratorOrSelf } from '../../access/supportAdministratorOrSelf'
import { supportOrAdministrator } from '../../access/supportOrAdministrator'
import { supportOrAdministratorNotSelf } from '../../access/supportOrAdministratorNotSelf'
import { supportOrAdministratorOfKonto } from '../../access/supportOrAdministratorOfKonto'
import { assignOwnKonto } from '../../hooks/assignOwnKonto'
import { fillInitialPassword } from '../../hooks/fillInitialPassword'
import { recordAuditChange, recordAuditDelete } from '../../hooks/recordAudit'
import { refuseMalformedInput } from '../../hooks/refuseMalformedInput'
import { sendWelcomeEmail } from '../../hooks/sendWelcomeEmail'
import { roller, rollLabels } from '../../src/auth/roles'
import {
  generateResetEmailHTML,
  generateResetEmailSubject,
  passwordLinkValidityMs,
} from '../../src/email/resetPasswordEmail'
import { swedishTextField } from '../../src/fields/swedishTextField'
import { getPortalMessage } from '../../src/i18n/portalMessages'
import { getServerURL } from '../../src/serverURL'
import { checkTelefonnummer } from '../../src/validation/checkTelefonnummer'
import { defaultTelefonFromKonto } from './defaultTelefonFromKonto'
import { refuseSupportRoleFromAdministrator } from './refuseSupportRoleFromAdministrator'
import { validateEnheterOfKonto } from './validateEnheterOfKonto'

const validateKontoUnlessSupport: Validate = (value, { req, siblingData }) =>
  value || (siblingData as { roll?: string }).roll === 'support' || !req.user
    ? true
    : getPortalMessage({ key: 'konto.saknas', language: req.i18n?.language })

const managedByOthers = {
  create: fieldSupportOrAdministrator,
  update: fieldSupportOrAdministratorNotSelf,
}

export const Bestallare: CollectionConfig = {
  access: {
    admin: anyPortalUser,
    create: supportOrAdministrator,
    delete: supportOrAdministratorNotSelf,
    read: supportAdministratorOrSelf,
    // Unlocking is scoped like any other change: an administrator only within its konto.
    unlock: supportOrAdministratorOfKonto,
    update: supportAdministratorOrSelf,
  },
  admin: {
    defaultColumns: ['fornamn', 'efternamn', 'email', 'roll', 'enheter'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'email',
  },
  auth: {
    // Payload's cookie is always HttpOnly; Secure whenever the portal is served over HTTPS.
    cookies: { sameSite: 'Lax', secure: getServerURL().startsWith('https://') },
    // Milliseconds here (unlike tokenExpiration): welcome and reset links live 24 hours.
    forgotPassword: {
      expiration: passwordLinkValidityMs,
      generateEmailHTML: generateResetEmailHTML,
      generateEmailSubject: generateResetEmailSubject,
    },
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      access: { update: fieldSupportOrAdministrator },
      admin: {
        description: {
          en: 'The work address used for this service, not a private one.',
          sv: 'Den e-postadress i arbetet som används för tjänsten, inte en privat.',
        },
      },
      label: { en: 'E-mail', sv: 'E-post' },
      required: true,
      unique: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fornamn',
          type: 'text',
          label: { en: 'First name', sv: 'Förnamn' },
          required: true,
        },
        {
          name: 'efternamn',
          type: 'text',
          label: { en: 'Last name', sv: 'Efternamn' },
          required: true,
        },
      ],
    },
    swedishTextField({
      name: 'telefon',
      access: { update: fieldSupportOrAdministrator },
      admin: {
        description: {
          en: 'Required but not used; the account’s shared number is prefilled.',
          sv: 'Krävs men används inte; kontots gemensamma nummer är förifyllt.',
        },
      },
      check: checkTelefonnummer,
      defaultValue: defaultTelefonFromKonto,
      isRequired: true,
      label: { en: 'Phone', sv: 'Telefon' },
    }),
    {
      name: 'roll',
      type: 'select',
      access: managedByOthers,
      defaultValue: 'bestallare',
      label: { en: 'Role', sv: 'Roll' },
      options: roller.map((value) => ({ label: rollLabels[value], value })),
      required: true,
      saveToJWT: true,
    },
    {
      name: 'konto',
      type: 'relationship',
      access: { create: fieldSupportOnly, update: fieldSupportOnly },
      admin: { condition: (data) => data?.roll !== 'support' },
      index: true,
      label: { en: 'Account', sv: 'Konto' },
      relationTo: 'konton',
      validate: validateKontoUnlessSupport,
    },
    {
      name: 'enheter',
      type: 'relationship',
      access: managedByOthers,
      admin: {
        condition: (data) => data?.roll === 'bestallare',
        description: {
          en: 'The units this orderer shops for.',
          sv: 'De enheter beställaren handlar åt. Välj en eller flera.',
        },
      },
      filterOptions: ({ data }) => (data?.konto ? { konto: { equals: data.konto } } : true),
      hasMany: true,
      label: { en: 'Units', sv: 'Enheter' },
      relationTo: 'enheter',
      validate: validateEnheterOfKonto,
    },
    {
      name: 'farLaggaTillSlutkunder',
      type: 'checkbox',
      access: managedByOthers,
      admin: { condition: (data) => data?.roll === 'bestallare' },
      defaultValue: false,
      label: { en: 'May add new residents', sv: 'Får lägga till nya slutkunder' },
    },
  ],
  hooks: {
    afterChange: [sendWelcomeEmail, recordAuditChange],
    afterDelete: [recordAuditDelete],
    beforeChange: [assignOwnKonto],
    beforeOperation: [refuseMalformedInput, fillInitialPassword],
    beforeValidate: [refuseSupportRoleFromAdministrator],
  },
  labels: {
    plural: { en: 'Users', sv: 'Beställare' },
    singular: { en: 'User', sv: 'Beställare' },
  },
  slug: 'bestallare',
  typescript: { interface: 'Bestallare' },
}
