"""Small, honest test doubles for pipeline unit tests (real vaults are tested in test_vault*)."""
from __future__ import annotations

import re
import threading

from redactor.detect.base import DetectionInput, Span
from redactor.placeholder_syntax import make_placeholder


class DictVault:
    """An in-process Vault with the protocol's semantics, for pipeline unit tests."""

    def __init__(self) -> None:
        self._by_conversation: dict[str, dict[str, str]] = {}
        self._records: dict[tuple[str, str], bytes] = {}
        self._lock = threading.Lock()
        self.mapping_reads = 0

    def assign(self, conversation, items):
        with self._lock:
            mapping = self._by_conversation.setdefault(conversation, {})
            reverse = {value: placeholder for placeholder, value in mapping.items()}
            out = []
            for kind, value in items:
                if value not in reverse:
                    count = sum(1 for p in mapping if p.startswith(make_placeholder(kind, 0)[:-3]))
                    placeholder = make_placeholder(kind, count + 1)
                    mapping[placeholder] = value
                    reverse[value] = placeholder
                out.append(reverse[value])
            return out

    def mapping(self, conversation):
        self.mapping_reads += 1
        with self._lock:
            return dict(self._by_conversation.get(conversation, {}))

    def put_record(self, namespace, key, data, ttl_seconds=None):
        self._records[(namespace, key)] = data

    def get_record(self, namespace, key):
        return self._records.get((namespace, key))

    def close(self):
        pass


class RegexDetector:
    """Finds emails and `TOKEN-<digits>` secrets: enough to exercise the pipeline."""

    name = "test-regex"
    _patterns = [
        (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "EMAIL", "pii"),
        (re.compile(r"TOKEN-\d{4,}"), "API_TOKEN", "secret"),
        (re.compile(r"-----BEGIN KEY-----.*?-----END KEY-----", re.S), "PRIVATE_KEY", "secret"),
    ]

    def detect(self, item: DetectionInput) -> list[Span]:
        return [Span(m.start(), m.end(), kind, category, 0.95, self.name)
                for pattern, kind, category in self._patterns for m in pattern.finditer(item.text)]


class FailingDetector:
    name = "broken"

    def detect(self, item):
        raise RuntimeError("detector bug with secret TOKEN-9999 in message")
