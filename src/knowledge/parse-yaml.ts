// The yaml parser is needed only when corpus files are read, not when the corpus comes from its cache (every start
// after the first): loaded on first use, which keeps it off `ressec ask`'s start.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let yaml: Yaml | undefined;

export function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml;
  return yaml.parse(text);
}
