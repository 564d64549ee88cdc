package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sort"
	"strings"
	"sync"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/structpb"

	troupev1 "troupe.example/go-agent/internal/pb/troupe/v1"
)

const serviceName = "troupe.v1.AgentService"

// admission counts tasks in flight: it refuses above the limit and while draining, and waits for idle.
type admission struct {
	mu       sync.Mutex
	idle     *sync.Cond
	limit    int
	inFlight int
	draining bool
}

func newAdmission(limit int) *admission {
	a := &admission{limit: limit}
	a.idle = sync.NewCond(&a.mu)
	return a
}

func (a *admission) enter() (func(), error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.draining {
		return nil, status.Error(codes.Unavailable, "the agent is draining; retry on another instance")
	}
	if a.inFlight >= a.limit {
		return nil, status.Errorf(codes.ResourceExhausted, "the agent is at its max_concurrency (%d); retry later or elsewhere", a.limit)
	}
	a.inFlight++
	return func() {
		a.mu.Lock()
		a.inFlight--
		a.idle.Broadcast()
		a.mu.Unlock()
	}, nil
}

func (a *admission) load() (int, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.inFlight, a.draining
}

// drain stops admitting and reports whether in-flight work finished within timeout.
func (a *admission) drain(timeout time.Duration) bool {
	a.mu.Lock()
	a.draining = true
	a.mu.Unlock()
	done := make(chan struct{})
	go func() {
		a.mu.Lock()
		for a.inFlight > 0 {
			a.idle.Wait()
		}
		a.mu.Unlock()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// agentService implements troupe.v1.AgentService (no Channel: supports_channel is false).
type agentService struct {
	troupev1.UnimplementedAgentServiceServer
	descriptor *troupev1.AgentDescriptor
	admission  *admission
	tracer     trace.Tracer
}

func (s *agentService) Describe(context.Context, *troupev1.DescribeRequest) (*troupev1.DescribeResponse, error) {
	return &troupev1.DescribeResponse{Agent: s.descriptor}, nil
}

func (s *agentService) Execute(ctx context.Context, req *troupev1.ExecuteRequest) (res *troupev1.ExecuteResponse, err error) {
	ctx, span := startTaskSpan(ctx, s.tracer, "Execute", s.taskAttributes(req.GetTask())...)
	defer func() { span.end(finalCode(ctx, err), errorMessage(err)) }()
	capability, err := s.capability(req.GetTask(), false)
	if err != nil {
		return nil, err
	}
	leave, err := s.admission.enter()
	if err != nil {
		return nil, err
	}
	defer leave()
	out, err := capability.Unary(ctx, req.GetTask().GetInput().AsInterface())
	if err != nil {
		return nil, s.taskStatus(ctx, capability.Name, span, err)
	}
	result, err := toResult(out)
	if err != nil {
		return nil, s.taskStatus(ctx, capability.Name, span, err)
	}
	return &troupev1.ExecuteResponse{Result: result}, nil
}

func (s *agentService) ExecuteStream(req *troupev1.ExecuteStreamRequest, stream grpc.ServerStreamingServer[troupev1.ExecuteStreamResponse]) (err error) {
	ctx, span := startTaskSpan(stream.Context(), s.tracer, "ExecuteStream", s.taskAttributes(req.GetTask())...)
	defer func() { span.end(finalCode(ctx, err), errorMessage(err)) }()
	capability, err := s.capability(req.GetTask(), true)
	if err != nil {
		return err
	}
	leave, err := s.admission.enter()
	if err != nil {
		return err
	}
	defer leave()
	var sequence uint64
	emit := func(event Event) error {
		switch e := event.(type) {
		case Chunk:
			chunk := &troupev1.Chunk{Sequence: sequence, ContentType: e.ContentType, Data: e.Data, Traceparent: span.traceparent()}
			if e.Metadata != nil {
				meta, err := structpb.NewValue(e.Metadata)
				if err != nil {
					return err
				}
				chunk.Metadata = meta
			}
			span.chunkSent(sequence, len(e.Data), e.ContentType)
			sequence++
			return stream.Send(&troupev1.ExecuteStreamResponse{Event: &troupev1.ExecuteStreamResponse_Chunk{Chunk: chunk}})
		case Progress:
			return stream.Send(&troupev1.ExecuteStreamResponse{Event: &troupev1.ExecuteStreamResponse_Progress{Progress: &troupev1.Progress{Fraction: e.Fraction, Message: e.Message}}})
		}
		return nil
	}
	out, err := capability.Stream(ctx, req.GetTask().GetInput().AsInterface(), emit)
	span.span.SetAttributes(attribute.Int64("troupe.chunk.count", int64(sequence)))
	if err != nil {
		return s.taskStatus(ctx, capability.Name, span, err)
	}
	result, err := toResult(out)
	if err != nil {
		return s.taskStatus(ctx, capability.Name, span, err)
	}
	return stream.Send(&troupev1.ExecuteStreamResponse{Event: &troupev1.ExecuteStreamResponse_Result{Result: result}})
}

func (s *agentService) taskAttributes(task *troupev1.TaskSpec) []attribute.KeyValue {
	return []attribute.KeyValue{
		attribute.String("troupe.capability", task.GetCapability()),
		attribute.String("troupe.task.id", task.GetTaskId()),
		attribute.String("troupe.agent.name", s.descriptor.GetName()),
		attribute.String("troupe.agent.instance_id", s.descriptor.GetInstanceId()),
	}
}

// capability finds the task's capability and checks the RPC shape fits it.
func (s *agentService) capability(task *troupev1.TaskSpec, streaming bool) (Capability, error) {
	if task == nil {
		return Capability{}, status.Error(codes.InvalidArgument, "request.task is required: send {task: {capability, input}}")
	}
	if task.GetCapability() == "" {
		return Capability{}, status.Error(codes.InvalidArgument, "task.capability is required: name the capability to run")
	}
	capability, ok := capabilities[task.GetCapability()]
	if !ok {
		names := make([]string, 0, len(capabilities))
		for n := range capabilities {
			names = append(names, n)
		}
		sort.Strings(names)
		return Capability{}, status.Errorf(codes.NotFound, "agent %s offers no capability %q; it offers: %s", s.descriptor.GetName(), task.GetCapability(), strings.Join(names, ", "))
	}
	if capability.Stream != nil && !streaming {
		return Capability{}, status.Errorf(codes.FailedPrecondition, "capability %q streams its output; call ExecuteStream, not Execute", capability.Name)
	}
	if capability.Unary != nil && streaming {
		return Capability{}, status.Errorf(codes.FailedPrecondition, "capability %q is unary; call Execute, not ExecuteStream", capability.Name)
	}
	return capability, nil
}

// taskStatus maps what a capability returned to the call's status.
func (s *agentService) taskStatus(ctx context.Context, capability string, span *taskSpan, err error) error {
	var taskErr *TaskError
	switch {
	case errors.As(err, &taskErr):
		return status.Error(codes.InvalidArgument, taskErr.Message)
	case ctx.Err() != nil:
		return status.FromContextError(ctx.Err()).Err()
	case status.Code(err) != codes.Unknown:
		return err // already a status (e.g. a failed Send because the client left)
	default:
		log.Printf("task of %s failed unexpectedly (trace_id %s): %v", capability, span.span.SpanContext().TraceID(), err)
		return status.Error(codes.Unknown, "internal error; see the agent log for details")
	}
}

func toResult(out Output) (*troupev1.TaskResult, error) {
	value, err := structpb.NewValue(out.Value)
	if err != nil {
		return nil, fmt.Errorf("the output is not JSON: %w", err)
	}
	return &troupev1.TaskResult{Output: value, Metrics: out.Metrics}, nil
}

// finalCode is the status a call ends with: its error's, or how the client left.
func finalCode(ctx context.Context, err error) codes.Code {
	if err != nil {
		return status.Code(err)
	}
	if ctx.Err() != nil {
		return status.FromContextError(ctx.Err()).Code()
	}
	return codes.OK
}

func errorMessage(err error) string {
	if err == nil {
		return ""
	}
	return status.Convert(err).Message()
}
