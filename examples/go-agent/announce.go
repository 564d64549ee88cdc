package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/micro"
	"google.golang.org/protobuf/encoding/protojson"

	troupev1 "troupe.example/go-agent/internal/pb/troupe/v1"
)

// Discovery on NATS, as the TypeScript SDK does it (docs/agents.md, "Discovery"):
//   - a NATS micro service `troupe-agent` with the troupe.* metadata and a `describe` endpoint;
//   - troupe.agents.hello.<instance>.<agent>, then troupe.agents.heartbeat.<instance>.<agent> every interval;
//   - troupe.agents.goodbye.<instance>.<agent> on shutdown (the agent name as one subject token,
//     so NATS permissions can let a user announce only its own agent);
//   - troupe.agents.control.<instance>: an orchestrator's drain request.
const (
	microServiceName = "troupe-agent"
	subjectPrefix    = "troupe.agents"
)

// heartbeat is the body of hello and heartbeat messages (JSON, v 1).
type heartbeat struct {
	V              int      `json:"v"`
	InstanceID     string   `json:"instanceId"`
	Name           string   `json:"name"`
	Version        string   `json:"version"`
	Address        string   `json:"address"`
	Seq            uint64   `json:"seq"`
	SentAt         int64    `json:"sentAt"`
	IntervalMs     int64    `json:"intervalMs"`
	InFlight       int      `json:"inFlight"`
	MaxConcurrency uint32   `json:"maxConcurrency"`
	Draining       bool     `json:"draining"`
	Capabilities   []string `json:"capabilities"`
}

type announcer struct {
	nc         *nats.Conn
	service    micro.Service
	control    *nats.Subscription
	descriptor *troupev1.AgentDescriptor
	address    string
	interval   time.Duration
	load       func() (int, bool)
	mu         sync.Mutex
	seq        uint64
	stop       chan struct{}
	gone       sync.Once
}

// natsOptions reads the NATS settings of docs/security.md; the error names the bad one.
func natsOptions(name string) ([]nats.Option, error) {
	opts := []nats.Option{nats.Name(name), nats.MaxReconnects(-1), nats.Timeout(5 * time.Second)}
	secret := func(setting string) (string, error) {
		b, err := os.ReadFile(os.Getenv(setting))
		if err != nil {
			return "", fmt.Errorf("%s: cannot read %q (%w)", setting, os.Getenv(setting), err)
		}
		v := strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
		if v == "" {
			return "", fmt.Errorf("%s: %q is empty", setting, os.Getenv(setting))
		}
		return v, nil
	}
	kinds := 0
	if user := os.Getenv("NATS_USER"); user != "" {
		kinds++
		password := os.Getenv("NATS_PASSWORD")
		if os.Getenv("NATS_PASSWORD_FILE") != "" {
			if password != "" {
				return nil, fmt.Errorf("NATS_PASSWORD: conflicts with NATS_PASSWORD_FILE; give one")
			}
			p, err := secret("NATS_PASSWORD_FILE")
			if err != nil {
				return nil, err
			}
			password = p
		}
		if password == "" {
			return nil, fmt.Errorf("NATS_USER: needs NATS_PASSWORD_FILE (or NATS_PASSWORD)")
		}
		opts = append(opts, nats.UserInfo(user, password))
	}
	if os.Getenv("NATS_TOKEN_FILE") != "" {
		kinds++
		token, err := secret("NATS_TOKEN_FILE")
		if err != nil {
			return nil, err
		}
		opts = append(opts, nats.Token(token))
	}
	if path := os.Getenv("NATS_NKEY_SEED_FILE"); path != "" {
		kinds++
		opt, err := nats.NkeyOptionFromSeed(path)
		if err != nil {
			return nil, fmt.Errorf("NATS_NKEY_SEED_FILE: %w", err)
		}
		opts = append(opts, opt)
	}
	if path := os.Getenv("NATS_CREDS"); path != "" {
		kinds++
		opts = append(opts, nats.UserCredentials(path))
	}
	if kinds > 1 {
		return nil, fmt.Errorf("NATS_USER, NATS_TOKEN_FILE, NATS_NKEY_SEED_FILE, NATS_CREDS: give one kind of NATS credential")
	}
	if ca := os.Getenv("NATS_TLS_CA"); ca != "" {
		opts = append(opts, nats.RootCAs(ca))
	}
	cert, key := os.Getenv("NATS_TLS_CERT"), os.Getenv("NATS_TLS_KEY")
	if (cert == "") != (key == "") {
		return nil, fmt.Errorf("NATS_TLS_CERT: needs NATS_TLS_KEY, and the other way round")
	}
	if cert != "" {
		opts = append(opts, nats.ClientCert(cert, key))
	}
	return opts, nil
}

// startAnnouncer connects, registers the micro service, subscribes to control and says hello.
func startAnnouncer(url string, opts []nats.Option, descriptor *troupev1.AgentDescriptor, address string, interval time.Duration,
	load func() (int, bool), onDrain func(reason string), verifier *controlVerifier) (*announcer, error) {
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, err
	}
	a := &announcer{nc: nc, descriptor: descriptor, address: address, interval: interval, load: load, stop: make(chan struct{})}
	id := descriptor.GetInstanceId()
	a.service, err = micro.AddService(nc, micro.Config{
		Name:        microServiceName,
		Version:     descriptor.GetVersion(),
		Description: "Troupe agent " + descriptor.GetName(),
		Metadata: map[string]string{
			"troupe.grpc_address":    address,
			"troupe.agent":           descriptor.GetName(),
			"troupe.agent_version":   descriptor.GetVersion(),
			"troupe.instance_id":     id,
			"troupe.capabilities":    strings.Join(a.capabilityNames(), ","),
			"troupe.max_concurrency": strconv.FormatUint(uint64(descriptor.GetMaxConcurrency()), 10),
		},
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("registering the micro service: %w", err)
	}
	descriptorJSON, err := protojson.Marshal(descriptor)
	if err != nil {
		nc.Close()
		return nil, err
	}
	answer := []byte(fmt.Sprintf(`{"address":%q,"descriptor":%s}`, address, descriptorJSON))
	err = a.service.AddEndpoint("describe", micro.HandlerFunc(func(req micro.Request) { _ = req.Respond(answer) }),
		micro.WithEndpointSubject(subjectPrefix+".describe."+id),
		micro.WithEndpointMetadata(map[string]string{"description": "The agent descriptor and gRPC address as JSON"}))
	if err != nil {
		nc.Close()
		return nil, err
	}
	a.control, err = nc.Subscribe(subjectPrefix+".control."+id, func(msg *nats.Msg) {
		if verifier != nil {
			// With TROUPE_AGENT_TLS_CLIENT_CA an agent obeys only control messages signed by an
			// orchestrator of that CA (docs/security.md, "Control messages").
			if reason, detail := verifier.verify(msg.Subject, msg.Data, msg.Header.Get); reason != "" {
				log.Printf("control message rejected: not signed by a trusted orchestrator (reason %s: %s)", reason, detail)
				return
			}
		}
		var body struct {
			V      int    `json:"v"`
			Action string `json:"action"`
			Reason string `json:"reason"`
		}
		if json.Unmarshal(msg.Data, &body) != nil || body.V != 1 || body.Action != "drain" {
			log.Printf("invalid control message ignored")
			return
		}
		if body.Reason == "" {
			body.Reason = "drain requested by an orchestrator"
		}
		onDrain(body.Reason)
	})
	if err != nil {
		nc.Close()
		return nil, err
	}
	a.publish("hello")
	go func() {
		ticker := time.NewTicker(interval)
		defer ticker.Stop()
		for {
			select {
			case <-a.stop:
				return
			case <-ticker.C:
				a.publish("heartbeat")
			}
		}
	}()
	return a, nil
}

func (a *announcer) capabilityNames() []string {
	names := make([]string, 0, len(a.descriptor.GetCapabilities()))
	for _, c := range a.descriptor.GetCapabilities() {
		names = append(names, c.GetName())
	}
	return names
}

// beat publishes a heartbeat now (as soon as draining starts).
func (a *announcer) beat() { a.publish("heartbeat") }

func (a *announcer) publish(kind string) {
	inFlight, draining := a.load()
	a.mu.Lock()
	body := heartbeat{
		V: 1, InstanceID: a.descriptor.GetInstanceId(), Name: a.descriptor.GetName(), Version: a.descriptor.GetVersion(),
		Address: a.address, Seq: a.seq, SentAt: time.Now().UnixMilli(), IntervalMs: a.interval.Milliseconds(),
		InFlight: inFlight, MaxConcurrency: max(a.descriptor.GetMaxConcurrency(), 1), Draining: draining,
		Capabilities: a.capabilityNames(),
	}
	a.seq++
	a.mu.Unlock()
	data, _ := json.Marshal(body)
	msg := nats.NewMsg(discoverySubject(kind, a.descriptor.GetInstanceId(), a.descriptor.GetName()))
	msg.Header.Set("content-type", "application/json")
	msg.Data = data
	if err := a.nc.PublishMsg(msg); err != nil {
		log.Printf("heartbeat publish failed: %v", err)
	}
}

// goodbye publishes goodbye, stops the service and the heartbeats and closes the connection (once).
func (a *announcer) goodbye(reason string) {
	a.gone.Do(func() {
		close(a.stop)
		data, _ := json.Marshal(map[string]any{"v": 1, "instanceId": a.descriptor.GetInstanceId(), "name": a.descriptor.GetName(), "reason": reason})
		_ = a.nc.Publish(discoverySubject("goodbye", a.descriptor.GetInstanceId(), a.descriptor.GetName()), data)
		_ = a.control.Unsubscribe()
		_ = a.service.Stop()
		if err := a.nc.FlushTimeout(time.Second); err != nil {
			log.Printf("goodbye not confirmed (%v); NATS unreachable?", err)
		}
		a.nc.Close()
	})
}

// discoverySubject is troupe.agents.<kind>.<instance>.<agent>, the agent name as one subject token:
// letters, digits, '-' and '_' kept, every other byte as %XX (its UTF-8 bytes).
func discoverySubject(kind, instance, agent string) string {
	var b strings.Builder
	for _, c := range []byte(agent) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return subjectPrefix + "." + kind + "." + instance + "." + b.String()
}
