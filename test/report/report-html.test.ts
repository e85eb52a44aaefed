// The HTML report opened in headless Chromium (Debian's chromium): the page renders, is not blank, makes no request,
// and each chart region holds drawn bars. Without Chromium this fails and says how to install it.
import { beforeAll, describe, expect, it } from 'vitest';
import { requireChromium, type Screenshot } from './headless-chromium.js';
import { shootReport } from './shoot-report.js';
import { seedDataFolder } from './support/seed-data-folder.js';

const CHARTS_WITH_DATA = [
  'outcomes',
  'questions-per-day',
  'feedback',
  'feedback-reasons',
  'documents-cited',
  'documents-disliked',
  'gaps',
  'tickets-status',
  'tickets-flow',
  'tickets-level',
  'response-times',
];

describe('the HTML report in headless Chromium', () => {
  let html: string;
  let shot: Screenshot;
  beforeAll(async () => {
    requireChromium();
    const config = await seedDataFolder({ RESSEC_KEEP_QUESTIONS: '30d' });
    ({ html, shot } = await shootReport(config));
  }, 120_000);

  it('is a full page, far from blank', () => {
    expect(shot.png.subarray(1, 4).toString()).toBe('PNG');
    expect(shot.width).toBe(1300);
    expect(shot.height).toBeGreaterThan(900);
    expect(shot.inked).toBeGreaterThan(0.3);
    expect(shot.colours).toBeGreaterThan(20);
  });

  it('draws every chart region, each with bars in the chart colours', () => {
    expect(shot.regions.map((region) => region.name)).toEqual(CHARTS_WITH_DATA);
    for (const region of shot.regions) {
      expect(region.box.width, region.name).toBeGreaterThan(400);
      expect(region.box.height, region.name).toBeGreaterThan(40);
      expect(region.coloured, region.name).toBeGreaterThan(150);
    }
  });

  it('escapes kept question text and shows it only because it was opted in', () => {
    expect(html).toContain('<q>What should I do with my laptop before I travel abroad?</q>');
    expect(html).not.toMatch(/<script/i);
  });
});
