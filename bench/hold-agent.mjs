// A benchmark agent: `hold.wait` answers only when told to (`hold.release`, or SIGUSR2
// when its 100,000 slots are all held and a release task could not get in), to keep runs
// in flight. It prints `HOLD received <n>` at every 100th `hold.wait` call (the recovery
// bench waits on it).
import { defineAgent } from '../dist/sdk/index.js';

const waiting = [];
let received = 0;
const release = () => {
  const n = waiting.length;
  for (const resolve of waiting.splice(0)) resolve(null);
  return n;
};
process.on('SIGUSR2', release);
export default defineAgent({
  name: 'holder',
  version: '1.0.0',
  maxConcurrency: 100_000,
  capabilities: [{ name: 'hold.wait' }, { name: 'hold.release' }],
  handlers: {
    'hold.wait': () => {
      if (++received % 100 === 0) process.stdout.write(`HOLD received ${received}\n`);
      return new Promise((resolve) => waiting.push(resolve));
    },
    'hold.release': release,
  },
});
