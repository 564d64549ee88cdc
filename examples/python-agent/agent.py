#!/usr/bin/env python3
"""A Troupe agent in Python: troupe.v1.AgentService + grpc.health.v1.Health + reflection.

    bash scripts/ensure-python.sh
    .venv/python-agent/bin/python examples/python-agent/agent.py --port 0 --nats nats://127.0.0.1:4222

prints `python agent listening on 127.0.0.1:PORT (...)` once it serves. With --nats (or NATS_URL)
it announces itself on NATS like a TypeScript agent (micro service, hello, heartbeats, goodbye);
without, it serves gRPC only and `troupe announce --grpc 127.0.0.1:PORT` can announce it.
With TROUPE_AGENT_TLS_CERT and TROUPE_AGENT_TLS_KEY (or --tls-cert/--tls-key) it serves TLS
only; TROUPE_AGENT_TLS_CLIENT_CA (--tls-client-ca) also requires client certificates (mTLS).
On SIGTERM, Ctrl-C or an orchestrator's drain request it drains: health turns NOT_SERVING and a
heartbeat says draining, new tasks get UNAVAILABLE, in-flight ones finish (up to
--drain-timeout seconds), then it says goodbye and exits 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import secrets
import signal
import sys
import threading
from concurrent import futures
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

sys.dont_write_bytecode = True  # keep the example folder free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402

if TYPE_CHECKING:
    import grpc

NAME = "python-text"
VERSION = "1.0.0"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Troupe example agent in Python (text.wordcount, text.shout)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one (default 0)")
    parser.add_argument("--instance-id", default=None, help="instance id (default python-text-<random>)")
    parser.add_argument("--max-concurrency", type=int, default=8, help="tasks at once before RESOURCE_EXHAUSTED (default 8)")
    parser.add_argument("--drain-timeout", type=float, default=30.0, help="seconds to wait for in-flight tasks on SIGTERM (default 30)")
    parser.add_argument("--nats", default=os.environ.get("NATS_URL") or None,
                        help="NATS server URL(s), comma-separated; set, the agent announces itself (default $NATS_URL; none: gRPC only)")
    parser.add_argument("--advertise", default=os.environ.get("TROUPE_AGENT_ADVERTISE") or None,
                        help="host:port announced to orchestrators (default $TROUPE_AGENT_ADVERTISE, else the bound address)")
    parser.add_argument("--heartbeat-ms", type=int, default=int(os.environ.get("TROUPE_HEARTBEAT_MS") or 1000),
                        help="heartbeat interval in ms (default $TROUPE_HEARTBEAT_MS, else 1000)")
    parser.add_argument("--tls-cert", default=os.environ.get("TROUPE_AGENT_TLS_CERT") or None,
                        help="server certificate (chain), PEM; with --tls-key the agent serves TLS only (default $TROUPE_AGENT_TLS_CERT)")
    parser.add_argument("--tls-key", default=os.environ.get("TROUPE_AGENT_TLS_KEY") or None,
                        help="private key of --tls-cert, PEM (default $TROUPE_AGENT_TLS_KEY)")
    parser.add_argument("--tls-client-ca", default=os.environ.get("TROUPE_AGENT_TLS_CLIENT_CA") or None,
                        help="CA of clients' certificates, PEM; set, every client must present one: mTLS (default $TROUPE_AGENT_TLS_CLIENT_CA)")
    args = parser.parse_args(argv)
    if not 10 <= args.heartbeat_ms <= 3_600_000:
        parser.error("--heartbeat-ms (TROUPE_HEARTBEAT_MS) must be from 10 to 3600000")
    if args.advertise is not None and not re.fullmatch(r"[^\s:]+:\d+", args.advertise):
        parser.error(f"--advertise (TROUPE_AGENT_ADVERTISE) must be host:port; got {args.advertise!r}")
    if args.max_concurrency < 1:
        parser.error("--max-concurrency must be at least 1")
    if args.instance_id is not None and not re.fullmatch(r"[A-Za-z0-9_-]+", args.instance_id):
        parser.error("--instance-id may hold only letters, digits, '-' and '_' (it becomes a NATS subject token)")
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("TLS needs both --tls-cert (TROUPE_AGENT_TLS_CERT) and --tls-key (TROUPE_AGENT_TLS_KEY)")
    if args.tls_client_ca is not None and args.tls_cert is None:
        parser.error("--tls-client-ca (TROUPE_AGENT_TLS_CLIENT_CA) needs --tls-cert and --tls-key (TROUPE_AGENT_TLS_CERT, TROUPE_AGENT_TLS_KEY)")
    return args


class TlsFiles(NamedTuple):
    """The PEM contents the server credentials are built from (read once, at start)."""

    cert: bytes
    key: bytes
    client_ca: bytes | None


class TlsSettingError(Exception):
    """A TLS file that is missing or unreadable; the message names the setting."""


def read_pem(path: str, setting: str) -> bytes:
    """The contents of `path`, or TlsSettingError naming `setting` (flag and variable)."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise TlsSettingError(f"{setting}: cannot read {path!r} ({err.strerror or err})") from err
    if b"-----BEGIN " not in data:
        raise TlsSettingError(f"{setting}: {path!r} is not a PEM file")
    return data


def load_tls(args: argparse.Namespace) -> TlsFiles | None:
    """The TLS files named by the flags/environment, or None to serve plaintext."""
    if args.tls_cert is None or args.tls_key is None:
        return None
    return TlsFiles(
        cert=read_pem(args.tls_cert, "--tls-cert (TROUPE_AGENT_TLS_CERT)"),
        key=read_pem(args.tls_key, "--tls-key (TROUPE_AGENT_TLS_KEY)"),
        client_ca=read_pem(args.tls_client_ca, "--tls-client-ca (TROUPE_AGENT_TLS_CLIENT_CA)") if args.tls_client_ca else None,
    )


def server_credentials(tls: TlsFiles) -> grpc.ServerCredentials:
    """TLS server credentials; with a client CA, client certificates are required (mTLS)."""
    import grpc

    return grpc.ssl_server_credentials(
        [(tls.key, tls.cert)],
        root_certificates=tls.client_ca,
        require_client_auth=tls.client_ca is not None,
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        tls = load_tls(args)
    except TlsSettingError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    gen.require_packages()
    from announce import Announcer, NatsSettingError, nats_settings
    from control import ControlVerifier

    try:
        nats = nats_settings(args.nats, os.environ) if args.nats else None
    except NatsSettingError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    gen.load()
    # The stubs exist only now: import what uses them.
    import grpc
    from google.protobuf import json_format
    from grpc_health.v1 import health as grpc_health
    from grpc_health.v1 import health_pb2, health_pb2_grpc
    from grpc_reflection.v1alpha import reflection
    from troupe.v1 import agent_pb2_grpc, common_pb2

    from capabilities import CAPABILITIES
    from service import SERVICE_NAME, Admission, AgentService
    from task_stats import TaskStats
    from tracing import Tracer

    instance_id = args.instance_id or f"{NAME}-{secrets.token_hex(4)}"
    descriptor = common_pb2.AgentDescriptor(
        name=NAME,
        version=VERSION,
        instance_id=instance_id,
        capabilities=[
            common_pb2.Capability(
                name=c.name,
                description=c.description,
                input_types=list(c.input_types),
                output_types=list(c.output_types),
                streaming=c.streaming,
            )
            for c in CAPABILITIES.values()
        ],
        max_concurrency=args.max_concurrency,
        labels={"language": "python", "runtime": f"{platform.python_implementation()}-{platform.python_version()}"},
        supports_channel=False,
    )
    admission = Admission(args.max_concurrency)
    task_stats = TaskStats()
    tracer = Tracer(NAME, {"service.version": VERSION, "service.instance.id": instance_id})
    health = grpc_health.HealthServicer()
    for service in ("", SERVICE_NAME):
        health.set(service, health_pb2.HealthCheckResponse.SERVING)
    # Health watches, Describe and reflection need threads besides the tasks.
    # No SO_REUSEPORT: a port already in use must fail, not be shared with another server.
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=args.max_concurrency + 16), options=[("grpc.so_reuseport", 0)])
    agent_pb2_grpc.add_AgentServiceServicer_to_server(AgentService(descriptor, CAPABILITIES, admission, tracer, task_stats), server)
    health_pb2_grpc.add_HealthServicer_to_server(health, server)
    reflection.enable_server_reflection([SERVICE_NAME, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name, reflection.SERVICE_NAME], server)
    address = f"{args.host}:{args.port}"
    try:
        port = server.add_secure_port(address, server_credentials(tls)) if tls else server.add_insecure_port(address)
    except RuntimeError:
        port = 0
    if port == 0:
        # grpc reports a key that does not match the certificate this way too.
        why = "in use, or --tls-key does not match --tls-cert?" if tls else "in use?"
        print(f"error: cannot bind {address} ({why})", file=sys.stderr)
        return 1
    server.start()

    stop = threading.Event()
    reason = ["stopped by a signal"]

    def request_drain(why: str) -> None:
        reason[0] = why
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        verifier = ControlVerifier(tls.client_ca) if tls is not None and tls.client_ca else None
    except ValueError as err:
        server.stop(0)
        print(f"error: --tls-client-ca (TROUPE_AGENT_TLS_CLIENT_CA): no usable certificate ({err})", file=sys.stderr)
        return 2
    announcer = None
    advertised = args.advertise or f"{args.host}:{port}"
    if nats is not None:
        announcer = Announcer(
            nats,
            json_format.MessageToDict(descriptor),
            advertised,
            args.heartbeat_ms,
            load=lambda: (admission.in_flight, admission.draining),
            on_drain=request_drain,
            verifier=verifier,
            task_stats=task_stats,
        )
        try:
            announcer.start()
        except Exception as err:  # noqa: BLE001 - any connection failure ends start-up with its reason
            server.stop(0)
            print(f"error: --nats (NATS_URL): cannot announce on {args.nats}: {err!r}", file=sys.stderr)
            return 1
    security = "" if tls is None else "mTLS, " if tls.client_ca else "TLS, "
    announced = f"announced on NATS as {advertised}, " if announcer else ""
    print(f"python agent listening on {args.host}:{port} ({NAME} {VERSION}, {security}{announced}instance {instance_id})", flush=True)

    while not stop.wait(1.0):
        pass
    print(f"python agent draining ({reason[0]})", flush=True)
    health.enter_graceful_shutdown()
    admission.draining = True
    if announcer:
        announcer.beat()
    drained = admission.drain(args.drain_timeout)
    if not drained:
        print(f"drain timed out after {args.drain_timeout}s; cancelling {admission.in_flight} task(s)", file=sys.stderr, flush=True)
    if announcer:
        announcer.goodbye(reason[0])
    server.stop(grace=1.0 if drained else 0).wait()
    tracer.shutdown()
    print("python agent stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
