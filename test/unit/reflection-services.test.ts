// What server reflection lists: each server exactly the services it serves (its own, health,
// reflection), whatever other servers of the same process serve. The descriptors are made once
// per list of services and shared, so two lists must never share one.
import { EventEmitter } from 'node:events';
import type * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { addReflection, HEALTH_SERVICE, REFLECTION_SERVICES } from '../../src/sdk/grpc/reflection.js';

const V1_INFO = '/grpc.reflection.v1.ServerReflection/ServerReflectionInfo';

/** The services a server given `services` lists over reflection v1 (one request on its stream, answered in place). */
function listed(services: readonly string[]): string[] {
  let info: grpc.handleBidiStreamingCall<unknown, unknown> | undefined;
  const server: Pick<grpc.Server, 'addService'> = {
    addService(service, implementation) {
      if (service.ServerReflectionInfo?.path === V1_INFO) info = implementation.ServerReflectionInfo as typeof info;
    },
  };
  addReflection(server, services);
  const answers: unknown[] = [];
  const stream = Object.assign(new EventEmitter(), { write: (answer: unknown) => answers.push(answer), end: () => undefined });
  info?.(stream as unknown as grpc.ServerDuplexStream<unknown, unknown>);
  stream.emit('data', { messageRequest: 'listServices', listServices: '*' });
  const [answer] = answers as [{ listServicesResponse?: { service: { name: string }[] } } | undefined];
  return (answer?.listServicesResponse?.service ?? []).map((s) => s.name).sort();
}

const standard = [HEALTH_SERVICE, ...REFLECTION_SERVICES];

describe('addReflection', () => {
  it('lists what each server of a process serves, and nothing else', () => {
    expect(listed(['troupe.v1.AgentService'])).toEqual(['troupe.v1.AgentService', ...standard].sort());
    expect(listed(['troupe.v1.OrchestratorService'])).toEqual(['troupe.v1.OrchestratorService', ...standard].sort());
    expect(listed([])).toEqual([...standard].sort());
    expect(listed(['troupe.v1.AgentService'])).toEqual(['troupe.v1.AgentService', ...standard].sort());
  });

  it('keeps apart lists of services whose names run together into the same text', () => {
    // Joined without a separator, both lists read "troupe.v1.AgentServicegrpc.health.v1.Healthgrpc.health.v1.Health…".
    expect(listed(['troupe.v1.AgentServicegrpc.health.v1.Health'])).toEqual([...standard].sort());
    expect(listed(['troupe.v1.AgentService', HEALTH_SERVICE])).toEqual(['troupe.v1.AgentService', ...standard].sort());
  });
});
