import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptWeaver } from '../../src/agents/script-weaver/index.js';
import { createVoiceForge } from '../../src/agents/voice-forge/index.js';
import { createWebHarvester } from '../../src/agents/web-harvester/index.js';
import { createTopicDiscovery } from '../../src/agents/topic-discovery/index.js';
import { Status } from '../../src/sdk/errors.js';
import { startCluster } from '../helpers/cluster.js';
import { spawnTroupe } from '../helpers/processes.js';
// Issue #15 point 3 on a real orchestrator with the real podcast agents: ListAgents by
// type, PlanChains from the registry alone, `troupe plan` and `--register`, and the
// registered chain running end to end (harvest → weave → speech, streamed).
describe('types and planning: troupe plan --from topic --to audio/wav', () => {
    let cluster;
    beforeAll(async () => {
        cluster = await startCluster();
        for (const definition of [createWebHarvester(), createScriptWeaver(), createVoiceForge(), createTopicDiscovery()]) {
            const agent = await cluster.startAgent(definition);
            await cluster.waitActive(agent.instanceId);
        }
    }, 60_000);
    afterAll(async () => {
        await cluster?.close();
    });
    const cli = async (...args) => {
        const p = spawnTroupe(['plan', ...args], { TROUPE_ORCHESTRATOR: cluster.orchestrator.grpcAddress });
        const code = await p.exited;
        return { code, out: p.stdoutText(), err: p.stderrText() };
    };
    it('filters ListAgents by the types capabilities accept and produce', async () => {
        const names = async (filter) => (await cluster.client.listAgents(filter)).map((a) => a.name).sort();
        expect(await names({ inputType: 'topic' })).toEqual(['web-harvester']);
        expect(await names({ outputType: 'audio/wav' })).toEqual(['voice-forge']);
        expect(await names({ outputType: 'audio/*' })).toEqual(['voice-forge']);
        expect(await names({ inputType: 'pages', outputType: 'script' })).toEqual(['script-weaver']);
        expect(await names({ inputType: 'nothing-takes-this' })).toEqual([]);
    });
    it('finds the podcast chain from the registry alone, both voices ranked, each with a valid definition', async () => {
        const chains = await cluster.client.planChains({ from: 'topic', to: 'audio/wav' });
        expect(chains.map((c) => c.steps.map((s) => s.capability))).toEqual(expect.arrayContaining([
            ['web.harvest', 'script.weave', 'tts.synthesize'],
            ['web.harvest', 'script.weave', 'tts.basic'],
        ]));
        expect(chains).toHaveLength(2);
        expect(chains[0].steps.map((s) => [s.inputType, s.outputType])).toEqual([['topic', 'pages'], ['pages', 'script'], ['script', 'audio/wav']]);
        expect(chains[0].steps[2]).toMatchObject({ streaming: true, instances: 1 });
        expect(chains[0].definition).toMatchObject({ name: 'topic-to-audio-wav', steps: [{ id: 'web_harvest', input: '${input}' }, { id: 'script_weave' }, { id: 'tts_synthesize', stream: true }] });
        expect(await cluster.client.planChains({ from: 'audio/wav', to: 'topic' })).toEqual([]);
        await expect(cluster.client.planChains({ from: '', to: 'audio/wav' })).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT, message: expect.stringMatching(/from_type is required/) });
        await expect(cluster.client.planChains({ from: 'topic', to: 'audio/wav', workflowName: 'Not A Name' })).rejects.toMatchObject({ code: Status.INVALID_ARGUMENT });
    });
    it('troupe plan prints the ranked chains, says when several fit, registers one, and the run streams speech', async () => {
        const shown = await cli('--from', 'topic', '--to', 'audio/wav');
        expect(shown.code).toBe(0);
        expect(shown.out).toMatch(/^2 chain\(s\) from topic to audio\/wav, best first:/);
        expect(shown.out).toMatch(/1\. web\.harvest → script\.weave → tts\.(synthesize|basic)/);
        expect(shown.out).toMatch(/several chains of 3 step\(s\) fit; --register NAME --pick K chooses one/);
        const registered = await cli('--from', 'topic', '--to', 'audio/wav', '--register', 'planned-podcast');
        expect(registered).toMatchObject({ code: 0, out: expect.stringMatching(/registered workflow planned-podcast v1: web\.harvest → script\.weave → tts\./) });
        const { runId } = await cluster.client.startRun({ workflow: 'planned-podcast', input: { topic: 'voice agents' } });
        let chunks = 0;
        let ended = '';
        for await (const e of cluster.client.watchRun(runId)) {
            if (e.type === 'chunk')
                chunks++;
            if (e.type.startsWith('run.') && e.type !== 'run.started') {
                ended = e.type;
                break;
            }
        }
        const report = (await cluster.client.getRun(runId));
        expect(ended, JSON.stringify(report)).toBe('run.completed');
        expect(chunks).toBeGreaterThan(0);
        expect(await cli('--from', 'audio/wav', '--to', 'topic')).toMatchObject({ code: 1, err: expect.stringMatching(/no chain of active capabilities leads from audio\/wav to topic/) });
        expect(await cli('--to', 'audio/wav')).toMatchObject({ code: 2, err: expect.stringMatching(/needs --from TYPE and --to TYPE/) });
        expect(await cli('--from', 'topic', '--to', 'audio/wav', '--pick', '2')).toMatchObject({ code: 2, err: expect.stringMatching(/--pick chooses the chain to --register/) });
    }, 120_000);
});
//# sourceMappingURL=plan.int.test.js.map