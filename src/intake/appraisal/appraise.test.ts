import { describe, expect, it } from 'vitest';
import { BENIGN } from '../../../test/intake/support/answer-sets.js';
import { partnershipFlow } from '../flows/partnership.js';
import type { AppraisalSettings } from './appraisal.js';
import { appraise } from './appraise.js';

const settings: AppraisalSettings = {
  deskName: 'the test desk',
  institutionName: 'Test University',
  noticeDays: 0,
  escalateTechnologies: [],
  escalatePartners: [],
  contactPoints: [],
  today: '2026-11-24',
};

const benign = BENIGN.partnership!;

describe('appraise', () => {
  it('is low with no flags, and says it advises rather than clears', () => {
    const result = appraise(partnershipFlow, benign, settings);
    expect(result).toMatchObject({ level: 'low', flags: [], escalate: false });
    expect(result.nextSteps.at(-1)?.text).toMatch(/does not clear or forbid anything/);
  });

  it('counts Unsure as a flag and says so in the reason', () => {
    const result = appraise(partnershipFlow, { ...benign, 'government-influence': 'unsure' }, settings);
    expect(result.level).toBe('medium');
    expect(result.flags[0]?.reason).toMatch(/answered Unsure/);
  });

  it('raises institution policy terms to high and sends them to the desk (case-insensitive substrings)', () => {
    const policy = { ...settings, escalateTechnologies: ['QUANTUM'], escalatePartners: ['example univ'] };
    const result = appraise(partnershipFlow, { ...benign, 'technology-areas': ['quantum'] }, policy);
    expect(result.level).toBe('high');
    expect(result.escalate).toBe(true);
    expect(result.flags.map((flag) => flag.id)).toEqual(
      expect.arrayContaining(['policy-technology', 'policy-partner']),
    );
    expect(result.flags.find((flag) => flag.id === 'policy-technology')?.reason).toMatch(/^Test University's policy/);
  });

  it('names the destination from the data list, not from the answer text', () => {
    const result = appraise(
      partnershipFlow,
      { ...benign, 'partner-country': 'a lab near moscow, russian federation' },
      settings,
    );
    expect(result.flags[0]).toMatchObject({ id: 'restricted-destination', level: 'high' });
    expect(result.flags[0]?.reason).toMatch(/^Russia is under EU restrictive measures/);
  });

  it('works out the date to contact the desk from the notice days', () => {
    const withDeadline = { ...benign, deadline: '2026-12-31' };
    const noticed = appraise(partnershipFlow, withDeadline, { ...settings, noticeDays: 20 });
    expect(noticed.nextSteps.map((step) => step.text)).toContain(
      "Test University asks for 20 days' notice: contact the test desk by 2026-12-11 (your deadline is 2026-12-31).",
    );
    const late = appraise(partnershipFlow, withDeadline, { ...settings, noticeDays: 60 });
    expect(late.nextSteps.some((step) => /leaves less than the 60 days' notice/.test(step.text))).toBe(true);
  });

  it('shows jurisdiction-specific next steps only to institutions in that jurisdiction', () => {
    const australian = appraise(partnershipFlow, benign, { ...settings, institutionJurisdiction: 'AU' });
    const dutch = appraise(partnershipFlow, benign, { ...settings, institutionJurisdiction: 'NL' });
    expect(australian.nextSteps.some((step) => step.text.startsWith('Australia:'))).toBe(true);
    expect(dutch.nextSteps.some((step) => step.text.startsWith('Australia:'))).toBe(false);
  });
});
