// How a message leaves the building, one adapter per channel. The worker owns retries, back-off
// and the dead letter; an adapter only tries once and says how it went.
import { createTransport } from 'nodemailer';
import type { OutboxChannel } from './tables.js';

/** The logging slice the outbox needs; Fastify's (pino) logger fits. */
export interface OutboxLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: OutboxLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export interface OutgoingMessage {
  id: string;
  tenantId: string;
  channel: OutboxChannel;
  recipient: string;
  subject: string | null;
  body: string;
  /** 1 for the first try. */
  attempt: number;
}

export interface DeliveryResult {
  /** The provider's id for this delivery, if it gives one. */
  providerReference?: string | null;
}

export interface DeliveryAdapter {
  readonly name: string;
  /**
   * Tries to hand the message over once. Resolves when the provider accepted it; throws when it did
   * not (a PermanentDeliveryError when trying again cannot help). Should stop when signal aborts.
   */
  deliver(message: OutgoingMessage, signal: AbortSignal): Promise<DeliveryResult>;
  close?(): void | Promise<void>;
}

export type DeliveryAdapters = Record<OutboxChannel, DeliveryAdapter>;

/** The provider refused the message itself (unknown recipient, rejected content): no retry. */
export class PermanentDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * One line about a failure that is safe to store and show to a beheerder: the provider's code and
 * message, never a configured secret, never longer than 500 characters.
 */
export function describeDeliveryError(error: unknown, secrets: (string | undefined)[] = []): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown; name?: unknown };
  const parts: string[] = [];
  if (typeof e.code === 'string' && e.code) parts.push(e.code);
  else if (typeof e.name === 'string' && e.name && e.name !== 'Error') parts.push(e.name);
  if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
  let text =
    (parts.length ? parts.join(' ') + ': ' : '') +
    (typeof e.message === 'string' ? e.message : String(error));
  for (const secret of secrets)
    if (secret && secret.length >= 4) text = text.split(secret).join('[verwijderd]');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 500 ? text.slice(0, 499) + '…' : text;
}

/** Shows enough of an address to recognise it in a log, not enough to read it. */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf('@');
  if (at > 0) return recipient[0] + '***' + recipient.slice(at);
  if (recipient.length <= 4) return '***';
  return recipient.slice(0, 3) + '*'.repeat(Math.max(3, recipient.length - 5)) + recipient.slice(-2);
}

/**
 * The default for channels without a provider: it records that a message would have gone out, so
 * the flow can be seen working on a laptop, and keeps the message's content out of the log.
 */
export class LoggingAdapter implements DeliveryAdapter {
  readonly name = 'logging';

  constructor(private readonly log: OutboxLogger) {}

  async deliver(message: OutgoingMessage): Promise<DeliveryResult> {
    this.log.info(
      {
        outboxId: message.id,
        tenantId: message.tenantId,
        channel: message.channel,
        recipient: maskRecipient(message.recipient),
        bodyLength: message.body.length,
        attempt: message.attempt,
      },
      'outbox: no provider configured for this channel; message logged instead of sent',
    );
    return { providerReference: null };
  }
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** true: TLS from the first byte (port 465). false: plain, upgraded with STARTTLS when offered. */
  secure: boolean;
  user?: string | undefined;
  password?: string | undefined;
  /** The From header, e.g. "Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>". */
  from: string;
  /** Refuse to send when the server does not offer STARTTLS (secure: false only). */
  requireTls?: boolean | undefined;
}

/** The domain of the From address, which also names the Message-IDs we mint. */
export function senderDomain(from: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return m ? m[1]!.toLowerCase() : 'buitenbinnen.invalid';
}

/**
 * The Message-ID of an outbox message: the same at every attempt, so that a message delivered twice
 * (the server accepted it but we could not record that) can be recognised as one.
 */
export function messageIdOf(outboxId: string, from: string): string {
  return `<${outboxId}@${senderDomain(from)}>`;
}

interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
}

// An error about the message or its recipient (5xx after MAIL/RCPT/DATA) will not change by trying
// again; a connection, TLS or login failure will, once the server or its configuration is fixed.
function isPermanent(error: unknown): boolean {
  const e = (error ?? {}) as SmtpFailure;
  return (
    (e.code === 'EENVELOPE' || e.code === 'EMESSAGE') &&
    typeof e.responseCode === 'number' &&
    e.responseCode >= 500 &&
    e.responseCode < 600
  );
}

export class SmtpAdapter implements DeliveryAdapter {
  readonly name = 'smtp';
  private readonly transport: ReturnType<typeof createTransport>;

  constructor(
    private readonly settings: SmtpSettings,
    timeouts: { connectionMs?: number; greetingMs?: number; socketMs?: number } = {},
  ) {
    this.transport = createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      requireTLS: settings.requireTls ?? false,
      ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
      // Well below the worker's lease, so a hanging server fails the attempt instead of the lease.
      connectionTimeout: timeouts.connectionMs ?? 10_000,
      greetingTimeout: timeouts.greetingMs ?? 10_000,
      socketTimeout: timeouts.socketMs ?? 30_000,
    });
  }

  async deliver(message: OutgoingMessage, signal: AbortSignal): Promise<DeliveryResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.settings.from,
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.body,
        messageId: messageIdOf(message.id, this.settings.from),
        // RFC 3834: tells auto-responders (out-of-office) not to answer.
        headers: { 'Auto-Submitted': 'auto-generated' },
        signal,
      });
      return { providerReference: typeof info.response === 'string' ? info.response.slice(0, 200) : null };
    } catch (error) {
      const text = describeDeliveryError(error, [this.settings.password, this.settings.user]);
      if (isPermanent(error)) throw new PermanentDeliveryError(text, { cause: error });
      throw new Error(text, { cause: error });
    }
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * The adapters the worker uses: SMTP for e-mail when it is configured, and the logging adapter
 * for everything without a provider. A provider for SMS or WhatsApp replaces its entry here.
 */
export function createDeliveryAdapters(
  smtp: SmtpSettings | undefined,
  log: OutboxLogger,
  overrides: Partial<DeliveryAdapters> = {},
): DeliveryAdapters {
  const logging = new LoggingAdapter(log);
  return {
    email: smtp ? new SmtpAdapter(smtp) : logging,
    sms: logging,
    whatsapp: logging,
    letter: logging,
    ...overrides,
  };
}
