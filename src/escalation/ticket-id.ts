// Readable ticket ids: RS-<year>-<sequence>, the sequence counted per year in the store (at least four digits).
const TICKET_ID = /^RS-(\d{4})-(\d{4,})$/;

export function formatTicketId(year: number, sequence: number): string {
  return `RS-${year}-${String(sequence).padStart(4, '0')}`;
}

/** Accepts `rs-2026-0042` as typed by a person; undefined when it is not a ticket id. */
export function parseTicketId(text: string): string | undefined {
  const match = TICKET_ID.exec(text.trim().toUpperCase());
  return match ? `RS-${match[1]}-${match[2]}` : undefined;
}
