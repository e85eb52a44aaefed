// The `verified.*` action verbs: open the form, save it, retire a verified answer.
export const VERIFIED_VERBS = {
  new: 'verified.new',
  save: 'verified.save',
  retire: 'verified.retire',
} as const;
