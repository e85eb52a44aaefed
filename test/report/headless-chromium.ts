// Debian's chromium, driven by playwright-core: opens a page headless with no network, no profile and no GPU, and
// measures a screenshot in the browser itself (a canvas reads the PNG back), so no image library is needed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RegionPixels {
  name: string;
  box: { x: number; y: number; width: number; height: number };
  /** Pixels whose colour is one of the chart colours. */
  coloured: number;
}

export interface Screenshot {
  png: Buffer;
  width: number;
  height: number;
  /** Share of pixels that differ from the page background. */
  inked: number;
  /** Distinct colours, to 4 bits per channel. */
  colours: number;
  regions: RegionPixels[];
}

/** Fails with what to do when Chromium is not installed: a missing browser must never pass silently. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium; .ci/run does this) to run the HTML report test.`,
    );
  }
  return CHROMIUM;
}

/** A new, empty profile each time (playwright passes it to Chromium as --user-data-dir). */
export async function withChromium<T>(work: (browser: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ressec-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1300, height: 900 },
  });
  try {
    return await work(browser);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const MEASURE = `async function measure({ data, boxes, colours, background }) {
  const image = new Image();
  image.src = 'data:image/png;base64,' + data;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const hex = (value) => [1, 3, 5].map((at) => parseInt(value.slice(at, at + 2), 16));
  const near = (pixel, colour) => colour.every((channel, i) => Math.abs(channel - pixel[i]) <= 12);
  const palette = colours.map(hex);
  const ground = hex(background);
  const all = context.getImageData(0, 0, image.width, image.height).data;
  let inked = 0;
  const distinct = new Set();
  for (let i = 0; i < all.length; i += 4) {
    const pixel = [all[i], all[i + 1], all[i + 2]];
    if (!near(pixel, ground)) inked += 1;
    distinct.add((pixel[0] >> 4) * 256 + (pixel[1] >> 4) * 16 + (pixel[2] >> 4));
  }
  const regions = boxes.map((region) => {
    const { x, y, width, height } = region.box;
    const pixels = context.getImageData(Math.floor(x), Math.floor(y), Math.max(1, Math.floor(width)), Math.max(1, Math.floor(height))).data;
    let coloured = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const pixel = [pixels[i], pixels[i + 1], pixels[i + 2]];
      if (palette.some((colour) => near(pixel, colour))) coloured += 1;
    }
    return { ...region, coloured };
  });
  return { width: image.width, height: image.height, inked: inked / (all.length / 4), colours: distinct.size, regions };
}`;

/** Opens the file, screenshots the full page and measures it and each `[data-chart]` region. */
export async function screenshotPage(
  browser: BrowserContext,
  file: string,
  chartColours: string[],
  background: string,
): Promise<Screenshot> {
  const page = await browser.newPage();
  // The report is self-contained: any request beyond the file itself is a fault.
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url());
  });
  await page.goto(`file://${file}`);
  const boxes = (await page.evaluate(`[...document.querySelectorAll('[data-chart]')].map((figure) => {
    const rect = figure.getBoundingClientRect();
    return {
      name: figure.getAttribute('data-chart'),
      box: { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height },
    };
  })`)) as Omit<RegionPixels, 'coloured'>[];
  const png = await page.screenshot({ fullPage: true, type: 'png' });
  if (requests.length > 0) throw new Error(`the report made requests: ${requests.join(', ')}`);
  // Plain JavaScript text: a function compiled by the test runner would carry helpers the page does not have.
  const measured = (await page.evaluate(
    `(${MEASURE})(${JSON.stringify({ data: png.toString('base64'), boxes, colours: chartColours, background })})`,
  )) as Omit<Screenshot, 'png'>;
  await page.close();
  return { png, ...measured };
}
