"""Organisations named by their legal form in scripts without capital letters.

ner.py finds "Brauhaus Feldmann GmbH" by its capitalised words and suffix. Japanese,
Chinese, Korean, Russian, Arabic and Hebrew company names have no capitals to find, but
their legal form says what they are: "株式会社ミナトシステムズ", "東邦精機株式会社",
"深圳市星河电子有限公司", "(주)한빛소프트웨어", "ООО «Северный Ветер»", "АО \"Техноресурс\"",
"شركة النور للتجارة". The forms are data (redactor/data/org_legal_forms.yaml):

- a form before the name takes a quoted name after it, or a run of Han/katakana/Hangul
  (and Latin letters or digits) after it, or up to three words of the script after it;
- a form after the name takes the run of Han/katakana/Hangul before it (Chinese runs are
  cut at twelve characters: running text has no spaces, so the run may start with a verb,
  and a few characters too many are redacted rather than a name too few).

A form with no name beside it ("株式会社とは", "有限公司的英文") is no organisation. The span
covers the form and the name (ORGANIZATION, category org). Texts without a letter of these
scripts cost one C-level scan.
"""
from __future__ import annotations

import re

from redactor.detect.base import Span
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.script_letters import FOREIGN_LETTERS, HAN, HANGUL, KATAKANA, has_foreign_letters
from redactor.detect.term_lists import org_legal_forms

_DENSE_NAME = f"[{HAN}{KATAKANA}{HANGUL}A-Za-z0-9・&]"
_QUOTED_AFTER = re.compile(r"[ \t]*(?P<name>[«\"“„'][^«»\"“”„'\n]{1,60}[»\"”“'])")
_DENSE_AFTER = re.compile(rf"[ \t]?(?P<name>{_DENSE_NAME}{{2,30}})")
_WORDS_AFTER = re.compile(rf"[ \t]+(?P<name>[{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*(?:[ \t][{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*){{0,2}})")
_DENSE_BEFORE = re.compile(rf"(?P<name>{_DENSE_NAME}{{2,30}})[ \t]?\Z")
# A Chinese company name in running text: at most this many characters before the form.
_LONGEST_RUN_BEFORE = 12
_SCORE = 0.8


def organisations_by_legal_form(text: str, detector: str) -> list[Span]:
    """ORGANIZATION spans of names beside a legal form in a script without capitals (see module doc)."""
    if not has_foreign_letters(text):
        return []
    forms = org_legal_forms()
    lowered = lowered_same_length(text)
    found: list[Span] = []
    for position in keyword_positions(lowered, forms.before):
        form = _longest_form_at(lowered, position, forms.before)
        span = _name_after(text, position, position + len(form), form)
        if span is not None:
            found.append(Span(position, span, "ORGANIZATION", "org", _SCORE, detector))
    for position in keyword_positions(lowered, forms.after):
        form = _longest_form_at(lowered, position, forms.after)
        start = _name_before(text, position)
        if start is not None:
            found.append(Span(start, position + len(form), "ORGANIZATION", "org", _SCORE, detector))
    return _longest_without_overlaps(found)


def _longest_form_at(lowered: str, position: int, forms: tuple[str, ...]) -> str:
    return max((form for form in forms if lowered.startswith(form, position)), key=len)


def _name_after(text: str, form_start: int, form_end: int, form: str) -> int | None:
    """Where the name after a legal form ends, or None when no name follows it."""
    alphabetic = form[0].isalpha() and not re.match(f"[{HAN}{HANGUL}]", form[0])
    if alphabetic:
        # "ао" inside "хаос": a form written in letters must stand as a word of its own.
        before = text[form_start - 1] if form_start else " "
        after = text[form_end] if form_end < len(text) else " "
        if before.isalpha() or after.isalpha():
            return None
    for pattern in (_QUOTED_AFTER, _DENSE_AFTER, _WORDS_AFTER):
        match = pattern.match(text, form_end)
        if match is not None and (pattern is not _DENSE_AFTER or not alphabetic):
            return match.end("name")
    return None


def _name_before(text: str, form_start: int) -> int | None:
    """Where the name before a legal form starts, or None when none stands right before it."""
    window_start = max(0, form_start - 30)
    match = _DENSE_BEFORE.search(text, window_start, form_start)
    if match is None:
        return None
    name = match.group("name")
    if re.match(f"[{HAN}]", name[-1]) and len(name) > _LONGEST_RUN_BEFORE:
        return match.end("name") - _LONGEST_RUN_BEFORE
    return match.start("name")


def _longest_without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(span.start < other.end and other.start < span.end for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
