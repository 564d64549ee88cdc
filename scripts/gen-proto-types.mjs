// Generates TypeScript types for proto/troupe/v1/*.proto into src/gen (git-ignored).
// The options must match PROTO_LOADER_OPTIONS in src/sdk/grpc/load-protos.ts.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('@grpc/proto-loader/package.json')), 'build/bin/proto-loader-gen-types.js');
const protoDir = join(root, 'proto');
const files = readdirSync(join(protoDir, 'troupe/v1')).filter((f) => f.endsWith('.proto')).map((f) => `troupe/v1/${f}`);
const outDir = join(root, 'src/gen');
rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    bin,
    '--longs=String',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--includeComments',
    '--grpcLib=@grpc/grpc-js',
    '--importFileExtension=.js',
    '-I', protoDir,
    '-O', outDir,
    ...files,
  ],
  { stdio: 'inherit', cwd: root },
);
