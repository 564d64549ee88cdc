package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"go.opentelemetry.io/otel/attribute"
	otelcodes "go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
)

// serverErrorCodes are the gRPC codes a SERVER span marks as errors (semantic conventions for RPC);
// the others (INVALID_ARGUMENT, NOT_FOUND, CANCELLED, ...) are the caller's doing.
var serverErrorCodes = map[codes.Code]bool{
	codes.Unknown: true, codes.DeadlineExceeded: true, codes.Unimplemented: true,
	codes.Internal: true, codes.Unavailable: true, codes.DataLoss: true,
}

// setupTracing returns the tracer provider: it exports OTLP/HTTP protobuf when
// OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set, and nothing otherwise (spans still
// get ids, so chunks carry a traceparent). OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over
// the defaults; OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none turn export off.
func setupTracing(ctx context.Context, serviceName string, attrs ...attribute.KeyValue) (*sdktrace.TracerProvider, error) {
	res, err := resource.New(ctx,
		resource.WithAttributes(append([]attribute.KeyValue{attribute.String("service.name", serviceName)}, attrs...)...),
		resource.WithTelemetrySDK(),
		resource.WithFromEnv(), // last: OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win
	)
	if err != nil {
		return nil, fmt.Errorf("OTEL_RESOURCE_ATTRIBUTES: %w", err)
	}
	options := []sdktrace.TracerProviderOption{sdktrace.WithResource(res)}
	if exporting() {
		if p := firstEnv("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"); p != "" && p != "http/protobuf" {
			fmt.Fprintf(os.Stderr, "go agent: OTLP protocol %s is not built into this example; exporting http/protobuf\n", p)
		}
		exporter, err := otlptracehttp.New(ctx)
		if err != nil {
			return nil, fmt.Errorf("OTEL_EXPORTER_OTLP_ENDPOINT: %w", err)
		}
		options = append(options, sdktrace.WithBatcher(exporter))
	}
	return sdktrace.NewTracerProvider(options...), nil
}

func exporting() bool {
	if strings.EqualFold(os.Getenv("OTEL_SDK_DISABLED"), "true") || strings.EqualFold(os.Getenv("OTEL_TRACES_EXPORTER"), "none") {
		return false
	}
	return firstEnv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT") != ""
}

func firstEnv(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// metadataCarrier lets the W3C propagator read `traceparent` from incoming gRPC metadata.
type metadataCarrier metadata.MD

func (c metadataCarrier) Get(key string) string {
	if v := metadata.MD(c).Get(key); len(v) > 0 {
		return v[0]
	}
	return ""
}
func (c metadataCarrier) Set(key, value string) { metadata.MD(c).Set(key, value) }
func (c metadataCarrier) Keys() []string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	return keys
}

// taskSpan is the SERVER span of one task call.
type taskSpan struct {
	span     trace.Span
	messages int
}

// startTaskSpan starts `troupe.v1.AgentService/<method>` as a child of the caller's traceparent.
func startTaskSpan(ctx context.Context, tracer trace.Tracer, method string, attrs ...attribute.KeyValue) (context.Context, *taskSpan) {
	md, _ := metadata.FromIncomingContext(ctx)
	ctx = propagation.TraceContext{}.Extract(ctx, metadataCarrier(md))
	base := []attribute.KeyValue{
		attribute.String("rpc.system", "grpc"),
		attribute.String("rpc.service", serviceName),
		attribute.String("rpc.method", method),
	}
	ctx, span := tracer.Start(ctx, serviceName+"/"+method, trace.WithSpanKind(trace.SpanKindServer), trace.WithAttributes(append(base, attrs...)...))
	return ctx, &taskSpan{span: span}
}

// traceparent of the span, put on every chunk so consumers can continue the trace.
func (s *taskSpan) traceparent() string {
	sc := s.span.SpanContext()
	return fmt.Sprintf("00-%s-%s-%s", sc.TraceID(), sc.SpanID(), sc.TraceFlags())
}

// chunkSent adds the `rpc.message` event of one streamed chunk (ids from 1).
func (s *taskSpan) chunkSent(sequence uint64, size int, contentType string) {
	s.messages++
	s.span.AddEvent("rpc.message", trace.WithAttributes(
		attribute.String("rpc.message.type", "SENT"),
		attribute.Int("rpc.message.id", s.messages),
		attribute.Int("rpc.message.uncompressed_size", size),
		attribute.Int64("troupe.chunk.sequence", int64(sequence)),
		attribute.Int("troupe.chunk.bytes", size),
		attribute.String("troupe.chunk.content_type", contentType),
	))
}

// end records the call's final status: ERROR only for server faults, troupe.error.code otherwise.
func (s *taskSpan) end(code codes.Code, message string) {
	s.span.SetAttributes(attribute.Int("rpc.grpc.status_code", int(code)))
	if serverErrorCodes[code] {
		s.span.SetStatus(otelcodes.Error, message)
	} else if code != codes.OK {
		s.span.SetAttributes(attribute.String("troupe.error.code", codeNames[code]))
	}
	s.span.End()
}

// codeNames are the gRPC status names as the proto spells them (Go's String() says "Canceled").
var codeNames = map[codes.Code]string{
	codes.OK: "OK", codes.Canceled: "CANCELLED", codes.Unknown: "UNKNOWN", codes.InvalidArgument: "INVALID_ARGUMENT",
	codes.DeadlineExceeded: "DEADLINE_EXCEEDED", codes.NotFound: "NOT_FOUND", codes.AlreadyExists: "ALREADY_EXISTS",
	codes.PermissionDenied: "PERMISSION_DENIED", codes.ResourceExhausted: "RESOURCE_EXHAUSTED",
	codes.FailedPrecondition: "FAILED_PRECONDITION", codes.Aborted: "ABORTED", codes.OutOfRange: "OUT_OF_RANGE",
	codes.Unimplemented: "UNIMPLEMENTED", codes.Internal: "INTERNAL", codes.Unavailable: "UNAVAILABLE",
	codes.DataLoss: "DATA_LOSS", codes.Unauthenticated: "UNAUTHENTICATED",
}
