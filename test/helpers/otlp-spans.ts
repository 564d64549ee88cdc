/** An attribute value as received (OTLP AnyValue, decoded). */
export type ReceivedValue = string | number | boolean | null | ReceivedValue[] | { [key: string]: ReceivedValue };

/** A span as the receiver stores it: normalised from either OTLP/HTTP encoding. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parentSpanId: string;
  name: string;
  kind: 'UNSPECIFIED' | 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
  serviceName: string;
  resource: Record<string, ReceivedValue>;
  scope: string;
  attributes: Record<string, ReceivedValue>;
  events: { name: string; attributes: Record<string, ReceivedValue> }[];
  /** Spans this one is linked to (not its parent). */
  links: { traceId: string; spanId: string }[];
  status: { code: 'UNSET' | 'OK' | 'ERROR'; message?: string };
  startNs: bigint;
  endNs: bigint;
}

const KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'] as const;
const STATUS = ['UNSET', 'OK', 'ERROR'] as const;

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asString = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Ids arrive as bytes (protobuf) or hex strings (OTLP/JSON); some senders use base64. */
function hexId(v: unknown): string {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (typeof v !== 'string') return '';
  if (/^[0-9a-fA-F]*$/.test(v) && (v.length === 32 || v.length === 16 || v.length === 0)) return v.toLowerCase();
  return Buffer.from(v, 'base64').toString('hex');
}

function nanos(v: unknown): bigint {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') return BigInt(v);
  return 0n;
}

function anyValue(raw: unknown): ReceivedValue {
  const v = asObj(raw);
  if ('stringValue' in v) return String(v.stringValue);
  if ('boolValue' in v) return Boolean(v.boolValue);
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return Number(v.doubleValue);
  if ('arrayValue' in v) return asArray(asObj(v.arrayValue).values).map(anyValue);
  if ('kvlistValue' in v) return keyValues(asObj(v.kvlistValue).values);
  if ('bytesValue' in v) return v.bytesValue instanceof Uint8Array ? Buffer.from(v.bytesValue).toString('base64') : String(v.bytesValue);
  return null;
}

function keyValues(list: unknown): Record<string, ReceivedValue> {
  const out: Record<string, ReceivedValue> = {};
  for (const kv of asArray(list)) out[String(asObj(kv).key)] = anyValue(asObj(kv).value);
  return out;
}

function enumName<T extends readonly string[]>(names: T, v: unknown, prefix: string): T[number] {
  if (typeof v === 'string') {
    const bare = v.replace(prefix, '');
    if (names.includes(bare)) return bare;
  }
  return (names[Number(v ?? 0)] ?? names[0]) as T[number];
}

/** Flattens an ExportTraceServiceRequest (decoded protobuf or parsed JSON) into spans. */
export function normaliseExportRequest(request: unknown): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const rs of asArray(asObj(request).resourceSpans)) {
    const resource = keyValues(asObj(asObj(rs).resource).attributes);
    const serviceName = typeof resource['service.name'] === 'string' ? resource['service.name'] : '';
    for (const ss of asArray(asObj(rs).scopeSpans)) {
      const scope = asString(asObj(asObj(ss).scope).name);
      for (const raw of asArray(asObj(ss).spans)) {
        const s = asObj(raw);
        const status = asObj(s.status);
        const message = typeof status.message === 'string' && status.message !== '' ? status.message : undefined;
        spans.push({
          traceId: hexId(s.traceId),
          spanId: hexId(s.spanId),
          parentSpanId: hexId(s.parentSpanId),
          name: asString(s.name),
          kind: enumName(KINDS, s.kind, 'SPAN_KIND_'),
          serviceName,
          resource,
          scope,
          attributes: keyValues(s.attributes),
          events: asArray(s.events).map((e) => ({ name: asString(asObj(e).name), attributes: keyValues(asObj(e).attributes) })),
          links: asArray(s.links).map((l) => ({ traceId: hexId(asObj(l).traceId), spanId: hexId(asObj(l).spanId) })),
          status: { code: enumName(STATUS, status.code, 'STATUS_CODE_'), ...(message === undefined ? {} : { message }) },
          startNs: nanos(s.startTimeUnixNano),
          endNs: nanos(s.endTimeUnixNano),
        });
      }
    }
  }
  return spans;
}

