/** Reads a `text/event-stream` response frame by frame, for tests of `GET /v1/events`. */

/** One parsed SSE block: its fields, or the comment it carried. */
export interface SseBlock {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** A reader of SSE blocks from a response body. */
export function sseReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const blocks: SseBlock[] = [];

  const parse = (raw: string): SseBlock => {
    const block: SseBlock = {};
    for (const line of raw.split('\n')) {
      if (line.startsWith(':')) block.comment = line.slice(1).trim();
      const match = /^(id|event|data|retry): ?(.*)$/.exec(line);
      if (match) block[match[1] as 'id' | 'event' | 'data' | 'retry'] = match[2] ?? '';
    }
    return block;
  };

  return {
    /** Reads until `predicate` holds for the blocks read so far, or fails after `timeoutMs`. */
    async until(predicate: (blocks: SseBlock[]) => boolean, timeoutMs = 3000): Promise<SseBlock[]> {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(blocks)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`SSE condition not met; read: ${JSON.stringify(blocks)}`);
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`SSE timeout; read: ${JSON.stringify(blocks)}`)), left)),
        ]);
        if (chunk.done) throw new Error('SSE stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          blocks.push(parse(buffer.slice(0, end)));
          buffer = buffer.slice(end + 2);
        }
      }
      return blocks;
    },
    /** The event blocks (with `data`) read so far, their data parsed. */
    events(): Array<{ id: string; event: string; data: any }> {
      return blocks.filter((b) => b.data !== undefined).map((b) => ({ id: b.id!, event: b.event!, data: JSON.parse(b.data!) }));
    },
    close: () => reader.cancel(),
  };
}
