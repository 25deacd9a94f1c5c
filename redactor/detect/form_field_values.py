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

A control named by a bare code word ("Code", "Verification code", "Código", "Код"; not an error, postal or
discount code, `password_sentences.names_another_code`) holds a one-time or access code when its value is one: 4-8
digits, perhaps in groups (`093 771`, `4471-09`). A discount code or a coupon holds letters; a postcode's control is
named for the post. Doubtful: the name alone does not vouch for it as a password word does.

Snapshots are also written one line for many controls (`textbox "User" value="x" · textbox "Code" value="y"`, a
`|` or `•` between them), as agents summarise a page: each piece between those separators is read as a line.

The name vouches for the value as a key does: the span is confident (KEYED_SCORE), so an audit reports it too.
Cost: nothing unless a control role word occurs (the caller's cue check); then one regex over the lines that
hold one.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.password_sentences import names_another_code
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
_CODE_LABELS = frozenset(code_label_words())
_CODE_NAME = "code"  # (secret_kind's answer for a control named by a bare code word: a digit code only)
_DIGIT_CODE = re.compile(r"\d{4,8}|\d{2,4}(?:[ -]\d{2,4}){1,3}")
_DIGIT_CODE_LENGTH = range(4, 9)
# One line for many controls: `textbox "User" value="x" · textbox "Code" value="y"` (a spaced `·`, `|` or `•`).
_PIECE_BREAK = re.compile(r"[ \t]+[·|•][ \t]+")
_ROLE_IN_PIECE = re.compile(r"(?<![\w-])(?:" + _ROLES + r")\b", re.IGNORECASE)


def form_field_spans(text: str, taken: list[tuple[int, int]],
                     is_secret_key_name: Callable[[str], bool]) -> Iterator[Span]:
    """Spans of the values of secret form controls in an accessibility snapshot (module doc); `taken`: regions
    already found (sorted), left alone; `is_secret_key_name`: the secrets detector's own test of a key's name
    (passed in: secrets.py imports this module, so this one must not import it back)."""
    for control, offset in _controls(text):
        group = "quoted" if control.group("quoted") is not None else "rest"
        start, end = control.span(group)
        value = control.string[start:end]
        start += offset
        end += offset
        stripped = value.strip()
        if not stripped or len(stripped) > _MAX_VALUE or is_masked(stripped) or is_placeholder_value(stripped):
            continue
        if set(stripped) <= set("•*●·.-_ "):
            continue
        start += value.index(stripped)
        end = start + len(stripped)
        name = control.group("name")
        if name is None:
            name = _label_above(text, control.start() + offset)
        if control.group("role").lower() == "secure text field" or _PASSWORD_TYPE.search(control.group("attrs") or ""):
            kind = KIND
        else:
            kind = secret_kind(name, is_secret_key_name) if name is not None else None
            if kind is None and name is not None and _names_a_code(name) and _is_digit_code(stripped):
                kind = _CODE_NAME
        if kind is not None and not overlaps_a_region(taken, start, end):
            if kind == _CODE_NAME:
                yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
            else:
                yield Span(start, end, kind, CATEGORY, KEYED_SCORE, DETECTOR_NAME)


def _controls(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each control of a snapshot with the offset of the string it was matched in: the lines, then the pieces of a
    line that holds several controls between `·`, `|` or `•` (a control matched whole as a line is not read again)."""
    lines_matched: set[int] = set()
    for control in _CONTROL.finditer(text):
        lines_matched.add(text.rfind("\n", 0, control.start()) + 1)
        yield control, 0
    if "·" not in text and "|" not in text and "•" not in text:
        return
    line_start = 0
    for line in text.split("\n"):
        if line_start not in lines_matched and _PIECE_BREAK.search(line) and len(_ROLE_IN_PIECE.findall(line)) >= 1:
            piece_start = 0
            for piece_break in [*_PIECE_BREAK.finditer(line), None]:
                piece_end = piece_break.start() if piece_break is not None else len(line)
                piece = line[piece_start:piece_end]
                role = _ROLE_IN_PIECE.search(piece)
                if role is not None:
                    # (what stands before the role, `[page snapshot]`, is the line's heading, not the control's)
                    control = _CONTROL.match(piece[role.start():])
                    if control is not None:
                        yield control, line_start + piece_start + role.start()
                piece_start = piece_break.end() if piece_break is not None else piece_end
        line_start += len(line) + 1


def _names_a_code(name: str) -> bool:
    """Whether a control's name is a code's: a code word of any language among its words, no other code's."""
    lowered = name.lower().strip(" :*")
    for word in _WORD.finditer(lowered):
        if word.group() in _CODE_LABELS and not names_another_code(lowered, word.start(), word.group()):
            return True
    return False


def _is_digit_code(value: str) -> bool:
    return bool(_DIGIT_CODE.fullmatch(value)) and sum(c.isdigit() for c in value) in _DIGIT_CODE_LENGTH


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
