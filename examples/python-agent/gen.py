"""Generates the Python gRPC stubs of the agent contract at start-up, from the repo's protos.

Nothing generated is committed: `load()` compiles proto/troupe/v1/{common,agent}.proto with
grpc_tools.protoc (from the venv, see requirements.txt) into a fresh temporary directory that is
removed when the process exits, and puts it on sys.path. Health and reflection come ready-made
from the grpcio-health-checking and grpcio-reflection packages.

  TROUPE_PROTO_DIR   the directory holding troupe/v1/*.proto (default: <repo>/proto)

Run `python gen.py OUT_DIR` to write the stubs somewhere you can read them.
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

MISSING = (
    "error: this Python ({exe}) cannot import {module}.\n"
    "Run the agent with the venv that scripts/ensure-python.sh creates:\n"
    "    bash scripts/ensure-python.sh && .venv/python-agent/bin/python examples/python-agent/agent.py\n"
    "or `pip install -r examples/python-agent/requirements.txt` into an environment of your own."
)
REQUIRED = ("grpc", "grpc_tools.protoc", "grpc_health.v1.health", "grpc_reflection.v1alpha.reflection", "opentelemetry.sdk.trace", "nats.micro", "cryptography.x509")


def require_packages() -> None:
    """Exits with an actionable message when a required package is missing."""
    for module in REQUIRED:
        try:
            importlib.import_module(module)
        except ImportError:
            sys.exit(MISSING.format(exe=sys.executable, module=module))


def generate(out_dir: Path) -> None:
    """Compiles the agent contract into `out_dir` (troupe/v1/*_pb2.py, *_pb2_grpc.py)."""
    from grpc_tools import protoc

    proto_dir = Path(os.environ.get("TROUPE_PROTO_DIR", REPO / "proto"))
    if not (proto_dir / "troupe" / "v1" / "agent.proto").exists():
        sys.exit(f"error: troupe/v1/agent.proto not found under {proto_dir}; set TROUPE_PROTO_DIR to the directory holding troupe/v1/")
    well_known = Path(protoc.__file__).resolve().parent / "_proto"
    args = [
        "grpc_tools.protoc",
        f"-I{proto_dir}",
        f"-I{well_known}",
        f"--python_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        "troupe/v1/common.proto",
        "troupe/v1/agent.proto",
    ]
    code = protoc.main(args)
    if code != 0:
        sys.exit(f"error: grpc_tools.protoc failed with exit code {code} (arguments: {' '.join(args[1:])})")


def load() -> Path:
    """Generates the stubs into a temporary directory, adds it to sys.path and returns it."""
    out_dir = Path(tempfile.mkdtemp(prefix="troupe-python-agent-"))
    atexit.register(shutil.rmtree, out_dir, ignore_errors=True)
    generate(out_dir)
    sys.path.insert(0, str(out_dir))
    return out_dir


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python gen.py OUT_DIR")
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    generate(target)
    print(f"stubs written to {target}")
