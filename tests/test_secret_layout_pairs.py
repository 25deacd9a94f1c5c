"""Credentials named by a file format's layout rather than by an assignment (SecretsDetector._layout_pair_spans)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector


def _found(text: str) -> dict[str, str]:
    return {text[s.start:s.end]: s.kind for s in SecretsDetector().detect(DetectionInput(text))}


@pytest.mark.parametrize("text,value,kind", [
    # An iOS Info.plist: the <key> element names the <string> element after it, on the same line or the next.
    ("<dict>\n  <key>BRAZE_API_KEY</key>\n  <string>c71e52aa-9b3f-4d0e-8a61-2f4b7d9e0c13</string>\n</dict>",
     "c71e52aa-9b3f-4d0e-8a61-2f4b7d9e0c13", "API_KEY"),
    ("<key>MIXPANEL_SECRET</key><string>9d4b27e1c0a84f6b93e5d2a7c1f08b64</string>",
     "9d4b27e1c0a84f6b93e5d2a7c1f08b64", None),
    # A HAR file's cookies: the session is in "value" whatever the cookie is called.
    ('"cookies": [{"name": "_shop_session", "value": "Wm9kY2VyLTQ0MTgtc2Vzc2lvbi12YWx1ZS0xMjM0NTY3ODkw"}]',
     "Wm9kY2VyLTQ0MTgtc2Vzc2lvbi12YWx1ZS0xMjM0NTY3ODkw", "SESSION_COOKIE"),
    ('{"name": "connect.sid",\n "value": "s%3Ak2Jd9Qw7Xr4Lm8Tz1Vb6.Hn3Fp5Gc0Ys2"}',
     "s%3Ak2Jd9Qw7Xr4Lm8Tz1Vb6.Hn3Fp5Gc0Ys2", "SESSION_COOKIE"),
    # A CLI's login verb takes the key as its argument; 40 hex digits are a key there, not a commit.
    ("$ wandb login 7c2e9f14ab03d86e5f1a9c47b20d3e8f6a5c1b90", "7c2e9f14ab03d86e5f1a9c47b20d3e8f6a5c1b90", "API_KEY"),
    ("npx some-cli login --profile ci Qm7Rt2Yx9Lp4Wn8Kc3Vz6Hb1", "Qm7Rt2Yx9Lp4Wn8Kc3Vz6Hb1", None),
])
def test_a_credential_in_a_format_layout_is_redacted(text, value, kind):
    found = _found(text)
    assert value in found
    if kind:
        assert found[value] == kind


@pytest.mark.parametrize("text", [
    "<key>CFBundleDisplayName</key>\n<string>Kiwicart</string>",
    '{"name": "theme", "value": "dark"}, {"name": "lang", "value": "en-GB"}',
    "git log 7c2e9f14ab03d86e5f1a9c47b20d3e8f6a5c1b90 --stat",
    "docker login registry.acme.io -u deploy",
    "see the login page for details",
])
def test_layout_pairs_without_key_material_stay(text):
    assert not {v: k for v, k in _found(text).items() if k in ("API_KEY", "SESSION_COOKIE", "GENERIC_SECRET")}


@pytest.mark.parametrize("text,value,kind", [
    ("TOTP seed: KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF", "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF", "OTP_SEED"),
    ("Authenticator setup key: krsx g5ct mvrx ezlu kn2x azls", "krsx g5ct mvrx ezlu kn2x azls", "OTP_SEED"),
    ("| svc_app | *A4B6157319038724E3560894F7F932C8886EBFCF |", "*A4B6157319038724E3560894F7F932C8886EBFCF",
     "PASSWORD_HASH"),
])
def test_otp_seeds_and_mysql_password_hashes(text, value, kind):
    assert _found(text).get(value) == kind


@pytest.mark.parametrize("text", [
    "two-factor authentications are required for admins",
    "see RFC 6238 for TOTP; enable MFA for everyone",
    "SELECT * FROM users",
])
def test_otp_words_without_a_seed_stay(text):
    assert not [k for k in _found(text).values() if k in ("OTP_SEED", "PASSWORD_HASH")]
