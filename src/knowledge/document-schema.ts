import { z } from 'zod';
import { JURISDICTIONS } from '../config.js';
import { verifiedSchema } from './verified-answer-schema.js';

export const TOPICS = [
  'framework',
  'contact-points',
  'export-control',
  'critical-technologies',
  'travel',
  'visitors',
  'talent-programmes',
  'funding-disclosure',
  'partnerships',
  'tech-transfer',
  'data-security',
  'foreign-interference',
  'academic-freedom',
  'institutional',
  'screening',
  'lmic-partnerships',
  'risk-assessment',
  'sector-guidance',
  'multilateral',
] as const;

// YAML turns unquoted dates into Date objects; accept both and keep the text form.
const dateText = (pattern: RegExp, expected: string) =>
  z.preprocess(
    (value) =>
      value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
    z.string().regex(pattern, `expected ${expected}`),
  );

export const dayDate = dateText(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
export const looseDate = dateText(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');

export const sourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z.url({ protocol: /^https?$/ }),
  date: looseDate,
});

export const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
    title: z.string().min(5),
    jurisdiction: z.enum(JURISDICTIONS),
    topics: z.array(z.enum(TOPICS)).min(1),
    sources: z.array(sourceSchema).min(1),
    last_reviewed: dayDate,
    review_by: dayDate,
    as_of: looseDate.optional(),
    /** Coverage slots this document fills (knowledge/coverage.yaml): `authorities`, `laws`, or `body:g7` for INTL. */
    slots: z.array(z.string().regex(/^[a-z0-9:-]+$/)).optional(),
    /** A desk-verified answer (src/knowledge/verified-answer-schema.ts). */
    verified: verifiedSchema.optional(),
  })
  .strict();

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type Source = z.output<typeof sourceSchema>;
