// The agent's metrics endpoint settings: off unless a port is given, checked once at start-up
// with errors naming the variable or option, and the safe-default rule applied to its port
// before anything binds (startAgent throws before it reads a certificate or opens a socket).
import { describe, expect, it } from 'vitest';
import { checkMetricsExposure } from '../../src/sdk/agent/metrics-endpoint.js';
import { agentOptionsFromEnv, compileAgentOptions, ExposureError, OptionsError, startAgent, defineAgent } from '../../src/sdk/index.js';
import { createLogger } from '../../src/sdk/telemetry/index.js';
const TLS = { cert: '/agent.crt', key: '/agent.key' };
describe('agent metrics endpoint options', () => {
    it('is off unless TROUPE_AGENT_METRICS_PORT is set (agents on one machine must not fight over a port)', () => {
        expect(agentOptionsFromEnv({})).not.toHaveProperty('metricsPort');
        expect(agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '' })).not.toHaveProperty('metricsPort');
        expect(compileAgentOptions({}).metrics).toBeUndefined();
        expect(agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '9464' })).toMatchObject({ metricsPort: 9464 });
        expect(agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '0' })).toMatchObject({ metricsPort: 0 });
    });
    it.each(['abc', '-1', '65536', '1.5', ' 80x'])('refuses TROUPE_AGENT_METRICS_PORT=%j, naming the variable', (value) => {
        expect(() => agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: value })).toThrow(OptionsError);
        expect(() => agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: value })).toThrow(/^TROUPE_AGENT_METRICS_PORT: .* is not an integer from 0 to 65535$/);
    });
    it('binds the gRPC host by default, else TROUPE_AGENT_METRICS_HOST', () => {
        expect(compileAgentOptions(agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '0' })).metrics).toMatchObject({ port: 0, host: '127.0.0.1', tls: false });
        expect(compileAgentOptions(agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '0', TROUPE_AGENT_HOST: '0.0.0.0' })).metrics).toMatchObject({ host: '0.0.0.0' });
        expect(compileAgentOptions(agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '0', TROUPE_AGENT_HOST: '0.0.0.0', TROUPE_AGENT_METRICS_HOST: '127.0.0.1' })).metrics).toMatchObject({ host: '127.0.0.1' });
        expect(() => compileAgentOptions({ metricsPort: 0, metricsHost: ' ' })).toThrow(/^metricsHost: is empty/);
    });
    it('serves HTTPS by default when the agent has TLS, as the orchestrator HTTP port does; TROUPE_AGENT_METRICS_TLS=false turns it off', () => {
        const env = { TROUPE_AGENT_METRICS_PORT: '9464', TROUPE_AGENT_TLS_CERT: TLS.cert, TROUPE_AGENT_TLS_KEY: TLS.key };
        expect(compileAgentOptions(agentOptionsFromEnv(env)).metrics).toMatchObject({ tls: true });
        expect(compileAgentOptions(agentOptionsFromEnv({ ...env, TROUPE_AGENT_METRICS_TLS: 'false' })).metrics).toMatchObject({ tls: false });
        expect(compileAgentOptions(agentOptionsFromEnv({ ...env, TROUPE_AGENT_METRICS_TLS: '1' })).metrics).toMatchObject({ tls: true });
    });
    it('names the variable or option of a bad TLS setting', () => {
        expect(() => agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '0', TROUPE_AGENT_METRICS_TLS: 'yes' })).toThrow(/^TROUPE_AGENT_METRICS_TLS: "yes" is not true or false$/);
        expect(() => agentOptionsFromEnv({ TROUPE_AGENT_METRICS_PORT: '0', TROUPE_AGENT_METRICS_TLS: 'true' })).toThrow(/^TROUPE_AGENT_METRICS_TLS: needs TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY/);
        expect(() => compileAgentOptions({ metricsPort: 0, metricsTls: true })).toThrow(/^metricsTls: needs tls/);
        expect(() => compileAgentOptions({ metricsPort: 70_000 })).toThrow(/^metricsPort: 70000 is not an integer from 0 to 65535$/);
    });
});
describe('the safe-default rule on the metrics port', () => {
    const logger = createLogger({ name: 'test', level: 'silent' });
    const metrics = (host, tls) => ({ port: 0, host, tls, handler: undefined });
    it('lets a loopback endpoint start without TLS, and an exposed one with HTTPS', () => {
        expect(() => checkMetricsExposure('echo', metrics('127.0.0.1', false), false, logger)).not.toThrow();
        expect(() => checkMetricsExposure('echo', metrics('0.0.0.0', true), false, logger)).not.toThrow();
    });
    it('refuses an exposed plaintext endpoint unless insecure, saying how to fix it', () => {
        expect(() => checkMetricsExposure('echo', metrics('0.0.0.0', false), false, logger)).toThrow(ExposureError);
        expect(() => checkMetricsExposure('echo', metrics('0.0.0.0', false), false, logger)).toThrow(/agent echo metrics endpoint would listen on 0\.0\.0\.0 without TLS; .*TROUPE_AGENT_METRICS_TLS=false.*TROUPE_AGENT_METRICS_HOST=127\.0\.0\.1/);
        expect(() => checkMetricsExposure('echo', metrics('0.0.0.0', false), true, logger)).not.toThrow();
    });
    it('applies in startAgent before anything binds: an mTLS agent with TROUPE_AGENT_METRICS_TLS=false on 0.0.0.0 does not start', async () => {
        const agent = defineAgent({ name: 'echo', version: '1.0.0', capabilities: [{ name: 'echo.say' }], handlers: { 'echo.say': (input) => input } });
        const env = { TROUPE_AGENT_HOST: '0.0.0.0', TROUPE_AGENT_TLS_CERT: TLS.cert, TROUPE_AGENT_TLS_KEY: TLS.key, TROUPE_AGENT_TLS_CLIENT_CA: '/orchestrators.crt', TROUPE_AGENT_METRICS_PORT: '0', TROUPE_AGENT_METRICS_TLS: 'false' };
        // The certificate paths do not exist: the refusal comes first.
        await expect(startAgent(agent, { ...agentOptionsFromEnv(env), logLevel: 'silent' })).rejects.toThrow(/agent echo metrics endpoint would listen on 0\.0\.0\.0 without TLS/);
    });
});
//# sourceMappingURL=agent-metrics-options.test.js.map