"""Builds what a redactor process runs from a policy: vault, key, pipeline.

The proxy, the MCP server, the CLI and the leak benchmark all call
`build_pipeline`, so they run the very same Pipeline for the same policy.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from redactor.pipeline import Pipeline
from redactor.policy import Policy, load_policy
from redactor.vault.base import Vault

# Environment overrides, so a deployment can share one vault between replicas
# without editing the policy file.
VAULT_URL_ENV = "REDACTOR_VAULT_URL"
KEY_FILE_ENV = "REDACTOR_VAULT_KEY_FILE"


def resolve_policy(policy: Policy | str) -> Policy:
    return policy if isinstance(policy, Policy) else load_policy(policy)


def open_policy_vault(policy: Policy, vault_url: str | None = None,
                      key_file: str | None = None) -> tuple[Vault, bytes]:
    """Open the vault the policy (or an override) names; return it with its master key."""
    from redactor.vault import open_vault
    from redactor.vault.keys import load_key

    url = vault_url or os.environ.get(VAULT_URL_ENV) or policy.vault.url
    if url.startswith("memory:"):
        # A memory vault lives and dies with the process: a fresh random key is right.
        key = secrets.token_bytes(32)
    else:
        key = load_key(key_file or os.environ.get(KEY_FILE_ENV) or policy.vault.key_file)
    vault = open_vault(url, key, ttl_seconds=policy.vault.ttl_seconds,
                       max_entries=policy.vault.max_entries)
    return vault, key


def build_pipeline(policy: Policy | str, vault_url: str | None = None, key_file: str | None = None,
                   vault: Vault | None = None, conversation_key: bytes | None = None) -> Pipeline:
    """The Pipeline for a policy, bound to its vault.

    Pass `vault` (and `conversation_key`) to share one already-open vault.
    """
    resolved = resolve_policy(policy)
    if vault is None:
        vault, master_key = open_policy_vault(resolved, vault_url, key_file)
        conversation_key = derive_conversation_key(master_key)
    return Pipeline(resolved, vault, conversation_key=conversation_key or secrets.token_bytes(32))


def derive_conversation_key(master_key: bytes) -> bytes:
    """Key for conversation-id hashing; replicas with the same vault key agree on ids."""
    return hmac.new(master_key, b"redactor conversation id v1", hashlib.sha256).digest()
