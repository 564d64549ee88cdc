import { compileNatsSettings, NatsSettingsError, natsSettingsFromEnv } from '../sdk/security/index.js';
import { UsageError } from './errors.js';
/** The NATS server and credentials from `--nats` and the environment; a bad setting is a usage error. */
export function natsSettingsOf(flag, env) {
    try {
        const settings = natsSettingsFromEnv(env, flag ?? env.NATS_URL);
        if (!settings)
            throw new UsageError('no NATS server configured: pass --nats nats://HOST:4222 or set NATS_URL');
        return compileNatsSettings(settings);
    }
    catch (err) {
        throw NatsSettingsError.is(err) ? new UsageError(err.message) : err;
    }
}
//# sourceMappingURL=nats-settings.js.map