/**
 * Debian's Chromium driven by playwright-core, as the end-to-end tests and the bench start it:
 * no sandbox (containers), no GPU, and none of Chromium's own network chatter, so nothing leaves
 * 127.0.0.1. CHROMIUM_PATH points at another binary.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
