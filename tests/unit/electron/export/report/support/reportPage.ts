// An HTML report opened the way a reader opens it, from a file, in
// Chromium with JavaScript off, every request the page makes recorded (a
// self-contained report makes none).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export class ReportBrowser {
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private readonly folder = mkdtempSync(join(tmpdir(), 'jejak-report-'));
  private count = 0;
  /** Every URL requested that is not the report file itself. */
  readonly requests: string[] = [];

  async open(html: string): Promise<Page> {
    if (!this.context) {
      this.browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
      this.context = await this.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });
    }
    const file = join(this.folder, `report-${this.count++}.html`);
    writeFileSync(file, html, 'utf8');
    const url = pathToFileURL(file).href;
    const page = await this.context.newPage();
    page.on('request', (request) => {
      if (request.url() !== url && !request.url().startsWith('data:')) this.requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async close(): Promise<void> {
    await this.browser?.close();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** The text of each row of a section's table, cell by cell. */
export async function tableRows(page: Page, sectionId: string): Promise<string[][]> {
  const rows = await page.locator(`section#${sectionId} table tbody tr`).all();
  return Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((text) => text.trim())));
}

interface ParsedXml {
  getElementsByTagName(name: string): { length: number };
}
type XmlParser = new () => { parseFromString(source: string, type: string): ParsedXml };

/** Whether `source` is well-formed XML, by the browser's own strict XML parser. */
export async function isWellFormedSvg(page: Page, source: string): Promise<boolean> {
  return page.evaluate((svg) => {
    const Parser = (globalThis as unknown as { DOMParser: XmlParser }).DOMParser;
    return new Parser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;
  }, source);
}
