import { status as Status } from '@grpc/grpc-js';
import { connectAgent, deadlineIn } from '../grpc/agent-clients.js';
/**
 * The agent a sidecar announces, seen through gRPC: `Describe`, and
 * `grpc.health.v1` Check (one probe per interval) and Watch (prompt changes).
 * An agent without a health service is probed with `Describe` instead and is
 * taken as serving whenever it answers.
 * @internal
 */
export class SidecarTarget {
    #clients;
    #timeoutMs;
    #describeOnly = false;
    #watchUnsupported = false;
    #watch;
    constructor(address, timeoutMs, tls) {
        this.#clients = connectAgent(address, { tls });
        this.#timeoutMs = timeoutMs;
    }
    /** host:port of the target. */
    get address() {
        return this.#clients.address;
    }
    /** True once the target turned out to have no health service. */
    get describeOnly() {
        return this.#describeOnly;
    }
    /** Calls Describe; rejects with the gRPC error when the target does not answer. */
    describe() {
        return new Promise((resolve, reject) => {
            this.#clients.agent.Describe({}, { deadline: deadlineIn(this.#timeoutMs) }, (err, res) => {
                if (err)
                    reject(err);
                else if (!res?.agent)
                    reject(new Error('Describe answered without a descriptor (DescribeResponse.agent is empty)'));
                else
                    resolve(res.agent);
            });
        });
    }
    /** One liveness probe: the health of "" (or a Describe). Rejects when the target is unreachable. */
    async probe() {
        if (this.#describeOnly) {
            await this.describe();
            return 'SERVING';
        }
        try {
            const status = await new Promise((resolve, reject) => {
                this.#clients.health.Check({ service: '' }, { deadline: deadlineIn(this.#timeoutMs) }, (err, res) => (err ? reject(err) : resolve(res?.status ?? 'UNKNOWN')));
            });
            return status === 'SERVING' ? 'SERVING' : 'NOT_SERVING';
        }
        catch (err) {
            const code = err.code;
            if (code !== Status.UNIMPLEMENTED && code !== Status.NOT_FOUND)
                throw err;
            this.#describeOnly = true;
            return this.probe();
        }
    }
    /**
     * Opens a Health/Watch stream unless one is open or the target lacks it. `onStatus`
     * gets every status; `onEnd` is called once when the stream ends for any reason
     * other than {@link stopWatch}. Returns whether a stream is open now.
     */
    watch(onStatus, onEnd) {
        if (this.#watch)
            return true;
        if (this.#describeOnly || this.#watchUnsupported)
            return false;
        const stream = this.#clients.health.Watch({ service: '' });
        this.#watch = stream;
        let ended = false;
        const end = (err) => {
            if (ended)
                return;
            ended = true;
            if (this.#watch !== stream)
                return; // stopped on purpose
            this.#watch = undefined;
            if (err?.code === Status.UNIMPLEMENTED)
                this.#watchUnsupported = true;
            onEnd(err);
        };
        stream.on('data', (message) => onStatus(message.status === 'SERVING' ? 'SERVING' : 'NOT_SERVING'));
        stream.on('error', (err) => end(err));
        stream.on('end', () => end(undefined));
        return true;
    }
    /** Cancels the Watch stream, if any. */
    stopWatch() {
        const stream = this.#watch;
        this.#watch = undefined;
        stream?.cancel();
    }
    close() {
        this.stopWatch();
        this.#clients.close();
    }
}
//# sourceMappingURL=sidecar-target.js.map