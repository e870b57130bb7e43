import { expect } from 'chai';
import { SseParser, type SseMessage } from './sse-parser.js';

function parse(chunks: readonly string[], lastEventId = ''): { messages: SseMessage[]; retries: number[]; parser: SseParser } {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = new SseParser((message) => messages.push(message), (ms) => retries.push(ms), lastEventId);
  for (const chunk of chunks) parser.push(chunk);
  return { messages, retries, parser };
}

describe('SseParser', () => {
  it('dispatches an event with its type, data and id on a blank line', () => {
    const { messages, parser } = parse(['id: 7\nevent: balance.changed\ndata: {"a":1}\n\n']);
    expect(messages).to.deep.equal([{ event: 'balance.changed', data: '{"a":1}', lastEventId: '7' }]);
    expect(parser.lastEventId).to.equal('7');
  });

  it('joins multi-line data with newlines and ignores comments', () => {
    const { messages } = parse([': keep-alive\ndata: one\ndata: two\n\n']);
    expect(messages).to.deep.equal([{ event: 'message', data: 'one\ntwo', lastEventId: '' }]);
  });

  it('reassembles lines split across chunks, including a CRLF split between two chunks', () => {
    const { messages } = parse(['da', 'ta: hel', 'lo\r', '\n\r', '\n', 'data:x\r\rdata: y\n\n']);
    expect(messages.map((m) => m.data)).to.deep.equal(['hello', 'x', 'y']);
  });

  it('does not dispatch an event whose blank line has not arrived yet', () => {
    const { messages, parser } = parse(['id: 1\ndata: a\n\nid: 2\ndata: b\n']);
    expect(messages.map((m) => m.data)).to.deep.equal(['a']);
    // Resuming must not skip event 2, which was never delivered.
    expect(parser.lastEventId).to.equal('1');
  });

  it('keeps the last id for later events and starts from the given one', () => {
    const { messages } = parse(['data: a\n\nid: 9\ndata: b\n\ndata: c\n\n'], '3');
    expect(messages.map((m) => m.lastEventId)).to.deep.equal(['3', '9', '9']);
  });

  it('reports valid retry fields only, and ignores ids holding NUL', () => {
    const { retries, messages } = parse(['retry: 1500\nretry: soon\nid: a\0b\ndata: z\n\n']);
    expect(retries).to.deep.equal([1500]);
    expect(messages[0]?.lastEventId).to.equal('');
  });
});
