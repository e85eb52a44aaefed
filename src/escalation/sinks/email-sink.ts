// E-mail to the desk over SMTP (nodemailer), plain text and HTML. The Message-ID is the delivery id,
// so a retried delivery carries the same id and mail systems can recognise the duplicate.
import type { Transporter } from 'nodemailer';
import type { Delivery } from '../delivery/outbox.js';
import { type EventSummary, summarizeEvent } from '../event-summary.js';
import type { TicketEventType } from '../ticket-event.js';
import type { Sink, SinkResult } from './sink.js';

export interface EmailSinkOptions {
  smtpUrl: string;
  to: string;
  from: string;
  /** Injected for tests; built from smtpUrl by default. */
  transporter?: Transporter;
}

// The desk's own actions are already in front of it; mail only what it must act on.
const MAILED: ReadonlySet<TicketEventType> = new Set(['ticket.created', 'ticket.requester_replied']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function emailText(summary: EventSummary): string {
  return summary.sections.map((section) => `${section.heading}\n${section.lines.join('\n')}`).join('\n\n');
}

export function emailHtml(summary: EventSummary): string {
  const sections = summary.sections.map(
    (section) =>
      `<h3>${escapeHtml(section.heading)}</h3>\n${section.lines.map((line) => `<p>${escapeHtml(line).replaceAll('\n', '<br>')}</p>`).join('\n')}`,
  );
  return `<!doctype html><html><body>\n${sections.join('\n')}\n</body></html>`;
}

export class EmailSink implements Sink {
  readonly name = 'email';
  private transporter: Promise<Transporter> | undefined;

  constructor(private readonly options: EmailSinkOptions) {
    if (options.transporter) this.transporter = Promise.resolve(options.transporter);
  }

  /** nodemailer is loaded with the first mail, so that a process that sends none never loads it. */
  private transport(): Promise<Transporter> {
    this.transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url: this.options.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    );
    return this.transporter;
  }

  accepts(type: TicketEventType): boolean {
    return MAILED.has(type);
  }

  async deliver(delivery: Delivery): Promise<SinkResult> {
    const summary = summarizeEvent(delivery.event);
    try {
      const transporter = await this.transport();
      await transporter.sendMail({
        from: this.options.from,
        to: this.options.to,
        subject: summary.subject,
        text: emailText(summary),
        html: emailHtml(summary),
        messageId: `<${delivery.id}@ressec.invalid>`,
        headers: { 'X-Ressec-Delivery-Id': delivery.id, 'X-Ressec-Ticket-Id': delivery.ticketId },
      });
      return { ok: true };
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      if (typeof responseCode === 'number') {
        // 5xx is a permanent SMTP rejection; 4xx is "try again later".
        return { ok: false, retryable: responseCode < 500, reason: `smtp-${responseCode}` };
      }
      const code = (error as { code?: unknown }).code;
      return {
        ok: false,
        retryable: true,
        reason: typeof code === 'string' ? `smtp-${code.toLowerCase()}` : 'smtp-error',
      };
    }
  }

  async close(): Promise<void> {
    (await this.transporter)?.close();
  }
}
