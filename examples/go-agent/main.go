// Command go-agent is a Troupe agent in Go: troupe.v1.AgentService, grpc.health.v1.Health and
// server reflection on one gRPC server, announced on NATS with nats.go's micro package, traced
// with the OpenTelemetry Go SDK. See README.md; docs/agents.md is the guide.
//
//	go run ./internal/protogen && go build -o go-agent . && ./go-agent --port 0 --nats nats://127.0.0.1:4222
package main

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"regexp"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	troupev1 "troupe.example/go-agent/internal/pb/troupe/v1"
)

const (
	agentName    = "go-text"
	agentVersion = "1.0.0"
)

type config struct {
	host, advertise, instanceID, nats string
	port, maxConcurrency              int
	heartbeat, drainTimeout           time.Duration
	tlsCert, tlsKey, tlsClientCA      string
}

func envInt(name string, fallback int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return fallback
}

func parseFlags() config {
	var c config
	var heartbeatMs int
	var drainSeconds float64
	flag.StringVar(&c.host, "host", "127.0.0.1", "address to bind")
	flag.IntVar(&c.port, "port", 0, "port to bind; 0 picks a free one")
	flag.StringVar(&c.instanceID, "instance-id", "", "instance id (default go-text-<random>)")
	flag.IntVar(&c.maxConcurrency, "max-concurrency", 8, "tasks at once before RESOURCE_EXHAUSTED")
	flag.Float64Var(&drainSeconds, "drain-timeout", 30, "seconds to wait for in-flight tasks when draining")
	flag.StringVar(&c.nats, "nats", os.Getenv("NATS_URL"), "NATS server URL(s); set, the agent announces itself (default $NATS_URL; none: gRPC only)")
	flag.StringVar(&c.advertise, "advertise", os.Getenv("TROUPE_AGENT_ADVERTISE"), "host:port announced to orchestrators (default $TROUPE_AGENT_ADVERTISE, else the bound address)")
	flag.IntVar(&heartbeatMs, "heartbeat-ms", envInt("TROUPE_HEARTBEAT_MS", 1000), "heartbeat interval in ms (default $TROUPE_HEARTBEAT_MS, else 1000)")
	flag.StringVar(&c.tlsCert, "tls-cert", os.Getenv("TROUPE_AGENT_TLS_CERT"), "server certificate (chain), PEM; with --tls-key the agent serves TLS only")
	flag.StringVar(&c.tlsKey, "tls-key", os.Getenv("TROUPE_AGENT_TLS_KEY"), "private key of --tls-cert, PEM")
	flag.StringVar(&c.tlsClientCA, "tls-client-ca", os.Getenv("TROUPE_AGENT_TLS_CLIENT_CA"), "CA of clients' certificates, PEM; set, every client must present one (mTLS)")
	flag.Parse()
	fail := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "error: "+format+"\n", args...)
		os.Exit(2)
	}
	if c.maxConcurrency < 1 {
		fail("--max-concurrency must be at least 1")
	}
	if heartbeatMs < 10 || heartbeatMs > 3_600_000 {
		fail("--heartbeat-ms (TROUPE_HEARTBEAT_MS) must be from 10 to 3600000")
	}
	if c.instanceID != "" && !regexp.MustCompile(`^[A-Za-z0-9_-]+$`).MatchString(c.instanceID) {
		fail("--instance-id may hold only letters, digits, '-' and '_' (it becomes a NATS subject token)")
	}
	if c.advertise != "" && !regexp.MustCompile(`^[^\s:]+:\d+$`).MatchString(c.advertise) {
		fail("--advertise (TROUPE_AGENT_ADVERTISE) must be host:port; got %q", c.advertise)
	}
	if (c.tlsCert == "") != (c.tlsKey == "") {
		fail("TLS needs both --tls-cert (TROUPE_AGENT_TLS_CERT) and --tls-key (TROUPE_AGENT_TLS_KEY)")
	}
	if c.tlsClientCA != "" && c.tlsCert == "" {
		fail("--tls-client-ca (TROUPE_AGENT_TLS_CLIENT_CA) needs --tls-cert and --tls-key")
	}
	c.heartbeat = time.Duration(heartbeatMs) * time.Millisecond
	c.drainTimeout = time.Duration(drainSeconds * float64(time.Second))
	return c
}

// serverTLS builds the TLS config; with a client CA, client certificates are required (mTLS).
func serverTLS(c config) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(c.tlsCert, c.tlsKey)
	if err != nil {
		return nil, fmt.Errorf("--tls-cert/--tls-key (TROUPE_AGENT_TLS_CERT, TROUPE_AGENT_TLS_KEY): %w", err)
	}
	config := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if c.tlsClientCA != "" {
		pem, err := os.ReadFile(c.tlsClientCA)
		if err != nil {
			return nil, fmt.Errorf("--tls-client-ca (TROUPE_AGENT_TLS_CLIENT_CA): %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("--tls-client-ca (TROUPE_AGENT_TLS_CLIENT_CA): %q holds no PEM certificate", c.tlsClientCA)
		}
		config.ClientCAs, config.ClientAuth = pool, tls.RequireAndVerifyClientCert
	}
	return config, nil
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("go agent: ")
	c := parseFlags()
	if c.instanceID == "" {
		b := make([]byte, 4)
		_, _ = rand.Read(b)
		c.instanceID = agentName + "-" + hex.EncodeToString(b)
	}
	os.Exit(run(c))
}

func run(c config) int {
	ctx := context.Background()
	var serverOpts []grpc.ServerOption
	security := ""
	if c.tlsCert != "" {
		config, err := serverTLS(c)
		if err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			return 2
		}
		serverOpts = append(serverOpts, grpc.Creds(credentials.NewTLS(config)))
		security = "TLS, "
		if c.tlsClientCA != "" {
			security = "mTLS, "
		}
	}
	opts, err := natsOptions(fmt.Sprintf("troupe agent %s %s", agentName, c.instanceID))
	if err != nil && c.nats != "" {
		fmt.Fprintln(os.Stderr, "error:", err)
		return 2
	}

	descriptor := &troupev1.AgentDescriptor{
		Name: agentName, Version: agentVersion, InstanceId: c.instanceID, MaxConcurrency: uint32(c.maxConcurrency),
		Labels: map[string]string{"language": "go", "runtime": runtime.Version()}, SupportsChannel: false,
	}
	for _, name := range []string{"text.reverse", "text.spell"} {
		capability := capabilities[name]
		descriptor.Capabilities = append(descriptor.Capabilities, &troupev1.Capability{
			Name: capability.Name, Description: capability.Description, Streaming: capability.Stream != nil,
			InputTypes: []string{"application/json"}, OutputTypes: []string{capability.OutputType},
		})
	}
	provider, err := setupTracing(ctx, agentName, attribute.String("service.version", agentVersion), attribute.String("service.instance.id", c.instanceID))
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		return 2
	}
	admission := newAdmission(c.maxConcurrency)
	server := grpc.NewServer(serverOpts...)
	troupev1.RegisterAgentServiceServer(server, &agentService{descriptor: descriptor, admission: admission, tracer: provider.Tracer("troupe-go-agent")})
	healthServer := health.NewServer() // "" and every registered service: SERVING
	healthServer.SetServingStatus(serviceName, healthpb.HealthCheckResponse_SERVING)
	healthpb.RegisterHealthServer(server, healthServer)
	reflection.Register(server) // lists exactly what this server serves: the agent, health, reflection

	listener, err := net.Listen("tcp", net.JoinHostPort(c.host, strconv.Itoa(c.port)))
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: cannot bind %s:%d (%v)\n", c.host, c.port, err)
		return 1
	}
	go func() { _ = server.Serve(listener) }()
	address := listener.Addr().String()

	stop := make(chan string, 1)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	go func() { <-signals; stop <- "stopped by a signal" }()

	var ann *announcer
	announced := ""
	if c.nats != "" {
		advertised := c.advertise
		if advertised == "" {
			advertised = address
		}
		var verifier *controlVerifier
		if c.tlsClientCA != "" {
			if verifier, err = newControlVerifier(c.tlsClientCA); err != nil {
				server.Stop()
				fmt.Fprintf(os.Stderr, "error: --tls-client-ca (TROUPE_AGENT_TLS_CLIENT_CA): %v\n", err)
				return 2
			}
		}
		ann, err = startAnnouncer(c.nats, opts, descriptor, advertised, c.heartbeat, admission.load,
			func(reason string) {
				select {
				case stop <- reason:
				default:
				}
			}, verifier)
		if err != nil {
			server.Stop()
			fmt.Fprintf(os.Stderr, "error: --nats (NATS_URL): cannot announce on %s: %v\n", c.nats, err)
			return 1
		}
		announced = "announced on NATS as " + advertised + ", "
	}
	fmt.Printf("go agent listening on %s (%s %s, %s%sinstance %s)\n", address, agentName, agentVersion, security, announced, c.instanceID)

	reason := <-stop
	fmt.Printf("go agent draining (%s)\n", reason)
	healthServer.Shutdown() // every service NOT_SERVING
	drained := admission.drain(0)
	if ann != nil {
		ann.beat()
	}
	if !drained {
		drained = admission.drain(c.drainTimeout)
	}
	if !drained {
		inFlight, _ := admission.load()
		log.Printf("drain timed out after %s; cancelling %d task(s)", c.drainTimeout, inFlight)
	}
	if ann != nil {
		ann.goodbye(reason)
	}
	if drained {
		// Open health watches would hold GracefulStop forever: give it a moment, then stop hard.
		done := make(chan struct{})
		go func() { server.GracefulStop(); close(done) }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			server.Stop()
		}
	} else {
		server.Stop()
	}
	shutdownCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_ = provider.Shutdown(shutdownCtx)
	fmt.Println("go agent stopped")
	return 0
}
