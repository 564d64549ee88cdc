package main

// The contract's Go code is generated, never committed: run `go generate ./...` before `go build`.
//go:generate go run ./internal/protogen -proto ../../proto -out internal/pb
