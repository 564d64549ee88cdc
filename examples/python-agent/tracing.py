"""OpenTelemetry for the example agent, with opentelemetry-sdk and the OTLP exporters.

One SERVER span per task continues the caller's W3C `traceparent` (from the gRPC metadata),
named and attributed like the TypeScript SDK's, with one `rpc.message` event per streamed chunk
(ids from 1, plus `troupe.chunk.*` attributes so chunks can be counted apart from other messages).

Configured by the standard variables: OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) turns
export on; OTEL_EXPORTER_OTLP_PROTOCOL `http/protobuf` (default) or `grpc` (`http/json` is not
offered by opentelemetry-python: it falls back to http/protobuf with a warning);
OTEL_TRACES_EXPORTER=none and OTEL_SDK_DISABLED=true turn export off; OTEL_SERVICE_NAME,
OTEL_RESOURCE_ATTRIBUTES and OTEL_BSP_* are read by the SDK itself. Without an endpoint nothing is
exported, but spans still get ids, so chunks carry a traceparent that continues the caller's trace.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Iterable, Mapping, Optional

from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from opentelemetry.trace import SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

# gRPC codes a SERVER span marks as errors (OpenTelemetry semantic conventions for RPC).
SERVER_ERROR_CODES = {"UNKNOWN", "DEADLINE_EXCEEDED", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS"}
_STATUS_NUMBERS = {
    name: number
    for number, name in enumerate(
        "OK CANCELLED UNKNOWN INVALID_ARGUMENT DEADLINE_EXCEEDED NOT_FOUND ALREADY_EXISTS PERMISSION_DENIED RESOURCE_EXHAUSTED "
        "FAILED_PRECONDITION ABORTED OUT_OF_RANGE UNIMPLEMENTED INTERNAL UNAVAILABLE DATA_LOSS UNAUTHENTICATED".split()
    )
}
_PROPAGATOR = TraceContextTextMapPropagator()


class TaskSpan:
    """The SERVER span of one task call; `end()` records the call's final gRPC status once."""

    def __init__(self, span) -> None:
        self._span = span
        self._ended = False
        self._messages = 0
        ctx = span.get_span_context()
        self.trace_id = f"{ctx.trace_id:032x}"
        self.traceparent = f"00-{ctx.trace_id:032x}-{ctx.span_id:016x}-{int(ctx.trace_flags):02x}"

    def set_attribute(self, key: str, value: Any) -> None:
        self._span.set_attribute(key, value)

    def add_chunk_event(self, sequence: int, size: int, content_type: str) -> None:
        """The `rpc.message` event (SENT) of one streamed chunk."""
        self._messages += 1
        self._span.add_event(
            "rpc.message",
            {
                "rpc.message.type": "SENT",
                "rpc.message.id": self._messages,
                "rpc.message.uncompressed_size": size,
                "troupe.chunk.sequence": sequence,
                "troupe.chunk.bytes": size,
                "troupe.chunk.content_type": content_type,
            },
        )

    def end(self, code: str, message: str = "") -> None:
        """Ends the span with the call's gRPC status name (e.g. "OK", "NOT_FOUND")."""
        if self._ended:
            return
        self._ended = True
        self._span.set_attribute("rpc.grpc.status_code", _STATUS_NUMBERS.get(code, 2))
        if code in SERVER_ERROR_CODES:
            self._span.set_status(Status(StatusCode.ERROR, message))
        elif code != "OK":
            self._span.set_attribute("troupe.error.code", code)
        self._span.end()


class Tracer:
    """Makes SERVER spans and exports them (when an endpoint is configured)."""

    def __init__(self, service_name: str, resource: Mapping[str, Any], env: Mapping[str, str] = os.environ) -> None:
        attributes = dict(resource)
        if not env.get("OTEL_SERVICE_NAME"):
            attributes["service.name"] = service_name  # OTEL_SERVICE_NAME, when set, wins (read by Resource.create)
        self._provider = TracerProvider(resource=Resource.create(attributes))
        exporter = _exporter_from(env)
        if exporter is not None:
            self._provider.add_span_processor(BatchSpanProcessor(exporter))
        self._tracer = self._provider.get_tracer("troupe-python-agent")

    def start_server_span(self, metadata: Iterable[tuple[str, Any]], full_method: str, attributes: Mapping[str, Any]) -> TaskSpan:
        """A SERVER span for `/package.Service/Method`, child of the caller's traceparent if any."""
        service, _, method = full_method.lstrip("/").partition("/")
        carrier = {k: v for k, v in metadata if isinstance(v, str)}
        parent = _PROPAGATOR.extract(carrier)
        base = {"rpc.system": "grpc", "rpc.service": service, "rpc.method": method}
        span = self._tracer.start_span(f"{service}/{method}", context=parent, kind=SpanKind.SERVER, attributes={**base, **attributes})
        return TaskSpan(span)

    def shutdown(self) -> None:
        """Exports what is left; call before exiting."""
        self._provider.shutdown()


def _exporter_from(env: Mapping[str, str]) -> Optional[SpanExporter]:
    if env.get("OTEL_SDK_DISABLED", "").lower() == "true" or env.get("OTEL_TRACES_EXPORTER", "otlp").lower() == "none":
        return None
    if not (env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or env.get("OTEL_EXPORTER_OTLP_ENDPOINT")):
        return None
    protocol = env.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or env.get("OTEL_EXPORTER_OTLP_PROTOCOL") or "http/protobuf"
    if protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as GrpcExporter

        return GrpcExporter()
    if protocol != "http/protobuf":
        print(f"python agent: OTLP protocol {protocol} is not offered by opentelemetry-python; exporting http/protobuf", file=sys.stderr, flush=True)
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter as HttpExporter

    return HttpExporter()
