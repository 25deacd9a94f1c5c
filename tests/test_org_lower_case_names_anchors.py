"""org_lower_case_names tries its two patterns only where a match can start (the shared cue scan), with the same
matches as a scan of the whole text: after a cue word, and at the small word before a head noun or legal form."""
from __future__ import annotations

import pytest

from redactor.detect import org_lower_case_names as names


def _organisations(text: str) -> list[str]:
    return [text[span.start:span.end] for span in names.lower_case_names(text, "pii")]


def _same_as_whole_text_scans(text: str) -> bool:
    after_cue = [match.span(1) for match in names._AFTER_CUE.finditer(text)]
    before_noun = [match.span(1) for match in names._before_head_noun().finditer(text)]
    return ([match.span(1) for match in names._after_cue_matches(text)] == after_cue
            and [match.span(1) for match in names._before_head_noun_matches(text)] == before_noun)


# Dev set: the forms each anchor must reach (written for this change).
def test_a_name_after_a_cue_word_is_found_from_the_cue_scan() -> None:
    assert _organisations("contract renewal for fernbrook health, signed today") == ["fernbrook health"]


def test_a_name_before_a_legal_form_is_found_from_the_head_noun_scan() -> None:
    assert _organisations("invoices go out via the drovane logistics portal") == ["drovane logistics"]


def test_a_text_without_cue_or_head_noun_finds_nothing() -> None:
    assert names._after_cue_matches("Run pytest -q and paste output") == []
    assert names._before_head_noun_matches("Run pytest -q and paste output") == []


@pytest.mark.parametrize("text", [
    "From customer thessock: please resend",  # a cue that is a candidate word too
    "a call with the tessaly team tomorrow",
    "FOR fernbrook health",  # a cue in capitals
    "ask quorbit  ltd and pellarin\tgmbh",  # blanks of two kinds before the legal form
    "see abcdefghijklmnopqrstuvw ltd",  # a word too long for a name
    "x.fernbrook health and @fernbrook health",  # glued before
])
def test_anchored_scans_match_whole_text_scans_on_the_dev_forms(text: str) -> None:
    assert _same_as_whole_text_scans(text)


# Check set: forms not used while writing the change.
@pytest.mark.parametrize("text", [
    "We signed with zentrova studio last week; the pellarin folks joined later.",
    "Supplier: marbeck industries (net 30)\nCustomer quillon wants the pdf by Friday",
    "Große Grüße an die tessaly gmbh, from müller",  # not ASCII: the cue pattern scans the whole text
    "the KAYLOR team and the ſorvik team",  # a character re folds into s
    "left halvard labs, joined brinmoor partners, vendor ostrel co",
    "lorem ipsum dolor sit amet " * 40 + "for cavendale holdings",
    "    logistics\n  abcd logistics\nabc logistics",
])
def test_anchored_scans_match_whole_text_scans_on_the_check_forms(text: str) -> None:
    assert _same_as_whole_text_scans(text)
