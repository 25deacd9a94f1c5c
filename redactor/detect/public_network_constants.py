"""Addresses that are the same for everyone: a finding that is one of them names no one's machine (round 33).

The IP finders read an address's shape; they cannot know that `8.8.8.8` is Google's public resolver, `169.254.169.254`
every cloud machine's metadata service, `172.17.0.1` the gateway of Docker's default bridge on every host running
Docker, or `100.100.100.100` Tailscale's resolver on every tailnet. Such an address in a pasted `resolv.conf`, a
`docker network inspect` or an IMDS call says nothing about whose network it is, and the negatives of the diagnosis
corpora are full of them (never annotated in their personal-data files). The list is data
(`redactor/data/public_network_constants.yaml`, with its sources), compared exactly after normalising the address
(`ipaddress`: "2001:4860:4860:0:0:0:0:8888" is "2001:4860:4860::8888"): a neighbouring address (`172.17.0.5`, a
container) or a default people change and annotate (Kubernetes' `10.96.0.10`) stays a finding.
"""
from __future__ import annotations

import functools
import ipaddress
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "public_network_constants.yaml"
_ADDRESS_KINDS = frozenset({"IP_ADDRESS", "CIDR", "IPV6_ADDRESS"})


@functools.lru_cache(maxsize=1)
def _constants() -> frozenset[str]:
    groups = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return frozenset(_normalised(str(value)) for values in groups.values() for value in values)


def _normalised(value: str) -> str:
    try:
        return str(ipaddress.ip_network(value, strict=False)) if "/" in value else str(ipaddress.ip_address(value))
    except ValueError:
        return value.lower()


def is_public_network_constant(value: str, kind: str) -> bool:
    """Whether `value`, a finding of `kind`, is an address everyone shares (see the module docstring)."""
    return kind in _ADDRESS_KINDS and _normalised(value.strip("[]")) in _constants()
