package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// controlVerifier checks the signature an orchestrator puts on a control message
// (docs/security.md, "Control messages"): the signer's chain (headers Troupe-Signer-Cert, base64
// DER, leaf first) must chain to the orchestrators' CA with a client-auth leaf valid now; the
// signature (Troupe-Signature) covers "troupe-control-v1\n<subject>\n<signed-at>\n<nonce>\n<body>";
// the time (Troupe-Signed-At, Unix ms) is within ±30 s; a nonce (Troupe-Nonce) is accepted once.
type controlVerifier struct {
	roots *x509.CertPool
	mu    sync.Mutex
	seen  map[string]time.Time
}

const maxControlSkew = 30 * time.Second

func newControlVerifier(caFile string) (*controlVerifier, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	roots := x509.NewCertPool()
	if !roots.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%q holds no PEM certificate", caFile)
	}
	return &controlVerifier{roots: roots, seen: map[string]time.Time{}}, nil
}

// verify returns "" when the message may be obeyed, else the rejection reason and a detail.
func (v *controlVerifier) verify(subject string, body []byte, header func(string) string) (reason, detail string) {
	chainText, signedAt, nonce, signature := header("Troupe-Signer-Cert"), header("Troupe-Signed-At"), header("Troupe-Nonce"), header("Troupe-Signature")
	if chainText == "" || signedAt == "" || nonce == "" || signature == "" {
		return "unsigned", "no signature headers"
	}
	now := time.Now()
	ms, err := strconv.ParseInt(signedAt, 10, 64)
	at := time.UnixMilli(ms)
	if err != nil || at.Sub(now).Abs() > maxControlSkew {
		return "stale", "signed at " + signedAt
	}
	var chain []*x509.Certificate
	for _, b64 := range strings.Split(chainText, ",") {
		der, err := base64.StdEncoding.DecodeString(b64)
		if err != nil {
			return "bad_certificate", err.Error()
		}
		cert, err := x509.ParseCertificate(der)
		if err != nil {
			return "bad_certificate", err.Error()
		}
		chain = append(chain, cert)
	}
	intermediates := x509.NewCertPool()
	for _, c := range chain[1:] {
		intermediates.AddCert(c)
	}
	leaf := chain[0]
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: v.roots, Intermediates: intermediates, CurrentTime: now, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}); err != nil {
		return "untrusted_signer", err.Error()
	}
	sig, err := base64.StdEncoding.DecodeString(signature)
	if err != nil {
		return "bad_signature", "signature is not base64"
	}
	signed := append([]byte("troupe-control-v1\n"+subject+"\n"+signedAt+"\n"+nonce+"\n"), body...)
	digest := sha256.Sum256(signed)
	valid := false
	switch key := leaf.PublicKey.(type) {
	case ed25519.PublicKey:
		valid = ed25519.Verify(key, signed, sig)
	case *ecdsa.PublicKey:
		valid = ecdsa.VerifyASN1(key, digest[:], sig)
	case *rsa.PublicKey:
		valid = rsa.VerifyPKCS1v15(key, crypto.SHA256, digest[:], sig) == nil
	}
	if !valid {
		return "bad_signature", "signature does not match subject and body"
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	for n, expiry := range v.seen {
		if expiry.Before(now) {
			delete(v.seen, n)
		}
	}
	if _, replayed := v.seen[nonce]; replayed {
		return "replayed", "nonce " + nonce + " already used"
	}
	v.seen[nonce] = at.Add(maxControlSkew)
	return "", ""
}
