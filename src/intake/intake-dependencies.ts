// What the intake feature needs from the app: the corpus (for citations), configuration, and its flows.
import type { Config } from '../config.js';
import type { KnowledgeSource } from '../knowledge/knowledge-holder.js';
import type { FlowDefinition } from './flow.js';

export interface IntakeDependencies {
  /** The holder of the corpus in use (or a fixed corpus): a check cites the corpus in use when it completes. */
  knowledge: KnowledgeSource;
  /** `dataDir`: where "Save as markdown" writes for a terminal user (without it, the document is shown). */
  config: Pick<Config, 'desk' | 'institution' | 'policy' | 'state'> & Partial<Pick<Config, 'dataDir'>>;
  /** Defaults to the five built-in flows; tests pass changed flows to check live intakes survive. */
  flows?: readonly FlowDefinition[];
  /** Injectable clock. */
  now?: () => Date;
}
