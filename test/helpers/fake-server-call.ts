import { EventEmitter } from 'node:events';
import { Metadata } from '@grpc/grpc-js';

/**
 * The server side of one gRPC call, as much of it as the `serve*` wrappers touch: its metadata,
 * peer and auth context, and `end()` (which emits `ended`). Extend it with what a call kind adds.
 */
export class FakeServerCall extends EventEmitter {
  readonly metadata = new Metadata();
  readonly cancelled = false;
  end(): void {
    this.emit('ended');
  }
  getPeer(): string {
    return '127.0.0.1:5000';
  }
  getAuthContext(): object {
    return {};
  }
}
