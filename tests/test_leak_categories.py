"""benchmarks/leak_categories.py: leak rates by category of span, and never a value printed."""
from __future__ import annotations

import json

from tests.benchmark_scripts import load_benchmark_script

leak_categories = load_benchmark_script("leak_categories")

# Values a detector finds (e-mail) and one it cannot (a bare made-up code with no label).
_FOUND = "zanele.okoro@example.org"
_MISSED = "qx7"


def _dataset(path) -> None:
    text = f"Please reply to {_FOUND} about the {_MISSED} widget."
    annotations = [
        {"start": text.index(_FOUND), "end": text.index(_FOUND) + len(_FOUND), "kind": "EMAIL", "text": _FOUND},
        {"start": text.index(_MISSED), "end": text.index(_MISSED) + len(_MISSED), "kind": "ID_NUMBER",
         "text": _MISSED},
    ]
    path.write_text(json.dumps({"id": "s1", "text": text, "annotations": annotations}) + "\n", encoding="utf-8")


def test_counts_leaks_by_category_and_prints_no_value(tmp_path, capsys):
    dataset = tmp_path / "tiny.jsonl"
    _dataset(dataset)
    assert leak_categories.main(["--dataset", str(dataset), "--policy", "secrets-only"]) == 0
    out = capsys.readouterr().out
    assert "1 samples, 2 spans" in out
    # secrets-only leaves personal data on the wire: both leak, the e-mail found by nobody.
    assert "== EMAIL: 1/1 leaked" in out and "== ID_NUMBER: 1/1 leaked" in out
    assert "missed: 1/1" in out
    assert _FOUND not in out and "zanele" not in out and _MISSED not in out


def test_shape_and_line_layout_are_classes_not_text():
    assert leak_categories.shape("Zanele Okoro") == "Aa Aa"
    assert leak_categories.shape("AB-1234-x") == "A-9-a"
    assert leak_categories.letter_case("ZANELE OKORO") == "upper"
    text = "name,phone,city\nZanele,555,Durban\nowner: Zanele"
    assert leak_categories.line_layout(text, text.index("Zanele"), text.index("Zanele") + 6) == "short line"
    assert leak_categories.line_layout(text, text.rindex("Zanele"), len(text)) == "labelled value"


def _covered(text: str, part: str) -> set[int]:
    first = text.index(part)
    return set(range(first, first + len(part)))


def test_uncovered_part_says_where_what_and_after_which_separator():
    text = "Ship to 14 Larkfield Road, Oldbury B69 4QT today"
    span = "14 Larkfield Road, Oldbury B69 4QT"
    start, end = text.index(span), text.index(span) + len(span)
    part = leak_categories.uncovered_part(text, start, end, _covered(text, "14 Larkfield Road"))
    assert part == {"where": "after", "shape": "words and digits", "sep": "comma"}
    part = leak_categories.uncovered_part(text, start, end, _covered(text, "14 Larkfield Road, Oldbury"))
    assert part == {"where": "after", "shape": "postcode-like", "sep": "space"}
    text = "Owner: Maarten van der Berg\nLine two"
    span = "Maarten van der Berg"
    start, end = text.index(span), text.index(span) + len(span)
    part = leak_categories.uncovered_part(text, start, end, _covered(text, "Maarten"))
    assert part == {"where": "after", "shape": "3 words (lower first)", "sep": "space"}
    part = leak_categories.uncovered_part(text, start, end, _covered(text, "van der Berg"))
    assert part["where"] == "before" and part["shape"] == "one word"
    part = leak_categories.uncovered_part(text, start, end, _covered(text, "Maarten van der Be"))
    assert part["sep"] == "none (cut inside a word)"
    assert leak_categories.separator_class("\n") == "newline"
    assert leak_categories.separator_class(" - ") == "dash"
    assert leak_categories.part_shape("Leeds, West Yorkshire") == "punctuation-separated tail"
    assert leak_categories.part_shape(" 10115") == "digits"


def test_partly_found_span_is_described_by_classes_only():
    from types import SimpleNamespace

    value = f"{_FOUND} (Qxvbrtq)"
    text = f"Please reply to {value} soon."
    start = text.index(value)
    segment = SimpleNamespace(text=text, segment=SimpleNamespace(role="user", kind="prose"), annotations=[])
    sample = SimpleNamespace(segments=[segment])
    annotation = SimpleNamespace(start=start, end=start + len(value), text=value, kind="EMAIL", detector="pii")
    finding = SimpleNamespace(start=start, end=start + len(_FOUND), kind="EMAIL", detector="pii")
    features = leak_categories.describe(sample, 0, annotation, [finding], [[finding]])
    assert features["found"] == "partly"
    assert (features["part_where"], features["part_shape"], features["part_sep"]) == (
        "after", "one word", "parenthesis")
    whole = SimpleNamespace(start=start, end=start + len(value), kind="EMAIL", detector="pii")
    assert leak_categories.describe(sample, 0, annotation, [whole], [[whole]])["part_where"] == "-"
