// The slot template of knowledge/coverage.yaml checked against what the documents declare they fill.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { JURISDICTIONS } from '../config.js';
import type { KnowledgeDocument } from './document.js';
import { parseYaml } from './parse-yaml.js';

const reason = z.string().regex(/^(none exists|not public): .{8,}/, 'expected "none exists: …" or "not public: …"');

export const coverageSchema = z
  .object({
    slots: z.record(z.string().regex(/^[a-z-]+$/), z.string().min(5)),
    jurisdictions: z.array(z.enum(JURISDICTIONS)).min(1),
    bodies: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(2)),
    gaps: z.partialRecord(z.enum(JURISDICTIONS), z.record(z.string(), reason).nullable()).default({}),
  })
  .strict();

export type CoverageTemplate = z.output<typeof coverageSchema>;

export interface SlotStatus {
  /** A jurisdiction code, or INTL for an international body. */
  scope: string;
  slot: string;
  documents: string[];
  /** Why the slot is empty, where it is and a reason is recorded. */
  gap?: string;
}

export interface CoverageReport {
  slots: SlotStatus[];
  /** Empty slots with no recorded reason, and declarations that name no slot of the template. */
  problems: string[];
}

/** A corpus without coverage.yaml (a test fixture, an institution's own folder) has no template and no problem. */
export async function loadCoverageTemplate(file: string): Promise<{ template?: CoverageTemplate; problem?: string }> {
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { problem: `${file}: ${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = coverageSchema.safeParse(data);
  if (!parsed.success) {
    return { problem: `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  }
  return { template: parsed.data };
}

export function checkCoverage(template: CoverageTemplate, documents: KnowledgeDocument[]): CoverageReport {
  const problems: string[] = [];
  const slotNames = Object.keys(template.slots);
  const bodyKeys = Object.keys(template.bodies);
  const filledBy = new Map<string, string[]>();
  for (const document of documents) {
    if (document.institutional) continue;
    for (const slot of document.slots ?? []) {
      const body = slot.startsWith('body:') ? slot.slice(5) : undefined;
      if (body !== undefined ? !bodyKeys.includes(body) : !slotNames.includes(slot)) {
        problems.push(`${document.file}: slot "${slot}" is not in the coverage template`);
        continue;
      }
      const key = body !== undefined ? `INTL/${body}` : `${document.jurisdiction}/${slot}`;
      filledBy.set(key, [...(filledBy.get(key) ?? []), document.id]);
    }
  }
  const slots: SlotStatus[] = [];
  for (const jurisdiction of template.jurisdictions) {
    const gaps = template.gaps[jurisdiction] ?? {};
    for (const slot of slotNames) {
      const found = filledBy.get(`${jurisdiction}/${slot}`) ?? [];
      const gap = found.length === 0 ? gaps[slot] : undefined;
      if (found.length === 0 && !gap)
        problems.push(`${jurisdiction} ${slot}: no document fills it and no reason is recorded`);
      slots.push({ scope: jurisdiction, slot, documents: found, gap });
    }
  }
  for (const body of bodyKeys) {
    const found = filledBy.get(`INTL/${body}`) ?? [];
    if (found.length === 0) problems.push(`INTL body:${body}: no document covers it`);
    slots.push({ scope: 'INTL', slot: `body:${body}`, documents: found });
  }
  return { slots, problems };
}
