"""Generates the Python gRPC stubs this agent needs, at run time, from the repo's protos.

Nothing generated is committed: `load()` compiles the protos with grpc_tools.protoc into a
fresh temporary directory (removed when the process exits) and puts it on sys.path.
Run `python3 gen.py OUT_DIR` to write the stubs somewhere you can read them.

Sources (each can be overridden by an environment variable):
  TROUPE_PROTO_DIR         the contract, troupe/v1/*.proto   (default: <repo>/proto)
  TROUPE_HEALTH_PROTO      grpc.health.v1 health.proto       (default: the copy grpc-js'
                           grpc-health-check package ships in <repo>/node_modules)
  TROUPE_REFLECTION_PROTO_DIR  directory holding grpc/reflection/{v1,v1alpha}/reflection.proto
                           (default: the copies @grpc/reflection ships in <repo>/node_modules)
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
NODE_MODULES = REPO / "node_modules"

MISSING_GRPC = (
    "error: this Python ({exe}) cannot import {module}.\n"
    "The Troupe Python agent needs grpcio and grpcio-tools. On Debian/Ubuntu:\n"
    "    apt-get install -y python3-grpcio python3-grpc-tools\n"
    "and run the agent with /usr/bin/python3; or `pip install grpcio grpcio-tools` in a venv."
)


def _sources() -> dict[str, Path]:
    reflection_dir = Path(
        os.environ.get("TROUPE_REFLECTION_PROTO_DIR", NODE_MODULES / "@grpc" / "reflection" / "build" / "proto")
    )
    return {
        "proto_dir": Path(os.environ.get("TROUPE_PROTO_DIR", REPO / "proto")),
        "health": Path(
            os.environ.get("TROUPE_HEALTH_PROTO", NODE_MODULES / "grpc-health-check" / "proto" / "health" / "v1" / "health.proto")
        ),
        "reflection_v1": reflection_dir / "grpc" / "reflection" / "v1" / "reflection.proto",
        "reflection_v1alpha": reflection_dir / "grpc" / "reflection" / "v1alpha" / "reflection.proto",
    }


def require_grpc() -> None:
    """Exits with an actionable message when grpcio or grpcio-tools is missing."""
    for module in ("grpc", "grpc_tools.protoc"):
        try:
            importlib.import_module(module)
        except ImportError:
            sys.exit(MISSING_GRPC.format(exe=sys.executable, module=module))


def generate(out_dir: Path) -> None:
    """Compiles the agent contract, health and reflection protos into `out_dir`.

    Third-party protos are staged under `troupe_ext/` so that their Python modules
    (`troupe_ext.health.v1.health_pb2`, ...) cannot shadow the real `grpc` package;
    their proto packages (grpc.health.v1, grpc.reflection.*) are unchanged on the wire.
    """
    require_grpc()
    from grpc_tools import protoc  # noqa: PLC0415 (checked above)

    src = _sources()
    for key, path in src.items():
        if not path.exists():
            sys.exit(
                f"error: {key} not found at {path}. Run `npm ci` in the repo (it installs the health and "
                "reflection protos) or point the TROUPE_* variables in gen.py at your copies."
            )
    stage = out_dir / "_protos"
    staged = {
        "troupe_ext/health/v1/health.proto": src["health"],
        "troupe_ext/reflection/v1/reflection.proto": src["reflection_v1"],
        "troupe_ext/reflection/v1alpha/reflection.proto": src["reflection_v1alpha"],
    }
    for rel, origin in staged.items():
        (stage / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(origin, stage / rel)
    well_known = Path(protoc.__file__).resolve().parent / "_proto"
    args = [
        "grpc_tools.protoc",
        f"-I{src['proto_dir']}",
        f"-I{stage}",
        f"-I{well_known}",
        f"--python_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        "troupe/v1/common.proto",
        "troupe/v1/agent.proto",
        *staged.keys(),
    ]
    code = protoc.main(args)
    if code != 0:
        sys.exit(f"error: grpc_tools.protoc failed with exit code {code} (arguments: {' '.join(args[1:])})")
    shutil.rmtree(stage)


def load() -> Path:
    """Generates the stubs into a temporary directory, adds it to sys.path and returns it."""
    out_dir = Path(tempfile.mkdtemp(prefix="troupe-python-agent-"))
    atexit.register(shutil.rmtree, out_dir, ignore_errors=True)
    generate(out_dir)
    sys.path.insert(0, str(out_dir))
    return out_dir


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUT_DIR")
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    generate(target)
    print(f"stubs written to {target}")
