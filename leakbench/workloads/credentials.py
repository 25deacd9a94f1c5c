"""Fake credentials in the real formats: AWS keys, GitHub/Slack/Stripe/OpenAI tokens, JWTs, PEM keys.

All values are random (from a seeded `random.Random`), never real credentials;
they only have the shape (prefixes, lengths, alphabets, checksums) that real
ones have, so detectors see what they would see in the wild.
"""
from __future__ import annotations

import base64
import json
import random
import string
import zlib

_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
_ALNUM = string.ascii_letters + string.digits
_BASE64 = string.ascii_letters + string.digits + "+/"
_URLSAFE = string.ascii_letters + string.digits + "-_"


def _pick(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + _pick(rng, string.ascii_uppercase + "234567", 16)


def aws_secret_key(rng: random.Random) -> str:
    return _pick(rng, _BASE64, 40)


def _base62(number: int, width: int) -> str:
    digits = []
    while number:
        number, remainder = divmod(number, 62)
        digits.append(_BASE62[remainder])
    return "".join(reversed(digits)).rjust(width, "0")


def github_token(rng: random.Random) -> str:
    # Real GitHub tokens end in a base62 CRC32 of the random part.
    prefix = rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"])
    body = _pick(rng, _ALNUM, 30)
    return prefix + body + _base62(zlib.crc32(body.encode()), 6)


def slack_token(rng: random.Random) -> str:
    prefix = rng.choice(["xoxb", "xoxp", "xoxa"])
    return (f"{prefix}-{_pick(rng, string.digits, rng.randint(10, 13))}"
            f"-{_pick(rng, string.digits, rng.randint(10, 13))}-{_pick(rng, _ALNUM, 24)}")


def slack_webhook(rng: random.Random) -> str:
    return (f"https://hooks.slack.com/services/T{_pick(rng, string.ascii_uppercase + string.digits, 8)}"
            f"/B{_pick(rng, string.ascii_uppercase + string.digits, 8)}/{_pick(rng, _ALNUM, 24)}")


def stripe_key(rng: random.Random) -> str:
    prefix = rng.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    return prefix + _pick(rng, _ALNUM, rng.choice([24, 34, 99]))


def openai_key(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "sk-" + _pick(rng, _ALNUM, 20) + "T3BlbkFJ" + _pick(rng, _ALNUM, 20)
    return "sk-proj-" + _pick(rng, _URLSAFE, rng.choice([48, 74, 156]))


def api_key_hex(rng: random.Random, length: int = 32) -> str:
    return _pick(rng, "0123456789abcdef", length)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng: random.Random, subject: str, name: str | None = None) -> str:
    header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    payload = {"sub": subject, "iat": rng.randint(1_600_000_000, 1_750_000_000),
               "scope": rng.choice(["read", "read write", "admin"])}
    if name:
        payload["name"] = name
    signature = rng.randbytes(32 if header["alg"] == "HS256" else 128)
    return ".".join([_b64url(json.dumps(header, separators=(",", ":")).encode()),
                     _b64url(json.dumps(payload, separators=(",", ":")).encode()),
                     _b64url(signature)])


def private_key(rng: random.Random) -> str:
    label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lead = {"RSA PRIVATE KEY": "MIIEow", "PRIVATE KEY": "MIIEvQ", "EC PRIVATE KEY": "MHcCAQEE",
            "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[label]
    body = lead + _pick(rng, _BASE64, rng.randint(6, 14) * 64 - len(lead))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


_PASSWORD_WORDS = ["Tiger", "Summer", "Falcon", "Winter", "Dragon", "Monkey", "Harbor", "Copper",
                   "Rocket", "Maple", "Orbit", "Velvet", "Cobalt", "Nimbus", "Quartz"]


def password(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.45:
        return _pick(rng, _ALNUM + "!#$%^*-_", rng.randint(14, 22))
    if style < 0.8:
        return rng.choice(_PASSWORD_WORDS) + rng.choice("!#$%@") + str(rng.randint(1000, 99999))
    return _pick(rng, _ALNUM, 24)


def k8s_b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()
