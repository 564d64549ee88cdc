// The client snippet from the README's CLI section, type-checked by `npm run lint`.
// (In your own project, import from 'troupe/sdk'.)
import { createOrchestratorClient } from '../src/sdk/index.js';
export async function main() {
    const client = createOrchestratorClient('127.0.0.1:7600', { defaultTimeoutMs: 30_000 });
    const { output } = await client.submitTask({ capability: 'echo.say', input: { hello: 'world' } });
    console.log(output);
    for await (const event of client.streamTask({ capability: 'tts.synthesize', input: { text: 'Hello.' } })) {
        if (event.type === 'chunk')
            process.stdout.write(event.data);
    }
    const { runId } = await client.startRun({ workflow: 'full-podcast', input: { topic: 'tides' } });
    for await (const event of client.watchRun(runId))
        console.log(event.type, event.stepId);
    client.close();
}
//# sourceMappingURL=orchestrator-client.js.map