// `ressec knowledge check`: validates the corpus and lists documents past review_by; non-zero on any problem.
// `ressec knowledge reload`: the same check, then every running process on the data folder reloads the corpus.

import path from 'node:path';
import { today } from '../answer/citations.js';
import { lintCorpus, UNTRUSTED_LABEL } from '../answer/untrusted-text.js';
import { loadKnowledge, resolveFromRoot } from '../app.js';
import { printableLine } from '../core/printable.js';
import { checkCoverage, loadCoverageTemplate } from '../knowledge/coverage.js';
import { requestReload } from '../knowledge/reload.js';
import { undatedInstruments } from '../knowledge/undated-instruments.js';
import { type CliCommand, UsageError } from './cli-command.js';

export const knowledgeCommand: CliCommand = {
  usage: 'knowledge check [--coverage] [--strict] [--json] | knowledge reload',
  summary:
    'validate the corpus (front matter, glossary, contact points) and list stale documents; reload: check, then have running processes reload',
  async run(args, io, config, log, channels) {
    if (args[0] === 'reload') {
      const code = await knowledgeCommand.run(['check', ...args.slice(1)], io, config, log, channels);
      if (code !== 0) {
        io.stderr.write('ressec: not reloaded: fix the problems above first\n');
        return code;
      }
      requestReload(config.dataDir);
      io.stdout.write(
        `Asked every running ressec that uses ${config.dataDir} to reload the corpus (they also reload by themselves when an institution folder changes).\n`,
      );
      return 0;
    }
    if (args[0] !== 'check') {
      throw new UsageError('usage: ressec knowledge check [--coverage] [--strict] [--json] | ressec knowledge reload');
    }
    const { knowledge, problems, folderProblems, institutionLists } = await loadKnowledge(config);
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
    // The corpus is untrusted input: a flagged sentence is an error in the shipped corpus, a warning in an
    // institution's folder (an error too under --strict). Neither answerer uses such a sentence either way.
    const warnings: { file: string; field?: string; message: string }[] = [];
    for (const finding of lintCorpus(knowledge)) {
      const entry = {
        file: finding.file,
        field: finding.section,
        message: `${UNTRUSTED_LABEL[finding.kind]}: "${printableLine(finding.excerpt)}…"`,
      };
      (finding.institutional ? warnings : problems).push(entry);
    }
    // A source that dates an instrument the text never dates: asked when it was adopted, the answer has no sentence.
    for (const undated of undatedInstruments(knowledge.documents)) {
      (undated.institutional ? warnings : problems).push({
        file: undated.file,
        field: 'sources',
        message: `a source dates an instrument ${undated.date} ("${printableLine(undated.title).slice(0, 80)}…"), but the text never states that date`,
      });
    }
    const failed = problems.length > 0 || (args.includes('--strict') && warnings.length > 0);
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
          lists: institutionLists.map(({ id, title, entries, file }) => ({ id, title, entries, file })),
          byJurisdiction: Object.fromEntries(byJurisdiction),
          problems,
          warnings,
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
      for (const list of institutionLists) {
        io.stdout.write(`  list ${list.id}: ${list.entries} entries from ${list.file} (replaces the built-in list)\n`);
      }
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
      for (const warning of warnings) {
        io.stdout.write(`  ⚠ ${warning.file} [${warning.field}]: ${warning.message}\n`);
      }
      for (const document of stale) {
        io.stdout.write(`  ⚠ ${document.file}: past review_by ${document.review_by}\n`);
      }
      io.stdout.write(problems.length === 0 ? '  ✓ corpus valid\n' : `  ${problems.length} problem(s)\n`);
      if (warnings.length > 0) {
        io.stdout.write(
          `  ${warnings.length} warning(s) in institution documents${args.includes('--strict') ? ' (--strict: failing)' : ''}\n`,
        );
      }
    }
    return failed ? 1 : 0;
  },
};
