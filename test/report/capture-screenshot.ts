// `npm run report:screenshot -- <data folder> [out.png]`: the HTML report of a data folder, photographed in headless
// Chromium as the test does (the README's docs/report.png is made this way, after `npm run eval:record`).
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../../src/config.js';
import { shootReport } from './shoot-report.js';

const [dataDir, out = 'docs/report.png'] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: npm run report:screenshot -- <data folder> [out.png]\n');
  process.exit(2);
}
const { shot } = await shootReport(loadConfig({ ...process.env, RESSEC_OFFLINE: 'true', RESSEC_DATA_DIR: dataDir }));
writeFileSync(out, shot.png);
process.stdout.write(`${out}: ${shot.width}×${shot.height}, ${shot.regions.length} charts\n`);
