import { describe, expect, it } from 'vitest';
import { resumeFromFor, streamTraits } from '../../src/orchestrator/dispatch/stream-resume.js';
import { StreamCursor } from '../../src/orchestrator/workflow/engine/stream-cursor.js';

const NONE = { resumable: false, deterministic: false };
const DETERMINISTIC = { resumable: false, deterministic: true };
const RESUMABLE = { resumable: true, deterministic: true };

/** Feeds sequences of `attempt` and returns those consumers get. */
function feed(cursor: StreamCursor, attempt: number, sequences: number[]): number[] {
  return sequences.filter((s) => cursor.accept(attempt, s));
}

describe('StreamCursor: one stream across a task’s attempts', () => {
  it('passes a first attempt through and reports no restart', () => {
    const cursor = new StreamCursor('t');
    expect(cursor.opened(1, 'a', 0, NONE)).toBeUndefined();
    expect(feed(cursor, 1, [0, 1, 2])).toEqual([0, 1, 2]);
    expect(cursor.resumeFrom).toBe(3);
  });

  it('a resumable retry continues at the next sequence: restart mode resumed', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'a', 0, RESUMABLE);
    feed(cursor, 1, [0, 1, 2]);
    expect(cursor.opened(2, 'b', 3, RESUMABLE)).toEqual({ taskId: 't', failedAttempt: 1, attempt: 2, resumeFromSequence: 3, mode: 'resumed', instanceId: 'b' });
    expect(feed(cursor, 2, [3, 4])).toEqual([3, 4]);
  });

  it('a non-resumable retry restarts from 0: what consumers already got is dropped (deduplicated when deterministic)', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'a', 0, DETERMINISTIC);
    feed(cursor, 1, [0, 1, 2]);
    expect(cursor.opened(2, 'b', 0, DETERMINISTIC)?.mode).toBe('deduplicated');
    expect(feed(cursor, 2, [0, 1, 2, 3, 4])).toEqual([3, 4]);
  });

  it('calls the join a splice when the output is not deterministic', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'a', 0, NONE);
    feed(cursor, 1, [0, 1]);
    expect(cursor.opened(2, 'b', 0, NONE)).toMatchObject({ mode: 'spliced', resumeFromSequence: 2, failedAttempt: 1, attempt: 2 });
    expect(feed(cursor, 2, [0, 1, 2])).toEqual([2]);
  });

  it('a restart before any chunk was relayed joins trivially (resumed)', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'a', 0, NONE);
    expect(cursor.opened(2, 'b', 0, NONE)).toMatchObject({ mode: 'resumed', resumeFromSequence: 0 });
  });

  it('ignores late chunks of an attempt a newer one took over from', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'a', 0, NONE);
    feed(cursor, 1, [0]);
    cursor.opened(2, 'b', 1, RESUMABLE);
    expect(feed(cursor, 1, [1, 2])).toEqual([]);
    expect(cursor.isCurrent(1)).toBe(false);
    expect(feed(cursor, 2, [1])).toEqual([1]);
  });
});

describe('resume_from_sequence is sent only to agents that declare the capability resumable', () => {
  const descriptor = {
    capabilities: [
      { name: 'tts', streaming: true, resumable: true, deterministic: true },
      { name: 'llm', streaming: true, resumable: false, deterministic: false },
    ],
  };
  it('reads the traits per capability', () => {
    expect(streamTraits(descriptor, 'tts')).toEqual(RESUMABLE);
    expect(streamTraits(descriptor, 'llm')).toEqual(NONE);
    expect(streamTraits({}, 'tts')).toEqual(NONE);
  });
  it('asks a resumable agent to resume, never the others', () => {
    expect(resumeFromFor(descriptor, 'tts', 7)).toBe(7);
    expect(resumeFromFor(descriptor, 'llm', 7)).toBe(0);
    expect(resumeFromFor(descriptor, 'tts', 0)).toBe(0);
    expect(resumeFromFor(descriptor, 'tts', undefined)).toBe(0);
  });
});
