"""Build the blind corpus JSONL files from the hand-authored sources in `src/`.

Contract: `python leakbench/corpora/blind/build.py` reads every `src/<name>.txt`
and writes `<name>.jsonl` next to this script (`--corpus DIR` builds another
corpus laid out the same way, such as `blind2`), in the format read by
`leakbench.loaders.load_dataset`. The output is deterministic (same sources,
same bytes), so `MANIFEST.sha256` pins the corpus.

Source format (one file per JSONL):

    @@ sample <id>                 starts a sample; its body is a single text
    @@ segment <role> <kind>       (optional) starts a segment of a multi-turn sample
    @@ include <name>              inserts src/shared/<name>.txt at this point
    @@# anything                   a comment, not part of any text

Body lines are kept verbatim (including diff hunk headers, which start with
"@@ -"), except that trailing blank lines of a body are dropped. Sensitive
spans are written inline as `⟦KIND|value⟧` or, to override the category
implied by the kind, `⟦KIND/category|value⟧`. The brackets
(U+27E6, U+27E7) were chosen because no config, template or source language
used in the corpus contains them, unlike `{{...}}` (Jinja, GitHub Actions, Go).
Unknown kinds, unknown categories, stray brackets, duplicate ids and annotated
negatives are errors, so a typo cannot silently change the ground truth.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATEGORIES = ("secret", "pii", "infra", "org", "code", "quasi")

# Default category of each kind; a span may override it with KIND/category.
KIND_CATEGORY: dict[str, str] = {
    **dict.fromkeys(
        ("PERSON", "EMAIL", "PHONE", "ADDRESS", "SSN", "NATIONAL_ID", "DATE_OF_BIRTH",
         "CREDIT_CARD", "IBAN", "BANK_ACCOUNT", "USERNAME", "ID_NUMBER", "PASSPORT",
         "DRIVER_LICENSE", "TAX_ID", "LICENSE_PLATE", "MAC_ADDRESS", "GEO_COORDINATES",
         "VAT_NUMBER", "SWIFT_BIC", "ROUTING_NUMBER"), "pii"),
    **dict.fromkeys(
        ("API_KEY", "PASSWORD", "PRIVATE_KEY", "TOKEN", "CONNECTION_STRING", "JWT",
         "WEBHOOK_URL", "CLIENT_SECRET", "ACCESS_KEY_ID", "SECRET_KEY", "SALT",
         "ENCRYPTION_KEY", "CREDENTIAL_URL", "SESSION_COOKIE", "RECOVERY_CODE", "PASSWORD_HASH",
         "OTP_SEED"), "secret"),
    **dict.fromkeys(("HOSTNAME", "URL", "IP_ADDRESS", "CIDR", "BUCKET", "CLOUD_ACCOUNT_ID"), "infra"),
    **dict.fromkeys(("ORGANIZATION",), "org"),
    **dict.fromkeys(("PROJECT", "DB", "TABLE", "FUNC", "CLASS", "MODULE", "PACKAGE",
                     "SERVICE", "QUEUE"), "code"),
    **dict.fromkeys(
        ("ROLE", "EMPLOYER", "TEAM", "LOCATION", "DATE", "AGE", "TENURE", "FAMILY", "HEALTH",
         "UNIQUENESS", "EDUCATION", "NATIONALITY", "LANGUAGE", "RELIGION", "EVENT",
         "APPEARANCE", "VEHICLE", "HOBBY", "SALARY", "SCHEDULE", "GENDER", "LEGAL"), "quasi"),
}

SEGMENT_KINDS = ("prose", "code", "json_value", "tool_result")
ROLES = ("system", "user", "assistant", "tool", "developer")
# Files whose samples must carry no annotation at all.
NEGATIVE_FILES = ("negatives",)

_SPAN = re.compile(r"⟦([A-Z_]+)(?:/([a-z]+))?\|(.*?)⟧", re.DOTALL)
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class SourceError(ValueError):
    """A source file is malformed; the message names the file and line."""


@dataclass
class SegmentSource:
    role: str
    kind: str
    line: int
    lines: list[str] = field(default_factory=list)


@dataclass
class SampleSource:
    id: str
    line: int
    body: list[str] = field(default_factory=list)
    segments: list[SegmentSource] = field(default_factory=list)


def parse_markup(marked: str, where: str) -> tuple[str, list[dict]]:
    """Plain text and exact annotations of a marked-up text."""
    parts: list[str] = []
    annotations: list[dict] = []
    length = 0
    cursor = 0
    for match in _SPAN.finditer(marked):
        before = marked[cursor:match.start()]
        parts.append(before)
        length += len(before)
        kind, category, value = match.group(1), match.group(2), match.group(3)
        if kind not in KIND_CATEGORY:
            raise SourceError(f"{where}: unknown kind {kind!r}")
        category = category or KIND_CATEGORY[kind]
        if category not in CATEGORIES:
            raise SourceError(f"{where}: unknown category {category!r} for {kind}")
        if not value or value != value.strip() or "⟦" in value:
            raise SourceError(f"{where}: empty, padded or nested {kind} span")
        annotations.append({"start": length, "end": length + len(value), "kind": kind,
                            "category": category, "text": value})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(marked[cursor:])
    text = "".join(parts)
    if "⟦" in text or "⟧" in text:
        raise SourceError(f"{where}: unbalanced span brackets")
    for annotation in annotations:
        assert text[annotation["start"]:annotation["end"]] == annotation["text"]
    return text, annotations


def _body(lines: list[str]) -> str:
    return "\n".join(lines).rstrip("\n").rstrip()


def read_source(path: Path) -> list[SampleSource]:
    samples: list[SampleSource] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        if raw.startswith("@@#"):
            continue
        # A unified-diff hunk header ("@@ -4,6 +4,9 @@") is text, not a directive.
        if raw.startswith("@@ ") and not raw.startswith("@@ -"):
            words = raw[3:].split()
            directive = words[0] if words else ""
            if directive == "sample" and len(words) == 2:
                if not _ID.match(words[1]):
                    raise SourceError(f"{where}: bad sample id {words[1]!r}")
                samples.append(SampleSource(words[1], number))
            elif directive == "segment" and len(words) == 3 and samples:
                role, kind = words[1], words[2]
                if role not in ROLES or kind not in SEGMENT_KINDS:
                    raise SourceError(f"{where}: bad segment role/kind {role}/{kind}")
                if _body(samples[-1].body):
                    raise SourceError(f"{where}: text before the first segment")
                samples[-1].segments.append(SegmentSource(role, kind, number))
            elif directive == "include" and len(words) == 2 and samples:
                shared = (path.parent / "shared" / f"{words[1]}.txt").read_text(encoding="utf-8")
                target = samples[-1].segments[-1].lines if samples[-1].segments else samples[-1].body
                target.extend(shared.rstrip("\n").split("\n"))
            else:
                raise SourceError(f"{where}: unknown directive {raw!r}")
            continue
        if not samples:
            if raw.strip():
                raise SourceError(f"{where}: text before the first sample")
            continue
        target = samples[-1].segments[-1].lines if samples[-1].segments else samples[-1].body
        target.append(raw)
    return samples


def build_items(path: Path) -> list[dict]:
    items = []
    seen: set[str] = set()
    for sample in read_source(path):
        where = f"{path.name}:{sample.line} ({sample.id})"
        if sample.id in seen:
            raise SourceError(f"{where}: duplicate id")
        seen.add(sample.id)
        if sample.segments:
            segments = []
            for segment in sample.segments:
                text, annotations = parse_markup(_body(segment.lines), f"{path.name}:{segment.line}")
                if not text:
                    raise SourceError(f"{path.name}:{segment.line}: empty segment")
                segments.append({"role": segment.role, "kind": segment.kind, "text": text,
                                 "annotations": annotations})
            items.append({"id": sample.id, "segments": segments})
        else:
            text, annotations = parse_markup(_body(sample.body), where)
            if not text:
                raise SourceError(f"{where}: empty sample")
            items.append({"id": sample.id, "text": text, "annotations": annotations})
        if path.stem in NEGATIVE_FILES and any(_annotations(items[-1])):
            raise SourceError(f"{where}: a negative sample must have no annotations")
    return items


def _annotations(item: dict) -> list[dict]:
    if "segments" in item:
        return [a for segment in item["segments"] for a in segment["annotations"]]
    return item["annotations"]


def write_jsonl(items: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def summary(name: str, items: list[dict]) -> str:
    kinds = Counter((a["category"], a["kind"]) for item in items for a in _annotations(item))
    categories = Counter(a["category"] for item in items for a in _annotations(item))
    empty = sum(1 for item in items if not _annotations(item))
    lines = [f"{name}: {len(items)} samples ({empty} without annotations), "
             f"{sum(kinds.values())} annotations"]
    lines.append("  categories: " + ", ".join(f"{c}={n}" for c, n in sorted(categories.items())))
    lines.append("  kinds: " + ", ".join(f"{k}={n}" for (_, k), n in sorted(kinds.items())))
    return "\n".join(lines)


MANIFEST = "MANIFEST.sha256"
FILE_ORDER = ("pii", "secrets", "code_names", "implicit_identity", "agent_traffic", "negatives")


def markdown_counts(directory: Path) -> str:
    """The README's count tables, computed from the built JSONL in `directory`."""
    header = ("| file | samples | multi-turn | without annotations | annotations | "
              + " | ".join(CATEGORIES) + " | chars min/median/max |")
    rows = [header, "|---|" + "---:|" * (5 + len(CATEGORIES))]
    kinds: dict[str, Counter] = {category: Counter() for category in CATEGORIES}
    names = [n for n in FILE_ORDER if (directory / f"{n}.jsonl").exists()]
    for name in names:
        items = [json.loads(line) for line in (directory / f"{name}.jsonl").open(encoding="utf-8")]
        per_category: Counter = Counter()
        lengths = sorted(sum(len(s["text"]) for s in item.get("segments", [item])) for item in items)
        for item in items:
            for annotation in _annotations(item):
                per_category[annotation["category"]] += 1
                kinds[annotation["category"]][annotation["kind"]] += 1
        multi_turn = sum("segments" in item for item in items)
        empty = sum(not _annotations(item) for item in items)
        rows.append(f"| {name}.jsonl | {len(items)} | {multi_turn} | {empty} | {sum(per_category.values())} | "
                    + " | ".join(str(per_category[c]) for c in CATEGORIES)
                    + f" | {lengths[0]}/{lengths[len(lengths) // 2]}/{lengths[-1]} |")
    rows.append("")
    rows.append("Kinds per category (all files):")
    rows.append("")
    for category in CATEGORIES:
        ordered = sorted(kinds[category].items(), key=lambda pair: (-pair[1], pair[0]))
        rows.append(f"- `{category}`: " + ", ".join(f"{kind} {count}" for kind, count in ordered))
    return "\n".join(rows)


def manifest_lines(directory: Path) -> list[str]:
    """`sha256sum`-format lines for every JSONL in `directory`, sorted by name."""
    return [f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}"
            for path in sorted(directory.glob("*.jsonl"))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the blind corpus JSONL from src/*.txt.")
    parser.add_argument("names", nargs="*", help="source names (default: all of src/*.txt)")
    parser.add_argument("--corpus", type=Path, default=HERE,
                        help="corpus directory holding src/ (default: this script's directory)")
    parser.add_argument("--out", type=Path, default=None, help="output directory (default: the corpus)")
    parser.add_argument("--manifest", action="store_true",
                        help=f"also rewrite {MANIFEST} (only when deliberately re-freezing)")
    parser.add_argument("--markdown", action="store_true",
                        help="print the README count tables instead of per-file summaries")
    args = parser.parse_args(argv)
    sources = args.corpus / "src"
    args.out = args.out or args.corpus
    names = args.names or sorted(p.stem for p in sources.glob("*.txt"))
    args.out.mkdir(parents=True, exist_ok=True)
    for name in names:
        try:
            items = build_items(sources / f"{name}.txt")
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        write_jsonl(items, args.out / f"{name}.jsonl")
        if not args.markdown:
            print(summary(name, items))
    if args.markdown:
        print(markdown_counts(args.out))
    if args.manifest:
        (args.out / MANIFEST).write_text("\n".join(manifest_lines(args.out)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
