"""Checks the signature an orchestrator puts on a control message (docs/security.md, "Control messages").

An agent with TROUPE_AGENT_TLS_CLIENT_CA obeys a control message only when the signer's leaf
certificate (header Troupe-Signer-Cert: base64 DER, leaf first, comma-separated) is valid now, is
for client authentication, chains to that CA; the signature (Troupe-Signature) verifies over
"troupe-control-v1\\n<subject>\\n<signed-at>\\n<nonce>\\n<body>" (Ed25519 raw, ECDSA and RSA with
SHA-256); the time (Troupe-Signed-At, Unix ms) is within 30 s of now; and the nonce (Troupe-Nonce)
was not seen before. Uses the `cryptography` package.
"""

from __future__ import annotations

import base64
import threading
import time
from datetime import datetime, timezone
from typing import Callable, Optional

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID

MAX_SKEW_S = 30.0
MAX_DEPTH = 5


class ControlVerifier:
    """verify(subject, body, header) -> None when the message may be obeyed, else (reason, detail)."""

    def __init__(self, ca_pem: bytes) -> None:
        self._roots = x509.load_pem_x509_certificates(ca_pem)
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def verify(self, subject: str, body: bytes, header: Callable[[str], Optional[str]]) -> Optional[tuple[str, str]]:
        chain_text, signed_at, nonce, signature = (header(n) for n in ("Troupe-Signer-Cert", "Troupe-Signed-At", "Troupe-Nonce", "Troupe-Signature"))
        if not (chain_text and signed_at and nonce and signature):
            return ("unsigned", "no signature headers")
        now = time.time()
        try:
            at = int(signed_at) / 1000.0
        except ValueError:
            return ("stale", f"signed at {signed_at!r}")
        if abs(now - at) > MAX_SKEW_S:
            return ("stale", f"signed at {signed_at}, now {int(now * 1000)}")
        try:
            chain = [x509.load_der_x509_certificate(base64.b64decode(b64, validate=True)) for b64 in chain_text.split(",")]
        except ValueError as err:
            return ("bad_certificate", str(err))
        leaf = chain[0]
        moment = datetime.fromtimestamp(now, timezone.utc)
        if not _valid_at(leaf, moment):
            return ("bad_certificate", f"certificate valid {leaf.not_valid_before_utc} to {leaf.not_valid_after_utc}")
        try:
            usages = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
            if ExtendedKeyUsageOID.CLIENT_AUTH not in usages:
                return ("bad_certificate", "certificate is not for client authentication")
        except x509.ExtensionNotFound:
            pass
        if not self._chains(chain, moment):
            return ("untrusted_signer", f"{leaf.subject.rfc4514_string()} does not chain to the orchestrators' CA")
        signed = f"troupe-control-v1\n{subject}\n{signed_at}\n{nonce}\n".encode("utf-8") + body
        try:
            _verify(leaf.public_key(), base64.b64decode(signature, validate=True), signed)
        except (InvalidSignature, ValueError, TypeError):
            return ("bad_signature", "signature does not match subject and body")
        with self._lock:
            for n, expiry in list(self._seen.items()):
                if expiry < now:
                    del self._seen[n]
            if nonce in self._seen:
                return ("replayed", f"nonce {nonce} already used")
            self._seen[nonce] = at + MAX_SKEW_S
        return None

    def _chains(self, chain: list[x509.Certificate], moment: datetime) -> bool:
        """Each certificate issued (and signed) by the next or by a root, ending at a root, all valid now."""
        current, pool = chain[0], chain[1:]
        for _ in range(MAX_DEPTH):
            if any(_issued_by(current, root) and _valid_at(root, moment) for root in self._roots):
                return True
            nxt = next((c for c in pool if _issued_by(current, c) and _is_ca(c) and _valid_at(c, moment)), None)
            if nxt is None:
                return False
            current = nxt
        return False


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
        return True
    except (ValueError, TypeError, InvalidSignature):
        return False


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def _valid_at(cert: x509.Certificate, moment: datetime) -> bool:
    return cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc


def _verify(key, signature: bytes, data: bytes) -> None:
    if isinstance(key, ed25519.Ed25519PublicKey):
        key.verify(signature, data)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    elif isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    else:
        raise TypeError(f"unsupported key type {type(key).__name__}")
