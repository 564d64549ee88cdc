import { type NatsConnectSettings } from '../sdk/security/index.js';
/** The NATS server and credentials from `--nats` and the environment; a bad setting is a usage error. */
export declare function natsSettingsOf(flag: string | undefined, env: Record<string, string | undefined>): NatsConnectSettings;
