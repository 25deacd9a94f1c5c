"""Organisations named by a cue of a language written in a script without Latin letters (round 26).

org_legal_forms.py finds a name in these scripts by the legal form or head noun written with it ("株式会社…",
"…銀行", "ООО «…»"). A name without one is found where the text says what it is:

- a label of redactor/data/org_labels_in_scripts.yaml `before`, a colon (full-width too) and a value that fills
  the rest of its line or cell: "勤務先：丸紅ロジテック", "Место работы: Уралпромсервис", "회사명: 한빛정밀". At
  most six words and sixty characters before the line's end, a cell's edge or a sentence's punctuation; in
  Cyrillic and Greek the value opens with a capital, a digit or a quote ("Компания: мы работаем …" is a
  sentence);
- a phrase of `after` right after a name written in Han, kana, Hangul or Latin letters: "丸紅ロジテック御中"
  (Japanese mail addressed to a firm), "동진테크 계약 건" (the Dongjin Tech contract matter);
- a system prompt telling the model whose assistant it is: "당신은 세아로지스의 상담원입니다", "あなたはミドリ精工の
  受付です", "你是华信科技的客服" (not "당신은 우리의", "你是我们的": a pronoun or a generic word);
- a Cyrillic or Greek word with a capital inside it, as brands are written and ordinary words never are:
  "ПриватБанк", "МегаФон", "ВКонтакте" (words wholly in capitals, "ООО", "МЦ", are abbreviations).

Doubtful ORGANIZATION (redacted on the wire, not reported by an audit). Cost: nothing on text without a letter of
these scripts (org_legal_forms.py calls this only after script_letters.has_foreign_letters); then one shared
keyword scan for the labels and phrases and one regex scan each for the prompts and the humped words.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.script_letters import HAN, HANGUL, HIRAGANA, KATAKANA
from redactor.detect.term_lists import before_after_lists

_DENSE = f"{HAN}{HIRAGANA}{KATAKANA}{HANGUL}"
# After a label: optional blanks, a colon, the value up to the line's end, a cell's edge or sentence punctuation.
_VALUE_AFTER_LABEL = re.compile(r"[ \t\u3000]*[:：][ \t\u3000]*(?P<value>[^\n|\t。，、,;；()（）]{1,60})")
_CASED_LETTER = re.compile("[\u0370-\u03ff\u0400-\u052f]")
# Before a phrase of `after`: a name written without spaces in Han, kana or Hangul, or in Latin letters.
_NAME_BEFORE_PHRASE = re.compile(f"(?P<name>[{HAN}{KATAKANA}{HANGUL}A-Za-z0-9・&]{{2,30}})[ \\t]?\\Z")
_ADDRESSED = re.compile(
    f"(?:(?:당신은|너는)[ \\t]+(?P<korean>[{HANGUL}A-Za-z0-9&·]{{2,20}})의[ \\t]"
    f"|あなたは(?P<japanese>[{HAN}{KATAKANA}A-Za-z0-9・&]{{2,20}})の"
    f"|你是(?P<chinese>[{HAN}A-Za-z0-9&]{{2,20}})的)")
# Whose assistant the model is, when that is no name: pronouns and generic words.
_NOT_NAMES = frozenset("우리 저희 회사 고객 당사 당신 그 이 当社 弊社 御社 貴社 会社 私 私たち お客様 顧客 我们 我 他们 公司 "
                       "大家 客户 用户 本公司".split())
_HUMPED_WORD = re.compile("[\u0370-\u03ff\u0400-\u052f]{3,}")


@functools.lru_cache(maxsize=1)
def labels_and_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(labels, phrases after a name): redactor/data/org_labels_in_scripts.yaml, checked at start-up."""
    return before_after_lists("org_labels_in_scripts.yaml")


def organisations_by_cues_in_scripts(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of names a cue of these scripts' languages points to (see module doc)."""
    labels, phrases = labels_and_phrases()
    lowered = lowered_same_length(text)
    for position in sorted(set(keyword_positions(lowered, labels))):
        label = max((word for word in labels if lowered.startswith(word, position)), key=len)
        dense = re.match(f"[{_DENSE}]", label[0]) is not None
        if not dense and position and text[position - 1].isalnum():
            continue  # inside a word of a spaced script
        match = _VALUE_AFTER_LABEL.match(text, position + len(label))
        if match is None:
            continue
        value = match.group("value").rstrip(" \t\u3000.")
        if not value or len(value.split()) > 6 or not any(char.isalpha() for char in value):
            continue
        if _CASED_LETTER.match(value[0]) and value[0].islower():
            continue
        yield Span(match.start("value"), match.start("value") + len(value), "ORGANIZATION", "org", DOUBTFUL_SCORE,
                   detector)
    for position in sorted(set(keyword_positions(lowered, phrases))):
        name = _NAME_BEFORE_PHRASE.search(text, max(0, position - 32), position)
        if name is not None and name.group("name") not in _NOT_NAMES:
            yield Span(name.start("name"), name.end("name"), "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
    for match in _ADDRESSED.finditer(text):
        group = match.lastgroup or "korean"
        if match.group(group) not in _NOT_NAMES:
            yield Span(*match.span(group), "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
    for match in _HUMPED_WORD.finditer(text):
        word = match.group()
        if any(lower.islower() and upper.isupper() for lower, upper in zip(word, word[1:])) \
                or word[0].isupper() and word[1].isupper() and word[2].islower():  # "ВКонтакте", not "СНИЛСа"
            yield Span(*match.span(), "ORGANIZATION", "org", DOUBTFUL_SCORE, detector)
