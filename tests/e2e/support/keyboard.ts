import type { Locator, Page } from '@playwright/test'

import { expect } from '@playwright/test'

const isFocused = (locator: Locator) =>
  locator.evaluate(
    (element) => element === document.activeElement || element.contains(document.activeElement),
  )

/** Moves the focus with Tab (or Shift+Tab) until it reaches the element, as a keyboard user. */
export const tabTo = async ({
  isBackwards = false,
  locator,
  maxPresses = 80,
  page,
}: {
  isBackwards?: boolean
  locator: Locator
  maxPresses?: number
  page: Page
}) => {
  await locator.waitFor()
  for (let presses = 0; presses <= maxPresses; presses++) {
    if (await isFocused(locator)) {
      return
    }
    await page.keyboard.press(isBackwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${locator.toString()} in ${maxPresses} presses`)
}

/** Tabs to a text field, selects what it holds and types the new text. */
export const typeInto = async ({
  locator,
  page,
  text,
}: {
  locator: Locator
  page: Page
  text: string
}) => {
  await tabTo({ locator, page })
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

/** The focused element shows it: an outline or a focus ring drawn as a box shadow. */
export const expectVisibleFocus = async (locator: Locator) => {
  await expect(locator).toBeFocused()
  const indicator = await locator.evaluate((element) => {
    const style = getComputedStyle(element)
    return {
      boxShadow: style.boxShadow,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    }
  })
  const hasOutline = !indicator.outline.startsWith('none') && !indicator.outline.endsWith(' 0px')
  expect(hasOutline || indicator.boxShadow !== 'none', JSON.stringify(indicator)).toBe(true)
}
