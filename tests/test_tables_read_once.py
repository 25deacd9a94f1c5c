"""A text's tables are parsed once (round 29, issue 14): the secrets detector, the PII detector and the engine's column
rule read the same parse of the same text, and the parse (cells split by str.split where nothing is quoted) gives
the cells the character-by-character reading gave.

The dev texts were written while changing the code; the check texts (`_CHECK_*`) afterwards, not tuned on.
"""
from __future__ import annotations

import pytest

from redactor.detect import table_columns
from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector
from redactor.detect.secrets import SecretsDetector
from redactor.detect.table_columns import tables

_TABLE_TEXTS = [
    "service,purpose,key,created\nbilling,webhooks,kD8xQm2vR7pLt9wZbNe4,2024-01-02\n"
    "ledger,exports,Zp3Lq8Wn5Rt2Vx7Kc9Mb,2024-02-11\nsearch,reindex,Hj6Ty1Ue4Io8Pa3Sd5Fg,2024-03-20\n",
    "| Name | IMEI | Owner |\n|------|------|-------|\n| phone 1 | 356938035643809 | Ana |\n"
    "| phone 2 | 490154203237518 | Ben |\n",
    'title,username,password,notes\n"Bank, joint",ana.k,"Lima.4521",""\n"Mail",ana.k@x.io,"q""uoted",old\n'
    "Router,admin,Tr0ub4dor,\n",
    "id\tscope\tkind\tvalue\n1\tglobal\tsecret\tabc123def456ghi7\n2\tglobal\tsecret\tzyx987wvu654tsr3\n",
]
_CHECK_TABLE_TEXTS = [
    "Hurtownia Bemar;7791234567;88,10\nSklep Ola;5261040828;12,50\nBiuro Max;1132345678;7,00\nnot a row\n",
    "|   | a | b |\n| 1 | `x` | 'y' |\n| 2 |  | \" z \" |\nprose, after the table\n" + "w" * 130 + ",v\n",
    " name | email \n------+-------\n jo   | jo@x.io\n ann  | ann@x.io\n(2 rows)\n",
]


def _cells_read_by_character(line, separator):
    """The cell reading as it was before round 29: one character at a time (the reference)."""
    bounds, cell_start, in_quotes = [], 0, False
    for index, character in enumerate(line):
        if separator != "|" and character == '"':
            in_quotes = not in_quotes
        elif character == separator and not in_quotes:
            bounds.append((cell_start, index))
            cell_start = index + 1
    bounds.append((cell_start, len(line)))
    if separator == "|":
        if bounds and not line[bounds[0][0]:bounds[0][1]].strip():
            bounds = bounds[1:]
        if bounds and not line[bounds[-1][0]:bounds[-1][1]].strip():
            bounds = bounds[:-1]
    trimmed = []
    for a, b in bounds:
        while a < b and line[a] in " \t\"'`\r":
            a += 1
        while b > a and line[b - 1] in " \t\"'`\r":
            b -= 1
        trimmed.append((a, b) if b - a <= 120 else (a, a))
    return trimmed if len(trimmed) >= 2 else []


@pytest.mark.parametrize("text", _TABLE_TEXTS + _CHECK_TABLE_TEXTS)
def test_cells_split_where_nothing_is_quoted_are_those_read_by_character(text):
    for line in text.split("\n"):
        for separator in ("|", ",", ";", "\t"):
            assert table_columns._cells(line, separator) == _cells_read_by_character(line, separator)


@pytest.mark.parametrize("text", _TABLE_TEXTS + _CHECK_TABLE_TEXTS[:2])
def test_every_table_text_is_read_as_a_table(text):
    assert tables(text)


def test_a_text_asked_again_is_answered_from_its_one_parse(monkeypatch):
    monkeypatch.setattr(table_columns._last_tables, "text_and_tables", None)  # (restored after the test: no stub kept)
    text = _TABLE_TEXTS[0]
    first = list(tables(text))
    calls = []
    monkeypatch.setattr(table_columns, "_parsed_tables", lambda text: calls.append(text) or iter(()))
    assert list(tables(text)) == first and first
    assert list(tables("".join(list(text)))) == first  # an equal text, another object
    assert calls == []
    assert list(tables(_TABLE_TEXTS[1])) == [] and calls == [_TABLE_TEXTS[1]]  # another text is parsed (here: stubbed)


def test_the_secrets_and_pii_detectors_parse_a_texts_tables_once(monkeypatch):
    monkeypatch.setattr(table_columns._last_tables, "text_and_tables", None)
    text = _TABLE_TEXTS[1] + _TABLE_TEXTS[0]
    parse = table_columns._parsed_tables
    calls = []
    monkeypatch.setattr(table_columns, "_parsed_tables", lambda text: calls.append(1) or parse(text))
    item = DetectionInput(text)
    SecretsDetector().detect(item)
    PiiDetector().detect(item)
    assert len(calls) == 1


def test_cells_of_a_found_table_are_still_found():
    text = _TABLE_TEXTS[0]
    secrets = {text[span.start:span.end] for span in SecretsDetector().detect(DetectionInput(text))}
    assert {"kD8xQm2vR7pLt9wZbNe4", "Zp3Lq8Wn5Rt2Vx7Kc9Mb", "Hj6Ty1Ue4Io8Pa3Sd5Fg"} <= secrets
