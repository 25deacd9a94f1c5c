"""Round 29 speed work on the secrets detector (issue 14): the `login:HASH` line format is tried only on the lines
holding a colon and 32 hex digits, and the 64-byte account key format only where a padded base64 run of 78
characters or more stands (read backwards): each finds what the format over the whole text finds.

The dev texts were written while changing the code; the check texts (`_CHECK_*`) afterwards, not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect import secrets
from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector

_MD5 = "5f4dcc3b5aa765d61d8327deb882cf99"
_SHA1 = "e38ad214943daad1d64c1d0cf5eac4b0b1b1c1d2"
_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

_HASH_LINE_TEXTS = [
    f"alice:{_MD5}\nbob:{_SHA1}\n  user-ro:{_SHA256}\n",
    f"sha256:{_SHA256}\ncommit: {_SHA1}\nETag:{_MD5}\nid:{_MD5}\n",
    f"# htpasswd dump\r\nsvc.backup$:{_SHA1}\r\nnot a line {_MD5}\nx:{_MD5}z\nx:{_MD5}.tar\n",
    f"no line break before it: alice:{_MD5} and after\nbob:{_MD5[:31]}\n",
]
_CHECK_HASH_LINE_TEXTS = [
    f"deploy:{_SHA256}{_SHA256}\nops:{_SHA256}{_SHA256[:8]}\n\tcarol:{_SHA1.upper()}\n",
    f"Checksum : {_MD5}\nmd5sum:{_MD5}\nreplica_user:{_MD5}\n:{_MD5}\n9lives:{_MD5}\n",
]


@pytest.mark.parametrize("text", _HASH_LINE_TEXTS + _CHECK_HASH_LINE_TEXTS)
def test_login_hash_lines_tried_on_anchored_lines_are_those_tried_at_every_line_start(text):
    pattern = next(pattern for pattern in secrets.SECRET_PATTERNS if pattern.name == "login_hash_line")
    assert [match.span() for match in secrets._pattern_matches(pattern, secrets._TextIndex(text))] == \
        [match.span() for match in pattern.regex.finditer(text)]


def test_a_login_hash_line_is_still_found():
    text = _HASH_LINE_TEXTS[0]
    found = {text[span.start:span.end] for span in SecretsDetector().detect(DetectionInput(text))}
    assert {_MD5, _SHA1, _SHA256} <= found


def test_a_digest_labelled_as_one_is_no_login_hash():
    text = f"sha256:{_SHA256}\n"
    assert not [span for span in SecretsDetector().detect(DetectionInput(text)) if span.kind == "PASSWORD_HASH"]


# A 64-byte key in base64 (88 characters with its padding), as `az storage account keys list -o tsv` prints it.
_ACCOUNT_KEY = "Xk3v9Qm2Lr8Tz5Wn1Yp7Hs4Jd6Fg0Bc2Nq8Vt3Ke9Ra5Ux1Mi7Ol4Pw6Zy0Ab2Cd8Ef3Gh5Ij9Kl1Mn7Op4Qr6St=="

_ACCOUNT_KEY_TEXTS = [
    f"key1  FULL  {_ACCOUNT_KEY}\nkey2  FULL  {_ACCOUNT_KEY[::-1].lstrip('=')}==\n",
    f"primaryMasterKey:\n  {_ACCOUNT_KEY}\nif a == b: pass\n",
    f"token {_ACCOUNT_KEY[:70]}==\nsecret {'A' * 101}==\n",
]
_CHECK_ACCOUNT_KEY_TEXTS = [
    f"AccountKey={_ACCOUNT_KEY[:-2]}=;EndpointSuffix=core.windows.net\npassword == '{_ACCOUNT_KEY}'",
    f"x == y and the signature {_ACCOUNT_KEY} (no key word on this line)\n\n{_ACCOUNT_KEY}",
]


@pytest.mark.parametrize("text", _ACCOUNT_KEY_TEXTS + _CHECK_ACCOUNT_KEY_TEXTS)
def test_account_keys_behind_their_stretch_gate_are_those_the_whole_text_search_finds(text):
    pattern = next(pattern for pattern in secrets.SECRET_PATTERNS if pattern.name == "account_key_of_64_bytes")
    assert [match.span() for match in secrets._pattern_matches(pattern, secrets._TextIndex(text))] == \
        [match.span() for match in pattern.regex.finditer(text)]


def test_the_stretch_gate_stops_a_text_without_a_padded_base64_run_and_passes_one_with_it():
    gate = secrets._STRETCH_GATES["account_key_of_64_bytes"][0]
    assert not secrets.starts_read_backwards(gate, f"if a == b: key = {_ACCOUNT_KEY[:60]}==")
    assert secrets.starts_read_backwards(gate, _ACCOUNT_KEY_TEXTS[0])


def test_an_account_key_is_still_found():
    text = _ACCOUNT_KEY_TEXTS[0]
    assert _ACCOUNT_KEY in {text[span.start:span.end] for span in SecretsDetector().detect(DetectionInput(text))}
