import type { Locator } from 'playwright-core';

/** A screenshot of the view that differs from `before`, waiting up to ~6 s (null when none does). */
export async function changedShot(view: Locator, before: Buffer): Promise<Buffer | null> {
  for (let i = 0; i < 20; i++) {
    await view.page().waitForTimeout(300);
    const now = await view.screenshot();
    if (!now.equals(before)) return now;
  }
  return null;
}
