// A period typed by a person: `30d`, `8w`, `6m` (30-day months) or a bare number of days.
export function parsePeriodDays(text: string): number | undefined {
  const match = /^(\d{1,4})\s*(d|w|m)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? 'd').toLowerCase() as 'd' | 'w' | 'm';
  const days = Number(match[1]) * { d: 1, w: 7, m: 30 }[unit];
  return days >= 1 ? days : undefined;
}
