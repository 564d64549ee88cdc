import fc from 'fast-check';
/**
 * fast-check generators of hostile input for the fuzz suite
 * (test/integration/hostile-input.fuzz.int.test.ts): malformed HTTP requests,
 * trace and deadline metadata, workflow texts and discovery payloads.
 */
/** Strings that tend to break parsers: percent signs, slashes, control and non-ASCII characters, long runs. */
export const nastyString = (maxLength = 200) => fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'binary', maxLength }), fc.constantFrom('', '%', '%zz', '%E0%A4%A', '//', '/..', '\\', '\u0000', '\r\n', '\uD800', '𝄞', '*', '?', '#', '[', '{a:', '${(', "'", '"'), fc.tuple(fc.constantFrom('%', '/', '[', '{', '(', 'é', '\u0000', 'x'), fc.integer({ min: 1, max: 20_000 })).map(([c, n]) => c.repeat(n)));
const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}$/);
const headerValue = fc.oneof(fc.string({ maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }), fc.constantFrom('-1', '99999999999999999999', 'chunked', 'gzip', '0'));
/** Raw bytes of one HTTP/1.x request, usually malformed somewhere. */
export const rawHttpRequest = fc
    .record({
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE'), token, nastyString(20)),
    target: fc.oneof(fc.constantFrom('/', '//', '/healthz', '/api/runs', '/api/runs/x/events', '/runs/x/audio', '*', 'http://[', 'http://h/healthz', '/%', '/?%', '/metrics'), nastyString(300).map((s) => `/${s}`), nastyString(100)),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '', 'http/1.1'),
    headers: fc.array(fc.tuple(fc.oneof(token, fc.constantFrom('Host', 'Content-Length', 'Transfer-Encoding', 'traceparent', 'tracestate', 'Connection', 'Expect'), nastyString(20)), headerValue), { maxLength: 8 }),
    body: fc.oneof(fc.constant(''), fc.json({ maxDepth: 4 }), nastyString(2000), fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1'))),
    close: fc.boolean(),
})
    .map(({ method, target, version, headers, body, close }) => {
    const lines = [`${method} ${target} ${version}`, 'Host: fuzz', ...headers.map(([k, v]) => `${k}: ${v}`)];
    if (close)
        lines.push('Connection: close');
    return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1');
});
/** A well-formed request to one of the orchestrator's routes, with random path parts, query and body. */
export const routeRequest = fc.record({
    method: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'),
    path: fc.oneof(fc.constantFrom('/', '/index.html', '/healthz', '/readyz', '/metrics', '/api/runs'), fc.string({ maxLength: 60 }).map((id) => `/api/runs/${encodeURIComponent(id)}`), fc.string({ maxLength: 60 }).map((id) => `/api/runs/${encodeURIComponent(id)}/events`), fc.string({ maxLength: 60 }).map((id) => `/runs/${encodeURIComponent(id)}/audio`)),
    query: fc.oneof(fc.constant(''), fc.string({ maxLength: 60 }).map((q) => `?${encodeURIComponent(q)}`), fc.constant('?a=%zz&&=')),
    body: fc.oneof(fc.constant(''), fc.json({ maxDepth: 6 }), fc.record({ workflow: fc.oneof(fc.string({ maxLength: 40 }), fc.jsonValue()), input: fc.jsonValue({ maxDepth: 4 }), idempotencyKey: fc.jsonValue({ maxDepth: 1 }) }).map((b) => JSON.stringify(b)), nastyString(500), fc.integer({ min: 1, max: 30_000 }).map((n) => '['.repeat(n) + ']'.repeat(n))),
    traceparent: fc.option(fc.stringMatching(/^[\x20-\x7e]{0,80}$/), { nil: undefined }),
});
/** Values a peer may put in trace or deadline metadata (all legal HTTP/2 header values). */
export const metadataValue = fc.oneof(fc.stringMatching(/^[\x20-\x7e]{0,120}$/), fc.constantFrom('', '00-', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', '00-00000000000000000000000000000000-0000000000000000-00', '99999999H', '1n', '-5S', 'a=b,c', ','.repeat(200)), fc.tuple(fc.constantFrom('a=b,', 'k=', '00-'), fc.integer({ min: 1, max: 400 })).map(([s, n]) => s.repeat(n)));
/** Metadata keys the fuzz sets on calls; all are read by some edge. */
export const METADATA_KEYS = ['traceparent', 'tracestate', 'baggage', 'grpc-timeout', 'idempotency-key', 'x-request-id'];
/** Workflow texts: deep nesting in every syntax, huge strings, alias bombs, random JSON and YAML-ish noise, near-valid definitions. */
export const workflowText = fc.oneof(
// Deep nesting, closed or not, in flow and block syntax.
fc
    .record({ open: fc.constantFrom('[', '{a: ', '- ', '{"a":', '? '), depth: fc.integer({ min: 1, max: 50_000 }), closed: fc.boolean() })
    .map(({ open, depth, closed }) => {
    const close = open === '[' ? ']' : open.startsWith('{') ? '}' : '';
    return `name: deep\nsteps:\n  - id: a\n    capability: echo.say\n    input: ${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}`;
}), 
// Huge strings, around the size limit.
fc.integer({ min: 100_000, max: 400_000 }).map((n) => `name: big\ndescription: "${'x'.repeat(n)}"\nsteps: [{ id: a, capability: echo.say }]`), 
// Alias bombs: each level repeats the previous one `fan` times.
fc.record({ levels: fc.integer({ min: 1, max: 12 }), fan: fc.integer({ min: 2, max: 12 }) }).map(({ levels, fan }) => {
    const lines = ['l0: &l0 [lol]'];
    for (let i = 1; i <= levels; i++)
        lines.push(`l${i}: &l${i} [${Array(fan).fill(`*l${i - 1}`).join(', ')}]`);
    return `name: bomb\n${lines.join('\n')}\nsteps:\n  - { id: a, capability: echo.say, input: *l${levels} }`;
}), 
// Expressions nested or long.
fc.record({ unit: fc.constantFrom('(', '!', '.a', '[0]', ' + 1', '${'), n: fc.integer({ min: 1, max: 20_000 }) }).map(({ unit, n }) => `name: expr\nsteps:\n  - id: a\n    capability: echo.say\n    input: "\${input${unit.repeat(n)}}"`), fc.json({ maxDepth: 8 }), nastyString(5000), 
// Near-valid definitions with random fields.
fc
    .record({
    name: fc.oneof(fc.constant('fuzz'), fc.string({ maxLength: 80 })),
    steps: fc.array(fc.record({
        id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string({ maxLength: 30 })),
        capability: fc.constantFrom('echo.say', 'echo.stream', 'no.such', 'Bad Name'),
        depends_on: fc.array(fc.constantFrom('a', 'b', 'c', 'zz'), { maxLength: 3 }),
        input: fc.jsonValue({ maxDepth: 5 }),
        stream: fc.jsonValue({ maxDepth: 0 }),
        when: fc.oneof(fc.string({ maxLength: 40 }), fc.boolean()),
        retry: fc.dictionary(fc.constantFrom('max_attempts', 'initial_backoff_ms', 'multiplier', 'x'), fc.jsonValue({ maxDepth: 0 })),
    }, { requiredKeys: ['id', 'capability'] }), { maxLength: 6 }),
})
    .map((d) => JSON.stringify(d)));
/** Bodies of NATS discovery messages: noise, random JSON, and heartbeat-shaped objects with hostile values. */
export const discoveryPayload = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.json({ maxDepth: 6 }).map((s) => Buffer.from(s)), fc.integer({ min: 1, max: 200_000 }).map((n) => Buffer.from('['.repeat(n))), fc
    .record({
    v: fc.constantFrom(1, 2, '1'),
    instanceId: fc.oneof(nastyString(40), fc.uuid()),
    name: nastyString(300),
    version: nastyString(40),
    address: fc.oneof(nastyString(300), fc.constantFrom('127.0.0.1:1', 'unix:/nope', 'dns:///::', '[::1', ':::', '127.0.0.1:99999', 'x:-1')),
    seq: fc.oneof(fc.nat(), fc.double()),
    sentAt: fc.double(),
    intervalMs: fc.oneof(fc.integer({ min: -5, max: 2 ** 32 }), fc.double()),
    inFlight: fc.integer({ min: -5, max: 2 ** 40 }),
    maxConcurrency: fc.integer({ min: -5, max: 2 ** 40 }),
    draining: fc.jsonValue({ maxDepth: 0 }),
    capabilities: fc.array(nastyString(80), { maxLength: 50 }),
    reason: nastyString(200),
    action: fc.constantFrom('drain!', 'stop', 1),
})
    .map((o) => Buffer.from(JSON.stringify(o))));
//# sourceMappingURL=fuzz-arbitraries.js.map