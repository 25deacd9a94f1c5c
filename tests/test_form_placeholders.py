"""A form field's placeholder is the page's hint, not a person's data (redactor/detect/form_placeholders.py)."""
from __future__ import annotations

from redactor.detect.base import Span
from redactor.detect.form_placeholders import without_placeholder_values


def _kept(text: str, *values: str) -> list[str]:
    spans = [Span(text.index(v), text.index(v) + len(v), "EMAIL", "pii", 0.95, "pii") for v in values]
    return [text[s.start:s.end] for s in without_placeholder_values(text, spans)]


def test_a_value_inside_a_placeholder_attribute_is_dropped() -> None:
    text = '<input type="tel" name="tel" placeholder="06 12 34 56 78" value="07 81 44 20 19">'
    assert _kept(text, "06 12 34 56 78", "07 81 44 20 19") == ["07 81 44 20 19"]


def test_snapshot_and_json_placeholders_are_hints_too() -> None:
    snapshot = '- textbox "E-Mail" [placeholder="vorname@beispiel.de"]: "kai.lindqvist@posteo.de"'
    assert _kept(snapshot, "vorname@beispiel.de", "kai.lindqvist@posteo.de") == ["kai.lindqvist@posteo.de"]
    config = '{"label": "Contact", "placeholder": "you@company.example", "default": "ops-lead@tidewater.io"}'
    assert _kept(config, "you@company.example", "ops-lead@tidewater.io") == ["ops-lead@tidewater.io"]


def test_a_word_placeholder_in_prose_is_no_attribute() -> None:
    text = "The placeholder was replaced: write to mira.haddad@lumenfold.com for access."
    assert _kept(text, "mira.haddad@lumenfold.com") == ["mira.haddad@lumenfold.com"]
