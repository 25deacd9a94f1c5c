"""Rule catalogues as data: the files in redactor/detect/rules/, loaded and validated once.

- `secret_formats.yaml`: our own credential formats (what the maintained
  Kingfisher catalogue lacks), one record per format; see the file's header
  for the fields.
- `term_lists.yaml`: word lists the detectors consult (secret-ish key name
  parts, placeholder words, role accounts, host labels ...), one named list
  each, every entry lower case.

Validation happens at load (start-up): an unknown field, a missing field, a
score outside 0..1, a regex that does not compile, a refine check that does
not exist or a duplicate name raises RuleFileError naming the file and the
rule, e.g. `secret_formats.yaml: rule 'github_pat' (#12): score: ...`.
Files ship as package data; nothing is fetched.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

RULES_DIR = Path(__file__).parent / "rules"


class RuleFileError(ValueError):
    """A rule file is malformed; the message names the file and the rule."""


class SecretFormatRecord(BaseModel):
    """One record of secret_formats.yaml (see its header)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9_]+$")
    kind: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    score: float = Field(ge=0.0, le=1.0)
    description: str = Field(min_length=1)
    regex: str = Field(min_length=1)
    anchors: tuple[str, ...] = ()
    anchors_lower: tuple[str, ...] = ()
    back: tuple[int, int] = (0, 0)
    required_lower: tuple[str, ...] = ()
    refine: str | None = None


def _load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleFileError(f"{path.name}: cannot be read: {exc}") from None


def secret_format_records(path: Path | None = None, known_refines: frozenset[str] = frozenset()) -> list[
        tuple[SecretFormatRecord, re.Pattern[str]]]:
    """Validated records of a secret-format file with their compiled regexes."""
    path = path or RULES_DIR / "secret_formats.yaml"
    document = _load_yaml(path)
    if not isinstance(document, dict) or not isinstance(document.get("formats"), list):
        raise RuleFileError(f"{path.name}: expected a mapping with a 'formats' list")
    records: list[tuple[SecretFormatRecord, re.Pattern[str]]] = []
    names: set[str] = set()
    for number, raw in enumerate(document["formats"], start=1):
        label = f"rule {raw.get('name')!r} (#{number})" if isinstance(raw, dict) else f"rule #{number}"
        try:
            record = SecretFormatRecord.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in error['loc']) or 'record'}: {error['msg']}"
                                 for error in exc.errors())
            raise RuleFileError(f"{path.name}: {label}: {problems}") from None
        if record.name in names:
            raise RuleFileError(f"{path.name}: {label}: duplicate name")
        names.add(record.name)
        if record.refine is not None and known_refines and record.refine not in known_refines:
            raise RuleFileError(f"{path.name}: {label}: unknown refine {record.refine!r} "
                                f"(known: {', '.join(sorted(known_refines))})")
        try:
            compiled = re.compile(record.regex)
        except re.error as exc:
            raise RuleFileError(f"{path.name}: {label}: regex does not compile: {exc}") from None
        if record.back[0] > record.back[1] or record.back[0] < 0:
            raise RuleFileError(f"{path.name}: {label}: back must be [nearest, farthest] with 0 <= nearest <= farthest")
        records.append((record, compiled))
    return records


@lru_cache(maxsize=None)
def term_list(name: str) -> frozenset[str]:
    """The named list of term_lists.yaml as a frozenset of lower-case strings."""
    lists = _term_lists()
    if name not in lists:
        raise RuleFileError(f"term_lists.yaml: no list named {name!r}")
    return lists[name]


@lru_cache(maxsize=1)
def _term_lists() -> dict[str, frozenset[str]]:
    path = RULES_DIR / "term_lists.yaml"
    document = _load_yaml(path)
    if not isinstance(document, dict):
        raise RuleFileError(f"{path.name}: expected a mapping of list names to lists")
    lists: dict[str, frozenset[str]] = {}
    for name, entries in document.items():
        if isinstance(entries, str):
            entries = entries.split()  # a block of whitespace-separated words
        if not isinstance(entries, list) or not all(isinstance(e, str) and e for e in entries):
            raise RuleFileError(f"{path.name}: list {name!r}: expected words (a list or a whitespace-separated block)")
        if any(e != e.lower() for e in entries):
            raise RuleFileError(f"{path.name}: list {name!r}: entries must be lower case")
        lists[name] = frozenset(entries)
    return lists
