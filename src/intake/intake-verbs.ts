// Action verbs of the intake namespace and the values its buttons carry (the intake id guards against stale buttons).
import { VERBS } from '../core/verbs.js';

export const INTAKE_VERBS = {
  start: VERBS.startIntake,
  answer: 'intake.answer',
  back: 'intake.back',
  skip: 'intake.skip',
  change: 'intake.change',
  confirm: 'intake.confirm',
  cancel: 'intake.cancel',
  pause: 'intake.pause',
  resume: 'intake.resume',
  saveMarkdown: 'intake.save-markdown',
  /** Sent by a channel when a new session opens (the terminal chat starts): an unfinished check is offered, not continued. */
  sessionStart: 'intake.session-start',
} as const;

export interface ButtonValue {
  intakeId: string;
  fieldId?: string;
  value?: string;
}

export function encodeButtonValue(intakeId: string, fieldId?: string, value?: string): string {
  return [intakeId, fieldId, value].filter((part) => part !== undefined).join('|');
}

export function decodeButtonValue(raw: string | undefined): ButtonValue {
  const [intakeId = '', fieldId, ...rest] = (raw ?? '').split('|');
  return { intakeId, fieldId: fieldId || undefined, value: rest.length > 0 ? rest.join('|') : undefined };
}
