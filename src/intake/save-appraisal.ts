// "Save as markdown": the finished appraisal as a document. A terminal user is on this machine, so the document is
// written to a file in the data folder (private to its owner) and its path is given; on a chat platform the file
// would stay on the server, so the document is shown instead. Either way the appraisal's actions stay, so it can
// still be sent to the desk without answering the questions again. What it says, and the document, are in the
// language of the check.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoredAppraisal } from '../core/handoff.js';
import { type Block, type Reply, textReply } from '../core/reply.js';
import type { Turn } from '../core/turn.js';
import { message } from '../i18n/messages.js';
import type { Logger } from '../log.js';
import { appraisalToMarkdown } from './appraisal/appraisal-markdown.js';
import { appraisalActions, researcherView } from './replies/appraisal-reply.js';

export const APPRAISALS_FOLDER = 'appraisals';

export function appraisalFileName(stored: StoredAppraisal): string {
  const reference = stored.intakeId.replace(/^intake-/, '').slice(0, 8);
  return `${stored.flow}-${stored.completedAt.slice(0, 10)}-${reference}.md`;
}

export async function saveAppraisal(
  stored: StoredAppraisal,
  turn: Turn,
  dataDir: string | undefined,
  log: Logger,
): Promise<Reply[]> {
  const markdown = appraisalToMarkdown(stored);
  const actions: Block = { kind: 'choices', display: 'buttons', options: appraisalActions(stored, { save: false }) };
  if (turn.platform !== 'console' || !dataDir) {
    return [
      {
        visibility: 'private',
        blocks: [{ kind: 'text', markdown: `\`\`\`markdown\n${markdown}\`\`\`` }, actions],
        fallbackText: message(stored.language, 'appraisalDocumentFallback', {
          flow: researcherView(stored).flowTitle,
        }),
      },
    ];
  }
  const folder = path.resolve(dataDir, APPRAISALS_FOLDER);
  const file = path.join(folder, appraisalFileName(stored));
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFile(file, markdown, { encoding: 'utf8', mode: 0o600 });
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? 'error');
    log.warn({ event: 'appraisal-save-failed', outcome: code }, 'appraisal could not be saved');
    return [textReply(message(stored.language, 'appraisalSaveFailed', { file, code }), 'private')];
  }
  log.info({ event: 'appraisal-saved', flow: stored.flow }, 'appraisal saved as markdown');
  const text = message(stored.language, 'appraisalSaved', { file });
  return [{ visibility: 'private', blocks: [{ kind: 'text', markdown: text }, actions], fallbackText: text }];
}
