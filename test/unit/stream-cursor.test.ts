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
    expect(cursor.opened(1, 'cap', 'a', 0, NONE)).toBeUndefined();
    expect(feed(cursor, 1, [0, 1, 2])).toEqual([0, 1, 2]);
    expect(cursor.resumeFor('cap')).toBe(3);
    expect(cursor.resumeFor('fallback')).toBe(0);
  });

  it('a resumable retry continues at the next sequence: restart mode resumed', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'cap', 'a', 0, RESUMABLE);
    feed(cursor, 1, [0, 1, 2]);
    expect(cursor.opened(2, 'cap', 'b', 3, RESUMABLE)).toEqual({ taskId: 't', failedAttempt: 1, attempt: 2, resumeFromSequence: 3, mode: 'resumed', instanceId: 'b' });
    expect(feed(cursor, 2, [3, 4])).toEqual([3, 4]);
  });

  it('a non-resumable retry restarts from 0: what consumers already got is dropped (deduplicated when deterministic)', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'cap', 'a', 0, DETERMINISTIC);
    feed(cursor, 1, [0, 1, 2]);
    expect(cursor.opened(2, 'cap', 'b', 0, DETERMINISTIC)?.mode).toBe('deduplicated');
    expect(feed(cursor, 2, [0, 1, 2, 3, 4])).toEqual([3, 4]);
  });

  it('calls the join a splice when the output is not deterministic', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'cap', 'a', 0, NONE);
    feed(cursor, 1, [0, 1]);
    expect(cursor.opened(2, 'cap', 'b', 0, NONE)).toMatchObject({ mode: 'spliced', resumeFromSequence: 2, failedAttempt: 1, attempt: 2 });
    expect(feed(cursor, 2, [0, 1, 2])).toEqual([2]);
  });

  it('a restart before any chunk was relayed joins trivially (resumed)', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'cap', 'a', 0, NONE);
    expect(cursor.opened(2, 'cap', 'b', 0, NONE)).toMatchObject({ mode: 'resumed', resumeFromSequence: 0 });
  });

  it('ignores late chunks of an attempt a newer one took over from', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'cap', 'a', 0, NONE);
    feed(cursor, 1, [0]);
    cursor.opened(2, 'cap', 'b', 1, RESUMABLE);
    expect(feed(cursor, 1, [1, 2])).toEqual([]);
    expect(cursor.progressCurrent(1)).toBe(false);
    expect(feed(cursor, 2, [1])).toEqual([1]);
  });
});

describe('StreamCursor: replays and fallbacks', () => {
  it('holds back the progress of an attempt replaying what consumers already got, until it catches up', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'cap', 'a', 0, DETERMINISTIC);
    feed(cursor, 1, [0, 1]);
    cursor.opened(2, 'cap', 'b', 0, DETERMINISTIC);
    expect(cursor.progressCurrent(2)).toBe(false);
    feed(cursor, 2, [0, 1]);
    expect(cursor.progressCurrent(2)).toBe(false);
    feed(cursor, 2, [2]);
    expect(cursor.progressCurrent(2)).toBe(true);
  });

  it('a fallback capability is another stream: never asked to resume, its join a splice even when deterministic', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'tts.synthesize', 'a', 0, RESUMABLE);
    feed(cursor, 1, [0, 1, 2]);
    expect(cursor.resumeFor('tts.basic')).toBe(0);
    expect(cursor.opened(2, 'tts.basic', 'b', 0, RESUMABLE)).toMatchObject({ mode: 'spliced', resumeFromSequence: 3 });
    expect(feed(cursor, 2, [0, 1, 2, 3])).toEqual([3]);
  });

  it('a fallback that takes over before any chunk was relayed becomes the stream', () => {
    const cursor = new StreamCursor('t');
    cursor.opened(1, 'tts.synthesize', 'a', 0, RESUMABLE);
    expect(cursor.opened(2, 'tts.basic', 'b', 0, RESUMABLE)?.mode).toBe('resumed'); // nothing relayed: nothing to splice
    feed(cursor, 2, [0, 1]);
    expect(cursor.resumeFor('tts.basic')).toBe(2);
    expect(cursor.opened(3, 'tts.basic', 'c', 2, RESUMABLE)?.mode).toBe('resumed');
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
