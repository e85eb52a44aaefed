// Whether text that is not an answer reads as a question, so it can be answered before the intake resumes.
const QUESTION_START =
  /^(what|what's|whats|how|who|whom|whose|when|where|why|which|can|could|do|does|did|is|are|am|should|shall|would|will|may|must|might|has|have|wat|hoe|wie|waarom|welke|kan|mag|moet)\b/i;

export function looksLikeQuestion(text: string, minimumWords = 3): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter((word) => word.length > 0).length;
  if (trimmed.endsWith('?') && words >= 2) return true;
  return words >= minimumWords && QUESTION_START.test(trimmed);
}
