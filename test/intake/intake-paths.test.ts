// The conversational paths through the real router: start, back, correct, skip, side question, failed tries,
// cancel, finish later and resume, starting again, and what a finished check leaves for the desk.
import { describe, expect, it } from 'vitest';
import { appraisalStateKey, type StoredAppraisal } from '../../src/core/handoff.js';
import { VERBS } from '../../src/core/verbs.js';
import { visitorFlow } from '../../src/intake/flows/visitor.js';
import { encodeButtonValue, INTAKE_VERBS } from '../../src/intake/intake-verbs.js';
import { BENIGN } from './support/answer-sets.js';
import { intakeHarness, optionsOf, textOf } from './support/intake-fixtures.js';
import { activeIntake, appraisalIn, walkFlow } from './support/walk-flow.js';

async function startedVisitor() {
  const harness = await intakeHarness();
  await harness.say('check visitor');
  return harness;
}

describe('starting a check', () => {
  it('`check` lists the five flows as buttons', async () => {
    const harness = await intakeHarness();
    const replies = await harness.say('check');
    const options = optionsOf(replies);
    expect(options.map((option) => option.value)).toEqual(['partnership', 'visitor', 'travel', 'funding', 'sharing']);
    expect(options.every((option) => option.verb === INTAKE_VERBS.start)).toBe(true);
  });

  it('the "Start a risk check" button with an empty value lists the flows too', async () => {
    const harness = await intakeHarness();
    const replies = await harness.act(VERBS.startIntake, '');
    expect(optionsOf(replies).map((option) => option.value)).toContain('sharing');
  });

  it('`check visitor` asks the first question with its help as context and choices as buttons', async () => {
    const harness = await intakeHarness();
    const [reply] = await harness.say('check visitor');
    expect(reply?.visibility).toBe('private');
    expect(reply?.blocks.some((block) => block.kind === 'context' && block.text === visitorFlow.fields[0]?.help)).toBe(
      true,
    );
    const state = await activeIntake(harness);
    const answers = optionsOf([reply!]).filter((option) => option.verb === INTAKE_VERBS.answer);
    expect(answers[0]?.value).toBe(encodeButtonValue(state!.intakeId, 'visit-type', 'visiting-researcher'));
  });

  it('a bare `check` word with an unknown flow is not a command but a question', async () => {
    const harness = await intakeHarness();
    expect(harness.router.matchCommand('check the weather')).toBeUndefined();
    expect(harness.router.matchCommand('check travel')?.args).toBe('travel');
  });

  it('starting the same flow again starts clean', async () => {
    const harness = await startedVisitor();
    await harness.say('postdoc');
    const before = await activeIntake(harness);
    await harness.say('check visitor');
    const after = await activeIntake(harness);
    expect(after?.answers).toEqual({});
    expect(after?.intakeId).not.toBe(before?.intakeId);
  });
});

describe('answering', () => {
  it('buttons answer the question they belong to; a stale intake id is refused', async () => {
    const harness = await startedVisitor();
    const state = await activeIntake(harness);
    await harness.act(INTAKE_VERBS.answer, encodeButtonValue(state!.intakeId, 'visit-type', 'postdoc'));
    expect((await activeIntake(harness))?.answers['visit-type']).toBe('postdoc');
    const stale = await harness.act(INTAKE_VERBS.answer, encodeButtonValue('intake-old', 'duration', 'over-6-months'));
    expect(textOf(stale)).toMatch(/earlier check/);
    expect((await activeIntake(harness))?.answers.duration).toBeUndefined();
  });

  it('several picks come as a form and validate on submission', async () => {
    const harness = await startedVisitor();
    for (const text of ['postdoc', '2', 'Example Institute', 'Denmark', 'university', 'host']) await harness.say(text);
    const asked = await harness.say('back');
    expect(textOf(asked)).toMatch(/Who pays for the visit/);
    await harness.say('host');
    const invalid = await harness.submit(INTAKE_VERBS.answer, { access: ['office-library', 'none'] });
    // The reason is on the form's field, where every channel shows it, not in a line above the question.
    const form = invalid.flatMap((reply) => reply.blocks).find((block) => block.kind === 'form');
    expect(form?.kind === 'form' ? form.fields[0]?.error : undefined).toMatch(/cannot be combined/);
    expect(textOf(invalid)).not.toMatch(/cannot be combined/);
    await harness.submit(INTAKE_VERBS.answer, { access: ['sensitive-labs', 'it-systems'] });
    expect((await activeIntake(harness))?.answers.access).toEqual(['sensitive-labs', 'it-systems']);
  });

  it('an invalid answer is asked again with the reason; the third failure offers the desk', async () => {
    const harness = await startedVisitor();
    const first = await harness.say('a visiting astronaut');
    expect(textOf(first)).toMatch(/couldn't match that to an option/);
    expect(optionsOf(first).some((option) => option.verb === VERBS.newTicket)).toBe(false);
    await harness.say('a visiting astronaut');
    const third = await harness.say('a visiting astronaut');
    const desk = optionsOf(third).find((option) => option.verb === VERBS.newTicket);
    expect(desk).toMatchObject({ label: 'Ask the advice desk', value: '' });
  });

  it('a side question is answered from the corpus, then the same question is asked again', async () => {
    const harness = await startedVisitor();
    await harness.say('postdoc');
    const replies = await harness.say('What is the Loket Kennisveiligheid?');
    expect(replies.length).toBe(2);
    expect(replies[0]?.answerId).toBeDefined();
    expect(textOf([replies[1]!])).toMatch(/Back to the visitor check[\s\S]*How long will the visit last/);
    expect((await activeIntake(harness))?.answers).toEqual({ 'visit-type': 'postdoc' });
  });

  it('commands still work during an intake, and the intake continues after', async () => {
    const harness = await startedVisitor();
    const help = await harness.say('help');
    expect(textOf(help)).toMatch(/research security assistant/);
    expect(textOf(await harness.say('postdoc'))).toMatch(/How long will the visit last/);
  });
});

describe('moving around', () => {
  it('back, then change by number from the summary, then confirm', async () => {
    const harness = await intakeHarness();
    const { appraisal } = await walkFlow(harness, visitorFlow, BENIGN.visitor!);
    expect(appraisal.level).toBe('low');

    await harness.say('check visitor');
    for (const text of ['postdoc', '2', 'Example Institute', 'Denmark']) await harness.say(text);
    const back = await harness.say('back');
    expect(textOf(back)).toMatch(/In which country[\s\S]*Current answer: Denmark/);
    await harness.say('Sweden');
    expect((await activeIntake(harness))?.answers['home-country']).toBe('Sweden');
    for (const text of ['university', 'host', 'none', 'none', 'no', 'no']) await harness.say(text);
    const skipped = await harness.say('skip');
    expect(textOf(skipped)).toMatch(/Skipped: Deadline[\s\S]*please check your answers/);
    const change = await harness.say('change 3');
    expect(textOf(change)).toMatch(/Which organisation is the visitor coming from/);
    const review = await harness.say('Another Institute');
    expect(textOf(review)).toMatch(/3\. Home organisation: Another Institute/);
    const done = await harness.say('confirm');
    expect(appraisalIn(done)?.flowTitle).toBe('Visitor check');
  });

  it('the summary offers a change for each answer as a select', async () => {
    const harness = await intakeHarness();
    await harness.say('check travel');
    for (const text of ['conference', 'Canada', 'loaner', 'no', 'none', 'no', 'yes', 'skip']) await harness.say(text);
    const state = await activeIntake(harness);
    const replies = await harness.act(INTAKE_VERBS.change, encodeButtonValue(state!.intakeId, 'destination-country'));
    expect(textOf(replies)).toMatch(/Which country are you travelling to/);
  });
});

describe('leaving and coming back', () => {
  it('cancel deletes the intake', async () => {
    const harness = await startedVisitor();
    await harness.say('postdoc');
    expect(textOf(await harness.say('cancel'))).toMatch(/cancelled and its answers deleted/);
    expect(await activeIntake(harness)).toBeUndefined();
  });

  it('`later` pauses; free text is then a normal question; `check` offers to resume', async () => {
    const harness = await startedVisitor();
    await harness.say('postdoc');
    expect(textOf(await harness.say('later'))).toMatch(/Saved for later/);
    const question = await harness.say('postdoc');
    expect(question[0]?.answerId).toBeDefined();
    const offer = await harness.say('check');
    const resume = optionsOf(offer).find((option) => option.verb === INTAKE_VERBS.resume);
    expect(textOf(offer)).toMatch(/unfinished \*\*Visitor check\*\* \(question 2 of/);
    const resumed = await harness.act(INTAKE_VERBS.resume, resume?.value);
    expect(textOf(resumed)).toMatch(/How long will the visit last/);
    expect(textOf(await harness.say('2'))).toMatch(/Which organisation/);
  });

  it('an intake in progress is still there for a new turn (state persists between turns)', async () => {
    const harness = await startedVisitor();
    await harness.say('postdoc');
    const offer = await harness.say('check');
    expect(optionsOf(offer).map((option) => option.label)).toContain('Continue the visitor check');
  });
});

describe('a finished check', () => {
  it('is stored for the desk under appraisal:<intakeId>, with buttons to send, save and start again', async () => {
    const harness = await intakeHarness();
    await harness.say('check visitor');
    const intakeId = (await activeIntake(harness))!.intakeId;
    await walkFlowFromHere(harness);
    const stored = await harness.state.get<StoredAppraisal>(appraisalStateKey(intakeId));
    expect(stored).toMatchObject({
      intakeId,
      flow: 'visitor',
      userId: 'researcher-1',
      platform: 'console',
      deadline: '2099-06-30',
    });
    expect(stored?.answers.find((answer) => answer.field === 'home-country')).toMatchObject({
      question: 'In which country is that organisation based?',
      answer: 'Iran',
    });
    expect(stored?.appraisal.escalate).toBe(true);
    expect(await activeIntake(harness)).toBeUndefined();

    const markdown = await harness.act(INTAKE_VERBS.saveMarkdown, intakeId);
    expect(textOf(markdown)).toMatch(
      /# Visitor check: risk appraisal[\s\S]*Overall level: \*\*High\*\*[\s\S]*## Sources/,
    );
    const someoneElse = await harness.act(INTAKE_VERBS.saveMarkdown, intakeId, 'researcher-2');
    expect(textOf(someoneElse)).toMatch(/no longer available/);
  });
});

async function walkFlowFromHere(harness: Awaited<ReturnType<typeof intakeHarness>>) {
  const answers = [
    'postdoc',
    '2',
    'Example Institute',
    'Iran',
    'university',
    'host',
    'none',
    'none',
    'no',
    'no',
    '2099-06-30',
  ];
  for (const text of answers) await harness.say(text);
  const replies = await harness.say('confirm');
  const options = optionsOf(replies);
  expect(options.map((option) => option.label)).toEqual(['Send to the advice desk', 'Save as markdown', 'Start again']);
  expect(options[0]).toMatchObject({ verb: VERBS.newTicket, style: 'primary' });
  expect(options[0]?.value).toMatch(/^appraisal:intake-/);
  expect(options[2]).toMatchObject({ verb: INTAKE_VERBS.start, value: 'visitor' });
}
