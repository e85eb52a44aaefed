import { parseYaml } from './parse-yaml.js';

export interface SplitFile {
  data: unknown;
  body: string;
}

/** Splits `---\nyaml\n---\nbody`; returns undefined when the file has no front matter block. */
export function splitFrontMatter(text: string): SplitFile | undefined {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(normalized);
  if (!match) return undefined;
  return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}
