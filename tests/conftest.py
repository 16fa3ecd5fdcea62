"""Suite-wide fixtures. Every test runs with the network closed: any connection to a
non-loopback address fails loudly, so nothing can quietly download a model or reach an API."""

from __future__ import annotations

import ipaddress
import socket

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a hostname other than localhost would need DNS: refuse


class NetworkBlocked(RuntimeError):
    pass


def _guarded_connect(self, address):
    if not _is_loopback(address):
        raise NetworkBlocked(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_loopback(address):
        raise NetworkBlocked(f"test tried to reach the network: {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    yield


@pytest.fixture(autouse=True)
def _no_model_requests(monkeypatch):
    """Real model clients refuse to send unless a test asks for ``allow_model_requests``."""
    from copilot.llm import base

    monkeypatch.setattr(base, "ALLOW_MODEL_REQUESTS", False)
    yield


@pytest.fixture
def allow_model_requests(monkeypatch):
    from copilot.llm import base

    monkeypatch.setattr(base, "ALLOW_MODEL_REQUESTS", True)
    yield
