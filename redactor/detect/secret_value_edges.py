"""Where a secret written in Latin letters and digits ends inside text of a script written without spaces.

The rules that read a password by its position take "the next token" after a label, and a token is what lies between
spaces. Chinese, Japanese, Korean (in part) and Thai are written without spaces, and their punctuation is full-width:
in "收银机管理员密码 840643，外卖平台的是 xiaomao520，帮我记一下" the token after the label is
"840643，外卖平台的是". Such a finding redacts the words of the sentence with the value, and, worse, the value is
never found again: propagation looks for the finding's whole text, which no other message repeats ("已记下：收银机
840643；外卖平台 xiaomao520。" leaks both).

A value typed on a keyboard in ASCII ends where the writer's own script resumes:

- at a full-width punctuation mark (`，。、；：！？（）「」`): a mark of the sentence, never of a Latin-script value;
- for a password (one token, no `=`, `;`, `/` or `@` that would make it a connection string or a URL, whose
  database or path may be written in the writer's script) also where a letter of a script without spaces follows a
  Latin letter, digit or symbol ("840643外卖").

Only findings that open with a character outside those scripts are cut (a passphrase written in Chinese is left as
its rule found it), and a cut never leaves less than the value's first character. The cut changes edges only: what
the finding's rule decided stays decided, with the score it had.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from redactor.detect.base import Span

CATEGORY = "secret"
# Letters of the scripts written without spaces between words: Thai, Lao, kana, CJK ideographs, Hangul.
_UNSPACED_LETTER = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Full-width and ideographic punctuation: CJK symbols and punctuation, and the full-width forms of ASCII marks.
_WIDE_MARK = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_STRUCTURED = frozenset("=;/@")
_PASSWORD_KINDS = frozenset({"PASSWORD"})


def secrets_within_script_edges(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` with each secret finding cut where the module doc says its Latin-script value ends."""
    if text.isascii():
        return list(spans)
    return [_cut(text, span) if span.category == CATEGORY else span for span in spans]


def _cut(text: str, span: Span) -> Span:
    value = text[span.start:span.end]
    if not value or _UNSPACED_LETTER.match(value) or _WIDE_MARK.match(value):
        return span
    end = len(value)
    mark = _WIDE_MARK.search(value, 1)
    if mark is not None:
        end = mark.start()
    if span.kind in _PASSWORD_KINDS and not any(char in _STRUCTURED for char in value[:end]) and " " not in value[:end]:
        letter = _UNSPACED_LETTER.search(value, 1, end)
        if letter is not None:
            end = letter.start()
    while end > 1 and value[end - 1].isspace():
        end -= 1
    if end >= len(value):
        return span
    return dataclasses.replace(span, end=span.start + end)
