import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Debian's Chromium; nothing is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface TrackedPage {
  page: Page;
  /** Uncaught exceptions and Content-Security-Policy refusals seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * A page in a fresh context (own cookies), recording what must never happen: script errors and
 * CSP violations (the server sends default-src 'self', so any inline script/style shows here).
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  storageState?: StorageState,
): Promise<TrackedPage> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL', storageState });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  return { page, problems, close: () => context.close() };
}
