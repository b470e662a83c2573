import type { Page } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** A part of Payload's own admin UI left out of a check, with the axe rule it breaks. */
export type PayloadExclusion = { rule: string; selector: string; why: string }

/**
 * Violations inside Payload's own admin components (3.90.2), which we cannot change from our
 * config or CSS. Each names the rule it breaks; everything else on the page is still checked.
 */
export const payloadExclusions: PayloadExclusion[] = [
  {
    rule: 'label',
    selector: 'input[id^="react-select-"]',
    why: 'The react-select input of select and relationship fields is not tied to the field label',
  },
  {
    rule: 'aria-hidden-focus',
    selector: '.rs__indicators .dropdown-indicator',
    why: 'The react-select dropdown button is aria-hidden yet focusable',
  },
  {
    rule: 'button-name',
    selector: '.popup-button',
    why: 'The trigger of Payload’s popup menus (document controls, array rows) has no name',
  },
  {
    rule: 'list',
    selector: '.doc-tabs__tabs',
    why: 'The document tabs are links placed directly in a <ul>, without <li>',
  },
  {
    rule: 'label',
    selector: '.collection-list tbody input[type="checkbox"]',
    why: 'The row selection checkboxes of a list view have no label',
  },
]

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA rules and expects no violation in what we render.
 * Exclusions are only for Payload's own components and name the rule they break.
 */
export const expectNoAxeViolations = async ({
  exclude = payloadExclusions,
  page,
}: {
  exclude?: PayloadExclusion[]
  page: Page
}) => {
  let builder = new AxeBuilder({ page }).withTags(wcagTags)
  for (const { selector } of exclude) {
    builder = builder.exclude(selector)
  }
  const { violations } = await builder.analyze()
  const found = violations.map(({ id, nodes }) => ({
    id,
    targets: nodes.map(({ failureSummary, target }) => `${target.join(' ')} — ${failureSummary}`),
  }))
  expect(found).toEqual([])
}
