// `ressec teams`: runs the Teams channel (POST /api/messages on PORT) until SIGINT or SIGTERM.
// `ressec teams package [file]`: builds the app package for a tenant admin to upload.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../app.js';
import { buildAppPackage } from '../channels/teams/app-package.js';
import type { Config } from '../config.js';
import { type CliCommand, UsageError } from './cli-command.js';
import { serveChannels } from './serve-channels.js';

const DEFAULT_PACKAGE = path.join('dist', 'teams', 'ressec-teams.zip');

function packageValues(config: Config, version: string) {
  const appId = config.teams?.appId;
  const { developerName, websiteUrl, privacyUrl, termsUrl } = config.teamsApp;
  const missing = [
    ...(appId ? [] : ["MicrosoftAppId (the bot registration's app id)"]),
    ...(websiteUrl ? [] : ['RESSEC_TEAMS_WEBSITE_URL (your research security page)']),
  ];
  if (!appId || !websiteUrl || missing.length > 0)
    throw new UsageError(`to build the Teams app package, set ${missing.join(' and ')}`);
  return {
    appId,
    version,
    developerName,
    websiteUrl,
    privacyUrl: privacyUrl ?? websiteUrl,
    termsUrl: termsUrl ?? websiteUrl,
  };
}

export const teamsCommand: CliCommand = {
  usage: 'teams [package [file]]',
  summary: `run the Teams app (POST /api/messages on PORT) until interrupted; "package" builds the app zip (${DEFAULT_PACKAGE})`,
  async run(args, io, config, log, channels) {
    if (args[0] === 'package') {
      const { version } = (await import('../../package.json', { with: { type: 'json' } })).default as {
        version: string;
      };
      const file = path.resolve(args[1] ?? DEFAULT_PACKAGE);
      const zip = buildAppPackage(path.join(PROJECT_ROOT, 'manifest', 'teams'), packageValues(config, version));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, zip);
      io.stdout.write(`${file}\n`);
      return 0;
    }
    if (args.length > 0) throw new UsageError(`unknown teams subcommand "${args[0]}" (try: ressec teams package)`);
    if (!channels.configured().includes('teams')) {
      throw new UsageError(
        'Teams is not configured: set MicrosoftAppId (or RESSEC_TEAMS_LOCAL=true for a local trial)',
      );
    }
    return serveChannels(['teams'], io, config, log, channels);
  },
};
