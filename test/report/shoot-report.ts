// The HTML report of a configured data folder, written to a file and photographed in headless Chromium: what the
// report test checks and what `npm run report:screenshot` saves as docs/report.png.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { buildReport } from '../../src/report/build-report.js';
import { reportHtml } from '../../src/report/report-html.js';
import { PALETTE } from '../../src/report/svg-charts.js';
import { type Screenshot, screenshotPage, withChromium } from './headless-chromium.js';

export async function shootReport(config: Config): Promise<{ html: string; shot: Screenshot }> {
  const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
  let html: string;
  try {
    html = reportHtml(
      await buildReport({ insights: app.insights, tickets: app.escalation.store, knowledge: app.knowledge }, 30),
    );
  } finally {
    await app.close();
  }
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ressec-report-')), 'report.html');
  writeFileSync(file, html);
  const shot = await withChromium((browser) => screenshotPage(browser, file, Object.values(PALETTE), '#eef1f4'));
  return { html, shot };
}
