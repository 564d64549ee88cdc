"""Per-capability counts of the tasks this instance served over gRPC, for `nats micro stats`.

The TypeScript SDK does the same (src/sdk/discovery/task-stats.ts): the NATS micro endpoint of
each capability reports the gRPC tasks of that capability as its requests, errors and processing
time, and keeps them apart in `data` (`grpc_tasks`, `grpc_errors`, `grpc_errors_by_code`).
Tasks run on gRPC's threads and stats are read on the announcer's event loop: one lock.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional


@dataclass
class CapabilityStats:
    tasks: int = 0
    errors: int = 0
    processing_ns: int = 0
    last_error: Optional[str] = None
    errors_by_code: dict[str, int] = field(default_factory=dict)


class TaskStats:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_capability: dict[str, CapabilityStats] = {}

    def record(self, capability: str, duration_ns: int, failed_with: Optional[str] = None) -> None:
        """Records one settled task; `failed_with` is its status name (never its message) when it failed."""
        with self._lock:
            s = self._by_capability.setdefault(capability, CapabilityStats())
            s.tasks += 1
            s.processing_ns += max(1, duration_ns)
            if failed_with is not None:
                s.errors += 1
                s.last_error = failed_with
                s.errors_by_code[failed_with] = s.errors_by_code.get(failed_with, 0) + 1

    def get(self, capability: str) -> CapabilityStats:
        with self._lock:
            s = self._by_capability.get(capability)
            return CapabilityStats() if s is None else CapabilityStats(s.tasks, s.errors, s.processing_ns, s.last_error, dict(s.errors_by_code))

    def reset(self) -> None:
        with self._lock:
            self._by_capability.clear()

    @contextmanager
    def task(self, capability: str, final_code: Callable[[], str]) -> Iterator[None]:
        """Times one admitted task and records it with the status `final_code()` reads when it ends."""
        started = time.perf_counter_ns()
        try:
            yield
        finally:
            code = final_code()
            self.record(capability, time.perf_counter_ns() - started, None if code == "OK" else code)
