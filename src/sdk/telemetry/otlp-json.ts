/**
 * Spans as `troupe trace` and the orchestrator's `GET /api/runs/{id}/trace` read them: decoded from OTLP/JSON (what Jaeger's
 * `/api/v3/traces/{id}` answers: `{ result: { resourceSpans: [...] } }`), which
 * writes ids as hex or base64, 64-bit numbers as strings, and enums as numbers or
 * names depending on the encoder.
 */

/** An attribute value, decoded. */
export type SpanValue = string | number | boolean | null | SpanValue[];

/** One span of a trace. */
export interface TraceSpan {
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parentSpanId: string;
  name: string;
  /** `service.name` of the process that recorded it. */
  service: string;
  kind: 'UNSPECIFIED' | 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
  startNs: bigint;
  endNs: bigint;
  status: { code: 'UNSET' | 'OK' | 'ERROR'; message: string };
  attributes: Record<string, SpanValue>;
  events: { name: string; attributes: Record<string, SpanValue> }[];
}

const KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'] as const;
const STATUS = ['UNSET', 'OK', 'ERROR'] as const;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A hex id from hex or base64 text ('' when absent). */
function hexId(v: unknown): string {
  const s = text(v);
  if (s === '' || /^[0-9a-f]+$/i.test(s) && (s.length === 32 || s.length === 16)) return s.toLowerCase();
  return Buffer.from(s, 'base64').toString('hex');
}

function nanos(v: unknown): bigint {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  return typeof v === 'string' && /^\d+$/.test(v) ? BigInt(v) : 0n;
}

function value(raw: unknown): SpanValue {
  const v = obj(raw);
  if ('stringValue' in v) return text(v.stringValue);
  if ('boolValue' in v) return v.boolValue === true;
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return Number(v.doubleValue);
  if ('arrayValue' in v) return list(obj(v.arrayValue).values).map(value);
  return null;
}

function attributes(raw: unknown): Record<string, SpanValue> {
  const out: Record<string, SpanValue> = {};
  for (const kv of list(raw)) out[text(obj(kv).key)] = value(obj(kv).value);
  return out;
}

function enumOf<T extends readonly string[]>(names: T, v: unknown, prefix: string): T[number] {
  if (typeof v === 'string') {
    const bare = v.replace(prefix, '');
    if (names.includes(bare)) return bare;
  }
  return (names[typeof v === 'number' ? v : 0] ?? names[0]) as T[number];
}

/** The spans of an OTLP/JSON `TracesData` (`{ resourceSpans: [...] }`). */
export function spansOfTracesData(data: unknown): TraceSpan[] {
  const spans: TraceSpan[] = [];
  for (const rs of list(obj(data).resourceSpans)) {
    const resource = attributes(obj(obj(rs).resource).attributes);
    const service = typeof resource['service.name'] === 'string' ? resource['service.name'] : '';
    for (const ss of list(obj(rs).scopeSpans)) {
      for (const raw of list(obj(ss).spans)) {
        const s = obj(raw);
        const status = obj(s.status);
        spans.push({
          traceId: hexId(s.traceId),
          spanId: hexId(s.spanId),
          parentSpanId: hexId(s.parentSpanId),
          name: text(s.name),
          service,
          kind: enumOf(KINDS, s.kind, 'SPAN_KIND_'),
          startNs: nanos(s.startTimeUnixNano),
          endNs: nanos(s.endTimeUnixNano),
          status: { code: enumOf(STATUS, status.code, 'STATUS_CODE_'), message: text(status.message) },
          attributes: attributes(s.attributes),
          events: list(s.events).map((e) => ({ name: text(obj(e).name), attributes: attributes(obj(e).attributes) })),
        });
      }
    }
  }
  return spans;
}
