"""What a browser agent types into a form control whose name says it takes a password, a code or an answer, in
another text of the request than the page that names the control.

A browser agent reads a page as an accessibility snapshot (a tool result: `[9] textbox "Kod SMS"`,
`- textbox "Password" [ref=e23]`) and acts on it in its own later turn by the control's reference
(`{"action": "type", "ref": 9, "text": "448219"}`, `browser_type {"ref": "e23", "text": "..."}`), or fills
several controls by their names at once (`{"action": "fill", "fields": {"What is your mother's maiden name?":
"..."}}`). The value is a secret because of the slot it goes into, whatever it looks like (a word, a place and a
year, six digits): the control's name is the key, the action's reference joins them across texts. Every agent that
works a page produces this structure; no word of the value is read.

A control takes a secret when its name names a password or PIN in any language or a secret key
(form_field_values.secret_kind), a code (a code word of any language that names no other code: a 4-8 digit value
only), or when it asks a question: a control named by a question ("What was the name of your first school?") or
right below a text node that asks one (`StaticText "Pytanie: Gdzie ...?"` then `textbox "Odpowiedź"`) is a
security question's answer (short values only: at most six words, no e-mail or URL).

The value found is then redacted where the person gave it in the conversation too: the same value as a whole
token, and a digit code as people write it, in groups ("448 219" for 448219).

Controls named for a password vouch for the value (KEYED_SCORE); codes and answers are doubtful (DOUBTFUL_SCORE):
the wire redacts them, an audit does not report them. Cost: nothing unless a text holds a control role word and
another holds `ref`; then one regex per text.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.form_field_values import (CONTROL_NEEDLES, KEYED_SCORE, _ROLES, _is_digit_code, _names_a_code,
                                               secret_kind)
from redactor.detect.lock_codes import _long_compound_of_code
from redactor.detect.secret_values import EMAIL_VALUE, URL_VALUE, is_masked, is_placeholder_value
from redactor.segments import Segment

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secret_typed_fields"

# A control with a reference: `[9] textbox "Kod SMS"`, `- textbox "Password" [ref=e23]`, `textbox "PIN" (ref: e4)`.
_CONTROL = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\[(?P<number>\d+)\][ \t]*)?(?P<role>" + _ROLES + r")\b"
    r"[ \t]*(?:name[=:][ \t]*)?(?:[\"'“](?P<name>[^\"”\n]{0,160})[\"'”])?(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE)
_REF_ATTRIBUTE = re.compile(r"\bref[=:][ \t]*[\"']?(?P<ref>[\w-]{1,12})")
# Any node line: its text, for the question above a control (`[6] StaticText "Pytanie: ...?"`, `- text: Question?`).
_NODE_TEXT = re.compile(r"[\"'“](?P<quoted>[^\"”\n]{1,200})[\"'”]|:[ \t]*(?P<rest>[^\n]{1,200})")
# An action on a reference and the text it types: `"ref": 9, "text": "x"`, `ref="e23", text="x"` (either order).
_REF_KEY = re.compile(r"[\"']?ref[\"']?[ \t]*[:=][ \t]*[\"']?(?P<ref>[\w-]{1,12})[\"']?")
_TEXT_KEY = re.compile(r"[\"']?(?:text|value|input)[\"']?[ \t]*[:=][ \t]*(?P<q>[\"'])(?P<value>(?:\\.|(?!(?P=q)).){1,200})(?P=q)")
# A fill action by names: `"fields": {"Label": "value", ...}` (the object holds no braces).
_FIELDS = re.compile(r"[\"'](?:fields|values|form|inputs)[\"'][ \t]*:[ \t]*\{(?P<body>[^{}]{1,4000})\}")
_PAIR = re.compile(r"\"(?P<name>(?:\\.|[^\"\\]){1,200})\"[ \t]*:[ \t]*\"(?P<value>(?:\\.|[^\"\\]){1,200})\"")
_ACTION_SPAN = 400  # characters around a reference in which its typed text is looked for (one action object)
_ANSWER_WORDS = 6
_PASSWORD, _CODE, _ANSWER = "password", "code", "answer"


def typed_field_spans(segments: Sequence[Segment], spans: Sequence[Sequence[Span]],
                      is_secret_key_name: Callable[[str], bool]) -> list[list[Span]]:
    """New PASSWORD spans per segment (disjoint from `spans` of that segment): the module doc's rules."""
    texts = [segment.text for segment in segments]
    added: list[list[Span]] = [[] for _ in texts]
    lowered = [text.lower() for text in texts]
    fills = [index for index, text in enumerate(lowered) if "fields" in text or "values" in text
             or "inputs" in text or "form" in text]
    has_controls = any(any(needle in text for needle in CONTROL_NEEDLES) for text in lowered)
    if not has_controls and not fills:
        return added
    slots: dict[str, str] = {}
    if has_controls:
        for text in texts:
            slots.update(_control_slots(text, is_secret_key_name))
    values: dict[str, str] = {}  # value -> slot kind
    for index, text in enumerate(texts):
        found: list[tuple[int, int, str]] = []
        if slots and "ref" in lowered[index]:
            found.extend(_typed_by_reference(text, slots))
        if index in fills and "{" in text:
            found.extend(_filled_by_name(text, is_secret_key_name))
        for start, end, slot in found:
            if _takes(text[start:end], slot):
                values.setdefault(text[start:end], slot)
    if not values:
        return added
    pattern = _pattern(values)
    for index, text in enumerate(texts):
        found = spans[index]
        for match in pattern.finditer(text):
            if any(span.start <= match.start() and match.end() <= span.end for span in found):
                continue  # already redacted whole; a finding of a part ("Zakopane" of "Zakopane 1998") is widened
            slot = values.get(match.group(), _CODE)
            score = KEYED_SCORE if slot == _PASSWORD else DOUBTFUL_SCORE
            added[index].append(Span(match.start(), match.end(), KIND, CATEGORY, score, DETECTOR_NAME))
    return added


def _control_slots(text: str, is_secret_key_name: Callable[[str], bool]) -> dict[str, str]:
    """{reference: slot kind} of the controls of a snapshot that take a password, a code or an answer."""
    slots: dict[str, str] = {}
    for control in _CONTROL.finditer(text):
        ref = control.group("number")
        attribute = _REF_ATTRIBUTE.search(control.group("rest") or "")
        if attribute is not None:
            ref = attribute.group("ref")
        if ref is None:
            continue
        name = (control.group("name") or "").strip()
        slot = _slot_of(name, is_secret_key_name)
        if slot is None and control.group("role").lower() not in ("searchbox", "combobox") and len(
                name.split()) <= 3 and _asks_above(text, control.start()):
            slot = _ANSWER
        if slot is not None:
            slots[ref.lower()] = slot
    return slots


def _slot_of(name: str, is_secret_key_name: Callable[[str], bool]) -> str | None:
    if not name:
        return None
    if secret_kind(name, is_secret_key_name) is not None:
        return _PASSWORD
    if _names_a_code(name) or any(_long_compound_of_code(word) for word in name.lower().split()):
        return _CODE  # (a compound's head: "Bestätigungscode", "Engangskode")
    if name.rstrip(" *:").endswith(("?", "？", "؟")):
        return _ANSWER  # a control named by a question: a security question's answer
    return None


def _asks_above(text: str, control_start: int) -> bool:
    """Whether the node line right above a control (one blank line allowed) asks a question."""
    end = control_start - 1
    for _ in range(2):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            node = _NODE_TEXT.search(line)
            said = (node.group("quoted") or node.group("rest")) if node is not None else line
            return said.rstrip(" \"'”*:").endswith(("?", "？", "؟"))
        end = start - 1
    return False


def _typed_by_reference(text: str, slots: dict[str, str]) -> list[tuple[int, int, str]]:
    found = []
    for reference in _REF_KEY.finditer(text):
        slot = slots.get(reference.group("ref").lower())
        if slot is None:
            continue
        # the action object around the reference: from its opening brace (or line) to its closing one
        start = max(text.rfind("{", max(0, reference.start() - _ACTION_SPAN), reference.start()),
                    text.rfind("\n", max(0, reference.start() - _ACTION_SPAN), reference.start()), 0)
        end_brace = text.find("}", reference.end(), reference.end() + _ACTION_SPAN)
        end_line = text.find("\n", reference.end(), reference.end() + _ACTION_SPAN)
        ends = [position for position in (end_brace, end_line) if position >= 0]
        end = min(ends) if ends else min(len(text), reference.end() + _ACTION_SPAN)
        typed = _TEXT_KEY.search(text, start, end)
        if typed is not None:
            found.append((typed.start("value"), typed.end("value"), slot))
    return found


def _filled_by_name(text: str, is_secret_key_name: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    found = []
    for fields in _FIELDS.finditer(text):
        for pair in _PAIR.finditer(text, fields.start("body"), fields.end("body")):
            slot = _slot_of(pair.group("name"), is_secret_key_name)
            if slot is not None:
                found.append((pair.start("value"), pair.end("value"), slot))
    return found


def _takes(value: str, slot: str) -> bool:
    """Whether a typed value fills its slot: not empty, masked or a placeholder; a code's digits; an answer's few
    words."""
    stripped = value.strip()
    if not stripped or stripped != value or len(stripped) > 128 or is_masked(stripped):
        return False
    if is_placeholder_value(stripped) or set(stripped) <= set("•*●·.-_ "):
        return False
    if slot == _CODE:
        return _is_digit_code(stripped)
    if slot == _ANSWER:
        return (len(stripped.split()) <= _ANSWER_WORDS and len(stripped) >= 2 and not EMAIL_VALUE.match(stripped)
                and not URL_VALUE.match(stripped))
    return True


def _pattern(values: dict[str, str]) -> re.Pattern[str]:
    """Each value as a whole token, and a digit code also in groups of digits ("448 219", "448-219")."""
    alternatives = set()
    for value in values:
        alternatives.add(re.escape(value))
        digits = value.replace(" ", "").replace("-", "")
        if digits.isdigit() and len(digits) >= 4:
            alternatives.add(r"[ \-]?".join(digits))
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(r"(?<![\w@.\-/])(?:" + body + r")(?![\w@/]|[.\-]\w)")
