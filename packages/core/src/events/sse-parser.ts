/**
 * A Server-Sent Events parser following the WHATWG "event stream interpretation" rules: fields `data`,
 * `event`, `id` and `retry`, comments, and CRLF/CR/LF line ends split anywhere across chunks.
 */

/** One dispatched event of the stream. */
export interface SseMessage {
  /** The `event:` field, `message` when absent. */
  readonly event: string;
  /** The `data:` lines joined with newlines. */
  readonly data: string;
  /** The event id in force for this event (the `id:` field of this or an earlier event). */
  readonly lastEventId: string;
}

/** Feeds decoded text in with `push`; calls `onMessage` per event and `onRetry` per valid `retry:` field. */
export class SseParser {
  #buffer = '';
  #data: string[] = [];
  #event = '';
  #idBuffer: string;
  #lastEventId: string;
  readonly #onMessage: (message: SseMessage) => void;
  readonly #onRetry: (ms: number) => void;

  constructor(onMessage: (message: SseMessage) => void, onRetry: (ms: number) => void = () => {}, lastEventId = '') {
    this.#onMessage = onMessage;
    this.#onRetry = onRetry;
    this.#idBuffer = lastEventId;
    this.#lastEventId = lastEventId;
  }

  /** The id to resume from (`Last-Event-ID`): set when an event is dispatched, as the spec says. */
  get lastEventId(): string {
    return this.#lastEventId;
  }

  /** Parses the next chunk of the stream's text. */
  push(chunk: string): void {
    this.#buffer += chunk;
    for (;;) {
      const end = this.#buffer.search(/\r\n|\r|\n/);
      if (end === -1) return;
      // A lone CR at the very end may be the first half of a CRLF split across chunks.
      if (this.#buffer[end] === '\r' && end === this.#buffer.length - 1) return;
      const line = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + (this.#buffer.startsWith('\r\n', end) ? 2 : 1));
      this.#line(line);
    }
  }

  #line(line: string): void {
    if (line === '') {
      this.#dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#idBuffer = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.#onRetry(Number(value));
  }

  #dispatch(): void {
    this.#lastEventId = this.#idBuffer;
    const data = this.#data;
    const event = this.#event || 'message';
    this.#data = [];
    this.#event = '';
    if (data.length === 0) return;
    this.#onMessage({ event, data: data.join('\n'), lastEventId: this.#lastEventId });
  }
}
