// A benchmark agent: `hold.wait` answers only when told to, to keep runs in flight.
import { defineAgent } from '../dist/sdk/index.js';

const waiting = [];
export default defineAgent({
  name: 'holder',
  version: '1.0.0',
  maxConcurrency: 100_000,
  capabilities: [{ name: 'hold.wait' }, { name: 'hold.release' }],
  handlers: {
    'hold.wait': () => new Promise((resolve) => waiting.push(resolve)),
    'hold.release': () => {
      const n = waiting.length;
      for (const resolve of waiting.splice(0)) resolve(null);
      return n;
    },
  },
});
