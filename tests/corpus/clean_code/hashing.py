"""Password hashing and API key generation helpers for the accounts service."""
import hashlib
import hmac
import os
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

SALT_LENGTH = 16
API_KEY_PREFIX = "acme_"
API_KEY_BYTES = 32
_hasher = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except VerifyMismatchError:
        return False


def new_api_key() -> tuple[str, str]:
    """Return (plaintext key shown once, sha256 digest stored in the db)."""
    api_key = API_KEY_PREFIX + secrets.token_urlsafe(API_KEY_BYTES)
    return api_key, hashlib.sha256(api_key.encode()).hexdigest()


def constant_time_equals(token: str, expected_token: str) -> bool:
    return hmac.compare_digest(token.encode(), expected_token.encode())


def webhook_signature(body: bytes, secret: bytes | None = None) -> str:
    secret = secret or os.environ["WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()
