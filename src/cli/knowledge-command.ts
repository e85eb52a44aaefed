// `ressec knowledge check`: validates the corpus and lists documents past review_by; non-zero on any problem.

import { today } from '../answer/citations.js';
import { loadKnowledge } from '../app.js';
import { type CliCommand, UsageError } from './cli-command.js';

export const knowledgeCommand: CliCommand = {
  usage: 'knowledge check [--json]',
  summary: 'validate the corpus (front matter, glossary, contact points) and list stale documents',
  async run(args, io, config) {
    if (args[0] !== 'check') throw new UsageError('usage: ressec knowledge check [--json]');
    const { knowledge, problems } = await loadKnowledge(config);
    const stale = knowledge.staleDocuments(today());
    const byJurisdiction = new Map<string, number>();
    for (const document of knowledge.documents) {
      byJurisdiction.set(document.jurisdiction, (byJurisdiction.get(document.jurisdiction) ?? 0) + 1);
    }
    if (args.includes('--json')) {
      io.stdout.write(
        `${JSON.stringify({
          documents: knowledge.documents.length,
          passages: knowledge.passages.length,
          glossaryEntries: knowledge.glossary.entries.length,
          contactPoints: knowledge.contactPoints.length,
          byJurisdiction: Object.fromEntries(byJurisdiction),
          problems,
          stale: stale.map((document) => ({ id: document.id, file: document.file, review_by: document.review_by })),
        })}\n`,
      );
    } else {
      const counts = [...byJurisdiction].map(([jurisdiction, count]) => `${jurisdiction} ${count}`).join(', ');
      io.stdout.write(
        `knowledge: ${knowledge.documents.length} documents, ${knowledge.passages.length} passages, ${knowledge.glossary.entries.length} glossary entries, ${knowledge.contactPoints.length} contact points\n`,
      );
      if (counts) io.stdout.write(`  by jurisdiction: ${counts}\n`);
      for (const problem of problems) {
        io.stdout.write(`  ✗ ${problem.file}${problem.field ? ` [${problem.field}]` : ''}: ${problem.message}\n`);
      }
      for (const document of stale) {
        io.stdout.write(`  ⚠ ${document.file}: past review_by ${document.review_by}\n`);
      }
      io.stdout.write(problems.length === 0 ? '  ✓ corpus valid\n' : `  ${problems.length} problem(s)\n`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};
