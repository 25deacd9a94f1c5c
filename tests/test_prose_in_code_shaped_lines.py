"""The written part of a line that reads as code or machine output reaches name detection (issue 12).

People paste chat exports, IRC/Slack logs, log lines, `git log`, JSON/CSV rows, Markdown tables and
fenced code into prose. The code test refuses such a line as a whole, but the message after a chat or
log prefix, a quoted sentence, a table cell and a comment or docstring in code are written by people and
name them; identifiers, paths, statements and key names stay out of NER.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.code_awareness import prose_regions
from redactor.detect.ner import NerDetector

NER = NerDetector()


def regions(text: str, kind: str = "prose") -> list[str]:
    return [text[start:end] for start, end in prose_regions(text, kind)]


def people(text: str, kind: str = "prose") -> set[str]:
    return {text[s.start:s.end] for s in NER.detect(DetectionInput(text, kind)) if s.kind == "PERSON"}


@pytest.mark.parametrize("line, message", [
    ("[09:16] <ops-bot> yes, the import restarted at 09:02", "yes, the import restarted at 09:02"),
    ("2026-01-04T10:22:01Z INFO user asked for a refund on order 88172", "user asked for a refund on order 88172"),
    ("Mar 12 04:11:57 web-2 app[3121]: password reset emailed to the account owner",
     "password reset emailed to the account owner"),
    ("[2026-04-19 22:10:45,118] ERROR billing.worker - could not charge the card, retrying in 30s",
     "could not charge the card, retrying in 30s"),
])
def test_the_message_of_a_chat_or_log_line_is_prose(line, message):
    # A line that reads as a sentence despite its prefix is prose whole; one the code test refuses keeps its message.
    assert any(message in region for region in regions(line))


def test_a_quoted_sentence_in_a_json_or_logfmt_line_is_prose_and_its_keys_are_not():
    line = 'level=info msg="shift handover to the weekend rota" component=scheduler'
    assert regions(line) == ["shift handover to the weekend rota"]


def test_a_markdown_table_cell_that_reads_like_a_sentence_is_prose():
    line = "| OPS-13 | follow up with the vendor on SSO | platform |"
    assert regions(line) == ["follow up with the vendor on SSO"]


def test_comments_and_docstrings_of_fenced_code_in_prose_are_prose_and_its_statements_are_not():
    text = ("Why does this fail?\n```python\ndef settle(batch):\n"
            "    # the bank rejects batches over five hundred items\n    return post(batch[:500])\n```")
    assert regions(text) == ["Why does this fail?", "the bank rejects batches over five hundred items"]


@pytest.mark.parametrize("line", [
    "2026-01-04T10:22:05Z INFO GET /api/v1/users/Session 200 12ms",
    "config = load_settings(path)",
    '{"DisplayName": "worker", "RoleArn": "arn:aws:iam::1234:role/Admin"}',
])
def test_machine_output_and_code_without_a_written_part_stay_out(line):
    assert regions(line) == []


@pytest.mark.parametrize("text, name", [
    ("here are the refund logs:\n2026-01-04T10:22:01Z INFO user Maria Okafor requested a refund\n"
     "2026-01-04T10:22:03Z WARN refund queue depth 14", "Maria Okafor"),
    ("Mar 12 04:11:57 web-2 app[3121]: password reset emailed to Siddharth Rao (account 4410)", "Siddharth Rao"),
    ('level=info msg="shift handover from Lars Eriksson to the weekend rota" component=scheduler', "Lars Eriksson"),
    ("```go\n// TODO: remove once Keisha Brown migrates the tenant table\nvar legacy = true\n```", "Keisha Brown"),
    ("[09:02] <ops> did the reindex finish?\n[09:05] <ops> fwiw Radomir said the lag is back to normal", "Radomir"),
])
def test_a_person_in_the_written_part_of_a_code_shaped_line_is_found(text, name):
    assert name in people(text)


def test_identifiers_in_fenced_code_are_still_no_people():
    text = ("```python\nclass RefundService(BaseService):\n    def Process(self, Request):\n"
            "        return self.Client.Send(Request)\n```")
    assert people(text) == set()
