"""Birth dates in the layouts pii.py's `_DATE` does not read, right after a birth cue.

pii.py finds the birth cue (`DOB`, `date of birth`, `生年月日`, `تاريخ الميلاد` ...) and the dates written the
common ways; when none follows the cue, this module reads the rest of the cue's line (up to _REACH characters):

- two-digit years after an apostrophe and month abbreviations of many languages: `21st of Nov '88`,
  `3. Okt. '79`, `Sept 9 '91` (month names: Faker's locales and the C locale's English names; a month
  word is a name or its first three letters or more);
- ISO week dates: `1992-W14-3`, `1992W143`;
- Japanese era dates: `平成3年11月22日`, `昭和58年1月9日`, `令和元年5月1日`;
- dates in other digits (Arabic-Indic, Persian, Devanagari), Hijri ones too: `١٩٨٥/٠٣/١٤`, `١٤٠٨/٠٧/٠٢ هـ`;
- dates spelled in words, in the languages num2words writes (English, Spanish, French, German, Italian,
  Portuguese, Dutch): `july fourth nineteen seventy nine`, `veintitrés de abril de mil novecientos
  noventa`: a run of number words, month names and joining words holding a month and two number words.

The cue says what the date is, so the layouts score like a date after a cue (0.85); spelled dates 0.7.
The vocabularies are built once (`load`, called when the PII detector is built: about 0.3 s).
"""
from __future__ import annotations

import calendar
import functools
import importlib
import pkgutil
import re
from typing import Iterator

_REACH = 80  # characters after a birth cue where its date can stand
_LAYOUT_SCORE = 0.85
_SPELLED_SCORE = 0.7

_OTHER_DIGIT = "٠-٩۰-۹०-९"
_WEEK_DATE = re.compile(r"(?<![\w-])(?:19|20)\d\d-?W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?(?![\w-])")
_ERA_DATE = re.compile(r"(?:明治|大正|昭和|平成|令和)\s?(?:元|[0-9０-９]{1,2})\s?年\s?[0-9０-９]{1,2}\s?月\s?[0-9０-９]{1,2}\s?日")
_OTHER_DIGITS_DATE = re.compile(
    rf"(?<![\w/.-])[0-9{_OTHER_DIGIT}]{{1,4}}([/.-])[0-9{_OTHER_DIGIT}]{{1,2}}\1[0-9{_OTHER_DIGIT}]{{1,4}}"
    r"(?:[ \t]*هـ)?(?![\w/-])")
_HAS_OTHER_DIGIT = re.compile(f"[{_OTHER_DIGIT}]")
# A month word with a two-digit year after an apostrophe, or with a four-digit year (the month is abbreviated or
# foreign here: `_DATE` has read the rest): "21st of Nov '88", "3. Okt. '79", "Sept 9 '91".
_YEAR = r"(?:['’‘]\d{2}|(?:19|20)\d{2})(?!\d)"
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w.])(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?(?:[ \t]+(?:of|de|del))?[ \t]+(?P<month>[^\W\d_]{{3,12}})\.?,?"
    rf"(?:[ \t]+(?:de|del))?[ \t]+{_YEAR}")
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![\w.])(?P<month>[^\W\d_]{{3,12}})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+{_YEAR}")
_WORD = re.compile(r"[^\W\d_]+")
_JOINING_WORDS = frozenset("of the de del and y et e di van den der am le el".split())
_SPELLED_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")


@functools.lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names of Faker's locales and English, and their abbreviations (three letters or more)."""
    import faker.providers.date_time as date_time

    names = {name.lower() for name in calendar.month_name[1:]}
    for module_info in pkgutil.iter_modules(date_time.__path__):
        provider = importlib.import_module(f"faker.providers.date_time.{module_info.name}").Provider
        names.update(name.lower() for name in (getattr(provider, "MONTH_NAMES", None) or {}).values() if " " not in name)
    return frozenset(name[:length] for name in names for length in range(3, len(name) + 1))


@functools.lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Words of the days (cardinal and ordinal) and of the years 1900-2030, as num2words spells them."""
    from num2words import num2words

    words: set[str] = set()
    for language in _SPELLED_LANGUAGES:
        for day in range(1, 32):
            for form in ("cardinal", "ordinal"):
                words.update(num2words(day, lang=language, to=form).lower().replace("-", " ").split())
        for year in range(1900, 2031):
            words.update(num2words(year, lang=language, to="year").lower().replace("-", " ").split())
    return frozenset(words - _JOINING_WORDS)


def load() -> None:
    """Build the vocabularies now (at start-up), not during a request."""
    _month_words()
    _number_words()


def find_birth_dates_after_cue(text: str, start: int) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of the first birth date in one of this module's layouts after a cue ending at `start`."""
    line_end = text.find("\n", start)
    end = min(len(text) if line_end == -1 else line_end, start + _REACH)
    for pattern in (_ERA_DATE, _WEEK_DATE):
        match = pattern.search(text, start, end)
        if match is not None:
            yield match.start(), match.end(), _LAYOUT_SCORE
            return
    if _HAS_OTHER_DIGIT.search(text, start, end):
        match = _OTHER_DIGITS_DATE.search(text, start, end)
        if match is not None:
            yield match.start(), match.end(), _LAYOUT_SCORE
            return
    months = _month_words()
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(text, start, end):
            if match.group("month").lower() in months and 1 <= int(match.group("day")) <= 31:
                yield match.start(), match.end(), _LAYOUT_SCORE
                return
    spelled = _spelled_date(text, start, end, months)
    if spelled is not None:
        yield spelled[0], spelled[1], _SPELLED_SCORE


def _spelled_date(text: str, start: int, end: int, months: frozenset[str]) -> tuple[int, int] | None:
    """The first run of number words, month names and joining words holding a month and two number words."""
    numbers = _number_words()
    run: list[re.Match] = []
    for word in _WORD.finditer(text, start, end):
        lowered = word.group(0).lower()
        joined = bool(run) and text[run[-1].end():word.start()].strip(" \t,-") == ""
        if lowered in numbers or lowered in months or (lowered in _JOINING_WORDS and run):
            if run and not joined:
                found = _date_in_run(run, numbers, months)
                if found is not None:
                    return found
                run = []
            run.append(word)
            continue
        found = _date_in_run(run, numbers, months)
        if found is not None:
            return found
        run = []
    return _date_in_run(run, numbers, months)


def _date_in_run(run: list[re.Match], numbers: frozenset[str], months: frozenset[str]) -> tuple[int, int] | None:
    while run and run[-1].group(0).lower() in _JOINING_WORDS:
        run = run[:-1]
    words = [match.group(0).lower() for match in run]
    if not any(word in months and len(word) >= 4 or word in ("may", "mai", "mei", "maj") for word in words):
        return None
    if sum(word in numbers for word in words) < 2:
        return None
    return run[0].start(), run[-1].end()
