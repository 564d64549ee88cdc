var __addDisposableResource = (this && this.__addDisposableResource) || function (env, value, async) {
    if (value !== null && value !== void 0) {
        if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
        var dispose, inner;
        if (async) {
            if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
            dispose = value[Symbol.asyncDispose];
        }
        if (dispose === void 0) {
            if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
            dispose = value[Symbol.dispose];
            if (async) inner = dispose;
        }
        if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
        if (inner) dispose = function() { try { inner.call(this); } catch (e) { return Promise.reject(e); } };
        env.stack.push({ value: value, dispose: dispose, async: async });
    }
    else if (async) {
        env.stack.push({ async: true });
    }
    return value;
};
var __disposeResources = (this && this.__disposeResources) || (function (SuppressedError) {
    return function (env) {
        function fail(e) {
            env.error = env.hasError ? new SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
        }
        var r, s = 0;
        function next() {
            while (r = env.stack.pop()) {
                try {
                    if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                    if (r.dispose) {
                        var result = r.dispose.call(r.value);
                        if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) { fail(e); return next(); });
                    }
                    else s |= 1;
                }
                catch (e) {
                    fail(e);
                }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
        }
        return next();
    };
})(typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
    var e = new Error(message);
    return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
});
import { describe, expect, it } from 'vitest';
import { ConfigError, startOrchestrator } from '../../src/orchestrator/index.js';
import { testLogger } from '../helpers/cluster.js';
import { startNatsServer } from '../helpers/nats-server.js';
// TROUPE_STORE_REPLICAS=3 against a server that is not clustered: start-up stops with an
// error naming the setting, not a bare JetStream error.
describe('store replicas on a single nats-server', () => {
    it('refuses 3 replicas with an error naming TROUPE_STORE_REPLICAS', async () => {
        const env_1 = { stack: [], error: void 0, hasError: false };
        try {
            const nats = __addDisposableResource(env_1, await startNatsServer(), true);
            const err = await startOrchestrator({ natsUrl: nats.url, storeReplicas: 3, grpcPort: 0, httpPort: -1, logLevel: 'silent' }, { logger: testLogger }).then(async (o) => {
                await o.stop();
                return undefined;
            }, (e) => e);
            expect(err).toBeInstanceOf(ConfigError);
            expect(err.message).toMatch(/storeReplicas 3 \(TROUPE_STORE_REPLICAS\) needs a NATS cluster/);
        }
        catch (e_1) {
            env_1.error = e_1;
            env_1.hasError = true;
        }
        finally {
            const result_1 = __disposeResources(env_1);
            if (result_1)
                await result_1;
        }
    });
});
//# sourceMappingURL=store-replicas.int.test.js.map