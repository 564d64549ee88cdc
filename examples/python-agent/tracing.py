"""OpenTelemetry for the example agent, with the standard library only.

Debian ships no opentelemetry-python, so this module does the little an agent needs:
it continues the caller's W3C `traceparent` (from the gRPC metadata), makes one SERVER
span per task with the semantic-convention attributes and one `rpc.message` event per
streamed chunk, and exports finished spans as OTLP/HTTP JSON from a background thread.
With the real SDK installed, an agent would use `opentelemetry-instrumentation-grpc`
instead; the wire format (traceparent in, OTLP out) is the same.

Configured by the standard variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (a full URL) or
OTEL_EXPORTER_OTLP_ENDPOINT (+ /v1/traces), OTEL_EXPORTER_OTLP_PROTOCOL (only http/json),
OTEL_TRACES_EXPORTER=none and OTEL_SDK_DISABLED=true to turn export off, OTEL_SERVICE_NAME.
Without an endpoint nothing is exported, but spans still get ids, so chunks carry a
traceparent that continues the caller's trace.
"""

from __future__ import annotations

import json
import os
import queue
import re
import secrets
import sys
import threading
import time
import urllib.request
from typing import Any, Mapping, Optional

TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
SPAN_KIND_SERVER = 2
STATUS_UNSET, STATUS_ERROR = 0, 2
# gRPC codes a SERVER span marks as errors (OpenTelemetry semantic conventions for RPC).
SERVER_ERROR_CODES = {"UNKNOWN", "DEADLINE_EXCEEDED", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS"}


def _any_value(value: Any) -> dict:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    return {"stringValue": str(value)}


def _attributes(values: Mapping[str, Any]) -> list[dict]:
    return [{"key": k, "value": _any_value(v)} for k, v in values.items()]


class Span:
    """One span; `end()` hands it to the exporter exactly once."""

    def __init__(self, tracer: "Tracer", name: str, trace_id: str, parent_span_id: str, attributes: dict[str, Any]) -> None:
        self._tracer = tracer
        self.name = name
        self.trace_id = trace_id
        self.span_id = secrets.token_hex(8)
        self.parent_span_id = parent_span_id
        self.attributes = dict(attributes)
        self.events: list[dict] = []
        self.status = {"code": STATUS_UNSET}
        self.start_ns = time.time_ns()
        self._ended = False

    @property
    def traceparent(self) -> str:
        return f"00-{self.trace_id}-{self.span_id}-01"

    def add_message_event(self, message_id: int, size: int) -> None:
        """The `rpc.message` event of one streamed message (SENT)."""
        attributes = {"rpc.message.type": "SENT", "rpc.message.id": message_id, "rpc.message.uncompressed_size": size}
        self.events.append({"timeUnixNano": str(time.time_ns()), "name": "rpc.message", "attributes": _attributes(attributes)})

    def end(self, code: str, message: str = "") -> None:
        """Ends the span with the call's gRPC status name (e.g. "OK", "NOT_FOUND")."""
        if self._ended:
            return
        self._ended = True
        self.attributes["rpc.grpc.status_code"] = _STATUS_NUMBERS.get(code, 2)
        if code in SERVER_ERROR_CODES:
            self.status = {"code": STATUS_ERROR, "message": message}
        elif code != "OK":
            self.attributes["troupe.error.code"] = code
        self._tracer._finished(self, time.time_ns())


class Tracer:
    """Makes SERVER spans and exports them (when an endpoint is configured)."""

    def __init__(self, service_name: str, resource: Mapping[str, Any], env: Mapping[str, str] = os.environ) -> None:
        self._resource = {"service.name": env.get("OTEL_SERVICE_NAME") or service_name, "telemetry.sdk.language": "python", **resource}
        self._exporter = _exporter_from(env)

    def start_server_span(self, metadata, full_method: str, attributes: Mapping[str, Any]) -> Span:
        """A SERVER span for `/package.Service/Method`, child of the caller's traceparent if any."""
        service, _, method = full_method.lstrip("/").partition("/")
        parent = next((v for k, v in metadata if k == "traceparent"), "")
        match = TRACEPARENT.match(parent if isinstance(parent, str) else "")
        trace_id, parent_id = (match.group(1), match.group(2)) if match else (secrets.token_hex(16), "")
        base = {"rpc.system": "grpc", "rpc.service": service, "rpc.method": method}
        return Span(self, f"{service}/{method}", trace_id, parent_id, {**base, **attributes})

    def _finished(self, span: Span, end_ns: int) -> None:
        if self._exporter is None:
            return
        self._exporter.put(
            {
                "traceId": span.trace_id,
                "spanId": span.span_id,
                "parentSpanId": span.parent_span_id,
                "name": span.name,
                "kind": SPAN_KIND_SERVER,
                "startTimeUnixNano": str(span.start_ns),
                "endTimeUnixNano": str(end_ns),
                "attributes": _attributes(span.attributes),
                "events": span.events,
                "status": span.status,
            },
            self._resource,
        )

    def shutdown(self, timeout: float = 5.0) -> None:
        """Exports what is left; call before exiting."""
        if self._exporter is not None:
            self._exporter.shutdown(timeout)


class _OtlpJsonExporter:
    """Posts batches of spans to an OTLP/HTTP JSON endpoint from one background thread."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._queue: "queue.Queue[Optional[tuple[dict, Mapping[str, Any]]]]" = queue.Queue(maxsize=10_000)
        self._warned = False
        self._thread = threading.Thread(target=self._run, name="otlp-export", daemon=True)
        self._thread.start()

    def put(self, span: dict, resource: Mapping[str, Any]) -> None:
        try:
            self._queue.put_nowait((span, resource))
        except queue.Full:
            self._warn("the span export queue is full; dropping spans")

    def shutdown(self, timeout: float) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch: list[tuple[dict, Mapping[str, Any]]] = []
            item = self._queue.get()
            while True:
                if item is None:
                    stopping = True
                    break
                batch.append(item)
                if len(batch) >= 256:
                    break
                try:
                    item = self._queue.get(timeout=0.2)
                except queue.Empty:
                    break
            if batch:
                self._post(batch)

    def _post(self, batch: list[tuple[dict, Mapping[str, Any]]]) -> None:
        resource = batch[0][1]
        body = {
            "resourceSpans": [
                {
                    "resource": {"attributes": _attributes(resource)},
                    "scopeSpans": [{"scope": {"name": "troupe-python-agent"}, "spans": [span for span, _ in batch]}],
                }
            ]
        }
        request = urllib.request.Request(self._url, data=json.dumps(body).encode("utf-8"), headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()
        except Exception as err:  # noqa: BLE001 - telemetry must never break the agent
            self._warn(f"exporting {len(batch)} span(s) to {self._url} failed: {err}")

    def _warn(self, message: str) -> None:
        if not self._warned:
            self._warned = True
            print(f"python agent: {message} (warned once)", file=sys.stderr, flush=True)


def _exporter_from(env: Mapping[str, str]) -> Optional[_OtlpJsonExporter]:
    if env.get("OTEL_SDK_DISABLED", "").lower() == "true" or env.get("OTEL_TRACES_EXPORTER", "otlp").lower() == "none":
        return None
    url = env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or (env["OTEL_EXPORTER_OTLP_ENDPOINT"].rstrip("/") + "/v1/traces" if env.get("OTEL_EXPORTER_OTLP_ENDPOINT") else "")
    if not url:
        return None
    protocol = env.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or env.get("OTEL_EXPORTER_OTLP_PROTOCOL") or "http/json"
    if protocol != "http/json":
        print(f"python agent: OTLP protocol {protocol} is not supported by this example (http/json only); not exporting spans", file=sys.stderr, flush=True)
        return None
    return _OtlpJsonExporter(url)


_STATUS_NUMBERS = {
    name: number
    for number, name in enumerate(
        "OK CANCELLED UNKNOWN INVALID_ARGUMENT DEADLINE_EXCEEDED NOT_FOUND ALREADY_EXISTS PERMISSION_DENIED RESOURCE_EXHAUSTED "
        "FAILED_PRECONDITION ABORTED OUT_OF_RANGE UNIMPLEMENTED INTERNAL UNAVAILABLE DATA_LOSS UNAUTHENTICATED".split()
    )
}
