import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { JURISDICTIONS } from '../config.js';
import { sourceSchema } from './document-schema.js';
import { parseYaml } from './parse-yaml.js';

export const contactPointSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  jurisdiction: z.enum(JURISDICTIONS),
  name: z.string().min(2),
  what: z.string().min(5),
  who_may_ask: z.string().min(3),
  url: z.url(),
  phone: z.string().min(5).optional(),
  email: z.email().optional(),
  /** The web form or page where a question is put, where it differs from `url`. */
  form: z.url().optional(),
  /** What this office is the right contact for; answers choose the contact by the question's topic. */
  handles: z
    .array(z.enum(['general', 'export-control', 'espionage', 'investment-screening', 'funding', 'visas', 'consular']))
    .optional(),
  source: sourceSchema,
});

export type ContactPoint = z.output<typeof contactPointSchema>;

export async function loadContactPoints(file: string): Promise<{ contactPoints: ContactPoint[]; problems: string[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { contactPoints: [], problems: [] };
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return { contactPoints: [], problems: [`not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = z.object({ contact_points: z.array(contactPointSchema) }).safeParse(data);
  if (!parsed.success) {
    return {
      contactPoints: [],
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  return { contactPoints: parsed.data.contact_points, problems: [] };
}
