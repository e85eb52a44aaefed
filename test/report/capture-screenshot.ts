// `npm run report:screenshot -- <data folder> [out.png]`: the HTML report of a data folder, photographed in headless
// Chromium as the test does (the README's docs/report.png is made this way, after `npm run eval:record`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { buildReport } from '../../src/report/build-report.js';
import { reportHtml } from '../../src/report/report-html.js';
import { PALETTE } from '../../src/report/svg-charts.js';
import { screenshotPage, withChromium } from './headless-chromium.js';

const [dataDir, out = 'docs/report.png'] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: npm run report:screenshot -- <data folder> [out.png]\n');
  process.exit(2);
}
const config = loadConfig({ ...process.env, RESSEC_OFFLINE: 'true', RESSEC_DATA_DIR: dataDir });
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
writeFileSync(out, shot.png);
process.stdout.write(`${out}: ${shot.width}×${shot.height}, ${shot.regions.length} charts\n`);
