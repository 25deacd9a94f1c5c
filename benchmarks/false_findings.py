"""False findings by category, for corpora whose cases must not be read: the precision twin of `leak_categories.py`.

Runs the `default` pipeline (in process, like `redactor bench`) over one or more datasets and, for every finding
that overlaps no annotation (a false finding: text that is not sensitive and still became a placeholder or a
doubt), records categories that describe a mechanism, never a value:

- `kind`, `found_by` (the finding's detector), `rule` (for the `pii` detector: which of its finders reports the
  same span, by the finder's name; `-` for other detectors), `score` (bucket; `wire` is whether it reaches the wire's
  minimum score, `audit` the audit's);
- `shape`, `case`, `words`, `lexicon` (as in `leak_categories.py`: F census first name, W world first name,
  S surname, C ordinary word, - none);
- `line` (layout), `segment`, `language` (the line's language: one of en and `OTHER_LATIN_LANGUAGES` most of its
  words are common words of, wordfreq Zipf >= 3; `short` under 3 words, `mixed` otherwise; `table` for a row);
- `common`: the finding's words in the line's language, by the Zipf bucket of the rarest one (`>=4.5`,
  `3-4.5`, `<3`), or `-` when the line has no language;
- `position`: `line start`, `sentence start` (after . ! ? :), or `inside`;
- `prev`/`next`: the token beside it (a cue word, a class), shown when shared.

Per dataset it prints over-redaction as `redactor bench` counts it (altered/total non-sensitive tokens of sent
samples) and, per detector, the share of the non-sensitive tokens its false findings on the wire cover; then the
over-wide part: non-sensitive tokens covered by wire findings that do overlap an annotation but extend past it
(per detector and kind, and per side: before or after the annotation); then the leak count per kind (leaked/total, the benchmark's combined verdict), so one run gives both sides of a change.

`--where DIMENSION=VALUE` keeps only the findings of one category (a cross-tab). No finding text, no line and no
sample id is ever printed.

    python benchmarks/false_findings.py --dataset leakbench/corpora/blind13/pii.jsonl [--kind PERSON] \
        [--where language=de] [--dimension common --dimension position]
"""
from __future__ import annotations

import argparse
import collections
import functools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from leak_categories import context_word, letter_case, lexicon, line_layout, shape  # noqa: E402

from leakbench.loaders import load_dataset  # noqa: E402
from leakbench.metrics import tokens  # noqa: E402
from leakbench.runner import run_policy  # noqa: E402
from redactor.detect.base import DetectionInput  # noqa: E402
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE  # noqa: E402
from redactor.runtime import build_pipeline, resolve_policy  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_COMMON_ZIPF = 3.0
_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra srta dott ing herr frau mme mlle m"
                        " st".split())
DIMENSIONS = ("kind", "found_by", "rule", "score", "wire", "shape", "case", "words", "lexicon", "line", "segment",
              "language", "common", "position", "prev", "next")


def line_of(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:line_end if line_end != -1 else len(text)]


def language_of(line: str) -> str:
    """The language most of the line's words are common words of (en or one of `OTHER_LATIN_LANGUAGES`)."""
    from redactor.detect.name_parts import OTHER_LATIN_LANGUAGES
    from redactor.detect.word_frequencies import frequent_in_any

    if line.count("|") >= 2 or line.count("\t") >= 2:
        return "table"
    words = [word.lower() for word in _WORD.findall(line)]
    if len(words) < 3:
        return "short"
    counts = {language: sum(frequent_in_any(word, (language,), _COMMON_ZIPF) for word in words)
              for language in ("en", *OTHER_LATIN_LANGUAGES)}
    language = max(counts, key=counts.__getitem__)
    return language if counts[language] >= 0.6 * len(words) else "mixed"


def common_bucket(value: str, language: str) -> str:
    from redactor.detect.word_frequencies import zipf_frequency

    words = _WORD.findall(value)
    if len(language) != 2 or not words:
        return "-"
    rarest = min(zipf_frequency(word.lower(), language) for word in words)
    return ">=4.5" if rarest >= 4.5 else "3-4.5" if rarest >= _COMMON_ZIPF else "<3"


def position(text: str, start: int) -> str:
    before = text[text.rfind("\n", 0, start) + 1:start]
    if not before.strip(" \t-*#>•\"'([0123456789."):
        return "line start"
    if re.search(r"[.!?:]\s+[\"'(]?$", before):
        return "sentence start"
    return "inside"


def over_wide_tokens(text: str, span, annotated: list[tuple[int, int]]) -> dict[str, int]:
    """Non-sensitive tokens a finding that overlaps an annotation covers past it, by side (`before`/`after`)."""
    inside = [(max(start, span.start), min(end, span.end)) for start, end in annotated
              if start < span.end and span.start < end]
    first, last = min(start for start, _ in inside), max(end for _, end in inside)
    middle = "".join(" " if any(start <= index < end for start, end in inside) else text[index]
                     for index in range(first, last))
    counts: collections.Counter[str] = collections.Counter()
    for side, piece in (("before", text[span.start:first]), ("between", middle), ("after", text[last:span.end])):
        for token in tokens(piece):
            counts[f"{side} {word_class(token)}"] += 1
    return counts


def word_class(word: str) -> str:
    """A class of an over-wide word, never the word: what a rule could tell it by."""
    from redactor.detect.name_parts import CALENDAR_WORDS, frequent_in_other_languages, is_ordinary_word
    from redactor.detect.term_lists import first_names, stop_words, surnames, term_list, world_first_names

    folded = word.casefold()
    if any(char.isdigit() for char in word):
        return "digits"
    if word.islower():
        return "lower"
    listed = folded in first_names() or folded in world_first_names() or folded in surnames()
    for label, test in (("stop", folded in stop_words() or folded in term_list("name_stop_words")),
                        ("calendar", folded in CALENDAR_WORDS),
                        ("honorific", folded in _HONORIFICS),
                        ("ordinary-en", is_ordinary_word(folded)),
                        ("frequent-other", frequent_in_other_languages(folded, 4.0))):
        if test:
            return label + ("+listed" if listed else "")
    return "listed" if listed else "other"


def score_bucket(score: float) -> str:
    for edge in (0.5, 0.6, 0.7, 0.8, 0.9):
        if score < edge:
            return f"<{edge}"
    return ">=0.9"


@functools.lru_cache(maxsize=1)
def _pii_finders():
    """The `pii` detector's finders by name, each called alone on a segment: the spans it reports."""
    from redactor.detect import pii
    from redactor.detect.keywords import lowered_same_length

    detector = pii.PiiDetector()

    def spans_of(finder):
        return lambda item: [(span.start, span.end) for span in finder(item)]

    def triples_of(finder):
        return lambda item: [(found[0], found[1]) for found in finder(item)]

    return {
        "usernames": triples_of(lambda item: pii.find_usernames(item.text)),
        "logins_in_person_slots": triples_of(
            lambda item: pii.find_logins_in_person_slots(item.text, lowered_same_length(item.text))),
        "standalone_logins": lambda item: [(start, end, _standalone_reading(item.text[start:end]))
                                           for start, end, _ in pii.find_standalone_logins(item.text)],
        **{finder.__name__: spans_of(lambda item, finder=finder: finder(item.text, detector.name))
           for finder in (pii.lone_private_acronyms, pii.affiliations_beside_people, pii.organisations_alone_on_lines,
                          pii.unlisted_words, pii.capitalised_common_words, pii.organisations_in_structure,
                          pii.payment_parties, pii.address_block_parties, pii.machine_readable_zones)},
        "labelled_ids": spans_of(detector._labelled_ids),
        "ids_near_cues": spans_of(lambda item: detector._ids_near_cues(item, [])),
        "field_values": spans_of(lambda item: detector._field_values(item, [])),
        "acronym_labelled_ids": spans_of(lambda item: detector._acronym_labelled_ids(item.text, [])),
        "street_addresses": spans_of(lambda item: detector._street_addresses(item.text)),
        "ids_as_objects": triples_of(lambda item: pii.find_ids_as_objects(item.text)),
        "ids_before_labels": triples_of(lambda item: pii.find_ids_before_labels(item.text)),
        "bank_numbers": triples_of(lambda item: [found for finder in (
            pii.find_bank_account_numbers, pii.find_account_tails, pii.find_unlabelled_bank_numbers)
            for found in finder(item.text)]),
        "national_ids": spans_of(detector._national_ids),
        "license_plates": spans_of(lambda item: detector._license_plates(item.text)),
        "dates_of_birth": spans_of(detector._dates_of_birth),
        "phones": spans_of(detector._phones),
    }


def _standalone_reading(value: str) -> str:
    """Which reading of standalone_logins.py takes a word: built of a name, an initial and a surname, or repeated."""
    from redactor.detect import standalone_logins

    for core in standalone_logins._candidates_of_word(value):
        if core == value:
            return "initial+surname" if value.isalpha() else "name-built"
        if core.endswith(value) and core.startswith(standalone_logins._IN_A_FIELD):
            return "field-value"
    return "repeated"


_RULE_CACHE: dict[tuple[str, str], dict[tuple[int, int], str]] = {}


def rule_of(item, span) -> str:
    """The name of the `pii` finder that reports this span alone (the first that does), else `other`."""
    if span.detector != "pii":
        return "-"
    key = (item.text, item.segment_kind)
    if key not in _RULE_CACHE:
        _RULE_CACHE.clear()
        reported: dict[tuple[int, int], str] = {}
        for name, finder in _pii_finders().items():
            for found in finder(item):
                reported.setdefault(found[:2], name + (f"/{found[2]}" if len(found) > 2 else ""))
        _RULE_CACHE[key] = reported
    return _RULE_CACHE[key].get((span.start, span.end), "other")


def describe(text: str, span, segment_label: str, rule: str = "-") -> dict[str, str]:
    value = text[span.start:span.end]
    line = line_of(text, span.start, span.end)
    language = language_of(line)
    return {
        "kind": span.kind,
        "found_by": span.detector,
        "rule": rule,
        "score": score_bucket(span.score),
        "wire": "audit" if span.score >= AUDIT_MIN_SCORE else "wire" if span.score >= WIRE_MIN_SCORE else "below",
        "shape": shape(value),
        "case": letter_case(value),
        "words": str(min(len(value.split()), 4)) + ("+" if len(value.split()) >= 4 else ""),
        "lexicon": lexicon(value),
        "line": line_layout(text, span.start, span.end),
        "segment": segment_label,
        "language": language,
        "common": common_bucket(value, language),
        "position": position(text, span.start),
        "prev": context_word(text, span.start, span.end, True),
        "next": context_word(text, span.start, span.end, False),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", action="append", required=True, help="JSONL dataset (repeatable)")
    parser.add_argument("--policy", default="default")
    parser.add_argument("--kind", action="append", help="only false findings of these kinds (repeatable)")
    parser.add_argument("--dimension", action="append", help="only these dimensions (default: all)")
    parser.add_argument("--where", action="append", default=[],
                        help="only findings with this category value, DIMENSION=VALUE (repeatable)")
    parser.add_argument("--min-shared", type=int, default=3, help="show a prev/next cue only when this many share it")
    parser.add_argument("--top", type=int, default=12, help="category values shown per dimension")
    args = parser.parse_args(argv)

    policy = resolve_policy(args.policy)
    engine = build_pipeline(policy, vault_url="memory://").engine
    engine.warm_up()
    rows: list[dict[str, str]] = []
    leaks: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for path in args.dataset:
        samples = load_dataset(path)
        run = run_policy(policy, samples, org_profile=False)
        altered = total = 0
        tokens_by_detector: collections.Counter[str] = collections.Counter()
        over_wide: collections.Counter[str] = collections.Counter()
        for sample, result in zip(samples, run.results):
            for verdict in result.leaks:
                leaks[verdict.kind][0] += verdict.combined
                leaks[verdict.kind][1] += 1
            if result.over_redaction is not None:
                altered += result.over_redaction[0]
                total += result.over_redaction[1]
            for item, spans in zip(sample.segments, engine.detect(sample.plain_segments)):
                annotated = [(annotation.start, annotation.end) for annotation in item.annotations]
                for span in spans:
                    if any(start < span.end and span.start < end for start, end in annotated):
                        if span.score >= WIRE_MIN_SCORE:
                            for side, count in over_wide_tokens(item.text, span, annotated).items():
                                over_wide[f"{span.detector}/{span.kind} {side}"] += count
                        continue
                    if span.score >= WIRE_MIN_SCORE:
                        tokens_by_detector[span.detector] += len(tokens(item.text[span.start:span.end]))
                    if args.kind and span.kind not in args.kind:
                        continue
                    features = describe(item.text, span, f"{item.segment.role}/{item.segment.kind}",
                                        rule_of(DetectionInput(item.text, item.segment.kind, item.segment.field_name), span))
                    if all(features.get(dim) == val for dim, _, val in (w.partition("=") for w in args.where)):
                        rows.append(features)
        covered = sum(tokens_by_detector.values())
        shares = ", ".join(f"{detector} {100 * count / covered:.0f}%"
                           for detector, count in tokens_by_detector.most_common(6)) if covered else "none"
        print(f"{Path(path).parent.name}/{Path(path).name}: {len(samples)} samples, over-redaction "
              f"{altered}/{total} ({100 * altered / max(total, 1):.2f}%); false findings' tokens by detector: {shares}")
        wide = ", ".join(f"{key} {count}" for key, count in over_wide.most_common(14)) or "none"
        print(f"  over-wide tokens {sum(over_wide.values())} (findings past an annotation): {wide}")

    print("\nleaks per kind: " + ", ".join(f"{kind} {hit}/{count}" for kind, (hit, count)
                                          in sorted(leaks.items(), key=lambda entry: -entry[1][0])))
    by_kind: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for features in rows:
        by_kind[features["kind"]].append(features)
    dimensions = args.dimension or [dim for dim in DIMENSIONS if dim != "kind"]
    print(f"\n{len(rows)} false findings; policy {args.policy}")
    for kind in sorted(by_kind, key=lambda name: -len(by_kind[name])):
        items = by_kind[kind]
        on_wire = sum(features["wire"] != "below" for features in items)
        print(f"\n== {kind}: {len(items)} false findings ({on_wire} on the wire)")
        for dimension in dimensions:
            counts = collections.Counter(features[dimension] for features in items)
            if dimension in ("prev", "next"):
                counts = collections.Counter({value: n for value, n in counts.items() if n >= args.min_shared})
            cells = ", ".join(f"{value}: {n}" for value, n in counts.most_common(args.top))
            print(f"  {dimension:<9} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
