"""Addresses everyone shares are no one's (round 33, precision33): `public_network_constants.py`.

Public resolvers, the cloud metadata address, Docker's default bridge and Tailscale's resolver are the same on every
machine; their neighbours and the defaults people change stay findings. Texts written for this test.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import WIRE_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.public_network_constants import is_public_network_constant
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.mark.parametrize("value", ["8.8.4.4", "1.0.0.1", "169.254.169.254", "172.17.0.1", "172.17.0.0/16",
                                   "100.100.100.100", "2001:4860:4860:0:0:0:0:8888", "ff02::1"])
def test_an_address_everyone_shares_is_listed(value):
    assert is_public_network_constant(value, "IP_ADDRESS")


@pytest.mark.parametrize("value", ["172.17.0.5", "10.96.0.10", "8.8.8.9", "100.64.0.0/10", "192.168.1.1"])
def test_a_neighbour_or_a_default_people_change_is_not(value):
    assert not is_public_network_constant(value, "IP_ADDRESS")


def test_only_addresses_are_compared():
    assert not is_public_network_constant("8.8.8.8", "PHONE")


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def test_the_engine_keeps_the_users_own_address_beside_a_public_resolver(engine):
    text = "my laptop is 192.168.7.23 and its resolv.conf says nameserver 9.9.9.9, why is DNS slow?"
    segment = Segment(text, role="user", kind="prose")
    found = [text[s.start:s.end] for s in engine.detect([segment])[0] if s.score >= WIRE_MIN_SCORE]
    assert "192.168.7.23" in found
    assert "9.9.9.9" not in found
