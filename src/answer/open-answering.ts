// Answering as every process that answers builds it: the LLM answerer when configured, the insight store that records
// each answer's outcome for the desk's report, and the answer service over the corpus in use.
import type { Config } from '../config.js';
import { Insights } from '../feedback/insights.js';
import { openInsightStoreOrMemory } from '../feedback/open-insight-store.js';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder.js';
import type { Logger } from '../log.js';
import { resolveFromRoot } from '../project-root.js';
import { AnswerService } from './answer-service.js';
import type { LlmAnswerer } from './llm-answerer.js';
import { loadPrompt } from './prompt-files.js';

export interface Answering {
  answers: AnswerService;
  insights: Insights;
}

/** `withLlm: false` for a process that answers nothing itself (its answer threads do). */
export async function openAnswering(
  config: Config,
  log: Logger,
  knowledgeHolder: KnowledgeHolder,
  withLlm = true,
): Promise<Answering> {
  let llm: LlmAnswerer | undefined;
  if (config.llm && withLlm) {
    // Loaded only when configured: offline, the openai client is never loaded.
    const { LlmAnswerer } = await import('./llm-answerer.js');
    const prompt = await loadPrompt(resolveFromRoot('prompts'), 'answer');
    llm = new LlmAnswerer(config.llm, prompt, log.child({ component: 'llm' }), {
      institution: config.institution.name,
      desk: config.desk.name,
    });
  }
  const insights = new Insights({
    store: openInsightStoreOrMemory(config, log),
    retention: config.insights,
    log: log.child({ component: 'insights' }),
    glossary: () => knowledgeHolder.current.glossary,
  });
  const answers = new AnswerService({
    knowledge: knowledgeHolder,
    log: log.child({ component: 'answer' }),
    llm,
    deskName: config.desk.name,
    onAnswered: (answer, channel) => insights.answered(answer, channel),
  });
  return { answers, insights };
}
