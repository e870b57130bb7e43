/** Strong ETags and `If-None-Match`, after RFC 9110 §13.1.2 (which compares weakly). */

/** Whether an `If-None-Match` header value matches `etag` (a quoted strong ETag). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(etag));
}
