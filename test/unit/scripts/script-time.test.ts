import { describe, expect, it } from 'vitest';
import { coveredMicroseconds } from '../../../scripts/lib/script-time.mjs';

/** The bench adds up trace events that may nest or overlap: each moment counts once. */
const event = (ts: number, dur: number) => ({ name: 'FunctionCall', ph: 'X', pid: 1, tid: 1, ts, dur });

describe('coveredMicroseconds', () => {
  it('adds events apart from each other', () => {
    expect(coveredMicroseconds([event(0, 10), event(20, 5)])).toBe(15);
  });

  it('counts an event nested in another once', () => {
    expect(coveredMicroseconds([event(0, 10), event(2, 3), event(4, 1)])).toBe(10);
  });

  it('counts only what an overlapping event adds beyond the one before', () => {
    expect(coveredMicroseconds([event(0, 10), event(5, 10), event(30, 2)])).toBe(17);
  });

  it('keeps the end of a longer event after a nested one', () => {
    // The nested event must not shorten what the first covers: the third adds only 20..25.
    expect(coveredMicroseconds([event(0, 20), event(2, 3), event(15, 10)])).toBe(25);
  });
});
