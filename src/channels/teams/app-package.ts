// The Teams app package: manifest/teams/manifest.json with the app id and the publisher's details filled in, zipped
// with its two icons, ready for a tenant admin to upload. Every placeholder must be filled: a package that still
// says ${{…}} would be refused by Teams only at upload, far from the cause.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

export interface AppPackageValues {
  appId: string;
  version: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

export const APP_PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

const PLACEHOLDER = /\$\{\{([A-Za-z_]+)\}\}/g;

function placeholders(values: AppPackageValues): Record<string, string> {
  return {
    MicrosoftAppId: values.appId,
    // Teams wants a semantic version without a pre-release tag.
    APP_VERSION: values.version.replace(/[-+].*$/, ''),
    RESSEC_TEAMS_DEVELOPER_NAME: values.developerName,
    RESSEC_TEAMS_WEBSITE_URL: values.websiteUrl,
    RESSEC_TEAMS_PRIVACY_URL: values.privacyUrl,
    RESSEC_TEAMS_TERMS_URL: values.termsUrl,
  };
}

/** The manifest with every placeholder replaced (JSON-escaped); throws naming any placeholder left unfilled. */
export function fillManifest(template: string, values: AppPackageValues): Record<string, unknown> {
  const known = placeholders(values);
  const missing = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = known[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) throw new Error(`the manifest names unknown placeholders: ${[...missing].join(', ')}`);
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The zip Teams takes: the files at its root, no folders. */
export function buildAppPackage(manifestDir: string, values: AppPackageValues): Uint8Array {
  const manifest = fillManifest(readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'), values);
  return zipSync(
    {
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      'color.png': readFileSync(path.join(manifestDir, 'color.png')),
      'outline.png': readFileSync(path.join(manifestDir, 'outline.png')),
    },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
}
