import { SupportContact as SupportContact_95e391c5a148e9d5b98ed3c2259423d6 } from '../../../../src/components/SupportContact'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/SupportContact#SupportContact": SupportContact_95e391c5a148e9d5b98ed3c2259423d6,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
