import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUCKETS, PAYLOAD_BUCKET } from '../../src/orchestrator/store/index.js';
// The orchestrator's NATS permissions are an allow-list of subjects: a bucket added to the
// code but not to the shipped permissions works in every test and fails in a secured
// deployment. Each shipped allow-list must name every bucket the orchestrator writes.
const ROOT = join(import.meta.dirname, '../..');
const FILES = ['deploy/nats/troupe-permissions.conf', 'deploy/helm/troupe/values.yaml'];
describe('shipped NATS permissions of orchestrators', () => {
    for (const file of FILES) {
        it(`${file} allows every Troupe bucket`, () => {
            const text = readFileSync(join(ROOT, file), 'utf8');
            const missing = [...Object.values(BUCKETS).map((b) => `$KV.${b}.>`), `$O.${PAYLOAD_BUCKET}.>`].filter((subject) => !text.includes(`"${subject}"`));
            expect(missing).toEqual([]);
        });
    }
});
//# sourceMappingURL=deploy-permissions.test.js.map