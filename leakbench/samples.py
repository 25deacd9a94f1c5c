"""Benchmark records: annotated spans, annotated segments and samples, plus the text builder.

A sample is one request as a client would send it: a list of segments (one for a
single text, many for an agent transcript), each with exact ground-truth
annotations `[start, end)` into that segment's text.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Mapping

from redactor.segments import Segment

# Benchmark category of each annotation kind. "quasi" (quasi-identifiers) is a
# benchmark category only: no placeholder detector is expected to find them.
KIND_CATEGORIES: dict[str, str] = {
    # secrets
    "AWS_ACCESS_KEY": "secret", "AWS_SECRET_KEY": "secret", "GITHUB_TOKEN": "secret",
    "SLACK_TOKEN": "secret", "STRIPE_KEY": "secret", "OPENAI_KEY": "secret", "JWT": "secret",
    "PRIVATE_KEY": "secret", "CONNECTION_STRING": "secret", "PASSWORD": "secret",
    "API_KEY": "secret", "K8S_SECRET_VALUE": "secret",
    # personal data
    "PERSON": "pii", "EMAIL": "pii", "PHONE": "pii", "STREET_ADDRESS": "pii", "SSN": "pii",
    "CREDIT_CARD": "pii", "IBAN": "pii", "DATE_OF_BIRTH": "pii", "USERNAME": "pii",
    # infrastructure
    "INTERNAL_HOST": "infra", "IP_ADDRESS": "infra", "INTERNAL_URL": "infra",
    # organisation
    "ORG_NAME": "org", "PROJECT_CODENAME": "org", "CUSTOMER_NAME": "org",
    "INTERNAL_IDENTIFIER": "org", "DB_SCHEMA": "org",
    # the codebase's own names (code-private)
    "DB": "code", "TABLE": "code", "FUNC": "code", "CLASS": "code", "MODULE": "code", "PROJECT": "code",
    "ORG": "code",
    # implicit identity
    "QUASI_IDENTIFIER": "quasi",
}

SPLITS = ("dev", "heldout")
# One sample in five is held out. The split depends only on the sample id and
# this fixed salt, never on the generation seed, so it cannot be re-drawn.
_SPLIT_SALT = b"leakbench-split-v1"


def category_of(kind: str) -> str:
    """Benchmark category of a kind; unknown kinds (external data) are "unknown"."""
    return KIND_CATEGORIES.get(kind, "unknown")


def split_of(sample_id: str) -> str:
    """'dev' or 'heldout', by a salted hash of the sample id (about 20% held out)."""
    digest = hashlib.sha256(_SPLIT_SALT + sample_id.encode("utf-8")).digest()
    return "heldout" if digest[0] % 5 == 0 else "dev"


@dataclass(frozen=True, slots=True)
class Annotation:
    """A ground-truth sensitive span: text == segment_text[start:end]."""

    start: int
    end: int
    kind: str
    text: str
    category: str = "unknown"

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind, "text": self.text,
                "category": self.category}


@dataclass(slots=True)
class AnnotatedSegment:
    segment: Segment
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.segment.text


@dataclass(slots=True)
class Sample:
    """One benchmark request with its ground truth."""

    id: str
    workload: str
    segments: list[AnnotatedSegment]
    split: str = "dev"
    # implicit_identity: id of the person in the generated population the text is about.
    subject: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def annotations(self) -> list[Annotation]:
        return [annotation for item in self.segments for annotation in item.annotations]

    @property
    def plain_segments(self) -> list[Segment]:
        return [item.segment for item in self.segments]

    def to_json(self) -> dict:
        """The multi-turn JSONL form (see leakbench.loaders)."""
        return {
            "id": self.id,
            "workload": self.workload,
            "split": self.split,
            "subject": self.subject,
            "segments": [
                {"role": item.segment.role, "kind": item.segment.kind, "position": item.segment.position,
                 "field_name": item.segment.field_name, "text": item.segment.text,
                 "annotations": [annotation.to_json() for annotation in item.annotations]}
                for item in self.segments
            ],
        }


@dataclass(frozen=True, slots=True)
class Value:
    """A value to put in a template; `kind` None means it is not sensitive."""

    text: str
    kind: str | None = None


_MARKER = re.compile(r"<%(\w+)%>")


class TextBuilder:
    """Builds a text piece by piece while recording exact annotation offsets.

    Templates use `<%name%>` markers (chosen because JSON, YAML, Terraform and
    shell text never contain them, unlike `{name}`).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.annotations: list[Annotation] = []

    def add(self, text: str) -> "TextBuilder":
        self._parts.append(text)
        self._length += len(text)
        return self

    def value(self, value: Value | str) -> "TextBuilder":
        if isinstance(value, str) or value.kind is None:
            return self.add(value if isinstance(value, str) else value.text)
        start = self._length
        self.add(value.text)
        if value.text:
            self.annotations.append(Annotation(start, self._length, value.kind, value.text,
                                               category_of(value.kind)))
        return self

    def fill(self, template: str, values: Mapping[str, Value | str]) -> "TextBuilder":
        cursor = 0
        for match in _MARKER.finditer(template):
            self.add(template[cursor:match.start()])
            self.value(values[match.group(1)])
            cursor = match.end()
        self.add(template[cursor:])
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def segment(self, role: str = "user", kind: str = "prose", position: str | None = None,
                path: tuple = (), field_name: str | None = None) -> AnnotatedSegment:
        segment = Segment(text=self.text, role=role, kind=kind, path=path, field_name=field_name,
                          position=position or role)
        return AnnotatedSegment(segment, list(self.annotations))


def fill(template: str, values: Mapping[str, Value | str]) -> tuple[str, list[Annotation]]:
    builder = TextBuilder().fill(template, values)
    return builder.text, builder.annotations
