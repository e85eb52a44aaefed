import { describe, expect, it } from 'vitest';
import { type CoverageTemplate, checkCoverage, coverageSchema } from './coverage.js';
import type { KnowledgeDocument } from './document.js';

const template: CoverageTemplate = coverageSchema.parse({
  slots: { authorities: 'who decides', contacts: 'whom to call' },
  jurisdictions: ['NL', 'DE'],
  bodies: { g7: 'G7' },
  gaps: { DE: { contacts: 'none exists: Germany has no single research-security contact point' } },
});

function document(id: string, jurisdiction: KnowledgeDocument['jurisdiction'], slots: string[]): KnowledgeDocument {
  return {
    id,
    title: `Document ${id}`,
    jurisdiction,
    topics: ['framework'],
    sources: [{ title: 'Page', publisher: 'Gov', url: 'https://example.org', date: '2024' }],
    last_reviewed: '2026-12-01',
    review_by: '2027-06-01',
    slots,
    file: `${id}.md`,
    institutional: false,
    body: '',
  };
}

describe('coverage check', () => {
  it('marks slots filled by documents, accepts recorded gaps and flags the rest', () => {
    const report = checkCoverage(template, [
      document('nl-a', 'NL', ['authorities', 'contacts']),
      document('de-a', 'DE', ['authorities']),
      document('g7', 'INTL', ['body:g7', 'body:nato']),
    ]);
    expect(report.slots.find((s) => s.scope === 'NL' && s.slot === 'contacts')?.documents).toEqual(['nl-a']);
    expect(report.slots.find((s) => s.scope === 'DE' && s.slot === 'contacts')?.gap).toMatch(/^none exists/);
    expect(report.problems).toEqual(['g7.md: slot "body:nato" is not in the coverage template']);
  });

  it('reports an empty slot without a reason and a body nobody covers', () => {
    const report = checkCoverage(template, [document('nl-a', 'NL', ['authorities'])]);
    expect(report.problems).toEqual([
      'NL contacts: no document fills it and no reason is recorded',
      'DE authorities: no document fills it and no reason is recorded',
      'INTL body:g7: no document covers it',
    ]);
  });

  it('rejects a gap without a stated reason', () => {
    expect(coverageSchema.safeParse({ ...template, gaps: { NL: { lists: 'n/a' } } }).success).toBe(false);
  });
});
