// `npm run eval:record -- <data folder>`: runs the evaluation questions (the blind tuning half and the old set, never
// the locked half) through a data folder as researchers would, so `ressec report` has real figures to show. Each
// answer is rated as a careful reader would: 👍 when every key fact is there and every sentence cited, 👎 otherwise
// (a wrong outcome, or facts missing); a question the corpus should answer but did not becomes a ticket to the desk.
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { fromAnswer } from '../../src/escalation/ticket-origin.js';
import { silentLogger } from '../../src/log.js';
import { loadQuestions } from './evaluate.js';
import { BLIND_TUNING, loadBlindHalf } from './question-set.js';
import { scoreAnswer } from './score.js';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: npm run eval:record -- <data folder>');
  process.exit(2);
}
const config = loadConfig({ ...process.env, RESSEC_OFFLINE: 'true', RESSEC_DATA_DIR: dataDir });
const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
const researcher = { platform: 'cli' as const, userId: 'eval-researcher' };
const totals = { questions: 0, up: 0, down: 0, tickets: 0 };
try {
  for (const question of [...(loadBlindHalf(BLIND_TUNING) ?? []), ...loadQuestions()]) {
    const answer = await app.answers.answer(question.question, 'eval');
    totals.questions += 1;
    const score = scoreAnswer(question, answer);
    if (answer.outcome === 'answered') {
      const good = question.expected === 'answered' && score.missing.length === 0 && score.uncited.length === 0;
      await app.insights.rate(answer.id, good ? 'up' : 'down', 'eval');
      if (!good)
        await app.insights.explain(answer.id, question.expected === 'answered' ? 'missing' : 'wrong', undefined);
      totals[good ? 'up' : 'down'] += 1;
    } else if (question.expected === 'answered') {
      const origin = fromAnswer(answer.id, {
        question: answer.question,
        answer: answer.text,
        outcome: answer.outcome,
        citations: [],
        userId: researcher.userId,
        platform: researcher.platform,
      });
      const filed = await app.escalation.service.submit(`eval:${question.id}`, {
        requester: researcher,
        origin: origin.origin,
        subject: origin.subject,
        note: '',
        priority: origin.priority,
      });
      if (filed.kind === 'created') totals.tickets += 1;
    }
  }
  await app.insights.flush();
} finally {
  await app.close();
}
console.log(
  `recorded ${totals.questions} questions in ${config.dataDir}: ${totals.up} 👍, ${totals.down} 👎, ${totals.tickets} new tickets. Now: RESSEC_DATA_DIR=${dataDir} npx ressec report`,
);
