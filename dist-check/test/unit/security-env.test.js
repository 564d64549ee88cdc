import { describe, expect, it } from 'vitest';
import { orchestratorOptionsFromEnv } from '../../src/orchestrator/env.js';
import { compileOrchestratorOptions, ConfigError } from '../../src/orchestrator/options.js';
import { agentOptionsFromEnv, OptionsError } from '../../src/sdk/index.js';
import { resolveClientTls, splitGlobalArgs } from '../../src/cli/args.js';
describe('security settings from the environment and flags', () => {
    it('reads the orchestrator TLS, agent TLS and insecure settings', () => {
        const options = orchestratorOptionsFromEnv({
            NATS_URL: 'nats://127.0.0.1:4222',
            TROUPE_TLS_CERT: '/c.crt',
            TROUPE_TLS_KEY: '/c.key',
            TROUPE_TLS_CLIENT_CA: '/clients.crt',
            TROUPE_AGENT_CA: '/agents.crt',
            TROUPE_AGENT_CLIENT_CERT: '/o.crt',
            TROUPE_AGENT_CLIENT_KEY: '/o.key',
            TROUPE_INSECURE: 'true',
            TROUPE_HTTP_HOST: '127.0.0.1',
            TROUPE_HTTP_TLS: 'false',
        });
        expect(compileOrchestratorOptions(options)).toMatchObject({
            tlsCert: '/c.crt',
            tlsKey: '/c.key',
            tlsClientCa: '/clients.crt',
            agentCa: '/agents.crt',
            agentClientCert: '/o.crt',
            agentClientKey: '/o.key',
            insecure: true,
            httpHost: '127.0.0.1',
            httpTls: false,
        });
    });
    it.each([
        [{ tlsCert: '/c.crt' }, /tlsKey: tlsCert and tlsKey go together/],
        [{ tlsClientCa: '/ca.crt' }, /tlsClientCa: needs tlsCert and tlsKey/],
        [{ agentClientCert: '/o.crt', agentClientKey: '/o.key' }, /agentClientCert: needs agentCa/],
        [{ httpTls: true }, /httpTls: needs tlsCert and tlsKey/],
    ])('names the bad combination %j', (extra, message) => {
        expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x', ...extra })).toThrow(ConfigError);
        expect(() => compileOrchestratorOptions({ natsUrl: 'nats://x', ...extra })).toThrow(message);
    });
    it('reads agent TLS from TROUPE_AGENT_TLS_*', () => {
        expect(agentOptionsFromEnv({ TROUPE_AGENT_TLS_CERT: '/a.crt', TROUPE_AGENT_TLS_KEY: '/a.key', TROUPE_AGENT_TLS_CLIENT_CA: '/o.crt', TROUPE_INSECURE: '1' })).toMatchObject({
            tls: { cert: '/a.crt', key: '/a.key', clientCa: '/o.crt' },
            insecure: true,
        });
        expect(() => agentOptionsFromEnv({ TROUPE_AGENT_TLS_CERT: '/a.crt' })).toThrow(OptionsError);
        expect(() => agentOptionsFromEnv({ TROUPE_AGENT_TLS_CLIENT_CA: '/o.crt' })).toThrow(/needs TROUPE_AGENT_TLS_CERT/);
    });
    it('reads the result-cache replicas from TROUPE_STORE_REPLICAS (1, 3 or 5), as the orchestrator does', () => {
        expect(agentOptionsFromEnv({ TROUPE_STORE_REPLICAS: '3' })).toMatchObject({ storeReplicas: 3 });
        expect(agentOptionsFromEnv({})).not.toHaveProperty('storeReplicas');
        expect(() => agentOptionsFromEnv({ TROUPE_STORE_REPLICAS: '2' })).toThrow(/TROUPE_STORE_REPLICAS: 2 is not 1, 3 or 5/);
        expect(() => agentOptionsFromEnv({ TROUPE_STORE_REPLICAS: 'three' })).toThrow(OptionsError);
    });
    it('takes the CLI --tls-* flags over TROUPE_TLS_*', () => {
        const global = splitGlobalArgs(['--tls-ca', '/ca.crt', '--tls-cert=/me.crt', '--tls-key', '/me.key', 'agents']);
        expect(global.rest).toEqual(['agents']);
        expect(resolveClientTls(global, { TROUPE_TLS_CA: '/other.crt' })).toEqual({ ca: '/ca.crt', cert: '/me.crt', key: '/me.key' });
        expect(resolveClientTls({}, { TROUPE_TLS_CA: '/env.crt' })).toEqual({ ca: '/env.crt' });
        expect(resolveClientTls({}, {})).toBeUndefined();
        expect(() => resolveClientTls({ tlsCert: '/me.crt' }, {})).toThrow(/go together/);
        expect(() => splitGlobalArgs(['--tls-ca'])).toThrow(/needs a value/);
    });
});
//# sourceMappingURL=security-env.test.js.map