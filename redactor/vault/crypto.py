"""Encryption at rest for the vault: AES-GCM for stored data, HMAC for lookups.

One 32-byte master key is split with HKDF into an AES-256-GCM key (values and
records) and an HMAC-SHA256 key (conversation ids, the value lookup index and
record ids), so the store holds no plaintext value, conversation id or record
key. Every ciphertext carries the id of the row it belongs to as associated
data: a ciphertext copied into another row (another placeholder, another
conversation) fails authentication instead of decrypting to the wrong value.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from redactor.vault.base import VaultError, VaultKeyError, WrongKeyError

KEY_LENGTH = 32
NONCE_LENGTH = 12

# Encrypted under the vault key when a store is created; decrypting it at open
# time tells a wrong key apart from a right one before any mapping is used.
_KEY_CHECK_TOKEN = b"redactor vault key check v1"

_ENCRYPTION_INFO = b"redactor/vault/aes-256-gcm/v1"
_INDEX_INFO = b"redactor/vault/hmac-sha256-index/v1"


class VaultCipher:
    """Encrypts, decrypts and keys vault rows with subkeys of one master key."""

    def __init__(self, master_key: bytes) -> None:
        if not isinstance(master_key, (bytes, bytearray)) or len(master_key) != KEY_LENGTH:
            raise VaultKeyError(f"the vault key must be exactly {KEY_LENGTH} bytes")
        self._aead = AESGCM(_derive_subkey(bytes(master_key), _ENCRYPTION_INFO))
        self._index_key = _derive_subkey(bytes(master_key), _INDEX_INFO)

    # -- keyed hashes (no plaintext in the store) -------------------------

    def conversation_id(self, conversation: str) -> str:
        """Stored id of a conversation: an HMAC, so the real id is not kept."""
        return self._mac(b"conversation", _utf8(conversation))

    def value_index(self, conversation_id: str, value: str) -> str:
        """Lookup key of a value within a conversation (kind-agnostic)."""
        return self._mac(b"value", conversation_id.encode("ascii"), _utf8(value))

    def record_id(self, namespace: str, key: str) -> str:
        return self._mac(b"record", _utf8(namespace), _utf8(key))

    # -- authenticated encryption -----------------------------------------

    def encrypt_value(self, conversation_id: str, placeholder: str, value: str) -> bytes:
        return self._encrypt(_utf8(value), _entry_context(conversation_id, placeholder))

    def decrypt_value(self, conversation_id: str, placeholder: str, blob: bytes) -> str:
        plaintext = self._decrypt(blob, _entry_context(conversation_id, placeholder), "a mapping entry")
        return plaintext.decode("utf-8", "surrogatepass")

    def encrypt_record(self, record_id: str, data: bytes) -> bytes:
        return self._encrypt(bytes(data), _frame(b"record", record_id.encode("ascii")))

    def decrypt_record(self, record_id: str, blob: bytes) -> bytes:
        return self._decrypt(blob, _frame(b"record", record_id.encode("ascii")), "a stored record")

    # -- key check -------------------------------------------------------

    def key_check_blob(self) -> bytes:
        """A fresh ciphertext that only this key can open (stored once per store)."""
        return self._encrypt(_KEY_CHECK_TOKEN, _frame(b"key-check"))

    def verify_key_check(self, blob: bytes, where: str) -> None:
        """Raise WrongKeyError unless `blob` was made by key_check_blob with this key."""
        try:
            plaintext = self._aead.decrypt(bytes(blob[:NONCE_LENGTH]), bytes(blob[NONCE_LENGTH:]), _frame(b"key-check"))
        except (InvalidTag, ValueError):
            plaintext = None
        if plaintext != _KEY_CHECK_TOKEN:
            raise WrongKeyError(
                f"the vault at {where} was created with a different key. Use the original key "
                "(REDACTOR_VAULT_KEY or the key file), or move this vault away to start a new one "
                "(its placeholder mappings will be lost)"
            )

    # -- private ---------------------------------------------------------

    def _mac(self, *parts: bytes) -> str:
        return hmac.new(self._index_key, _frame(*parts), hashlib.sha256).hexdigest()

    def _encrypt(self, plaintext: bytes, associated: bytes) -> bytes:
        nonce = os.urandom(NONCE_LENGTH)
        return nonce + self._aead.encrypt(nonce, plaintext, associated)

    def _decrypt(self, blob: bytes, associated: bytes, what: str) -> bytes:
        blob = bytes(blob)
        try:
            return self._aead.decrypt(blob[:NONCE_LENGTH], blob[NONCE_LENGTH:], associated)
        except (InvalidTag, ValueError):
            # The key check passed when the store was opened, so this row was
            # altered or moved: refuse it rather than guess.
            raise VaultError(f"{what} in the vault failed authentication (corrupted or tampered); refusing to use it") from None


def _derive_subkey(master_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=None, info=info).derive(master_key)


def _entry_context(conversation_id: str, placeholder: str) -> bytes:
    return _frame(b"entry", conversation_id.encode("ascii"), _utf8(placeholder))


def _utf8(text: str) -> bytes:
    # JSON bodies may carry lone surrogates ("\ud800" escapes) inside a value
    # the detectors found; they must be stored and restored, not crash the request.
    return text.encode("utf-8", "surrogatepass")


def _frame(*parts: bytes) -> bytes:
    # Length-prefixing keeps ("ab", "c") and ("a", "bc") from hashing alike.
    return b"".join(len(part).to_bytes(4, "big") + part for part in parts)
