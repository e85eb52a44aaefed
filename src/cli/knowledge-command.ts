// `ressec knowledge check`: validates the corpus and lists documents past review_by; non-zero on any problem.

import path from 'node:path';
import { today } from '../answer/citations.js';
import { loadKnowledge, resolveFromRoot } from '../app.js';
import { checkCoverage, loadCoverageTemplate } from '../knowledge/coverage.js';
import { type CliCommand, UsageError } from './cli-command.js';

export const knowledgeCommand: CliCommand = {
  usage: 'knowledge check [--coverage] [--json]',
  summary: 'validate the corpus (front matter, glossary, contact points) and list stale documents',
  async run(args, io, config) {
    if (args[0] !== 'check') throw new UsageError('usage: ressec knowledge check [--coverage] [--json]');
    const { knowledge, problems, folderProblems } = await loadKnowledge(config);
    for (const problem of folderProblems) {
      const [variable = '', ...rest] = problem.split(': ');
      problems.push({ file: variable, message: rest.join(': ') });
    }
    // Empty slots are errors when coverage is asked for, and a one-line reminder otherwise.
    const strictCoverage = args.includes('--coverage');
    const coverageFile = path.join(resolveFromRoot(config.knowledge.dir), 'coverage.yaml');
    const { template, problem: templateProblem } = await loadCoverageTemplate(coverageFile);
    const coverage = template ? checkCoverage(template, knowledge.documents) : undefined;
    if (templateProblem) problems.push({ file: coverageFile, message: templateProblem });
    if (strictCoverage && !template && !templateProblem) {
      problems.push({
        file: coverageFile,
        message: 'no coverage template: --coverage needs coverage.yaml beside the corpus',
      });
    }
    if (strictCoverage) {
      for (const message of coverage?.problems ?? []) problems.push({ file: coverageFile, message });
    }
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
          coverage: coverage && { slots: coverage.slots, problems: coverage.problems },
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
      if (strictCoverage && coverage) {
        for (const slot of coverage.slots) {
          const state =
            slot.documents.length > 0 ? `✓ ${slot.documents.join(', ')}` : slot.gap ? `– ${slot.gap}` : '✗ empty';
          io.stdout.write(`  ${slot.scope.padEnd(4)} ${slot.slot.padEnd(20)} ${state}\n`);
        }
      } else if (coverage && coverage.problems.length > 0) {
        io.stdout.write(`  ⚠ ${coverage.problems.length} coverage slot(s) empty or invalid: run with --coverage\n`);
      }
      for (const document of stale) {
        io.stdout.write(`  ⚠ ${document.file}: past review_by ${document.review_by}\n`);
      }
      io.stdout.write(problems.length === 0 ? '  ✓ corpus valid\n' : `  ${problems.length} problem(s)\n`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};
