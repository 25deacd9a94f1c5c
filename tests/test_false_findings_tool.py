"""`benchmarks/false_findings.py` (round 19): false findings by category on an invented dataset, and never a value."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import false_findings  # noqa: E402

SAMPLES = [
    {"id": "ticket-1", "text": "Betreff: Lieferung verspätet\nSehr geehrte Damen und Herren, die Lieferung vom Montag "
                               "fehlt noch. Mit freundlichen Grüßen, Ottilie Brandauer",
     "annotations": [{"start": 122, "end": 139, "kind": "PERSON", "text": "Ottilie Brandauer"}]},
    {"id": "ticket-2", "text": "Please call Marguerite Okafor about the invoice on Thursday.",
     "annotations": [{"start": 12, "end": 29, "kind": "PERSON", "text": "Marguerite Okafor"}]},
]


def test_categories_of_a_finding():
    text = "Nota de la reunión: el presupuesto fue aprobado por todo el equipo ayer"
    assert false_findings.language_of(text) == "es"
    assert false_findings.language_of("| a | b | c |") == "table"
    assert false_findings.position(text, 0) == "line start"
    assert false_findings.position("Fertig. Danke", 8) == "sentence start"
    assert false_findings.position(text, text.index("presupuesto")) == "inside"
    assert false_findings.common_bucket("Brandauer", "de") == "<3"
    assert false_findings.common_bucket("el", "es") == ">=4.5"
    assert false_findings.common_bucket("Brandauer", "mixed") == "-"


def test_report_counts_and_never_prints_a_value(tmp_path, capsys):
    for sample in SAMPLES:
        for annotation in sample["annotations"]:
            assert sample["text"][annotation["start"]:annotation["end"]] == annotation["text"]
    dataset = tmp_path / "tickets.jsonl"
    dataset.write_text("\n".join(json.dumps(sample, ensure_ascii=False) for sample in SAMPLES) + "\n", encoding="utf-8")
    assert false_findings.main(["--dataset", str(dataset)]) == 0
    out = capsys.readouterr().out
    assert "tickets.jsonl: 2 samples, over-redaction" in out
    assert "leaks per kind: PERSON 0/2" in out
    assert "false findings; policy default" in out
    for sample in SAMPLES:
        assert sample["id"] not in out
        for word in sample["text"].split():
            if len(word) > 4 and word[0].isupper():
                assert word.strip(",.:") not in out


def test_rule_names_the_pii_finder():
    """Round 20: the `rule` dimension names the `pii` finder that reports a false span (and which reading of
    standalone_logins.py), never a value."""
    from redactor.detect.base import DetectionInput, Span

    text = "Das Angebot geht an Veltrix, bitte okwuosa fragen; okwuosa ist heute da."
    item = DetectionInput(text, "prose")
    start = text.index("Veltrix")
    organisation = Span(start, start + len("Veltrix"), "ORGANIZATION", "org", 0.55, "pii")
    assert false_findings.rule_of(item, organisation) == "unlisted_words"
    start = text.index("okwuosa")
    login = Span(start, start + len("okwuosa"), "USERNAME", "pii", 0.55, "pii")
    assert false_findings.rule_of(item, login) == "standalone_logins/repeated"
    assert false_findings.rule_of(item, Span(0, 3, "PERSON", "pii", 0.9, "ner")) == "-"
    assert false_findings.rule_of(item, Span(0, 3, "PERSON", "pii", 0.9, "pii")) == "other"
