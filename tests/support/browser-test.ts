/**
 * Chromium for browser tests, watched: every page of every context reports its console errors,
 * uncaught exceptions and Content-Security-Policy violations, and the test during which one
 * happened fails (after its own assertions) with the messages. A CSP that blocks one of the
 * site's own scripts, styles or the search's WebAssembly shows up here first.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { launchChromium } from './chromium';

const problems: string[] = [];
let allowed: RegExp[] = [];

/** Lets the current test produce console errors that match `pattern` (a page it makes fail on purpose). */
export function allowConsoleErrors(pattern: RegExp): void {
  allowed.push(pattern);
}

afterEach(() => {
  const found = problems.splice(0).filter((problem) => !allowed.some((p) => p.test(problem)));
  allowed = [];
  if (found.length > 0) {
    throw new Error(`The browser reported ${found.length} problem(s):\n${found.join('\n')}`);
  }
});

function watch(page: Page): void {
  page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed load names the resource only in its location.
    const source = message.location().url;
    problems.push(`${page.url()}: console ${message.text()}${source ? ` (${source})` : ''}`);
  });
}

/** launchChromium, with every page watched for console errors and CSP violations. */
export async function launchTestBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  // browser.newPage() opens its page through newContext(), so this covers both.
  browser.newContext = async (...options: Parameters<Browser['newContext']>) => {
    const context: BrowserContext = await newContext(...options);
    context.on('page', watch);
    // Violations are also reported to the page's script; catch those logged nowhere else.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    return context;
  };
  return browser;
}
