// The Moleculer baseline's server side, in its own process so that its CPU can be read
// from /proc: `node moleculer-service.mjs <nats url>`, a broker on the NATS transporter
// with one action, `echo.say`, that returns its params. Prints a line when ready.
import moleculer from 'moleculer';

const [url] = process.argv.slice(2);
const broker = new moleculer.ServiceBroker({
  nodeID: `bench-echo-${process.pid}`,
  transporter: { type: 'NATS', options: { url, noAsyncTraces: true } },
  logger: false,
});
broker.createService({ name: 'echo', actions: { say: (ctx) => ctx.params } });
await broker.start();
console.log('moleculer echo ready');

process.once('SIGTERM', () => {
  broker.stop().then(() => process.exit(0), () => process.exit(1));
});
