package main

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// TaskError is an expected failure: the service answers it with its gRPC code (INVALID_ARGUMENT).
type TaskError struct{ Message string }

func (e *TaskError) Error() string { return e.Message }

// Event is what a streaming capability emits: a Chunk or a Progress.
type Event interface{ isEvent() }

// Chunk is one streamed piece of output.
type Chunk struct {
	Data        []byte
	ContentType string
	Metadata    map[string]any
}

// Progress reports how far a task is (Fraction in [0, 1]).
type Progress struct {
	Fraction float64
	Message  string
}

func (Chunk) isEvent()    {}
func (Progress) isEvent() {}

// Output is the final result of a task: JSON output and optional metrics.
type Output struct {
	Value   map[string]any
	Metrics map[string]float64
}

// Capability is a named skill: Unary or Stream is set, never both.
type Capability struct {
	Name        string
	Description string
	OutputType  string
	Unary       func(ctx context.Context, input any) (Output, error)
	// Stream calls emit for each event; emit fails when the caller has gone.
	Stream func(ctx context.Context, input any, emit func(Event) error) (Output, error)
}

func textOf(input any) (string, error) {
	m, ok := input.(map[string]any)
	if !ok {
		return "", &TaskError{`input.text is required and must be a string, e.g. {"text": "hello world"}`}
	}
	text, ok := m["text"].(string)
	if !ok {
		return "", &TaskError{`input.text is required and must be a string, e.g. {"text": "hello world"}`}
	}
	return text, nil
}

func delayOf(input any) (time.Duration, error) {
	raw, present := input.(map[string]any)["delay_ms"]
	if !present {
		return 0, nil
	}
	ms, ok := raw.(float64)
	if !ok || ms < 0 || ms > 10_000 {
		return 0, &TaskError{fmt.Sprintf("input.delay_ms must be a number from 0 to 10000; got %v", raw)}
	}
	return time.Duration(ms * float64(time.Millisecond)), nil
}

// reverse is `text.reverse`: {text} -> {reversed, runes}.
func reverse(_ context.Context, input any) (Output, error) {
	text, err := textOf(input)
	if err != nil {
		return Output{}, err
	}
	runes := []rune(text)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	return Output{Value: map[string]any{"reversed": string(runes), "runes": len(runes)}, Metrics: map[string]float64{"runes": float64(len(runes))}}, nil
}

// spell is `text.spell`: one chunk per letter of input.text (spaces skipped), delay_ms apart;
// it stops as soon as the caller cancels or the deadline passes.
func spell(ctx context.Context, input any, emit func(Event) error) (Output, error) {
	text, err := textOf(input)
	if err != nil {
		return Output{}, err
	}
	delay, err := delayOf(input)
	if err != nil {
		return Output{}, err
	}
	letters := []rune(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text))
	if err := emit(Progress{Fraction: 0, Message: fmt.Sprintf("spelling %d letters", len(letters))}); err != nil {
		return Output{}, err
	}
	for i, letter := range letters {
		if i > 0 && delay > 0 {
			select {
			case <-ctx.Done():
				return Output{}, ctx.Err()
			case <-time.After(delay):
			}
		}
		chunk := Chunk{Data: []byte(string(unicode.ToUpper(letter))), ContentType: "text/plain; charset=utf-8", Metadata: map[string]any{"index": i}}
		if err := emit(chunk); err != nil {
			return Output{}, err
		}
	}
	return Output{Value: map[string]any{"letters": len(letters)}, Metrics: map[string]float64{"letters": float64(len(letters))}}, nil
}

// capabilities offered by this agent, by name.
var capabilities = map[string]Capability{
	"text.reverse": {Name: "text.reverse", Description: "Reverses input.text (by Unicode code point)", OutputType: "application/json", Unary: reverse},
	"text.spell": {
		Name:        "text.spell",
		Description: "Streams the letters of input.text, upper-cased, one per chunk (optional input.delay_ms between letters)",
		OutputType:  "text/plain; charset=utf-8",
		Stream:      spell,
	},
}
