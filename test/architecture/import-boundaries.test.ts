// The lines DESIGN.md draws between core and channels hold because `npm run lint` fails when one is crossed (Biome's
// noRestrictedImports in biome.json). This proves the rule bites: a forbidden import planted in a copy of the layout
// fails the lint; an allowed one passes; and the real tree passes.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIOME = path.join(ROOT, 'node_modules', '.bin', 'biome');
const RULE = 'style/noRestrictedImports';

const FORBIDDEN: [file: string, specifier: string, message: string][] = [
  ['src/core/planted.ts', '../channels/slack/slack-channel.js', 'The core knows no channel'],
  ['src/escalation/handlers/planted.ts', '../../channels/runtime/channel.js', 'The core knows no channel'],
  ['src/app.ts', './channels/slack/desk/open-desk-channel-sink.js', 'The core knows no channel'],
  ['src/answer/planted.ts', '@slack/bolt', "no chat platform's SDK"],
  ['src/intake/planted.ts', 'botbuilder', "no chat platform's SDK"],
  ['src/channels/slack/planted.ts', '../teams/teams-channel.js', 'No channel imports another'],
  ['src/channels/slack/listeners/planted.ts', '../../console/render-terminal.js', 'No channel imports another'],
  ['src/channels/teams/planted.ts', '../slack/block-kit/mrkdwn.js', 'No channel imports another'],
  ['src/channels/teams/planted-sdk.ts', '@slack/bolt', "its own platform's SDK"],
  ['src/channels/console/planted.ts', '../slack/render-block-kit.js', 'No channel imports another'],
  ['src/channels/runtime/planted.ts', '../slack/slack-channel.js', 'imports none'],
];

const ALLOWED: [file: string, specifier: string][] = [
  ['src/core/allowed.ts', '../escalation/ticket.js'],
  ['src/channels/slack/allowed.ts', '../runtime/channel-runtime.js'],
  ['src/channels/slack/allowed-sdk.ts', '@slack/bolt'],
  ['src/channels/runtime/allowed.ts', '../../core/router.js'],
  ['src/main.ts', './channels/slack/slack-channel.js'],
];

interface Diagnostic {
  location: { path: string };
  message: string;
}

/** Plants every import in a copy of the layout with the project's biome.json and lints them in one run. */
async function lintPlanted(): Promise<Map<string, string[]>> {
  const sandbox = mkdtempSync(path.join(os.tmpdir(), 'ressec-boundaries-'));
  try {
    copyFileSync(path.join(ROOT, 'biome.json'), path.join(sandbox, 'biome.json'));
    for (const [file, specifier] of [...FORBIDDEN, ...ALLOWED]) {
      mkdirSync(path.dirname(path.join(sandbox, file)), { recursive: true });
      writeFileSync(
        path.join(sandbox, file),
        `import { planted } from '${specifier}';\n\nexport const use = planted;\n`,
      );
    }
    const args = ['lint', `--only=${RULE}`, '--reporter=json', '--max-diagnostics=none', 'src'];
    const output = await run(BIOME, args, { cwd: sandbox }).then(
      (result) => result.stdout,
      (error: { stdout?: string }) => error.stdout ?? '',
    );
    const found = new Map<string, string[]>();
    // Biome may print a line about its JSON reporter before the report.
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { diagnostics: Diagnostic[] };
    for (const diagnostic of report.diagnostics) {
      const file = diagnostic.location.path.replaceAll(path.sep, '/');
      found.set(file, [...(found.get(file) ?? []), diagnostic.message]);
    }
    return found;
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}

let diagnostics: Map<string, string[]>;
beforeAll(async () => {
  diagnostics = await lintPlanted();
});

describe('import boundaries', () => {
  it.each(FORBIDDEN)('fails the lint for %s importing %s', (file, _specifier, message) => {
    expect(diagnostics.get(file)?.join('\n')).toContain(message);
  });

  it.each(ALLOWED)('allows %s to import %s', (file) => {
    expect(diagnostics.get(file)).toBeUndefined();
  });

  it('holds in the tree as it is', async () => {
    // A violation makes biome exit non-zero, which rejects.
    const { stdout, stderr } = await run(BIOME, ['lint', `--only=${RULE}`, 'src'], { cwd: ROOT });
    expect(stdout + stderr).toMatch(/Checked \d+ files/);
  });
});
