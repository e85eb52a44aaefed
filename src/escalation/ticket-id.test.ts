import { describe, expect, it } from 'vitest';
import { formatTicketId, parseTicketId } from './ticket-id.js';

describe('ticket ids', () => {
  it('formats RS-<year>-<4-digit sequence>, growing past 9999', () => {
    expect(formatTicketId(2026, 42)).toBe('RS-2026-0042');
    expect(formatTicketId(2026, 12_345)).toBe('RS-2026-12345');
  });

  it('parses ids as people type them, and nothing else', () => {
    expect(parseTicketId(' rs-2026-0042 ')).toBe('RS-2026-0042');
    for (const text of ['RS-26-0042', 'RS-2026-42', 'ticket RS-2026-0042', '', 'RS-2026-0042; DROP TABLE']) {
      expect(parseTicketId(text), text).toBeUndefined();
    }
  });
});
