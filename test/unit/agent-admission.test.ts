// An agent instance's admission: refusals name the instance, and a drain resolves only when the
// last task in flight leaves (its metrics are pinned in metric-conventions.test.ts).
import { describe, expect, it } from 'vitest';
import { Admission } from '../../src/sdk/agent/admission.js';
import { Status, TroupeError } from '../../src/sdk/errors.js';

const who = { agent: 'greeter', instanceId: 'greeter-1' };

/** The TroupeError `enter` throws. */
function refusal(admission: Admission): TroupeError {
  try {
    admission.enter();
  } catch (err) {
    if (TroupeError.is(err)) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

/** Lets every pending promise callback run (one turn of the event loop), so a resolved drain is seen. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Admission', () => {
  it('refuses a task over its concurrency, and every task while draining, naming the instance', async () => {
    const admission = new Admission(2, who);
    admission.enter();
    admission.enter();
    expect(refusal(admission)).toMatchObject({
      code: Status.RESOURCE_EXHAUSTED,
      message: 'agent greeter (instance greeter-1) is at its max concurrency of 2; retry later or start more instances',
      context: { instanceId: 'greeter-1' },
    });
    void admission.drain();
    expect(refusal(admission)).toMatchObject({
      code: Status.UNAVAILABLE,
      message: 'agent greeter (instance greeter-1) is draining and takes no new tasks; send the task to another instance',
      context: { instanceId: 'greeter-1' },
    });
    expect(admission.draining).toBe(true);
    expect(admission.inFlight).toBe(2);
  });

  it('drains when the last task in flight leaves, not before', async () => {
    const admission = new Admission(3, who);
    const first = admission.enter();
    const second = admission.enter();
    let drained = false;
    const drain = admission.drain().then(() => (drained = true));
    first();
    first(); // a second release of the same task changes nothing
    await settle();
    expect(admission.inFlight).toBe(1);
    expect(drained).toBe(false);
    second();
    await drain;
    expect(admission.inFlight).toBe(0);
  });

  it('drains at once when nothing is in flight', async () => {
    const admission = new Admission(1, who);
    admission.enter()();
    await admission.drain();
    expect(admission.draining).toBe(true);
  });
});
