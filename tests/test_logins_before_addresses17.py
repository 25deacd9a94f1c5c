"""Round 17: a login written before its peer's address, OpenVPN's `name/IPv4:port`; Java's resolved hosts, CIDRs,
role accounts and ordinary words stay."""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.logins_before_addresses import find_logins_before_addresses
from redactor.detect.usernames import find_usernames
from redactor.policy import load_policy
from tests.growth import assert_linear_growth
from tests.logins17 import samples_vpn17, samples_vpn17_check
from tests.wire_coverage import covered_on_wire


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _found(text: str) -> dict[str, float]:
    return {text[start:end]: score for start, end, score in find_usernames(text)}


@pytest.mark.parametrize("text, login", samples_vpn17.POS + samples_vpn17_check.POS)
def test_openvpn_client_names_are_covered_on_the_wire(engine, text, login):
    assert covered_on_wire(engine, text, login)


@pytest.mark.parametrize("text, word", samples_vpn17.NEG + samples_vpn17_check.NEG)
def test_hosts_and_role_accounts_are_no_logins(text, word):
    assert word not in _found(text)


def test_a_line_that_names_openvpn_is_sure_and_a_bare_message_start_doubtful():
    assert _found("Mar  5 10:05:40 gw openvpn[881]: r_abdullah/192.0.2.77:50212 Connection reset")["r_abdullah"] == 0.8
    assert _found("ahmadi-f/198.51.100.23:1194 Inactivity timeout, restarting")["ahmadi-f"] == DOUBTFUL_SCORE


def test_linear_growth():
    line = "Mar  5 10:01:02 vpn01 openvpn[2231]: okafor.n/203.0.113.5:51234 MULTI_sva: pool returned IPv4=10.8.0.6\n"

    def work(size: int):
        text = line * (size // len(line))
        return lambda: list(find_logins_before_addresses(text))

    assert_linear_growth(work, 200_000)
