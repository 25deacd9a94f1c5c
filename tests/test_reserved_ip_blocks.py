"""A reserved range written as itself (`10.0.0.0/8`) is a definition; a subnet inside it or an address is someone's."""
from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector

_DETECTOR = PiiDetector()


def _found(text: str) -> list[str]:
    return [text[span.start:span.end] for span in _DETECTOR.detect(DetectionInput(text=text))]


def test_the_reserved_ranges_themselves_are_not_redacted():
    text = ("RFC 1918 sets aside 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16; examples use 198.51.100.0/24 "
            "and 203.0.113.0/24.")
    assert _found(text) == []


def test_one_private_block_alone_is_a_configuration_and_stays():
    assert _found("[Peer]\nEndpoint = vpn.acme-ops.net:51820\nAllowedIPs = 172.16.0.0/12") == ["172.16.0.0/12"]


def test_subnets_and_hosts_inside_a_reserved_range_stay_redacted():
    text = "the staging VPC is 10.64.0.0/16, the vpn pool 192.168.40.0/22 and the db answers on 10.64.7.21"
    assert set(_found(text)) >= {"10.64.0.0/16", "192.168.40.0/22", "10.64.7.21"}


def test_an_address_written_with_its_mask_stays_an_address():
    assert "172.16.4.9/12" in _found("the router's interface is 172.16.4.9/12 now")
