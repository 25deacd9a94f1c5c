"""The value of a form control whose name says it holds a password, a PIN or a key, in the page snapshots that
browser agents read.

An agent that fills a form reads the page back as an accessibility snapshot: one control per line, its role, its
accessible name in quotes, attributes in brackets, and the value it holds (Playwright MCP
`- textbox "Password" [ref=e13]: x`, Chrome and CDP dumps `[14] textbox "PIN" value="x"`, `textbox 'Mot de
passe' [focused] value='x'`, mobile trees `secure text field "Passcode": x`). The control is a key and its value:
what makes the value a secret is the control's *name*, whatever the value looks like (a dictionary word, a
phrase with spaces, four digits). A control without a name of its own is labelled by the text node right above
it (`- text "Your API key"` then `- textbox [readonly] value="x"`), as a screen reader reads it.

A name holds a secret when it names a password in any language (`names_a_password`: the slot vocabulary, its
inflections and compounds: "Passwort", "Mot de passe", "Contraseña", "비밀번호"), a PIN (the PIN words of the slot
vocabulary: a bare "code" names a discount's or a postcode's as often), or a secret
(`is_secret_key_name`: "API key", "Token", "Recovery code"), or when the control's type is a password
(`[type=password]`, `secure text field`). Values that hold nothing (empty, masked `••••`, a placeholder) are
left alone.

The name vouches for the value as a key does: the span is confident (KEYED_SCORE), so an audit reports it too.
Cost: nothing unless a control role word occurs (the caller's cue check); then one regex over the lines that
hold one.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.password_slots import names_a_password
from redactor.detect.secret_values import is_masked, is_placeholder_value
from redactor.detect.slot_names import code_label_words

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"
KEYED_SCORE = 0.7
_KEY_KIND = "GENERIC_SECRET"

# The roles of a control that takes typed text, in the accessibility trees of browsers and mobile platforms.
# (Not `input`, `edit`, `password`: "Edit: fixed a typo", "Password: must be 12 characters" are prose.)
_ROLES = r"textbox|searchbox|combobox|spinbutton|secure text field|text ?field|edit ?text"
CONTROL_NEEDLES = ("textbox", "searchbox", "combobox", "spinbutton", "text field", "textfield", "edittext",
                   "edit text")
_CONTROL = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\[\d+\][ \t]*)?(?P<role>" + _ROLES + r")\b"
    r"(?:[ \t]+(?:name[=:][ \t]*)?(?P<nq>[\"'“])(?P<name>[^\"'”\n]{1,80})[\"'”])?"
    r"(?P<attrs>(?:[ \t]*\[[^\]\n]{0,60}\])*)"
    r"[ \t]*(?:value[=:][ \t]*(?P<vq>[\"'“])(?P<quoted>[^\n]*?)[\"'”](?=[ \t]*(?:\[[^\]\n]*\][ \t]*)*$)"
    r"|:[ \t]+(?P<rest>[^\n]+?))[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
# A text node that labels the control below it: `- text "Your API key"`, `- LabelText "PIN"`, `- heading "..."`.
_LABEL_NODE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\[\d+\][ \t]*)?(?:text|label|labeltext|statictext|generic|heading|paragraph)\b"
    r"[ \t]*(?:[\"'“](?P<quoted>[^\"'”\n]{1,80})[\"'”]|:[ \t]*(?P<rest>[^\n]{1,80}))",
    re.IGNORECASE | re.MULTILINE)
_PASSWORD_TYPE = re.compile(r"type[=:][ \t]*[\"']?password|secure", re.IGNORECASE)
_LABEL_LOOK_BACK = 2  # lines
# PIN words only: "code", "kod", "código" also name a discount's, a postcode's or a program's code.
_PIN_LABELS = frozenset(label for label in code_label_words() if "pin" in label or "puk" in label
                        or label in ("暗証番号", "핀번호", "पिन"))
_WORD = re.compile(r"[^\W_]+")
_MAX_VALUE = 128


def form_field_spans(text: str, taken: list[tuple[int, int]],
                     is_secret_key_name: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of the values of secret form controls in an accessibility snapshot (module doc); `taken`: regions
    already found (sorted), left alone; `is_secret_key_name`: the secrets detector's own test of a key's name
    (passed in: secrets.py imports this module, so this one must not import it back)."""
    for control in _CONTROL.finditer(text):
        group = "quoted" if control.group("quoted") is not None else "rest"
        start, end = control.span(group)
        value = text[start:end]
        stripped = value.strip()
        if not stripped or len(stripped) > _MAX_VALUE or is_masked(stripped) or is_placeholder_value(stripped):
            continue
        if set(stripped) <= set("•*●·.-_ "):
            continue
        start += value.index(stripped)
        end = start + len(stripped)
        name = control.group("name")
        if name is None:
            name = _label_above(text, control.start())
        if control.group("role").lower() == "secure text field" or _PASSWORD_TYPE.search(control.group("attrs") or ""):
            kind = KIND
        else:
            kind = secret_kind(name, is_secret_key_name) if name is not None else None
        if kind is not None and not overlaps_a_region(taken, start, end):
            yield Span(start, end, kind, CATEGORY, KEYED_SCORE, DETECTOR_NAME)


def secret_kind(name: str, is_secret_key_name: Callable[[str], bool]) -> str | None:
    """The kind of secret a control's accessible name says it holds (a password or PIN, a secret key), or None."""
    lowered = name.lower().strip(" :*")
    words = _WORD.findall(lowered)
    if names_a_password(lowered) or any(label in words or " " in label and label in lowered for label in _PIN_LABELS):
        return KIND
    return _KEY_KIND if words and is_secret_key_name("_".join(words)) else None


def _label_above(text: str, control_start: int) -> str | None:
    """The text of the nearest label node in the few lines above a control that has no name of its own."""
    end = control_start
    for _ in range(_LABEL_LOOK_BACK):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        node = _LABEL_NODE.match(text, start, end - 1 if text[end - 1:end] == "\n" else end)
        if node is not None:
            return node.group("quoted") or node.group("rest")
        end = start
    return None
