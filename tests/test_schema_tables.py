"""A table that describes fields holds no one's name (redactor/detect/schema_tables.py)."""
from __future__ import annotations

from redactor.detect.base import Span
from redactor.detect.schema_tables import without_names_in_schema_rows


def _kept(text: str, *values: str, kind: str = "PERSON") -> list[str]:
    spans = [Span(text.index(v), text.index(v) + len(v), kind, "pii", 0.85, "ner") for v in values]
    return [text[s.start:s.end] for s in without_names_in_schema_rows(text, spans)]


def test_names_in_the_rows_of_a_record_layout_are_field_names() -> None:
    text = ("map this layout please\nField Name | Type | Length | Required\n"
            "Holder Surname | CHAR | 40 | Y\nContact Person | CHAR | 60 | N\n\nthanks, Ilse Vandamme")
    assert _kept(text, "Holder Surname", "Contact Person", "Ilse Vandamme") == ["Ilse Vandamme"]


def test_a_space_aligned_segment_definition_is_a_schema() -> None:
    text = "SEQ  ELEMENT              DT   OPT\n1    Guarantor Name       XPN  R\n2    Next Of Kin Address  XAD  O"
    assert _kept(text, "Guarantor Name", "Next Of Kin Address", kind="ORGANIZATION") == []


def test_a_table_with_an_example_column_keeps_its_names() -> None:
    text = "field | type | example\nowner | text | Bruno Carvalho\nteam | text | Harbourline Logistics"
    assert _kept(text, "Bruno Carvalho") == ["Bruno Carvalho"]


def test_a_table_of_records_keeps_its_names() -> None:
    text = "name | role | start\nAmara Osei | analyst | 2024-02-01\nTeodor Ilic | lead | 2023-09-15"
    assert _kept(text, "Amara Osei", "Teodor Ilic") == ["Amara Osei", "Teodor Ilic"]


def test_a_header_of_name_type_and_start_is_a_table_of_records() -> None:
    text = "name | type | start\nAmara Osei | contractor | 2024-02-01\nTeodor Ilic | employee | 2023-09-15"
    assert _kept(text, "Amara Osei", "Teodor Ilic") == ["Amara Osei", "Teodor Ilic"]
