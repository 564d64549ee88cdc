"""troupe.v1.AgentService: Describe, Execute and ExecuteStream (no Channel: supports_channel is false).

Maps the contract's rules to status codes: INVALID_ARGUMENT for a missing task or input the
capability rejects, NOT_FOUND for an unknown capability, FAILED_PRECONDITION for the wrong RPC
shape, RESOURCE_EXHAUSTED at max_concurrency, UNAVAILABLE while draining. Cancellation and
deadlines set the task's `cancelled` event (grpc ends the call itself). Each task is one
SERVER span continuing the caller's traceparent (see tracing.py), with an `rpc.message`
event per chunk and the span's traceparent on every chunk.
"""

from __future__ import annotations

import sys
import threading
import traceback
from contextlib import contextmanager
from typing import Iterator

import grpc
from google.protobuf import json_format, struct_pb2
from troupe.v1 import agent_pb2, agent_pb2_grpc, common_pb2

from capabilities import Capability, Chunk, Output, Progress, TaskContext, TaskError
from task_stats import TaskStats
from tracing import TaskSpan as Span, Tracer

SERVICE_NAME = "troupe.v1.AgentService"


def to_value(json) -> struct_pb2.Value:
    return json_format.ParseDict(json, struct_pb2.Value())


def to_result(output: Output) -> common_pb2.TaskResult:
    return common_pb2.TaskResult(output=to_value(output.value), metrics=output.metrics, warnings=output.warnings)


class Admission:
    """Counts tasks in flight: refuses above the limit and while draining; waits for idle."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.in_flight = 0
        self.draining = False
        self._cond = threading.Condition()

    @contextmanager
    def enter(self, context) -> Iterator[None]:
        with self._cond:
            if self.draining:
                context.abort(grpc.StatusCode.UNAVAILABLE, "the agent is draining; retry on another instance")
            if self.in_flight >= self.limit:
                context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, f"the agent is at its max_concurrency ({self.limit}); retry later or elsewhere")
            self.in_flight += 1
        try:
            yield
        finally:
            with self._cond:
                self.in_flight -= 1
                self._cond.notify_all()

    def drain(self, timeout: float) -> bool:
        """Stops admitting; True when in-flight work finished within `timeout` seconds."""
        with self._cond:
            self.draining = True
            return self._cond.wait_for(lambda: self.in_flight == 0, timeout)


class AgentService(agent_pb2_grpc.AgentServiceServicer):
    def __init__(self, descriptor: common_pb2.AgentDescriptor, capabilities: dict[str, Capability], admission: Admission, tracer: Tracer, stats: TaskStats) -> None:
        self._descriptor = descriptor
        self._capabilities = capabilities
        self._admission = admission
        self._tracer = tracer
        self._stats = stats

    @contextmanager
    def _traced(self, method: str, request, context) -> Iterator[Span]:
        """One SERVER span around a task call, ended with the call's final status."""
        attributes = {
            "troupe.capability": request.task.capability,
            "troupe.task.id": request.task.task_id,
            "troupe.agent.name": self._descriptor.name,
            "troupe.agent.instance_id": self._descriptor.instance_id,
        }
        span = self._tracer.start_server_span(context.invocation_metadata(), f"/{SERVICE_NAME}/{method}", attributes)
        try:
            yield span
        except BaseException:
            # An abort sets the code; a generator closed because the client left has none.
            code = context.code()
            span.end(code.name if code is not None else ("UNKNOWN" if context.is_active() else _final_code(context)), context.details() or "")
            raise
        else:
            span.end(_final_code(context))

    def Describe(self, request, context):
        return agent_pb2.DescribeResponse(agent=self._descriptor)

    def Execute(self, request, context):
        with self._traced("Execute", request, context) as span:
            return self._execute(request, context, span)

    def ExecuteStream(self, request, context):
        with self._traced("ExecuteStream", request, context) as span:
            yield from self._execute_stream(request, context, span)

    def _execute(self, request, context, span: Span):
        capability = self._capability(request, context, streaming=False)
        with self._admission.enter(context), self._stats.task(capability.name, lambda: _final_code(context)):
            task = _task_context(request.task, context, span)
            try:
                output = capability.run(_input_of(request.task), task)
            except TaskError as err:
                context.abort(getattr(grpc.StatusCode, err.code), err.message)
            except Exception:  # noqa: BLE001 - the stack goes to the log, a generic message to the caller
                _unexpected(context, capability.name, span)
            return agent_pb2.ExecuteResponse(result=to_result(output))

    def _execute_stream(self, request, context, span: Span):
        capability = self._capability(request, context, streaming=True)
        with self._admission.enter(context), self._stats.task(capability.name, lambda: _final_code(context)):
            task = _task_context(request.task, context, span)
            events = capability.run(_input_of(request.task), task)
            sequence = 0
            try:
                while True:
                    try:
                        event = next(events)
                    except StopIteration as done:
                        output = done.value if isinstance(done.value, Output) else Output(done.value)
                        break
                    if not context.is_active():
                        return
                    if isinstance(event, Chunk):
                        span.add_chunk_event(sequence, len(event.data), event.content_type)
                        yield agent_pb2.ExecuteStreamResponse(chunk=_chunk(sequence, event, span.traceparent))
                        sequence += 1
                    elif isinstance(event, Progress):
                        yield agent_pb2.ExecuteStreamResponse(progress=common_pb2.Progress(fraction=event.fraction, message=event.message))
                span.set_attribute("troupe.chunk.count", sequence)
                if context.is_active():
                    yield agent_pb2.ExecuteStreamResponse(result=to_result(output))
            except TaskError as err:
                context.abort(getattr(grpc.StatusCode, err.code), err.message)
            except Exception:  # noqa: BLE001
                _unexpected(context, capability.name, span)
            finally:
                events.close()

    def _capability(self, request, context, streaming: bool) -> Capability:
        if not request.HasField("task"):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "request.task is required: send {task: {capability, input}}")
        name = request.task.capability
        if not name:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "task.capability is required: name the capability to run")
        capability = self._capabilities.get(name)
        if capability is None:
            offered = ", ".join(sorted(self._capabilities))
            context.abort(grpc.StatusCode.NOT_FOUND, f'agent {self._descriptor.name} offers no capability "{name}"; it offers: {offered}')
        if capability.streaming and not streaming:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, f'capability "{name}" streams its output; call ExecuteStream, not Execute')
        if streaming and not capability.streaming:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, f'capability "{name}" is unary; call Execute, not ExecuteStream')
        return capability


def _input_of(task: common_pb2.TaskSpec):
    return json_format.MessageToDict(task.input) if task.HasField("input") else None


def _task_context(task: common_pb2.TaskSpec, context, span: Span) -> TaskContext:
    cancelled = threading.Event()
    # Fires when the RPC ends for any reason: cancel, deadline, completion, server stop.
    if not context.add_callback(cancelled.set):
        cancelled.set()
    return TaskContext(task_id=task.task_id, cancelled=cancelled, time_remaining=context.time_remaining, traceparent=span.traceparent)


def _final_code(context) -> str:
    """The status a call that returned normally ends with: set by the handler, or how the client left."""
    code = context.code()
    if code is not None:
        return code.name
    if context.is_active():
        return "OK"
    remaining = context.time_remaining()
    return "DEADLINE_EXCEEDED" if remaining is not None and remaining <= 0 else "CANCELLED"


def _chunk(sequence: int, chunk: Chunk, traceparent: str) -> common_pb2.Chunk:
    out = common_pb2.Chunk(sequence=sequence, content_type=chunk.content_type, data=chunk.data, traceparent=traceparent)
    if chunk.metadata is not None:
        out.metadata.CopyFrom(to_value(chunk.metadata))
    return out


def _unexpected(context, capability: str, span: Span) -> None:
    print(f"task of {capability} failed unexpectedly (trace_id {span.trace_id}):\n{traceback.format_exc()}", file=sys.stderr, flush=True)
    context.abort(grpc.StatusCode.UNKNOWN, "internal error; see the agent log for details")
