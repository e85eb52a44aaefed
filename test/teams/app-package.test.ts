// The Teams app package, validated offline: the manifest against the schema bundled in @microsoft/app-manifest, the
// icons by their real pixel sizes, and what the bot offers (scopes, commands, the message action, RSC).
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type AppPackageValues, buildAppPackage, fillManifest } from '../../src/channels/teams/app-package.js';
import { APP_ID } from './support/activities.js';

const MANIFEST_DIR = path.resolve('manifest/teams');

const VALUES: AppPackageValues = {
  appId: APP_ID,
  version: '0.1.0',
  developerName: 'Research security office',
  websiteUrl: 'https://research.example.edu/security',
  privacyUrl: 'https://research.example.edu/security/privacy',
  termsUrl: 'https://research.example.edu/security/terms',
};

interface Png {
  width: number;
  height: number;
  colourType: number;
  pixels: Buffer;
}

/** Reads an 8-bit RGBA PNG without filters beyond "none" (as the icons are written) well enough to check them. */
function readPng(bytes: Uint8Array): Png {
  const buffer = Buffer.from(bytes);
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const chunks: Buffer[] = [];
  let offset = 8;
  let header: Buffer | undefined;
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') chunks.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR');
  return {
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    colourType: header[9] ?? -1,
    pixels: inflateSync(Buffer.concat(chunks)),
  };
}

describe('the Teams app package', () => {
  const files = unzipSync(buildAppPackage(MANIFEST_DIR, VALUES));
  const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));

  it('holds the manifest and the two icons at its root, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('is valid against the bundled Teams schema of its manifest version', async () => {
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.$schema).toContain('/teams/v1.22/');
    const typed = TeamsManifestConverter.jsonToManifest(JSON.stringify(manifest));
    expect(await AppManifestUtils.validateAgainstSchema(typed)).toEqual([]);
  });

  it('has the app id, version and publisher filled in, and no placeholder left', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('${{');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.webApplicationInfo.id).toBe(APP_ID);
    expect(manifest.version).toBe('0.1.0');
    expect(manifest.developer).toEqual({
      name: VALUES.developerName,
      websiteUrl: VALUES.websiteUrl,
      privacyUrl: VALUES.privacyUrl,
      termsOfUseUrl: VALUES.termsUrl,
    });
  });

  it('offers the bot in personal chat, teams and group chats with the command list, the message action and RSC', () => {
    const bot = manifest.bots[0];
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    for (const list of bot.commandLists) {
      expect(list.commands.map((command: { title: string }) => command.title)).toEqual([
        'ask',
        'check',
        'tickets',
        'help',
      ]);
    }
    expect(bot.commandLists.flatMap((list: { scopes: string[] }) => list.scopes).sort()).toEqual([
      'groupChat',
      'personal',
      'team',
    ]);
    const action = manifest.composeExtensions[0].commands[0];
    expect(action).toMatchObject({ id: 'askResearchSecurity', type: 'action', context: ['message'], fetchTask: false });
    expect(action.title).toBe('Ask research security about this');
    expect(manifest.authorization.permissions.resourceSpecific).toContainEqual({
      name: 'ChannelMessage.Read.Group',
      type: 'Application',
    });
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', () => {
    const colour = readPng(files['color.png']!);
    expect([colour.width, colour.height]).toEqual([192, 192]);
    const outline = readPng(files['outline.png']!);
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
    let transparent = 0;
    for (let row = 0; row < 32; row += 1) {
      for (let column = 0; column < 32; column += 1) {
        const at = row * (32 * 4 + 1) + 1 + column * 4;
        const [red, green, blue, alpha] = [...outline.pixels.subarray(at, at + 4)];
        if (alpha === 0) transparent += 1;
        else expect([red, green, blue]).toEqual([255, 255, 255]);
      }
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
  });

  it('refuses a manifest with a placeholder it cannot fill', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifest's own placeholder syntax
    expect(() => fillManifest('{"id":"${{SOMETHING_ELSE}}"}', VALUES)).toThrow(/SOMETHING_ELSE/);
  });

  it('escapes the values it fills in, so a name cannot break the JSON', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifest's own placeholder syntax
    const filled = fillManifest('{"developer":{"name":"${{RESSEC_TEAMS_DEVELOPER_NAME}}"}}', {
      ...VALUES,
      developerName: 'The "Desk"',
    });
    expect(filled).toEqual({ developer: { name: 'The "Desk"' } });
  });
});
