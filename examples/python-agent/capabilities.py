"""The agent's capabilities: plain Python, no gRPC types.

A unary capability is a function `(input, task) -> Output`; a streaming one is a
generator function that yields `Chunk` / `Progress` events and *returns* its final
output. Both raise `TaskError` for expected failures (bad input), which the service
turns into the matching gRPC status.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Generator, Optional, Union

#: JSON-compatible values, as google.protobuf.Value carries them.
Json = Any


class TaskError(Exception):
    """An expected failure; `code` is a gRPC status name such as "INVALID_ARGUMENT"."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def invalid(message: str) -> TaskError:
    return TaskError("INVALID_ARGUMENT", message)


@dataclass
class TaskContext:
    """What a capability gets besides its input: cancellation and the deadline."""

    task_id: str
    #: Set when the caller cancelled, the deadline passed, or the agent stops.
    cancelled: threading.Event
    #: Seconds left before the caller's deadline, or None without one.
    time_remaining: Callable[[], Optional[float]]
    #: W3C traceparent of the task's span: pass it on to continue the trace.
    traceparent: str = ""

    def sleep(self, seconds: float) -> bool:
        """Waits `seconds` unless cancelled first; returns False when cancelled."""
        return not self.cancelled.wait(seconds)


@dataclass
class Output:
    """The final result of a task: JSON output plus optional metrics and warnings."""

    value: Json
    metrics: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Chunk:
    """One streamed piece of output."""

    data: bytes
    content_type: str
    metadata: Json = None


@dataclass
class Progress:
    """A progress report: fraction in [0, 1] (negative when unknown) and a message."""

    fraction: float
    message: str = ""


StreamEvent = Union[Chunk, Progress]
Unary = Callable[[Json, TaskContext], Output]
Streaming = Callable[[Json, TaskContext], Generator[StreamEvent, None, Output]]


@dataclass(frozen=True)
class Capability:
    """A named skill; `streaming` says whether it needs ExecuteStream."""

    name: str
    description: str
    streaming: bool
    run: Union[Unary, Streaming]
    input_types: tuple[str, ...] = ("application/json",)
    output_types: tuple[str, ...] = ("application/json",)


def _text_of(input: Json) -> str:
    if not isinstance(input, dict) or not isinstance(input.get("text"), str):
        raise invalid('input.text is required and must be a string, e.g. {"text": "hello world"}')
    return input["text"]


def _delay_of(input: dict) -> float:
    delay = input.get("delay_ms", 0)
    if not isinstance(delay, (int, float)) or isinstance(delay, bool) or not 0 <= delay <= 10_000:
        raise invalid(f"input.delay_ms must be a number from 0 to 10000; got {delay!r}")
    return float(delay) / 1000.0


def wordcount(input: Json, task: TaskContext) -> Output:
    """`text.wordcount`: {text} -> {words, characters}."""
    text = _text_of(input)
    words = len(text.split())
    return Output({"words": words, "characters": len(text)}, metrics={"words": float(words)})


def shout(input: Json, task: TaskContext) -> Generator[StreamEvent, None, Output]:
    """`text.shout`: one upper-cased word per chunk, `delay_ms` apart; stops when cancelled."""
    text = _text_of(input)
    delay = _delay_of(input)
    words = text.split()
    yield Progress(0.0, f"shouting {len(words)} words")
    for index, word in enumerate(words):
        if index > 0 and delay > 0 and not task.sleep(delay):
            return Output({"words": index, "cancelled": True})
        if task.cancelled.is_set():
            return Output({"words": index, "cancelled": True})
        yield Chunk(word.upper().encode("utf-8"), "text/plain; charset=utf-8", {"index": index})
    return Output({"words": len(words)}, metrics={"words": float(len(words))})


CAPABILITIES: dict[str, Capability] = {
    c.name: c
    for c in (
        Capability("text.wordcount", "Counts the words and characters of input.text", False, wordcount),
        Capability(
            "text.shout",
            "Streams input.text back one upper-cased word per chunk (optional input.delay_ms between words)",
            True,
            shout,
            output_types=("text/plain; charset=utf-8",),
        ),
    )
}
