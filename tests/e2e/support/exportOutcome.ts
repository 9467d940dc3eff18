// Waiting for an export started in the dialog to end, whichever way it ends:
// the dialog's own words come back, so a failed export fails the test with
// the message the person would have read, and an export that never ends
// fails it with what the open dialogs showed instead.
import type { Page } from 'playwright-core';

/** The export dialog's text once the export is done, has failed or was cancelled. */
export async function exportOutcome(page: Page, timeout = 60_000): Promise<string> {
  const dialog = page.getByTestId('export-dialog');
  const ended = dialog.getByTestId('export-done').or(dialog.getByRole('alert')).or(dialog.getByRole('status'));
  try {
    await ended.first().waitFor({ timeout });
  } catch {
    const shown = await page.getByRole('dialog').allTextContents();
    throw new Error(`The export did not end within ${timeout} ms; the open dialogs showed: ${JSON.stringify(shown)}`);
  }
  return (await dialog.textContent()) ?? '';
}
