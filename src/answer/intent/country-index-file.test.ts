import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_INDEX_FILE, countryIndexEntries } from './intent-features.js';

// The build writes the country index beside the compiled module (bin/start.js), so a start need not ask ICU for every
// region's name; it must be the index ICU gives, or the model would read other words than it was trained on.
const built = new URL(`../../../dist/src/answer/intent/${COUNTRY_INDEX_FILE}`, import.meta.url);

describe('the built country index', () => {
  it.skipIf(!existsSync(built))('holds what ICU gives on this Node, entry for entry', () => {
    const fromFile = JSON.parse(readFileSync(built, 'utf8')) as [string, string[][]][];
    expect(fromFile).toEqual(countryIndexEntries());
    expect(fromFile.length).toBeGreaterThan(300);
  });
});
