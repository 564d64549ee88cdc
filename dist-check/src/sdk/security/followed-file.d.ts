/**
 * A value read from a file that follows the file: each call checks the file's identity
 * (inode, size, mtime, following symlinks as a Kubernetes secret swap makes them) and
 * re-reads it when that changed. A read that fails (missing, half-written, malformed)
 * keeps the last good value and is tried again on the next call, so a credential being
 * rotated is picked up as soon as the new file is complete.
 *
 * nats.js calls its authenticator on every (re)connect: a credential file behind one of
 * these is used on the next reconnect after it changes, without a restart.
 *
 * @param read reads and checks the file (throws on bad content); called once now, so a
 *   bad file at start-up still stops the process.
 * @internal
 *
 * @example
 * const token = followFile('/run/secrets/nats-token', () => readSecretFile('NATS_TOKEN_FILE', '/run/secrets/nats-token'));
 * const auth = tokenAuthenticator(() => token());
 */
export declare function followFile<T>(path: string, read: () => T): () => T;
