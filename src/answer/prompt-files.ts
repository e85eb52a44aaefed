// Prompts are data: a folder per prompt with its text and a zod-validated config.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const promptConfigSchema = z
  .object({
    temperature: z.number().min(0).max(2),
    max_tokens: z.number().int().min(50).max(8000),
    max_passages: z.number().int().min(1).max(20),
    model: z.string().min(1).optional(),
  })
  .strict();

export interface PromptFiles {
  system: string;
  config: z.output<typeof promptConfigSchema>;
}

export async function loadPrompt(promptsDir: string, name: string): Promise<PromptFiles> {
  const folder = path.join(promptsDir, name);
  const [system, configText] = await Promise.all([
    readFile(path.join(folder, 'system.md'), 'utf8'),
    readFile(path.join(folder, 'config.json'), 'utf8'),
  ]);
  const parsed = promptConfigSchema.safeParse(JSON.parse(configText));
  if (!parsed.success) {
    throw new Error(
      `prompts/${name}/config.json: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  return { system, config: parsed.data };
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
