// Action verbs shared by replies and the handlers that receive them. Namespaces route: `intake.*`, `ticket.*`.
export const VERBS = {
  ask: 'answer.ask',
  feedback: 'answer.feedback',
  feedbackReason: 'answer.feedback-reason',
  startIntake: 'intake.start',
  newTicket: 'ticket.new',
} as const;
