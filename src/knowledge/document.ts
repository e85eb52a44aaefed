import type { Jurisdiction } from '../config.js';
import type { FrontMatter } from './document-schema.js';

export interface KnowledgeDocument extends FrontMatter {
  /** Path relative to the folder it was loaded from. */
  file: string;
  /** True for an institution's own documents (from RESSEC_INSTITUTION_DIRS). */
  institutional: boolean;
  body: string;
}

/** A `##` section of a document: the retrieval unit. */
export interface Passage {
  id: string;
  documentId: string;
  heading: string;
  text: string;
  jurisdiction: Jurisdiction;
  institutional: boolean;
  /** 0-based indexes into the document's sources that this section rests on (`<!-- sources: 1, 3 -->`). */
  sources: number[];
}
