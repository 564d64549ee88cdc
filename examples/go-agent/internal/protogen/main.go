// Command protogen generates the Go code of the agent contract from the repository's proto/
// directory, with nothing but Go modules: protocompile (pure Go) parses the .proto files and the
// pinned protoc-gen-go and protoc-gen-go-grpc plugins (go.mod `tool` lines) write the code.
// No protoc, no buf, nothing generated is committed.
//
//	go run ./internal/protogen   (defaults: -proto ../../proto -out internal/pb)
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/bufbuild/protocompile"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/pluginpb"
)

// The contract files an agent needs, and the Go package they become.
var (
	files     = []string{"troupe/v1/common.proto", "troupe/v1/agent.proto"}
	goPackage = "troupe.example/go-agent/internal/pb/troupe/v1;troupev1"
)

func main() {
	protoDir := flag.String("proto", "../../proto", "directory holding troupe/v1/*.proto")
	out := flag.String("out", "internal/pb", "output directory (paths relative to the proto root below it)")
	flag.Parse()
	if err := run(*protoDir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "protogen:", err)
		os.Exit(1)
	}
}

func run(protoDir, out string) error {
	compiler := protocompile.Compiler{
		Resolver: protocompile.WithStandardImports(&protocompile.SourceResolver{ImportPaths: []string{protoDir}}),
	}
	compiled, err := compiler.Compile(context.Background(), files...)
	if err != nil {
		return fmt.Errorf("compiling %v under %s: %w", files, protoDir, err)
	}
	// Every file the request needs, dependencies first (well-known types included).
	var protos []*descriptorpb.FileDescriptorProto
	seen := map[string]bool{}
	var add func(fd protoreflect.FileDescriptor)
	add = func(fd protoreflect.FileDescriptor) {
		if seen[fd.Path()] {
			return
		}
		seen[fd.Path()] = true
		imports := fd.Imports()
		for i := 0; i < imports.Len(); i++ {
			add(imports.Get(i).FileDescriptor)
		}
		protos = append(protos, protodesc.ToFileDescriptorProto(fd))
	}
	for _, f := range compiled {
		add(f)
	}
	var mapping []string
	for _, f := range files {
		mapping = append(mapping, "M"+f+"="+goPackage)
	}
	param := strings.Join(append(mapping, "paths=source_relative"), ",")
	if err := os.RemoveAll(filepath.Join(out, "troupe")); err != nil {
		return err
	}
	for _, plugin := range []string{"protoc-gen-go", "protoc-gen-go-grpc"} {
		req := &pluginpb.CodeGeneratorRequest{FileToGenerate: files, Parameter: proto.String(param), ProtoFile: protos}
		if err := generate(plugin, req, out); err != nil {
			return err
		}
	}
	return nil
}

// generate runs one plugin (`go tool NAME`, pinned in go.mod) and writes the files it returns.
func generate(plugin string, req *pluginpb.CodeGeneratorRequest, out string) error {
	in, err := proto.Marshal(req)
	if err != nil {
		return err
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("go", "tool", plugin)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(in), &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go tool %s: %w: %s", plugin, err, stderr.String())
	}
	var res pluginpb.CodeGeneratorResponse
	if err := proto.Unmarshal(stdout.Bytes(), &res); err != nil {
		return fmt.Errorf("%s: unreadable response: %w", plugin, err)
	}
	if res.Error != nil {
		return fmt.Errorf("%s: %s", plugin, res.GetError())
	}
	for _, f := range res.File {
		path := filepath.Join(out, f.GetName())
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(f.GetContent()), 0o644); err != nil {
			return err
		}
	}
	return nil
}
