import type { Browser, Page } from 'playwright-core';
import { openPage, type StorageState } from './browser.js';

export interface DemoAccount {
  tenant: string;
  email: string;
  password: string;
}

// The demo seed's accounts (see README): every demo user shares one password.
export const DEMO_PASSWORD = 'Welkom-demo-2026';
export const BEHEERDER: DemoAccount = {
  tenant: 'voorbeeldstad',
  email: 'beheerder@voorbeeldstad.example',
  password: DEMO_PASSWORD,
};
export const ADVISEUR: DemoAccount = {
  tenant: 'voorbeeldstad',
  email: 'adviseur@voorbeeldstad.example',
  password: DEMO_PASSWORD,
};
export const KCC_PROEFDORP: DemoAccount = {
  tenant: 'proefdorp',
  email: 'kcc@proefdorp.example',
  password: DEMO_PASSWORD,
};

/** Fills the login form and submits it with Enter (not a click). */
export async function submitLogin(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/inloggen');
  const tenant = page.getByLabel('Gemeente');
  // The options arrive from /api/v1/auth/options after the first render.
  await page.locator(`#login-tenant option[value="${account.tenant}"]`).waitFor({ state: 'attached' });
  await tenant.selectOption(account.tenant);
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord').fill(account.password);
  await page.getByLabel('Wachtwoord').press('Enter');
}

export async function login(page: Page, account: DemoAccount): Promise<void> {
  await submitLogin(page, account);
  await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor();
}

/**
 * Logs in once and returns the cookies, so several tests can share one session: the login
 * endpoint is rate limited, and a suite that logs in for every test would trip it.
 */
export async function signedInState(
  browser: Browser,
  baseUrl: string,
  account: DemoAccount,
): Promise<StorageState> {
  const { page, close } = await openPage(browser, baseUrl);
  try {
    await login(page, account);
    return await page.context().storageState();
  } finally {
    await close();
  }
}
