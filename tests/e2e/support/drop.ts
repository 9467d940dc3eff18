// Dropping a file onto the page as a person does: a real DataTransfer built
// in the page from the file's bytes, then dragover and drop at a screen point.
import type { Page } from 'playwright-core';
import type { Point } from './board';

/** Drops a file at a screen point: a real DataTransfer built in the page from the bytes, dragover then drop. */
export async function drop(page: Page, at: Point, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  await page.evaluate(
    ({ at, name, type, base64 }) => {
      // The page's own DOM, typed just enough (the tests compile without the DOM library).
      type Target = { dispatchEvent(event: unknown): boolean };
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
        DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean; clientX: number; clientY: number }) => unknown;
        document: { elementFromPoint(x: number, y: number): Target | null };
        atob(text: string): string;
      };
      const binary = page.atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const transfer = new page.DataTransfer();
      transfer.items.add(new page.File([bytes], name, { type }));
      const target = page.document.elementFromPoint(at.x, at.y)!;
      const init = { bubbles: true, cancelable: true, dataTransfer: transfer, clientX: at.x, clientY: at.y };
      target.dispatchEvent(new page.DragEvent('dragover', init));
      target.dispatchEvent(new page.DragEvent('drop', init));
    },
    { at, name: file.name, type: file.type, base64: file.bytes.toString('base64') },
  );
}
