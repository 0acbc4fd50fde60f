import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { BEHEERDER, submitLogin } from './support/auth.js';
import { launchBrowser, openPage } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('login page', () => {
  it('is accessible in Dutch and English and shows the demo note', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await page.goto('/');
      // Logged out, any path lands on the login page.
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      expect(await page.title()).toBe('Inloggen - Buitenbinnen');
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await page.getByText('fictieve demodata').waitFor();
      await expectAccessible(page, 'login (nl)');

      await tabTo(page, 'English');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expectAccessible(page, 'login (en)');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('marks empty required fields and focuses the error summary', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await page.goto('/inloggen');
      await page.getByRole('button', { name: 'Inloggen' }).press('Enter');
      const summary = page.locator('.bb-error-summary');
      await summary.waitFor();
      expect(await page.locator('.bb-error-summary:focus').count()).toBe(1);
      const email = page.locator('#login-email');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await email.getAttribute('aria-describedby')).toContain('login-email-error');
      await expectAccessible(page, 'login with errors');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a generic error for a wrong password', async () => {
    const { page, problems, close } = await openPage(browser, baseUrl);
    try {
      await submitLogin(page, { ...BEHEERDER, password: 'niet-het-wachtwoord' });
      const alert = page.getByRole('alert').filter({ hasText: 'onjuist' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('E-mailadres of wachtwoord onjuist');
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      await expectAccessible(page, 'login failed');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
