// A form shown in a message (no trigger at hand to open a modal) is kept here; its "Open" button carries the key.
import { randomBytes } from 'node:crypto';
import type { StateStore } from '../../../core/state-store.js';
import type { FormBlock } from '../block-kit/form-blocks.js';
import type { FormContext } from './reply-target.js';

export interface StoredForm {
  form: FormBlock;
  context: FormContext;
}

const FORM_TTL_MS = 7 * 24 * 3_600_000;

export class FormStore {
  constructor(private readonly state: StateStore) {}

  async save(stored: StoredForm): Promise<string> {
    const ref = randomBytes(9).toString('base64url');
    await this.state.set(`slack:form:${ref}`, stored, FORM_TTL_MS);
    return ref;
  }

  async load(ref: string): Promise<StoredForm | undefined> {
    return this.state.get<StoredForm>(`slack:form:${ref}`);
  }
}
