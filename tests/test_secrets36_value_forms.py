"""Round 36: value forms independent writers' text carried past the secrets and infra detectors.

A key read out in groups or picked from words after its key word (any language), a session header under a
vendor's prefix, an IPv4 range, and a hyphenated internal host whose first label is also a code word. The forms
below were written for these tests (other languages and layouts than the diagnosis corpora's).
"""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.pii import PiiDetector
from redactor.detect.secrets import SecretsDetector


@pytest.fixture(scope="module")
def secrets():
    return SecretsDetector()


def _found(detector, text: str) -> list[str]:
    return [text[span.start:span.end] for span in detector.detect(DetectionInput(text=text))]


@pytest.mark.parametrize("text,value", [
    ("OBS settings for the Easter service: stream key 7kq2-m9xa-40tz-pp3d", "7kq2-m9xa-40tz-pp3d"),
    ("Router VPN: vpn.harbor.example, pre-shared key Harbor-VPN-2207", "Harbor-VPN-2207"),
    ("Accès terrain : clé partagée Sahel-Mesh-19 (ne pas diffuser)", "Sahel-Mesh-19"),
    ("Ключ доступа: Vega-12-north", "Vega-12-north"),
    ("VPN-nøkkel er Fjord-Gate-2291 fra i dag", "Fjord-Gate-2291"),
    ("Stream-Schlüssel: 9f2k-ab71-x0pq-77mm", "9f2k-ab71-x0pq-77mm"),
    ("la llave del wifi invitados es Casa_Azul_88", "Casa_Azul_88"),
])
def test_a_key_read_out_in_groups_or_picked_from_words_after_its_key_word_is_found(secrets, text, value):
    assert value in _found(secrets, text)


@pytest.mark.parametrize("text,value", [
    ("the key aes-256-gcm is what the vault uses", "aes-256-gcm"),
    ("see issue key OPS-1234 for details", "OPS-1234"),
    ("the key CVE-2024-3094 fix landed upstream", "CVE-2024-3094"),
    ("ssh key id_ed25519 lives in ~/.ssh", "id_ed25519"),
    ("keyboard layout de-ch-1901 is installed", "de-ch-1901"),
])
def test_a_setting_an_issue_id_or_a_file_name_after_a_key_word_is_left(secrets, text, value):
    assert value not in _found(secrets, text)


@pytest.mark.parametrize("text,value", [
    ('curl https://bi.example.internal/api/dataset -H "X-Metabase-Session: 5d1c0e9a-7b44-4c1f-9e2d-31a8f6b0c7d2"',
     "5d1c0e9a-7b44-4c1f-9e2d-31a8f6b0c7d2"),
    ("GET /v2/items HTTP/1.1\nHost: api.example.org\nX-Session-Id: 0b7e4f1a-22c9-4d3b-8f60-9a1e5c7d2b44\n",
     "0b7e4f1a-22c9-4d3b-8f60-9a1e5c7d2b44"),
    ('{"portal_session": "q8Vn2Lr5tW9xZ3mB7cKp"}', "q8Vn2Lr5tW9xZ3mB7cKp"),
])
def test_a_session_under_a_prefixed_session_name_is_found(secrets, text, value):
    assert value in _found(secrets, text)


@pytest.mark.parametrize("text,value", [
    ("X-Request-Id: 4f2a9c7e-1b3d-4e5f-8a9b-0c1d2e3f4a5c", "4f2a9c7e-1b3d-4e5f-8a9b-0c1d2e3f4a5c"),
    ("tmux_session: build-2024-05-01-nightly", "build-2024-05-01-nightly"),
    ("user_session_timeout: 36000000000", "36000000000"),
])
def test_a_request_id_or_a_named_session_label_is_left(secrets, text, value):
    assert value not in _found(secrets, text)


def test_both_ends_of_an_ipv4_range_are_addresses():
    found = _found(PiiDetector(), "DHCP pool 192.168.40.100-192.168.40.199 on the guest VLAN")
    assert found == ["192.168.40.100", "192.168.40.199"]


def test_a_version_with_a_suffix_is_no_range():
    assert _found(PiiDetector(), "build 3.0.5.130-5a1e7 shipped") == []


def test_a_hyphenated_internal_host_whose_first_label_is_a_code_word_is_a_host():
    text = "مزامنة الملفات على الخادم data.rahma-aid.internal، ثم الإبلاغ"
    assert "data.rahma-aid.internal" in _found(InfraDetector(), text)


def test_a_member_access_on_a_code_word_is_no_host():
    assert _found(InfraDetector(), "x = self.config.internal") == []


@pytest.mark.parametrize("text,key_id", [
    ("basic.auth.user.info=Q3ZP7MLK2WXN9DRT:hV9xL2q8Rk5mW3tY7pZ1nB4cF6gJ0sD8aE2uI5oK", "Q3ZP7MLK2WXN9DRT"),
    ("the schema registry pair is 7TQ2M9XKLP4WZR8D:Lm3nB8vC1xZ6qW9eR2tY5uI7oP0aS4dF6gH", "7TQ2M9XKLP4WZR8D"),
])
def test_the_id_half_of_a_found_key_pair_is_redacted(secrets, text, key_id):
    assert any(key_id in value for value in _found(secrets, text))


@pytest.mark.parametrize("text,kept", [
    ("image: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sha256"),
    ("svc_reports:Tq8vN2pLr5tW9xZ3mB7cKp2", "svc_reports"),
    ("deployment_name:Tq8vN2pLr5tW9xZ3mB7cKp2", "deployment_name"),
])
def test_a_word_before_a_secret_colon_is_no_key_id(secrets, text, kept):
    assert not any(kept in value for value in _found(secrets, text))


@pytest.mark.parametrize("text,code", [
    ("Casa rural: candado 0472 en la verja trasera", "0472"),
    ("Ferienwohnung: Schlüsselsafe 5092 neben der Tür", "5092"),
    ("Cottage notes: padlock 3318 on the log store", "3318"),
    ("Hyttenøkler: hengelås i boden, engangskode 481 220 fra banken", "481 220"),
    ("Mökki: kertakäyttökoodi 662 901 tuli tekstiviestinä", "662 901"),
])
def test_a_number_right_after_a_lock_with_no_number_of_its_own_is_its_code(secrets, text, code):
    assert code in _found(secrets, text)


@pytest.mark.parametrize("text,number", [
    ("the locker 2231 is by the stairs", "2231"),
    ("set the alarm 0630 tomorrow", "0630"),
    ("room 1204, then the door 1206 on the left", "1206"),
])
def test_a_number_after_a_numbered_lock_or_an_alarm_time_is_left(secrets, text, number):
    assert number not in _found(secrets, text)


@pytest.mark.parametrize("text,name", [
    ("Ferienhaus: WLAN-Name: Fuchsbau_Gast, Passwort liegt im Flur", "Fuchsbau_Gast"),
    ('Le réseau wifi : "Chez Mamie" et le code est sur la box', "Chez Mamie"),
    ("SSID = kantine-2OG", "kantine-2OG"),
    ('{"ssid": "HomeNet-5G", "psk": "x"}', "HomeNet-5G"),
    ("와이파이: DASOM_2G / 5512098834", "DASOM_2G"),
    ("Wi-Fi OrchardGuest, the key is on the fridge", "OrchardGuest"),
])
def test_a_network_name_in_the_slot_after_the_wifi_word_is_found(text, name):
    assert name in _found(InfraDetector(), text)


@pytest.mark.parametrize("text", [
    "the wifi password is on the fridge; wifi settings changed",
    "a Wi-Fi 6 router on the 5GHz band; use WPA2-PSK on the wifi",
    "connect to wifi eduroam, or WiFi-Direct off",
    "ssid = wlan.ssid()",
    "wifi is down again",
    'staff wifi "Guest" for visitors',
    "scanner.conf wifi: SSID and key from the sticker",
])
def test_wifi_talk_without_a_coined_name_has_no_network_name(text):
    assert _found(InfraDetector(), text) == []
