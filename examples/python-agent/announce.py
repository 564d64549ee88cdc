"""Announces the agent on NATS itself, as the TypeScript SDK does (docs/agents.md, "Discovery").

- a NATS micro service `troupe-agent` (so `nats micro ls|info|stats` lists it) whose metadata
  carries the gRPC address, agent name/version, instance id, capabilities and max concurrency,
  with a `describe` endpoint on `troupe.agents.describe.<instance>` answering the descriptor and
  one endpoint per capability on `troupe.agents.capability.<instance>.<capability>` (named like
  `text_wordcount`), whose stats count the tasks the instance served for it over gRPC
  (task_stats.py) and which answers a request with what the capability is and how to call it;
- `troupe.agents.hello.<instance>.<agent>`, then `troupe.agents.heartbeat.<instance>.<agent>` every interval
  (JSON, v 1: load, draining, capabilities);
- `troupe.agents.goodbye.<instance>.<agent>` on shutdown (the agent name as a subject token, docs/agents.md);
- `troupe.agents.control.<instance>`: an orchestrator's drain request calls `on_drain`.

nats-py is asyncio; the gRPC server is threaded. The announcer runs its own event loop in a
daemon thread and the rest of the agent calls it through thread-safe methods.

NATS settings are those of docs/security.md: NATS_URL (or --nats), NATS_USER with
NATS_PASSWORD_FILE or NATS_PASSWORD, NATS_TOKEN_FILE, NATS_CREDS, NATS_TLS_CA, NATS_TLS_CERT
and NATS_TLS_KEY. NATS_NKEY_SEED_FILE and NATS_CREDS need the `nkeys` package, which this
example does not install: they are refused with a message saying so.
"""

from __future__ import annotations

import asyncio
import json
import re
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional
from urllib.parse import urlsplit

SERVICE_NAME = "troupe-agent"
PREFIX = "troupe.agents"


class NatsSettingError(Exception):
    """A NATS setting that cannot be used; the message names it."""


@dataclass(frozen=True)
class NatsSettings:
    servers: list[str]
    user: Optional[str] = None
    password: Optional[str] = None
    token: Optional[str] = None
    tls: Optional[ssl.SSLContext] = None


def _read_secret(setting: str, path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            value = f.readline().strip()
    except OSError as err:
        raise NatsSettingError(f"{setting}: cannot read {path!r} ({err.strerror or err})") from err
    if not value:
        raise NatsSettingError(f"{setting}: {path!r} is empty")
    return value


def nats_settings(url: str, env: Mapping[str, str]) -> NatsSettings:
    """The connection settings from a URL (flag or NATS_URL) and the NATS_* variables."""
    servers = [s.strip() for s in url.split(",") if s.strip()]
    for name in ("NATS_NKEY_SEED_FILE", "NATS_CREDS"):
        if env.get(name):
            raise NatsSettingError(f"{name}: NKey and JWT credentials need the `nkeys` package, which this example does not install; use NATS_USER + NATS_PASSWORD_FILE or NATS_TOKEN_FILE")
    user = env.get("NATS_USER") or None
    password = None
    if env.get("NATS_PASSWORD_FILE") and env.get("NATS_PASSWORD"):
        raise NatsSettingError("NATS_PASSWORD: conflicts with NATS_PASSWORD_FILE; give one")
    if env.get("NATS_PASSWORD_FILE"):
        password = _read_secret("NATS_PASSWORD_FILE", env["NATS_PASSWORD_FILE"])
    elif env.get("NATS_PASSWORD"):
        password = env["NATS_PASSWORD"]
    if (user is None) != (password is None):
        raise NatsSettingError("NATS_USER: needs NATS_PASSWORD_FILE (or NATS_PASSWORD), and the other way round")
    token = _read_secret("NATS_TOKEN_FILE", env["NATS_TOKEN_FILE"]) if env.get("NATS_TOKEN_FILE") else None
    if token and user:
        raise NatsSettingError("NATS_TOKEN_FILE: conflicts with NATS_USER: give one kind of NATS credential")
    tls = None
    ca, cert, key = env.get("NATS_TLS_CA"), env.get("NATS_TLS_CERT"), env.get("NATS_TLS_KEY")
    if (cert is None) != (key is None):
        raise NatsSettingError("NATS_TLS_CERT: needs NATS_TLS_KEY, and the other way round")
    if ca or cert or any(urlsplit(s).scheme == "tls" for s in servers):
        tls = ssl.create_default_context(cafile=ca) if ca else ssl.create_default_context()
        if cert and key:
            try:
                tls.load_cert_chain(cert, key)
            except (OSError, ssl.SSLError) as err:
                raise NatsSettingError(f"NATS_TLS_CERT: cannot load {cert!r} with NATS_TLS_KEY {key!r} ({err})") from err
    return NatsSettings(servers=servers, user=user, password=password, token=token, tls=tls)


class Announcer:
    """One agent instance on NATS: micro service, hello, heartbeats, control, goodbye."""

    def __init__(
        self,
        settings: NatsSettings,
        descriptor_json: dict[str, Any],
        address: str,
        interval_ms: int,
        load: Callable[[], tuple[int, bool]],
        on_drain: Callable[[str], None],
        verifier=None,
        task_stats=None,
    ) -> None:
        self._settings = settings
        self._descriptor = descriptor_json
        self._address = address
        self._interval = interval_ms / 1000.0
        self._interval_ms = interval_ms
        self._load = load
        self._on_drain = on_drain
        self._verifier = verifier
        self._task_stats = task_stats
        self._instance = descriptor_json["instanceId"]
        self._capabilities = [c["name"] for c in descriptor_json.get("capabilities", [])]
        self._seq = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="nats-announcer", daemon=True)
        self._nc = None
        self._service = None
        self._beats: Optional[asyncio.Task] = None
        self._gone = False

    def start(self, timeout: float = 10.0) -> None:
        """Connects, registers the micro service and says hello; raises on failure."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout)

    def beat(self) -> None:
        """Publishes a heartbeat now (e.g. as soon as draining starts)."""
        if not self._gone:
            asyncio.run_coroutine_threadsafe(self._publish("heartbeat"), self._loop).result(2.0)

    def goodbye(self, reason: str, timeout: float = 2.0) -> None:
        """Publishes goodbye, stops the service and the heartbeats, closes the connection. Idempotent."""
        if self._gone:
            return
        self._gone = True
        try:
            asyncio.run_coroutine_threadsafe(self._goodbye(reason), self._loop).result(timeout)
        except Exception as err:  # noqa: BLE001 - NATS may be unreachable; the process exits anyway
            print(f"python agent: goodbye not confirmed ({err!r}); NATS unreachable?", file=sys.stderr, flush=True)
        self._loop.call_soon_threadsafe(self._loop.stop)

    async def _start(self) -> None:
        import nats
        import nats.micro

        s = self._settings
        self._nc = await nats.connect(
            servers=s.servers,
            user=s.user,
            password=s.password,
            token=s.token,
            tls=s.tls,
            name=f"troupe agent {self._descriptor['name']} {self._instance}",
            connect_timeout=5,
            max_reconnect_attempts=-1,
            allow_reconnect=True,
        )
        self._service = await nats.micro.add_service(
            self._nc,
            name=SERVICE_NAME,
            version=self._descriptor.get("version") or "0.0.0",
            description=f"Troupe agent {self._descriptor['name']}",
            metadata={
                "troupe.grpc_address": self._address,
                "troupe.agent": self._descriptor["name"],
                "troupe.agent_version": self._descriptor.get("version", ""),
                "troupe.instance_id": self._instance,
                "troupe.capabilities": ",".join(self._capabilities),
                "troupe.max_concurrency": str(self._descriptor.get("maxConcurrency", 1)),
            },
        )
        answer = json.dumps({"address": self._address, "descriptor": self._descriptor}).encode("utf-8")

        async def describe(request) -> None:
            await request.respond(answer)

        await self._service.add_endpoint(
            name="describe",
            subject=f"{PREFIX}.describe.{self._instance}",
            handler=describe,
            metadata={"description": "The agent descriptor and gRPC address as JSON"},
        )
        await self._add_capability_endpoints()
        await self._nc.subscribe(f"{PREFIX}.control.{self._instance}", cb=self._control)
        await self._publish("hello")
        self._beats = asyncio.ensure_future(self._beat_forever())

    async def _add_capability_endpoints(self) -> None:
        """One micro endpoint per capability, as the TypeScript SDK adds (capability-endpoints.ts)."""
        by_endpoint: dict[str, str] = {}
        for capability in self._descriptor.get("capabilities", []):
            name = capability["name"]
            streaming = bool(capability.get("streaming", False))
            endpoint = endpoint_name(name)
            n = 2
            while endpoint in by_endpoint:
                endpoint, n = f"{endpoint_name(name)}-{n}", n + 1
            by_endpoint[endpoint] = name
            method = "ExecuteStream" if streaming else "Execute"
            about = json.dumps({
                "capability": name,
                "agent": self._descriptor["name"],
                "instance_id": self._instance,
                "description": capability.get("description", ""),
                "streaming": streaming,
                "grpc": {"address": self._address, "method": f"troupe.v1.AgentService/{method}"},
                "hint": f"tasks are gRPC calls: submit them through an orchestrator (troupe task {name}{' --stream' if streaming else ''}, "
                f"or OrchestratorService/{'StreamTask' if streaming else 'SubmitTask'}); this endpoint only describes the capability",
            }).encode("utf-8")

            async def describe_capability(request, about=about) -> None:
                await request.respond(about)

            await self._service.add_endpoint(
                name=endpoint,
                subject=capability_subject(self._instance, name),
                handler=describe_capability,
                metadata={"capability": name, "streaming": str(streaming).lower(), "description": capability.get("description", "")},
            )
        if self._task_stats is not None:
            _count_tasks_in_stats(self._service, by_endpoint, self._task_stats)

    async def _beat_forever(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            await self._publish("heartbeat")

    async def _publish(self, kind: str) -> None:
        in_flight, draining = self._load()
        body = {
            "v": 1,
            "instanceId": self._instance,
            "name": self._descriptor["name"],
            "version": self._descriptor.get("version", ""),
            "address": self._address,
            "seq": self._seq,
            "sentAt": int(time.time() * 1000),
            "intervalMs": self._interval_ms,
            "inFlight": in_flight,
            "maxConcurrency": self._descriptor.get("maxConcurrency") or 1,
            "draining": draining,
            "capabilities": self._capabilities,
        }
        self._seq += 1
        try:
            await self._nc.publish(discovery_subject(kind, self._instance, self._descriptor["name"]), json.dumps(body).encode("utf-8"), headers={"content-type": "application/json"})
        except Exception as err:  # noqa: BLE001 - a missed beat is not fatal; the next one may pass
            print(f"python agent: heartbeat publish failed ({err!r})", file=sys.stderr, flush=True)

    async def _control(self, msg) -> None:
        if self._verifier is not None:
            # An agent that requires client certificates obeys only control messages signed by an
            # orchestrator of that CA (docs/security.md, "Control messages"; control.py).
            headers = msg.headers or {}
            rejected = self._verifier.verify(msg.subject, msg.data, headers.get)
            if rejected is not None:
                reason, detail = rejected
                print(f"python agent: control message rejected: not signed by a trusted orchestrator (reason {reason}: {detail})", file=sys.stderr, flush=True)
                return
        try:
            body = json.loads(msg.data)
        except ValueError:
            print("python agent: invalid control message ignored (not JSON)", file=sys.stderr, flush=True)
            return
        if not isinstance(body, dict) or body.get("v") != 1 or body.get("action") != "drain" or not isinstance(body.get("reason", ""), str):
            print("python agent: invalid control message ignored", file=sys.stderr, flush=True)
            return
        self._on_drain(body.get("reason", "")[:1024] or "drain requested by an orchestrator")

    async def _goodbye(self, reason: str) -> None:
        if self._beats is not None:
            self._beats.cancel()
        if self._nc is None:
            return
        body = {"v": 1, "instanceId": self._instance, "name": self._descriptor["name"], "reason": reason}
        await self._nc.publish(discovery_subject("goodbye", self._instance, self._descriptor["name"]), json.dumps(body).encode("utf-8"))
        if self._service is not None:
            await self._service.stop()
        await self._nc.flush(timeout=1)
        await self._nc.close()


def agent_token(agent: str) -> str:
    """The agent name as one subject token: letters, digits, '-' and '_' kept, every other byte as %XX (UTF-8)."""
    return "".join(ch if re.fullmatch(r"[A-Za-z0-9_-]", ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in agent)


def discovery_subject(kind: str, instance: str, agent: str) -> str:
    """`troupe.agents.<kind>.<instance>.<agent>`: NATS permissions can then let a user announce only its own agent."""
    return f"{PREFIX}.{kind}.{instance}.{agent_token(agent)}"


def endpoint_name(capability: str) -> str:
    """A NATS micro endpoint name for a capability (`text.wordcount` -> `text_wordcount`)."""
    return re.sub(r"[^-\w]", "_", capability, flags=re.ASCII)


def capability_subject(instance: str, capability: str) -> str:
    """`troupe.agents.capability.<instance>.<capability>`, each token of the capability made subject-safe."""
    tokens = [re.sub(r"[^A-Za-z0-9_-]", "_", t) or "_" for t in capability.split(".")]
    return f"{PREFIX}.capability.{instance}.{'.'.join(tokens)}"


def _count_tasks_in_stats(service, by_endpoint: dict[str, str], task_stats) -> None:
    """Adds the gRPC-served tasks to what `$SRV.STATS` answers (nats-py calls `service.stats()`) and resets them with it."""
    nats_stats = service.stats
    nats_reset = service.reset

    def stats():
        out = nats_stats()
        for endpoint in out.endpoints:
            capability = by_endpoint.get(endpoint.name)
            if capability is None:
                continue
            t = task_stats.get(capability)
            endpoint.num_requests += t.tasks
            endpoint.num_errors += t.errors
            # Integers: Go clients (natscli) decode the times as time.Duration.
            endpoint.processing_time = int(endpoint.processing_time + t.processing_ns)
            endpoint.average_processing_time = int(endpoint.processing_time / endpoint.num_requests) if endpoint.num_requests else 0
            endpoint.last_error = t.last_error or endpoint.last_error
            endpoint.data = {"grpc_tasks": t.tasks, "grpc_errors": t.errors, "grpc_errors_by_code": t.errors_by_code}
        return out

    async def reset() -> None:
        await nats_reset()
        task_stats.reset()

    service.stats = stats
    service.reset = reset
