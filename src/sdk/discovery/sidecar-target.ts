import { status as Status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import type { AgentDescriptor__Output } from '../../gen/troupe/v1/AgentDescriptor.js';
import type { ClientTlsOptions } from '../security/tls.js';
import { connectAgent, deadlineIn, type AgentClients, type HealthStatus } from '../grpc/agent-clients.js';

/** Whether the target takes work, as its health service says. */
export type TargetStatus = 'SERVING' | 'NOT_SERVING';

/**
 * The agent a sidecar announces, seen through gRPC: `Describe`, and
 * `grpc.health.v1` Check (one probe per interval) and Watch (prompt changes).
 * An agent without a health service is probed with `Describe` instead and is
 * taken as serving whenever it answers.
 * @internal
 */
export class SidecarTarget {
  readonly #clients: AgentClients;
  readonly #timeoutMs: number;
  #describeOnly = false;
  #watchUnsupported = false;
  #watch: ClientReadableStream<{ status: HealthStatus }> | undefined;

  constructor(address: string, timeoutMs: number, tls?: ClientTlsOptions) {
    this.#clients = connectAgent(address, { tls });
    this.#timeoutMs = timeoutMs;
  }

  /** host:port of the target. */
  get address(): string {
    return this.#clients.address;
  }

  /** True once the target turned out to have no health service. */
  get describeOnly(): boolean {
    return this.#describeOnly;
  }

  /** Calls Describe; rejects with the gRPC error when the target does not answer. */
  describe(): Promise<AgentDescriptor__Output> {
    return new Promise((resolve, reject) => {
      this.#clients.agent.Describe({}, { deadline: deadlineIn(this.#timeoutMs) }, (err, res) => {
        if (err) reject(err);
        else if (!res?.agent) reject(new Error('Describe answered without a descriptor (DescribeResponse.agent is empty)'));
        else resolve(res.agent);
      });
    });
  }

  /** One liveness probe: the health of "" (or a Describe). Rejects when the target is unreachable. */
  async probe(): Promise<TargetStatus> {
    if (this.#describeOnly) {
      await this.describe();
      return 'SERVING';
    }
    try {
      const status = await new Promise<HealthStatus>((resolve, reject) => {
        this.#clients.health.Check({ service: '' }, { deadline: deadlineIn(this.#timeoutMs) }, (err, res) => (err ? reject(err) : resolve(res?.status ?? 'UNKNOWN')));
      });
      return status === 'SERVING' ? 'SERVING' : 'NOT_SERVING';
    } catch (err) {
      const code = (err as Partial<ServiceError>).code;
      if (code !== Status.UNIMPLEMENTED && code !== Status.NOT_FOUND) throw err;
      this.#describeOnly = true;
      return this.probe();
    }
  }

  /**
   * Opens a Health/Watch stream unless one is open or the target lacks it. `onStatus`
   * gets every status; `onEnd` is called once when the stream ends for any reason
   * other than {@link stopWatch}. Returns whether a stream is open now.
   */
  watch(onStatus: (status: TargetStatus) => void, onEnd: (err: ServiceError | undefined) => void): boolean {
    if (this.#watch) return true;
    if (this.#describeOnly || this.#watchUnsupported) return false;
    const stream = this.#clients.health.Watch({ service: '' });
    this.#watch = stream;
    let ended = false;
    const end = (err: ServiceError | undefined): void => {
      if (ended) return;
      ended = true;
      if (this.#watch !== stream) return; // stopped on purpose
      this.#watch = undefined;
      if (err?.code === Status.UNIMPLEMENTED) this.#watchUnsupported = true;
      onEnd(err);
    };
    stream.on('data', (message: { status: HealthStatus }) => onStatus(message.status === 'SERVING' ? 'SERVING' : 'NOT_SERVING'));
    stream.on('error', (err: ServiceError) => end(err));
    stream.on('end', () => end(undefined));
    return true;
  }

  /** Cancels the Watch stream, if any. */
  stopWatch(): void {
    const stream = this.#watch;
    this.#watch = undefined;
    stream?.cancel();
  }

  close(): void {
    this.stopWatch();
    this.#clients.close();
  }
}
