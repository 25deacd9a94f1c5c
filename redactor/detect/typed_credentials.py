"""Passwords by their place in a call or a command line: typed into a password field, or a user flag's partner.

Two argument positions hold a password whatever the value looks like and whatever the code calls it:

1. **Typed into a password field.** Browser-test and UI-automation code types a value into a field picked by a
   selector: Cypress `cy.get('#pass').type('x')`, Playwright `page.fill('#password', 'x')` and
   `getByLabel('Passwort').fill('x')`, Puppeteer `page.type(sel, 'x')`, Selenium `find_element(By.NAME,
   "pwd").send_keys("x")`, WebdriverIO `setValue`, TestCafe `typeText`, Capybara `fill_in 'Password', with: 'x'`,
   Robot Framework `Input Password  id=pw  x`. When a string of the statement before the typed value names a
   password slot (any language's password label, `pass`, `pwd`, `pw`: `slot_names.english_slot`), the typed string
   is the password. Key sequences (`{enter}`), placeholders and values read from the environment are not typed
   literals.
2. **A user flag's partner.** On one command line that names an account with `-u`/`--user`/`--username`/`-U`/`-l`,
   the value of `-p`/`-P`/`--password`/`--pass`/`--pw`/`-pw` is its password (`sync -u jfennimore -p marigold`),
   unless it is a number or a port mapping (`-p 2222`, `-p 8080:80`), a path, a variable or a flag.

The position vouches for the value, but no format does: doubtful (DOUBTFUL_SCORE), wire only.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span, overlaps_a_region
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import contains_any
from redactor.detect.secret_values import is_placeholder_value, looks_like_path
from redactor.detect.slot_names import english_slot, password_label_words

KIND = "PASSWORD"
CATEGORY = "secret"
DETECTOR_NAME = "secrets"

_TYPING = re.compile(
    r"(?:\.(?:type|fill|send_keys|sendKeys|setValue|addValue|typeText|press_sequentially|pressSequentially|"
    r"SendKeys|TypeAsync|FillAsync)\s*\(|\bfill_in\b|\bInput (?:Password|Text)\b)")
_STRING = re.compile(r"""(?P<q>["'`])(?P<body>(?:\\.|(?!(?P=q))[^\\\n])*)(?P=q)""")
_ROBOT_ARGUMENTS = re.compile(r"(?: {2,}|\t+)(?P<argument>\S(?:\S| (?! ))*)")
_KEY_SEQUENCE = re.compile(r"\{[a-zA-Z]+\}")
_STATEMENT_START = re.compile(r"[;\n{}]")
_SELECTOR_WORDS = re.compile(r"[^\W\d_]+")
_SHORT_PASSWORD_NAMES = frozenset({"pass", "pwd", "pw", "passwd", "pword", "passw"})
_PASSWORD_LABELS = frozenset(password_label_words())
_SPACED_LABELS = tuple(label for label in _PASSWORD_LABELS if " " in label and len(label) >= 6)


_TRIGGERS = (".type", ".fill", "send_keys", "sendKeys", "SendKeys", "Value(", "typeText", "fill_in", "ressSequentially",
             "ress_sequentially", "Input Password", "Input Text", "-p", "-P", "--pass", "--pw")


def may_hold_typed_password(text: str) -> bool:
    """A cheap pre-check: a typing call or a password flag appears somewhere in `text`."""
    return contains_any(text, _TRIGGERS)  # (a long text: one lookup in its shared cue scan, not 16 searches)


def typed_password_spans(text: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    """PASSWORD spans for strings typed into a password field and for a user flag's password."""
    yield from _typed_into_password_fields(text, taken)
    if "-" in text:
        yield from _user_flag_partners(text, taken)


def names_a_password_field(selector: str) -> bool:
    """Whether a selector or a field's label names a password slot: `#pass`, `input[name="password"]`,
    `[data-test=pwd]`, `Passwort`, `contraseña` (not `#passport`, `#user`)."""
    lowered = selector.lower()
    if any(label in lowered for label in _SPACED_LABELS):
        return True  # `fill_in 'Mot de passe'`, `getByLabel('Senha de acesso')`
    for word in _SELECTOR_WORDS.findall(selector):
        lowered = word.lower()
        if lowered in _SHORT_PASSWORD_NAMES or lowered in _PASSWORD_LABELS:
            return True
        if english_slot(word).split("_")[-1] in ("password", "passphrase", "passcode"):
            return True  # `userPassword`, `mot_de_passe`, `loginPwd`
    return False


def _typed_into_password_fields(text: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    for typing in _TYPING.finditer(text):
        statement_start = _statement_start(text, typing.start())
        line_end = text.find("\n", typing.end())
        line_end = len(text) if line_end < 0 else line_end
        if typing.group().startswith("Input "):
            arguments = list(_ROBOT_ARGUMENTS.finditer(text, typing.end(), line_end))
            if len(arguments) >= 2 and names_a_password_field(arguments[0].group("argument")):
                value = arguments[-1].span("argument")
                if _is_typed_value(text[value[0]:value[1]]) and not overlaps_a_region(taken, *value):
                    yield Span(value[0], value[1], KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
            continue
        strings = list(_STRING.finditer(text, typing.end(), line_end))
        if not strings:
            continue
        value = strings[-1] if typing.group().startswith(".") and len(strings) > 1 else strings[0]
        if typing.group() == "fill_in" and len(strings) > 1:
            value = strings[1]  # `fill_in 'Password', with: 'x'`
        selector = text[statement_start:value.start()]
        if not names_a_password_field(selector):
            continue
        opening = text[:value.start()].rstrip()
        if opening.endswith("[") or opening.endswith("(") and len(opening) != typing.end():
            continue  # `environment["UITEST_PW"]`, `env("PW")`: a key that reads the value, not the value
        start, end = value.span("body")
        key = _KEY_SEQUENCE.search(text, start, end)
        if key is not None and key.start() > start:
            end = key.start()  # `type('hunter2{enter}')`: the key pressed after it is no part of it
        if _is_typed_value(text[start:end]) and not overlaps_a_region(taken, start, end):
            yield Span(start, end, KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)


def _statement_start(text: str, position: int) -> int:
    """Where the statement holding `position` starts: after a `;`, a brace or a line break; a chain broken over
    lines (`cy.get('#pass')\\n  .type('x')`) reaches back over lines that start with a `.`."""
    start = position
    while True:
        found = max(text.rfind(c, 0, start) for c in ";\n{}")
        if found < 0:
            return 0
        if text[found] == "\n" and text.startswith(".", found + 1 + _indent(text, found + 1)):
            start = found
            continue
        return found + 1


def _indent(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] in " \t":
        end += 1
    return end - start


def _is_typed_value(value: str) -> bool:
    if not value or _KEY_SEQUENCE.fullmatch(value) or value.startswith(("${", "{{", "%")):
        return False
    return not is_placeholder_value(value)


_USER_FLAG = re.compile(r"(?<![\w-])(?:-u|-U|-l|--user|--username|--login)(?:[ \t]+|=)(?P<user>[^\s-][^\s]*)")
_PASSWORD_FLAG = re.compile(
    r"(?<![\w-])(?:-p|-P|-pw|--password|--pass|--pw|--passwd)(?:[ \t]+|=)(?P<quote>[\"']?)(?P<value>[^\s\"'-][^\s\"']*)"
    r"(?P=quote)")
_NUMBER_OR_PORT = re.compile(r"[\d:.,/-]+")


def _user_flag_partners(text: str, taken: list[tuple[int, int]]) -> Iterator[Span]:
    for line in re.finditer(r"[^\n]+", text):
        if _USER_FLAG.search(text, line.start(), line.end()) is None:
            continue
        for flag in _PASSWORD_FLAG.finditer(text, line.start(), line.end()):
            value = flag.group("value")
            if _NUMBER_OR_PORT.fullmatch(value) or value.startswith(("$", "%", "<", "{")) or looks_like_path(value):
                continue
            if is_placeholder_value(value) or overlaps_a_region(taken, *flag.span("value")):
                continue
            yield Span(flag.start("value"), flag.end("value"), KIND, CATEGORY, DOUBTFUL_SCORE, DETECTOR_NAME)
