"""Masked previews of sensitive values for human-facing output.

Findings shown to people (CLI `detect`, audits, MCP `detect`) carry a masked
preview, never the value: enough to recognise which value it was, too little
to use it.
"""
from __future__ import annotations


def mask_value(value: str) -> str:
    """`AKIAIOSFODNN7EXAMPLE` -> `AK****************LE` (length kept, ends shown when long)."""
    flat = value.replace("\n", " ")
    if len(flat) >= 16:
        return flat[:2] + "*" * min(len(flat) - 4, 40) + flat[-2:]
    if len(flat) >= 8:
        return flat[:1] + "*" * (len(flat) - 1)
    return "*" * len(flat)
