// The LLM path, untrusted both ways: the question and the passages go to the model as one JSON document (no
// delimiter a user can close, no passage a user can forge), and what comes back is checked before anyone sees it.
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { httpFetch } from '../core/http-fetch.js';
import type { Citation } from '../core/reply.js';
import type { Logger } from '../log.js';
import { checkModelOutput, type SentPassage } from './model-output.js';
import type { Grounded } from './offline-answerer.js';
import { fillTemplate, type PromptFiles } from './prompt-files.js';
import { trustedText } from './untrusted-text.js';

export const llmAnswerSchema = z.object({
  answer: z.string(),
  cited_passages: z.array(z.number().int()),
  grounded: z.boolean(),
  needs_desk: z.boolean(),
  follow_ups: z.array(z.string()),
});

/** Built once: converting the schema to JSON Schema costs a quarter of a millisecond, the same on every request. */
const RESPONSE_FORMAT = zodResponseFormat(llmAnswerSchema, 'grounded_answer');

export interface LlmSettings {
  apiKey?: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
}

export interface LlmResult {
  text: string;
  citations: Citation[];
  needsDesk: boolean;
  followUps: string[];
}

export type LlmOutcome = { ok: true; result: LlmResult } | { ok: false; reason: string };

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', nl: 'Dutch', de: 'German', fr: 'French' };

/** The user message: data only, as JSON. A quote or a tag inside the question stays inside its string. */
export function modelInput(question: string, sent: SentPassage[], language = 'en'): string {
  return JSON.stringify({
    question,
    // The language to write the answer in: the question's own (the passages stay as they are, in English).
    answer_language: LANGUAGE_NAMES[language] ?? 'English',
    passages: sent.map((item, index) => ({
      n: index + 1,
      source: item.document.title,
      section: item.passage.heading,
      jurisdiction: item.document.jurisdiction,
      text: item.text,
    })),
  });
}

export class LlmAnswerer {
  private readonly client: OpenAI;
  private readonly systemPrompt: string;
  /** Strings that prove the system prompt leaked; the prompt is fixed, so they are found once. */
  private readonly canaries: string[];

  constructor(
    private readonly settings: LlmSettings,
    private readonly prompt: PromptFiles,
    private readonly log: Logger,
    values: Record<string, string>,
  ) {
    this.client = new OpenAI({
      apiKey: settings.apiKey ?? 'not-needed',
      baseURL: settings.baseURL,
      timeout: settings.timeoutMs,
      maxRetries: 1,
      fetch: httpFetch,
    });
    this.systemPrompt = fillTemplate(prompt.system, values);
    this.canaries = promptCanaries(this.systemPrompt);
  }

  async answer(question: string, grounded: Grounded, today: string, language = 'en'): Promise<LlmOutcome> {
    // Up to max_passages passages, each without the sentences the corpus lint flags: the model never sees them.
    const sent: SentPassage[] = grounded.passages
      .map((hit) => ({
        passage: hit.passage,
        document: hit.document,
        text: trustedText(hit.passage.text, hit.document),
      }))
      .filter((item) => item.text.length > 0)
      .slice(0, this.prompt.config.max_passages);
    if (sent.length === 0) return { ok: false, reason: 'no-passages' };
    const started = Date.now();
    let parsed: z.output<typeof llmAnswerSchema> | null | undefined;
    try {
      const completion = await this.client.chat.completions.parse({
        model: this.prompt.config.model ?? this.settings.model,
        temperature: this.prompt.config.temperature,
        max_tokens: this.prompt.config.max_tokens,
        response_format: RESPONSE_FORMAT,
        messages: [
          { role: 'system', content: this.systemPrompt },
          { role: 'user', content: modelInput(question, sent, language) },
        ],
      });
      parsed = completion.choices[0]?.message.parsed;
    } catch (error) {
      this.log.warn({ event: 'llm-failed', err: error as Error, durationMs: Date.now() - started }, 'LLM call failed');
      return { ok: false, reason: 'llm-error' };
    }
    this.log.info({ event: 'llm-answered', durationMs: Date.now() - started, passages: sent.length }, 'LLM answered');
    if (!parsed) return { ok: false, reason: 'no-structured-output' };
    if (!parsed.grounded) return { ok: false, reason: 'not-grounded' };
    return checkModelOutput(parsed, sent, today, this.canaries);
  }
}

/** Strings that prove the system prompt leaked: its canary line and its longer rule lines. */
function promptCanaries(systemPrompt: string): string[] {
  return systemPrompt
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /canary/i.test(line) || line.length >= 60)
    .map((line) =>
      /canary/i.test(line) ? (line.match(/[A-Z0-9]{4,}(?:-[A-Z0-9]{4,})+/)?.[0] ?? line) : line.slice(0, 60),
    );
}
