import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  text: string;
}

// A string expression, not a function: the specs compile without DOM types (tsconfig.json).
const FOCUSED_EXPRESSION = `(() => {
  const el = document.activeElement;
  if (!el) return { tag: '', id: '', text: '' };
  return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent || '').replace(/\\s+/g, ' ').trim() };
})()`;

export function focused(page: Page): Promise<Focused> {
  return page.evaluate<Focused>(FOCUSED_EXPRESSION);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's text is `text`, the way a keyboard
 * user would hunt for a control. Fails if it takes more than `max` presses.
 */
export async function tabTo(
  page: Page,
  text: string,
  { backwards = false, max = 60 }: { backwards?: boolean; max?: number } = {},
): Promise<Focused> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const current = await focused(page);
    if (current.text === text) return current;
    seen.push(`${current.tag}:${current.text.slice(0, 30)}`);
  }
  throw new Error(`"${text}" not reached with ${key} in ${max} presses; passed: ${seen.join(' | ')}`);
}

/** Presses Tab until the element with this id has focus, like tabTo but for form controls. */
export async function tabToId(page: Page, id: string, { max = 80 }: { max?: number } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await focused(page);
    if (current.id === id) return;
    seen.push(`${current.tag}#${current.id}`);
  }
  throw new Error(`#${id} not reached with Tab in ${max} presses; passed: ${seen.join(' | ')}`);
}
