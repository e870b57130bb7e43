import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, birthDateForAge, windowOf } from './time.js';

const at = (s: string) => new Date(s);
const span = (w: { start: Date; end: Date }) => [w.start.toISOString(), w.end.toISOString()];

test('budget windows are UTC calendar periods; weeks start on Monday', () => {
  assert.deepEqual(span(windowOf('day', at('2026-03-04T23:59:59.999Z'))), ['2026-03-04T00:00:00.000Z', '2026-03-05T00:00:00.000Z']);
  assert.deepEqual(span(windowOf('week', at('2026-03-08T10:00:00Z'))), ['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z'], 'a Sunday');
  assert.deepEqual(span(windowOf('week', at('2026-03-09T00:00:00Z'))), ['2026-03-09T00:00:00.000Z', '2026-03-16T00:00:00.000Z'], 'a Monday');
  assert.deepEqual(span(windowOf('week', at('2026-01-01T00:00:00Z'))), ['2025-12-29T00:00:00.000Z', '2026-01-05T00:00:00.000Z'], 'across a year');
  assert.deepEqual(span(windowOf('month', at('2026-12-31T12:00:00Z'))), ['2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
});

test('age counts whole years, turning on the birthday', () => {
  assert.equal(ageOn('2008-03-04', at('2026-03-03T23:00:00Z')), 17);
  assert.equal(ageOn('2008-03-04', at('2026-03-04T00:00:00Z')), 18);
  assert.equal(ageOn('2008-02-29', at('2026-02-28T12:00:00Z')), 17);
  assert.equal(ageOn('2008-02-29', at('2026-03-01T00:00:00Z')), 18);
});

test('birthDateForAge gives someone exactly that age, leap days included', () => {
  for (const now of ['2026-03-04T12:00:00Z', '2024-02-29T12:00:00Z', '2025-03-01T00:00:00Z', '2026-01-01T00:00:00Z']) {
    for (const age of [0, 16, 17, 18, 34]) assert.equal(ageOn(birthDateForAge(age, at(now)), at(now)), age, `${age} at ${now}`);
  }
});
