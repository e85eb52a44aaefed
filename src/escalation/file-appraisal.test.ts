import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REQUESTER } from '../../test/escalation/support/harness.js';
import { appraisalStateKey, type StoredAppraisal } from '../core/handoff.js';
import { fileAppraisalTicket } from './file-appraisal.js';

const stored: StoredAppraisal = {
  intakeId: 'in-7',
  flow: 'travel',
  flowTitle: 'Travel',
  answers: [],
  appraisal: {
    flow: 'travel',
    flowTitle: 'Travel',
    level: 'low',
    flags: [],
    mitigations: [],
    nextSteps: [],
    escalate: false,
    citations: [],
  },
  userId: REQUESTER.id,
  platform: 'slack',
  completedAt: '2026-01-01T00:00:00.000Z',
};

describe('fileAppraisalTicket', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness.close();
  });

  it('files once per appraisal, whether from the CLI or from the chat button', async () => {
    harness = createHarness();
    const requester = { platform: 'slack' as const, userId: REQUESTER.id };
    const first = await fileAppraisalTicket(harness.escalation.service, stored, requester);
    expect(first).toMatchObject({ kind: 'created', ticket: { priority: 'low', subject: 'Travel: low risk' } });
    expect(await fileAppraisalTicket(harness.escalation.service, stored, requester)).toMatchObject({
      kind: 'existing',
    });
    await harness.state.set(appraisalStateKey('in-7'), stored);
    await harness.form(REQUESTER, 'ticket.submit', { subject: 'Travel', attach: 'appraisal:in-7' });
    expect(await harness.escalation.store.list({})).toHaveLength(1);
  });
});
