"""gRPC server reflection (grpc.reflection.v1 and v1alpha), so grpcurl can list and call us.

grpcio-reflection is not packaged for Debian; this answers the requests tools use:
list_services, file_by_filename and file_containing_symbol (with transitive imports).
"""

from __future__ import annotations

from typing import Iterable, Iterator

import grpc
from google.protobuf import descriptor_pool
from troupe_ext.reflection.v1 import reflection_pb2 as v1, reflection_pb2_grpc as v1_grpc
from troupe_ext.reflection.v1alpha import reflection_pb2 as v1alpha, reflection_pb2_grpc as v1alpha_grpc

V1_SERVICE = "grpc.reflection.v1.ServerReflection"
V1ALPHA_SERVICE = "grpc.reflection.v1alpha.ServerReflection"


def _files_with_imports(fd) -> list[bytes]:
    seen: set[str] = set()
    out: list[bytes] = []

    def visit(f) -> None:
        if f.name in seen:
            return
        seen.add(f.name)
        out.append(f.serialized_pb)
        for dep in f.dependencies:
            visit(dep)

    visit(fd)
    return out


class _Reflection:
    """One servicer body, instantiated per API version (`pb` is that version's module)."""

    def __init__(self, pb, services: list[str]) -> None:
        self._pb = pb
        self._services = sorted(services)
        self._pool = descriptor_pool.Default()

    def ServerReflectionInfo(self, request_iterator: Iterable, context) -> Iterator:
        pb = self._pb
        for request in request_iterator:
            response = pb.ServerReflectionResponse(valid_host=request.host, original_request=request)
            kind = request.WhichOneof("message_request")
            try:
                if kind == "list_services":
                    response.list_services_response.service.extend(pb.ServiceResponse(name=n) for n in self._services)
                elif kind == "file_by_filename":
                    fd = self._pool.FindFileByName(request.file_by_filename)
                    response.file_descriptor_response.file_descriptor_proto.extend(_files_with_imports(fd))
                elif kind == "file_containing_symbol":
                    fd = self._pool.FindFileContainingSymbol(request.file_containing_symbol)
                    response.file_descriptor_response.file_descriptor_proto.extend(_files_with_imports(fd))
                else:
                    response.error_response.error_code = grpc.StatusCode.UNIMPLEMENTED.value[0]
                    response.error_response.error_message = f"{kind} is not supported by this server"
            except KeyError as err:
                response.error_response.error_code = grpc.StatusCode.NOT_FOUND.value[0]
                response.error_response.error_message = f"not found: {err}"
            yield response


class ReflectionV1(_Reflection, v1_grpc.ServerReflectionServicer):
    def __init__(self, services: list[str]) -> None:
        super().__init__(v1, services)


class ReflectionV1Alpha(_Reflection, v1alpha_grpc.ServerReflectionServicer):
    def __init__(self, services: list[str]) -> None:
        super().__init__(v1alpha, services)


def add_to_server(services: list[str], server: grpc.Server) -> None:
    """Serves reflection for `services` (the reflection services are added to the list)."""
    listed = [*services, V1_SERVICE, V1ALPHA_SERVICE]
    v1_grpc.add_ServerReflectionServicer_to_server(ReflectionV1(listed), server)
    v1alpha_grpc.add_ServerReflectionServicer_to_server(ReflectionV1Alpha(listed), server)
