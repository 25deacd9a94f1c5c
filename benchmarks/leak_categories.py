"""Leak rates by category of span, for corpora whose cases must not be read.

A blind corpus stays useful only while nobody on the detector side reads its
cases. This script runs the `default` pipeline (in process, like `redactor bench`)
over one or more datasets and, for every annotated span, records whether it
leaked (exact or partial, the benchmark's combined verdict) together with
categories that describe a mechanism, never a value:

- `found`: what detection did with the span: missed (no finding overlaps it),
  partly (findings cover part of it), covered (a finding covers it all);
- `found_kind`, `found_by`: the kind and the detector of the finding that overlaps
  it most (or none);
- `shape`: the span's characters as classes (A upper, a lower, 9 digit, L a
  letter without case, others kept), runs collapsed, cut at 14 characters;
- `script`, `case`, `words`, `length` (bucketed);
- `line`: the layout of the line around the span (labelled value, table row,
  JSON, comment, log line, chat line, prose);
- `segment`: the segment kind the wire gives the text;
- `label`: the label right before the span (`Label: value`), lower-cased with
  digits as 9, shown only when at least --min-label spans share it;
- `lexicon`: which name lists hold its words (F census first name, W world first
  name, S surname, C ordinary word, - none), one mark per word;
- `prev`/`next`: the token beside it as a shape, a punctuation mark, the line's
  start or end, or an ordinary lower-case word (a cue), shown when shared;
- `elsewhere`: whether its text occurs again in the sample, and is found there;
- `verdict`: exact (the whole value went out), partial (a distinctive token of
  it went out) or kept;
- `part_where`, `part_shape`, `part_sep` (partly found spans only, "-" otherwise):
  where the uncovered rest lies against the covered part (before, after, inside,
  or a combination), its shape as a class (digits, postcode-like, one word,
  several words, words and digits, punctuation-separated tail), and what separates
  it from the covered part (space, comma, newline, dash, parenthesis, none = the
  finding stopped inside a word).

`--where DIMENSION=VALUE` keeps only the spans of one category (a cross-tab).

It prints, per kind, leaked/total per category value, sorted by leaked count.
No span text, no line, no sample id is ever printed.

    python benchmarks/leak_categories.py --dataset leakbench/corpora/blind4/pii.jsonl \
        --dataset leakbench/corpora/blind5/pii.jsonl [--kind PERSON] [--policy default]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from leakbench.loaders import load_dataset  # noqa: E402
from leakbench.runner import run_policy  # noqa: E402
from redactor.runtime import build_pipeline, resolve_policy  # noqa: E402

_LABEL_BEFORE = re.compile(r"([A-Za-z][\w .#/()-]{0,28}?)\s*[:=]\s*[\"'`]?\s*$")
_LOG_START = re.compile(r"^\s*\[?\d{2,4}[-/.:]\d{1,2}")
_CHAT_START = re.compile(r"^\s*\[?[\w .'-]{1,30}\]?\s*(?:\(\d{1,2}:\d{2}\))?\s*:\s")


def char_class(char: str) -> str:
    if char.isdigit():
        return "9"
    if char.isalpha():
        if char.isupper():
            return "A"
        if char.islower():
            return "a"
        return "L"
    if char.isspace():
        return " "
    return char


def shape(value: str, limit: int = 14) -> str:
    classes = [char_class(char) for char in value]
    collapsed = [item for index, item in enumerate(classes) if index == 0 or item != classes[index - 1]]
    text = "".join(collapsed)
    return text if len(text) <= limit else text[:limit] + "…"


def script(value: str) -> str:
    for char in value:
        if char.isalpha():
            name = unicodedata.name(char, "")
            return name.split(" ")[0] if name else "?"
    return "none"


def letter_case(value: str) -> str:
    letters = [char for char in value if char.isalpha()]
    if not letters:
        return "no letters"
    if not any(char.isupper() or char.islower() for char in letters):
        return "caseless"
    if all(char.isupper() for char in letters if char.isupper() or char.islower()):
        return "upper"
    if all(char.islower() for char in letters if char.isupper() or char.islower()):
        return "lower"
    words = [word for word in value.split() if word[:1].isalpha()]
    if words and all(word[0].isupper() and not word[1:].isupper() for word in words):
        return "title"
    return "mixed"


def bucket(length: int) -> str:
    for edge in (4, 8, 12, 20, 40, 80):
        if length <= edge:
            return f"<={edge}"
    return ">80"


def line_layout(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    before = text[line_start:start]
    stripped = line.lstrip()
    if stripped.startswith(("#", "//", "/*", "*", "--", '"""', "'''")) and not stripped.startswith("#!"):
        return "comment"
    if re.search(r'"[\w .-]+"\s*:\s*"?$', before):
        return "json value"
    if line.count("|") >= 2:
        return "table (pipes)"
    if line.count("\t") >= 2 or line.count(",") >= 3 and len(line) < 300 and "  " not in line.strip():
        return "table (csv/tsv)"
    if _LOG_START.match(line):
        return "log line"
    if _LABEL_BEFORE.search(before):
        return "labelled value"
    if _CHAT_START.match(line):
        return "chat line"
    if len(line.split()) <= 4:
        return "short line"
    return "prose"


def label_before(text: str, start: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    match = _LABEL_BEFORE.search(text[line_start:start])
    if not match:
        return None
    words = re.sub(r"\d", "9", match.group(1).strip().lower())
    return " ".join(words.split()[-3:])


def lexicon(value: str) -> str:
    """Which name lists hold the span's words (F census first name, W world first name, S surname,
    C ordinary word, - none), one letter per word, at most four words; never the words."""
    from redactor.detect.name_parts import is_ordinary_word
    from redactor.detect.term_lists import first_names, surnames, world_first_names

    marks = []
    for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", value)[:4]:
        folded = word.casefold()
        mark = ("F" if folded in first_names() else "W" if folded in world_first_names() else "")
        mark += "S" if folded in surnames() else ""
        mark += "C" if is_ordinary_word(word) else ""
        marks.append(mark or "-")
    return " ".join(marks) or "(no words)"


def context_word(text: str, start: int, end: int, before: bool) -> str:
    """The word beside the span as a class (line start/end, punctuation, a shape), or the word itself
    when it is an ordinary lower-case word (a cue such as "with", "cc"), shown only when shared."""
    from redactor.detect.name_parts import is_common_word

    if before:
        line_start = text.rfind("\n", 0, start) + 1
        piece = text[line_start:start]
        if not piece.strip():
            return "(line start)"
        match = re.search(r"(\S+)\s*$", piece)
        token = match.group(1) if match else ""
    else:
        line_end = text.find("\n", end)
        piece = text[end:line_end if line_end != -1 else len(text)]
        if not piece.strip():
            return "(line end)"
        match = re.match(r"\s*(\S+)", piece)
        token = match.group(1) if match else ""
        if piece[:1] in ",.;:!?)]\"'" and not piece[:1].isspace():
            return "punct " + piece[:1]
    core = token.strip(",.;:!?()[]\"'")
    if core and core.islower() and core.isalpha() and (is_common_word(core) or len(core) <= 3):
        return "word " + core
    return "shape " + shape(token, 6)


def describe(sample, segment_index: int, annotation, spans, all_spans=()) -> dict[str, str]:
    text = sample.segments[segment_index].text
    start, end = annotation.start, annotation.end
    overlapping = [span for span in spans if span.start < end and span.end > start]
    if not overlapping:
        found, found_kind, found_by = "missed", "none", "none"
    else:
        covered = set()
        for span in overlapping:
            covered.update(range(max(span.start, start), min(span.end, end)))
        value_positions = {index for index in range(start, end) if not text[index].isspace()}
        found = "covered" if value_positions <= covered else "partly"
        best = max(overlapping, key=lambda span: min(span.end, end) - max(span.start, start))
        found_kind, found_by = best.kind, best.detector
    value = annotation.text
    segment = sample.segments[segment_index].segment
    part = uncovered_part(text, start, end, covered) if found == "partly" else {}
    return {
        "found": found,
        "found_kind": found_kind,
        "found_by": found_by,
        "shape": shape(value),
        "script": script(value),
        "case": letter_case(value),
        "words": str(min(len(value.split()), 4)) + ("+" if len(value.split()) >= 4 else ""),
        "length": bucket(len(value)),
        "line": line_layout(text, start, end),
        "segment": f"{segment.role}/{segment.kind}",
        "label": label_before(text, start) or "(none)",
        "lexicon": lexicon(value),
        "prev": context_word(text, start, end, True),
        "next": context_word(text, start, end, False),
        "elsewhere": elsewhere(sample, segment_index, annotation, all_spans),
        "part_where": part.get("where", "-"),
        "part_shape": part.get("shape", "-"),
        "part_sep": part.get("sep", "-"),
    }


_POSTCODE_LIKE = re.compile(r"(?=[^\s]*\d)[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?")
_SEPARATORS = (("\n", "newline"), (",", "comma"), (";", "semicolon"), ("(", "parenthesis"), (")", "parenthesis"),
               ("-", "dash"), ("\u2013", "dash"), ("\u2014", "dash"), ("/", "slash"), ("|", "pipe"),
               (".", "period"), (":", "colon"))


def part_shape(piece: str) -> str:
    """The uncovered rest of a span as a class: never its text."""
    core = piece.strip(" \t\n,.;:()[]-\u2013\u2014/|")
    if not core:
        return "punctuation only"
    if not any(char.isalnum() for char in core):
        return "punctuation only"
    if all(char.isdigit() or char in " -./" for char in core):
        return "digits"
    if _POSTCODE_LIKE.fullmatch(core):
        return "postcode-like"
    words = core.split()
    if re.search(r"[,;/|\n]", core):
        return "punctuation-separated tail"
    if any(char.isdigit() for char in core):
        return "words and digits"
    if len(words) == 1:
        return "one word" + (" (lower)" if core[:1].islower() else "")
    return f"{min(len(words), 4)}{'+' if len(words) >= 4 else ''} words" + (
        " (lower first)" if core[:1].islower() else "")


def separator_class(gap: str) -> str:
    """What stands between the covered part and the uncovered rest."""
    if not gap:
        return "none (cut inside a word)"
    for mark, name in _SEPARATORS:
        if mark in gap:
            return name
    return "space" if gap.isspace() else "other"


def uncovered_part(text: str, start: int, end: int, covered: set[int]) -> dict[str, str]:
    """Where the uncovered rest of a partly found span lies, its shape and separator (classes only)."""
    first, last = min(covered), max(covered)
    runs: list[tuple[int, int]] = []
    index = start
    while index < end:
        if index in covered:
            index += 1
            continue
        run_start = index
        while index < end and index not in covered:
            index += 1
        if text[run_start:index].strip():
            runs.append((run_start, index))
    if not runs:
        return {}
    places = []
    for run_start, run_end in runs:
        place = "before" if run_end <= first else "after" if run_start > last else "inside"
        if place not in places:
            places.append(place)
    # The largest run is the one that matters for why the finding stopped.
    run_start, run_end = max(runs, key=lambda run: len(text[run[0]:run[1]].strip()))
    piece = text[run_start:run_end]
    if run_start > last:
        gap = piece[:len(piece) - len(piece.lstrip(" \t\n,.;:()[]-\u2013\u2014/|"))]
    else:
        gap = piece[len(piece.rstrip(" \t\n,.;:()[]-\u2013\u2014/|")):]
    return {"where": "+".join(sorted(places)), "shape": part_shape(piece), "sep": separator_class(gap)}



def elsewhere(sample, segment_index: int, annotation, all_spans=()) -> str:
    """Whether the span's words occur elsewhere in the sample, and found there (a spreading mechanism)."""
    value = annotation.text.casefold().strip()
    if len(value) < 3:
        return "short"
    hits = found = 0
    for index, item in enumerate(sample.segments):
        lowered = item.text.casefold()
        position = lowered.find(value)
        while position != -1:
            if not (index == segment_index and position == annotation.start):
                hits += 1
                end = position + len(value)
                if index < len(all_spans) and any(span.start <= position and end <= span.end
                                                  for span in all_spans[index]):
                    found += 1
            position = lowered.find(value, position + 1)
    if not hits:
        return "once"
    return "repeated, found there" if found else "repeated, not found there"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", action="append", required=True, help="JSONL dataset (repeatable)")
    parser.add_argument("--policy", default="default")
    parser.add_argument("--kind", action="append", help="only these annotation kinds (repeatable)")
    parser.add_argument("--category", action="append", help="only these categories (pii, secret, infra, org)")
    parser.add_argument("--dimension", action="append", help="only these dimensions (default: all)")
    parser.add_argument("--min-label", type=int, default=3, help="show a label only when this many spans share it")
    parser.add_argument("--where", action="append", default=[],
                        help="only spans with this category value, DIMENSION=VALUE (repeatable)")
    parser.add_argument("--top", type=int, default=12, help="category values shown per dimension")
    args = parser.parse_args(argv)

    samples = [sample for path in args.dataset for sample in load_dataset(path)]
    policy = resolve_policy(args.policy)
    run = run_policy(policy, samples, org_profile=False)
    engine = build_pipeline(policy, vault_url="memory://").engine
    engine.warm_up()

    rows: list[tuple[str, bool, dict[str, str]]] = []
    for sample, result in zip(samples, run.results):
        spans_per_segment = engine.detect(sample.plain_segments)
        verdicts = iter(result.leaks)
        for index, item in enumerate(sample.segments):
            for annotation in item.annotations:
                verdict = next(verdicts)
                if args.kind and annotation.kind not in args.kind:
                    continue
                if args.category and annotation.category not in args.category:
                    continue
                features = describe(sample, index, annotation, spans_per_segment[index], spans_per_segment)
                features["verdict"] = "exact" if verdict.exact else "partial" if verdict.partial else "kept"
                if any(features.get(dim) != val for dim, _, val in (w.partition("=") for w in args.where)):
                    continue
                rows.append((annotation.kind, verdict.combined, features))

    by_kind: dict[str, list[tuple[bool, dict[str, str]]]] = collections.defaultdict(list)
    for kind, leaked, features in rows:
        by_kind[kind].append((leaked, features))
    dimensions = args.dimension or ["found", "found_kind", "line", "segment", "shape", "script", "case",
                                    "words", "length", "label", "lexicon", "prev", "next", "elsewhere", "verdict",
                                    "part_where", "part_shape", "part_sep"]
    total_leaked = sum(leaked for _, leaked, _ in rows)
    routes = collections.Counter(result.route for result in run.results)
    print(f"{len(samples)} samples, {len(rows)} spans, {total_leaked} leaked "
          f"({100 * total_leaked / max(len(rows), 1):.1f}%); policy {args.policy}; routes "
          + ", ".join(f"{route} {count}" for route, count in sorted(routes.items())))
    for kind in sorted(by_kind, key=lambda name: -sum(leaked for leaked, _ in by_kind[name])):
        items = by_kind[kind]
        leaked_count = sum(leaked for leaked, _ in items)
        print(f"\n== {kind}: {leaked_count}/{len(items)} leaked ({100 * leaked_count / len(items):.1f}%)")
        if not leaked_count:
            continue
        for dimension in dimensions:
            counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
            for leaked, features in items:
                counts[features[dimension]][0] += leaked
                counts[features[dimension]][1] += 1
            if dimension in ("label", "prev", "next"):
                counts = {value: pair for value, pair in counts.items()
                          if value == "(none)" or pair[1] >= args.min_label}
            ordered = sorted(counts.items(), key=lambda entry: (-entry[1][0], -entry[1][1]))[:args.top]
            cells = ", ".join(f"{value!s}: {hit}/{total}" for value, (hit, total) in ordered)
            print(f"  {dimension:<10} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
