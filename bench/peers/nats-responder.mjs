// The plain NATS request-reply baseline's responder, in its own process so that its CPU
// can be read from /proc: `node nats-responder.mjs <nats url> <subject>` answers every
// request with its payload. Prints a line when subscribed.
import { connect } from 'nats';

const [url, subject] = process.argv.slice(2);
const nc = await connect({ servers: url, noAsyncTraces: true });
nc.subscribe(subject, { callback: (err, msg) => err || msg.respond(msg.data) });
await nc.flush();
console.log('nats responder ready');

process.once('SIGTERM', () => {
  nc.drain().then(() => process.exit(0), () => process.exit(1));
});
