// Opens a form that was shown in a message (there was no fresh trigger then); this click brings one.
import { formModal } from '../block-kit/form-modal.js';
import { postToResponseUrl } from '../delivery/response-url.js';
import type { SlackDeps } from '../slack-deps.js';
import type { ActionPayload } from './action-origin.js';

export async function openStoredForm(deps: SlackDeps, body: ActionPayload, ref: string): Promise<void> {
  const stored = ref ? await deps.forms.load(ref) : undefined;
  if (!stored || !body.trigger_id) {
    const text = 'This form has expired. Please start again.';
    if (body.response_url)
      await postToResponseUrl(body.response_url, { response_type: 'ephemeral', replace_original: false, text });
    return;
  }
  // Replies to the submission go to whoever opened the form.
  const context = { ...stored.context, target: { ...stored.context.target, userId: body.user.id } };
  const view = formModal(stored.form, JSON.stringify(context), []);
  await deps.client.views.open({ trigger_id: body.trigger_id, view });
}
