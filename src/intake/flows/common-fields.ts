// Questions every flow asks in the same words: the technology areas and the deadline for the desk.
import { BUILT_IN_LISTS, TECHNOLOGY_LIST } from '../data/lists.js';
import type { FieldDefinition } from '../field.js';
import { dateField, multiField } from '../field-builders.js';

export const TECHNOLOGY_FIELD_ID = 'technology-areas';
export const DEADLINE_FIELD_ID = 'deadline';

export function technologyAreasField(subject: string): FieldDefinition {
  const field = multiField({
    id: TECHNOLOGY_FIELD_ID,
    label: 'Technology areas',
    question: `Does ${subject} touch any of the EU critical technology areas? Pick all that apply, or "None of these".`,
    help: 'The ten areas of the European Commission Recommendation of 3 October 2023; the Research Council of Finland asks the same question. Type the numbers separated by commas, for example 2, 3.',
    choices: BUILT_IN_LISTS.technologyChoices(),
  });
  // The choices follow the technology list in use: an institution's own list replaces these (bind-lists.ts).
  return { ...field, choicesFrom: TECHNOLOGY_LIST };
}

export function deadlineField(question: string): FieldDefinition {
  return dateField({
    id: DEADLINE_FIELD_ID,
    label: 'Deadline',
    question,
    help: 'Optional, for the advice desk: a date as YYYY-MM-DD (or "in 3 weeks"). Type `skip` if there is none.',
    optional: true,
  });
}

export const ORGANISATION_HELP =
  'Only the organisation, no personal names. Your answers stay private to you and the advice desk and never reach the logs.';

export const COUNTRY_HELP =
  'The country where the organisation (or its parent) is based. We ask about organisations and countries, never about anyone\u2019s nationality.';
