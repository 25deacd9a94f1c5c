"""Documentation and test values by their stated role (redactor/detect/documentation_roles.py)."""
from __future__ import annotations

import pytest

from redactor.detect.documentation_roles import states_documentation_role


def _stated(text: str, value: str, kind: str = "IP_ADDRESS", occurrence: int = 0) -> bool:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return states_documentation_role(text, start, start + len(value), kind)


@pytest.mark.parametrize("text, value", [
    ("Why do the firewall docs use 192.0.2.10 in every rule?", "192.0.2.10"),
    ("Server: 198.51.100.7  (TEST-NET-2, documentation range)", "198.51.100.7"),
    ("Replace the host, for example `ssh deploy@203.0.113.10`.", "203.0.113.10"),
    ("Die Beispieladresse 203.0.113.5 gehört niemandem.", "203.0.113.5"),
    ("IPv6 examples use 2001:db8::1 from RFC 3849.", "2001:db8::1"),
])
def test_a_documentation_address_whose_sentence_says_so_is_dropped(text: str, value: str) -> None:
    assert _stated(text, value)


@pytest.mark.parametrize("text, value", [
    ("The backup ingest at 203.0.113.44 is our own server; rotate the key.", "203.0.113.44"),
    ("conn office\n  left=198.51.100.23\n  right=203.0.113.77\n", "203.0.113.77"),
    ("Our example: the gateway is fine. The VPN peer 203.0.113.9 drops packets.", "203.0.113.9"),
    ("See the docs for 10.20.30.40, our database host.", "10.20.30.40"),  # no documentation block: a real address
    ("Reserved for the printer: 192.0.2.50", "192.0.2.50"),  # "reserved" states no documentation role
])
def test_an_address_without_a_stated_documentation_role_stays(text: str, value: str) -> None:
    assert not _stated(text, value)


def test_every_mention_of_an_address_stated_as_documentation_is_documentation() -> None:
    text = "Can I ping a documentation address like 192.0.2.10?\n$ ping 192.0.2.10\nPING 192.0.2.10 (192.0.2.10) 56 bytes"
    assert all(_stated(text, "192.0.2.10", occurrence=index) for index in range(4))


def test_a_whole_special_purpose_block_is_the_standard_quoted_only_beside_an_rfc() -> None:
    assert _stated("RFC 1918: 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16.", "172.16.0.0/12", "CIDR")
    assert not _stated("AllowedIPs = 10.0.0.0/8", "10.0.0.0/8", "CIDR")
    assert not _stated("RFC 1918 says so; our office uses 10.1.0.0/16", "10.1.0.0/16", "CIDR")  # not a whole block


@pytest.mark.parametrize("text, value, stated", [
    ("Use Stripe's test card 4242 4242 4242 4242 with any future expiry.", "4242 4242 4242 4242", True),
    ("The sandbox docs list 4111 1111 1111 1111, any CVC.", "4111 1111 1111 1111", True),
    ("Use the documented test cards, e.g. 4000 0027 6000 3184 for 3DS.", "4000 0027 6000 3184", True),
    ("The fixture uses the test card 4111 1111 1111 1111. But line 88 has a real card: 5500 0055 5555 5559.",
     "5500 0055 5555 5559", False),
    ("Reservation SMH-88 stays guaranteed on 4929 1234 5678 9012.", "4929 1234 5678 9012", False),
    ("Charge 4929 1234 5678 9012 for the test drive.", "4929 1234 5678 9012", False),
])
def test_a_card_is_a_test_value_only_when_its_sentence_says_so(text: str, value: str, stated: bool) -> None:
    assert _stated(text, value, "CREDIT_CARD") is stated


def test_other_kinds_are_never_dropped_here() -> None:
    assert not _stated("In the docs: 192.0.2.10", "192.0.2.10", "INTERNAL_HOSTNAME")


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Charge it and mail lena.ortiz@example.net about card 5500 0055 5555 5559.", "5500 0055 5555 5559", "CREDIT_CARD"),
    ("Our relay at 203.0.113.61 forwards to https://docs.example-corp.io/relay", "203.0.113.61", "IP_ADDRESS"),
    ("record 7: card 4012-8888-8888-1881, aws key AKIAQ7ZKX3RT5MEXAMPLE", "4012-8888-8888-1881", "CREDIT_CARD"),
    ("card 5555-5555-5555-4444, slack token xoxb-00000-00000-EXAMPLEKEYVALUE", "5555-5555-5555-4444", "CREDIT_CARD"),
])
def test_a_cue_word_inside_an_address_a_domain_or_another_value_states_no_role(text: str, value: str, kind: str) -> None:
    # "example" in an e-mail domain or a host name is a name, not the sentence saying "this is an example"
    start = text.index(value)
    assert not states_documentation_role(text, start, start + len(value), kind)


def _found(text: str, value: str, kind: str) -> list:
    from redactor.detect.base import Span
    start = text.index(value)
    return [Span(start, start + len(value), kind, "pii", 0.95, "pii")]


def test_a_role_stated_in_one_text_holds_for_the_same_value_in_the_others() -> None:
    from redactor.detect.documentation_roles import documented_in_conversation
    card = "5555 5555 5555 4444"
    texts = ['{"pan": "5555 5555 5555 4444", "cvv": "101"}',
             "Payment went through with 5555 5555 5555 4444, the processor's sandbox card."]
    results = [_found(texts[0], card, "CREDIT_CARD"), _found(texts[1], card, "CREDIT_CARD")]
    assert documented_in_conversation(texts, results) == [[], []]


def test_a_value_no_text_calls_documentation_stays_in_every_text() -> None:
    from redactor.detect.documentation_roles import documented_in_conversation
    texts = ["upstream backend { server 203.0.113.61:8443; }",
             "The backend 203.0.113.61 answers slowly. The docs show 192.0.2.1 as their example."]
    results = [_found(texts[0], "203.0.113.61", "IP_ADDRESS"), _found(texts[1], "203.0.113.61", "IP_ADDRESS")]
    # The second text names documentation in another address's sentence: 203.0.113.61's stays.
    assert documented_in_conversation(texts, results) == results


def test_a_documented_value_takes_no_other_kind_with_it() -> None:
    from redactor.detect.documentation_roles import documented_in_conversation
    texts = ["Contact ops (ref 4111 1111 1111 1111) about the outage.",
             "In test mode use card 4111 1111 1111 1111."]
    results = [_found(texts[0], "4111 1111 1111 1111", "ID_NUMBER"), _found(texts[1], "4111 1111 1111 1111", "CREDIT_CARD")]
    kept = documented_in_conversation(texts, results)
    assert kept[0] == results[0] and kept[1] == []
