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

Lists of people (`find_birth_dates_in_people_lists`): under a cue that the list is about births (`Birthdays`,
`born`, `DOB`) or about a group of people (`squad`, `team sheet`, `roster`, `kids`, `players`, `pupils`), each
date right after a person's name (personal_records.name_just_before) is a birth date, whatever its year (children
too) and without a year ("Anna Kowalski - 3 March"): 0.6 under a birth cue (one item is enough), doubtful under a
group cue (two items or more).
The vocabularies are built once (`load`, called when the PII detector is built: about 0.3 s).
"""
from __future__ import annotations

import calendar
import functools
import importlib
import pkgutil
import re
from typing import Iterator

from redactor.detect.character_layouts import layout_matches
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import (ANY_TEXT, keyword_positions, lowered_same_length, matches_at_line_starts,
                                      needs_cues, needs_marks, windows_around)
from redactor.detect.personal_records import name_just_before

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
_MONTH_DAY_YEAR = re.compile(  # also "March the 12th, 1985"
    rf"(?<![\w.])(?P<month>[^\W\d_]{{3,12}})\.?[ \t]+(?:the[ \t]+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+{_YEAR}")
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
    spaced = _SPACED_DATE.search(text, start, min(end, start + _SPACED_REACH))
    if spaced is not None and _spaced_date_ok(spaced):
        yield spaced.start(), spaced.end(), _LAYOUT_SCORE
        return
    compact = _COMPACT_DATE.search(text, start, min(end, start + _COMPACT_REACH))
    if compact is not None and _compact_date_ok(compact.group(0)):
        yield compact.start(), compact.end(), _SPELLED_SCORE
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


# A birth label's field: the label, its separator, and the value up to the end of the line or of the field. Whatever
# the value's calendar or script ("١٤ رجب ١٤٠٨ هـ", "民國79年8月2日", "14 Tishrei 5745"), the label says it is the
# birth date; a value without a digit near its start ("unknown", "(dd/mm/yyyy)", "unknown, age 34") is no date.
_FIELD_SEPARATOR = re.compile(r"[ \t]*[:：=][ \t]*")
_FIELD_VALUE_END = re.compile(r"[\n|;\t\"<>{}\[\]]|[ \t]{2,}|,[ \t]*[^\W\d_][\w ]{0,24}[:：]")
_FIELD_VALUE_LONGEST = 40
_FIRST_DIGIT_WITHIN = 8  # a date's first number stands at its start or after an era or a weekday ("民國79年")
_PLACEHOLDER_VALUE = re.compile(r"[\W_]*(?:[dmyjat]{1,4}[\W_]+){2}[dmyjat]{1,4}[\W_]*", re.IGNORECASE)


def birth_field_value(text: str, cue_end: int) -> tuple[int, int] | None:
    """[start, end) of the value of a birth label's field whose label ends at `cue_end`, when it holds a digit
    (see above): for the layouts no pattern of this module or pii.py's `_DATE` reads."""
    separator = _FIELD_SEPARATOR.match(text, cue_end)
    if separator is None or separator.end() == cue_end:
        return None
    start = separator.end()
    limit = min(len(text), start + _FIELD_VALUE_LONGEST)
    value_end = _FIELD_VALUE_END.search(text, start, limit)
    end = value_end.start() if value_end is not None else limit
    if value_end is None and limit < len(text) and not text[limit].isspace():
        end = max(start, text.rfind(" ", start, limit))  # cut at a word's edge
    end = start + len(text[start:end].rstrip(" \t.,"))
    if not reads_as_a_birth_field_value(text[start:end]):
        return None  # "unknown, age 34": a number later in the field is another value
    return start, end


def reads_as_a_birth_field_value(value: str) -> bool:
    """Whether a birth field's value can be the date: a digit near its start, no layout template ("dd/mm/yyyy").
    "unknown. Order 12345678" is no date: the number later on is another value."""
    return any(char.isdigit() for char in value[:_FIRST_DIGIT_WITHIN]) and not _PLACEHOLDER_VALUE.fullmatch(value)


# A form's date with spaces in it, right after the cue: "12 / 03 / 1985", "1985 03 12", "12 03 1985" (boxes of a
# paper form typed out), "12 - 03 - 85".
_SPACED_REACH = 48  # after a note on the layout: "Date of birth (dd-mm-yy): 07 - 11 - 69"
_SPACED_DATE = re.compile(
    r"(?<![\w/.-])(?:(?P<year_first>(?:19|20)\d\d)[ \t]*(?P<s1>[ \t/.-])[ \t]*\d{1,2}[ \t]*(?P=s1)[ \t]*\d{1,2}"
    r"|\d{1,2}[ \t]*(?P<s2>[ \t/.-])[ \t]*\d{1,2}[ \t]*(?P=s2)[ \t]*(?:\d{4}|\d{2}))(?![\w/-]|[ \t]?\d|\.\d)")


def _spaced_date_ok(match: re.Match) -> bool:
    """A space in the date (else `_DATE` read it), and some reading of its numbers is a day and month of a past year."""
    if not any(char in " \t" for char in match.group(0)):
        return False
    numbers = [int(number) for number in re.findall(r"\d+", match.group(0))]
    if match.group("year_first"):
        year, a, b = numbers
    else:
        a, b, year = numbers
        if year < 100:
            year += 1900 if year > _this_year() % 100 else 2000
    return 1900 <= year <= _this_year() and any(1 <= day <= 31 and 1 <= month <= 12 for day, month in ((a, b), (b, a)))


# "Date of birth: 12031985", "DOB 031285", "Fecha de nacimiento: 850312": a day, month and year written without
# separators (DDMMYYYY, MMDDYYYY, DDMMYY, YYMMDD) right after the cue; pii.py's `_DATE` reads YYYYMMDD only.
_COMPACT_DATE = re.compile(r"(?<![\w.,/-])\d{6}(?:\d{2})?(?![\w.,/-]|[ \t]?\d)")
_COMPACT_REACH = 16  # the number stands right after the cue


def _compact_date_ok(digits: str) -> bool:
    """Some reading of the digits is a calendar date of a birth year (1900 to this year)."""
    parts = [(digits[:2], digits[2:4], digits[4:]), (digits[2:4], digits[:2], digits[4:])]
    if len(digits) == 6:
        parts.append((digits[4:], digits[2:4], digits[:2]))
    for day, month, year in parts:
        year_number = int(year) if len(year) == 4 else int(year) + (1900 if int(year) > _this_year() % 100 else 2000)
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and 1900 <= year_number <= _this_year():
            return True
    return False


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
        found = _date_in_run(run, numbers, months, text)
        if found is not None:
            return found
        run = []
    return _date_in_run(run, numbers, months, text)


# The year in digits after a day spelled as a word: "the fourth of May 1982", "May fourth, 1982".
_YEAR_AFTER_WORDS = re.compile(r"[ \t]*,?[ \t]*((?:19|20)\d\d)(?![\w/-])")


def _date_in_run(run: list[re.Match], numbers: frozenset[str], months: frozenset[str],
                 text: str) -> tuple[int, int] | None:
    while run and run[-1].group(0).lower() in _JOINING_WORDS:
        run = run[:-1]
    words = [match.group(0).lower() for match in run]
    if not any(word in months and len(word) >= 4 or word in ("may", "mai", "mei", "maj") for word in words):
        return None
    spelled = sum(word in numbers for word in words)
    if not spelled:
        return None
    year = _YEAR_AFTER_WORDS.match(text, run[-1].end())  # a day in words, the year in digits
    if year is not None and int(year.group(1)) <= _this_year():
        return run[0].start(), year.end()
    return (run[0].start(), run[-1].end()) if spelled >= 2 else None


# --- birth dates in lists of people ---------------------------------------------------------------------------------
# "U10 squad: Mia Ross (04/05/2017), Leo Park (11/11/2016)", "Birthdays in March:\nAnna Kowalski - 3 March\n...": a
# list whose items are a person's name then a date is a list of birth dates when a cue says the list is about
# births or about a group of people (team sheets, class lists), whatever the dates' years (children too) and even
# without a year.
_LIST_CUES = ("birthday", "birthdays", "born", "dob", "d.o.b", "squad", "team sheet", "roster", "line-up", "lineup",
              "kids", "children", "players", "pupils", "students", "class list", "attendees", "geburtstag",
              "cumpleaños", "anniversaire", "compleanni", "verjaardag", "urodziny")
_BIRTH_LIST_CUES = frozenset(("birthday", "birthdays", "born", "dob", "d.o.b", "geburtstag", "cumpleaños",
                              "anniversaire", "compleanni", "verjaardag", "urodziny"))
_LIST_DATE = re.compile(
    r"(?<![\w/.-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{1,2}(?:st|nd|rd|th|\.)?[ \t]+(?:of[ \t]+)?(?P<month_after>[^\W\d_]{3,12})\.?(?:,?[ \t]+\d{4})?"
    r"|(?P<month_before>[^\W\d_]{3,12})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?)(?![\w/-])")
_LIST_REACH = 20  # lines of a list after its cue
_HEADING_GAP = 200  # characters from a cue to the end of its line, where blank lines may follow before the list
_LIST_SCORE = 0.6


@needs_cues(_LIST_CUES)  # (its gate: keywords.needs_cues)
def find_birth_dates_in_people_lists(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each date right after a person's name in a list about births or about people."""
    lowered = lowered_same_length(text)
    months = None
    done_to = -1
    for position in keyword_positions(lowered, _LIST_CUES):
        if position < done_to or (position and lowered[position - 1].isalnum()):
            continue
        cue = next(cue for cue in _LIST_CUES if lowered.startswith(cue, position))
        start = text.rfind("\n", 0, position) + 1
        end = _list_end(text, position)
        done_to = end
        months = months or _month_words()
        found = []
        for match in _LIST_DATE.finditer(text, start, end):
            month = match.group("month_after") or match.group("month_before")
            if month is not None and month.lower() not in months:
                continue
            if name_just_before(text, match.start()):
                found.append(match.span())
        if len(found) >= 2 or (found and cue in _BIRTH_LIST_CUES):
            score = _LIST_SCORE if cue in _BIRTH_LIST_CUES else DOUBTFUL_SCORE  # a team's dates may be other dates
            for span in found:
                yield span[0], span[1], score


def _list_end(text: str, position: int) -> int:
    """The end of the list a cue heads: its line and the lines below it up to a blank line (at most _LIST_REACH).

    Under a heading that ends in a colon, blank lines before the first item do not end the list ("DOBs:\n\nrow 12: ...")."""
    end = text.find("\n", position)
    heading = end != -1 and end - position <= _HEADING_GAP and text[position:end].rstrip().endswith(":")
    items = 0
    for _ in range(_LIST_REACH):
        if end == -1:
            return len(text)
        following = text.find("\n", end + 1)
        line = text[end + 1:len(text) if following == -1 else following]
        if not line.strip():
            if items or not heading:
                return end
        else:
            items += 1
        end = following
    return len(text) if end == -1 else end


# --- keyed lists under a birth cue ------------------------------------------------------------------------------------
# "These birth dates failed to import:\nrow 12: 12.MAR.1985\nrow 13: 3rd of March 1985", "DOBs to normalise: line 4 ->
# 03/12/85, line 9 -> 12-Mar-1985": a list headed by a birth cue whose items are keyed by a row, line, record or entry
# number (or a bullet) holds birth dates, each right after its key, in whatever layout the source had (impossible
# dates too: the list is of values that failed). No person's name is needed; the cue heads the list.
_KEYED_LIST_CUES = ("birth", "dob", "d.o.b", "born", "geburt", "nacimiento", "naissance", "nascita", "nascimento",
                    "geboorte", "生年月日", "出生", "생년월일", "생일")
_ITEM_KEY = re.compile(
    r"(?i:(?:^|(?<=[\s,;(]))(?:row|line|record|rec|entry|item|id|#|no\.?|nr\.?|n°)[ \t]*#?[ \t]*\d{1,6}"
    r"|^[ \t]*(?:[-*•·][ \t]*|\d{1,4}[.)][ \t]+)?)"
    r"[ \t]*(?:[:=|\]).–—>→-]{1,3})?[ \t]*[\"'`“‘]?[ \t]*",
    re.MULTILINE)
_KEYED_REACH = 20  # lines of the list after its cue
_KEYED_SCORE = 0.6


@needs_cues(_KEYED_LIST_CUES)  # (its gate: keywords.needs_cues)
def find_birth_dates_in_keyed_lists(text: str, date_pattern: re.Pattern) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each date right after an item key (`row 12:`, `line 4 ->`, a bullet) in the list a birth
    cue heads: the cue's line and the lines below it up to a blank line."""
    lowered = lowered_same_length(text)
    done_to = -1
    latest_year = _this_year()
    for position in keyword_positions(lowered, _KEYED_LIST_CUES):
        if position < done_to or (position and lowered[position - 1].isalpha() and lowered[position].isascii()):
            continue
        start = text.rfind("\n", 0, position) + 1
        end = _list_end(text, position)
        done_to = end
        if text.count("\n", start, end) == 0 and not _KEY_WORD_AFTER.search(text, position, end):
            continue  # one line without item keys: pii.py's cue rules read it
        for key in _ITEM_KEY.finditer(text, start, end):
            if key.end() == key.start() or (key.start() == start and start < position):
                continue  # an empty key, or the cue's own line read from its start
            match = date_pattern.match(text, key.end(), end)
            if match is None or key.end() <= position:
                continue
            years = [int(group) for group in re.findall(r"(?<!\d)\d{4}(?!\d)", match.group(0))]
            if years and not 1900 <= max(years) <= latest_year:
                continue
            yield match.start(), match.end(), _KEYED_SCORE


_KEY_WORD_AFTER = re.compile(r"(?i:\b(?:row|line|record|entry|item)[ \t]*#?[ \t]*\d)")


@functools.lru_cache(maxsize=1)
def _this_year() -> int:
    import datetime

    return datetime.date.today().year


# --- a date alone after a person's first name on its line -------------------------------------------------------------
# "Nils: 12-MAR-1985", "Amara - 3rd of March 1985", "Jiho: 1990년 3월 5일", "Lukas: March 3rd '85": a line that is only a
# name (a first name, maybe a surname) as its label and a full date is a person's date, in whatever layout it was
# typed; a first name alone is not enough for personal_records.name_just_before (which wants a surname or a bracket).
# A name alone on its line and the date alone on the next ("Amara Okafor\n12/03/1985\nLagos") reads the same.
# 0.6 under a birth or age cue in the lines above (the label need not be a listed first name there); otherwise doubtful,
# when the label is a listed first name and the date at least twelve years old, or when two such lines stand together.
_NAME_LABEL = re.compile(
    r"^[ \t]*(?:[-*•·][ \t]*)?(?P<label>(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[\w'’]+)?){0,2})"
    r"[ \t]*(?:[:|–—=]|-(?=[ \t])|(?=[ \t])|\r?\n)[ \t]*(?=[\dA-Za-zÀ-ÿ])", re.MULTILINE)
_DATE_LINE_END = re.compile(r"[ \t.,;]*(?:\r?\n|$)")
_NAME_DATE_CUES = ("birth", "born", "dob", "d.o.b", "bday", "b-day", "birthday", "age", "ages", "old", "geburt",
                   "cumple", "nacim", "naissance", "anniversaire", "nascita", "nascimento", "geboorte", "urodz",
                   "생일", "생년", "誕生", "出生", "生年月日")
# Labels of dates that are first names in some list too ("Will", "Summer", "Christmas"); term_lists.stop_words would
# cost ~1.8 s to load on the first text of a detector built without the NER warm-up.
_NOT_A_NAME = frozenset("""will summer winter spring autumn fall christmas easter note notes total date dates day week
    today tomorrow yesterday start end due deadline launch release version build event holiday the a an and or but
    from to on at by in of for with since until when then last next first final my your our their his her its""".split())
_CUE_REACH = 600  # characters above a line where its cue may stand
_APOSTROPHE_YEAR = re.compile(r"['’‘](\d{2})$")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_birth_dates_after_names(text: str, date_pattern: re.Pattern, plausible, year_of,
                                 not_a_birth_label: re.Pattern) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each date that fills the rest of a line labelled with a person's first name."""
    from redactor.detect.term_lists import world_first_names

    names, stops, months = world_first_names(), _NOT_A_NAME, None
    latest_year = _this_year() - 12
    found: list[tuple[int, int, int, bool]] = []  # start, end, year, the label is a listed first name
    for label in matches_at_line_starts(_NAME_LABEL, text):  # (the regex engine tries a leading ^ everywhere)
        first = label.group("first").lower()
        if first in stops or not_a_birth_label.search(label.group("label")):
            continue
        months = months or _month_words()
        if first in months and first not in ("may", "june", "april", "august"):
            continue
        span = _full_date_at(text, label.end(), date_pattern, plausible, year_of, months)
        if span is None:
            continue
        start, end, year = span
        if not 1900 <= year <= _this_year():
            continue
        found.append((start, end, year, first in names))
    if not found:
        return
    lowered = lowered_same_length(text)
    cue_positions = keyword_positions(lowered, _NAME_DATE_CUES)
    for index, (start, end, year, listed) in enumerate(found):
        line_start = text.rfind("\n", 0, start) + 1
        cued = any(_cue_word_at(lowered, position)
                   for position in _positions_between(cue_positions, line_start - _CUE_REACH, line_start))
        if cued:
            yield start, end, _LIST_SCORE
            continue
        if year > latest_year:
            continue  # without a cue, a date of this decade is more likely a meeting's than a birth
        neighbours = [other for other in (found[index - 1] if index else None,
                                          found[index + 1] if index + 1 < len(found) else None)
                      if other is not None and other[2] <= latest_year
                      and _lines_apart(text, min(start, other[0]), max(start, other[0])) <= 1]
        if listed or any(other[3] for other in neighbours):
            yield start, end, DOUBTFUL_SCORE


def _cue_word_at(lowered: str, position: int) -> bool:
    """A cue that starts a word ("age" not in "page"), and "age", "old" and "dob" that end one too ("agent", "older")."""
    if position and lowered[position - 1].isalpha() and lowered[position].isascii():
        return False
    for short in ("ages", "age", "old", "dob"):
        if lowered.startswith(short, position):
            after = lowered[position + len(short):position + len(short) + 1]
            return not (after.isalpha() and short + after != "ages")
    return True


def _positions_between(positions: list[int], low: int, high: int) -> list[int]:
    import bisect

    return positions[bisect.bisect_left(positions, low):bisect.bisect_left(positions, high)]


def _lines_apart(text: str, start: int, end: int) -> int:
    return text.count("\n", start, end) if end - start < 400 else 99


def _full_date_at(text: str, position: int, date_pattern: re.Pattern, plausible, year_of,
                  months: frozenset[str]) -> tuple[int, int, int] | None:
    """(start, end, year) of a full date at `position` that ends its line, in `date_pattern`'s layouts or this module's."""
    match = date_pattern.match(text, position)
    if match is not None and _DATE_LINE_END.match(text, match.end()):
        return (match.start(), match.end(), year_of(match)) if plausible(match) else None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.match(text, position)
        if (match is not None and _DATE_LINE_END.match(text, match.end())
                and match.group("month").lower() in months and 1 <= int(match.group("day")) <= 31):
            apostrophe = _APOSTROPHE_YEAR.search(match.group(0))
            if apostrophe is not None:
                year = int(apostrophe.group(1))
                year += 1900 if year > _this_year() % 100 else 2000
            else:
                year = int(_FOUR_DIGIT_YEAR.search(match.group(0)).group(1))
            return match.start(), match.end(), year
    return None


# --- a date standing alone as a value in a text that names a birth date elsewhere -----------------------------------------
# A record dump, a query result or a pretty-printed array names its columns once (`"columns": ["name", "dob", "city"]`,
# `fields: first, last, date_of_birth`, a header line "PERSONAL DETAILS (date of birth, address)") and lists the values
# elsewhere, each alone on its line, in quotes or in a cell: `  "1984-07-19",`, `('Lina', '03/11/1979', 'F')`. A full
# date that stands alone as a value (a line start, a quote, a bracket, a cell separator or `=`/`:` before it; a line
# end, a quote, a bracket or a separator after it) is a doubtful birth date
# when it is of a living adult's birth year (twelve to 110 years ago: a recent date beside a birth column is a join or
# an event date more often) and a birth cue or a person's record cue (`patient`, `member`, `gender`, `surname`, ...)
# stands in the text, up to _STANDING_BELOW characters above the date or _STANDING_ABOVE below it; unless another date's label is before it on its line or a time follows. Windows around the cues are joined (linear).
_STANDING_BELOW = 3000
_STANDING_ABOVE = 400
_STANDING_CUES = _KEYED_LIST_CUES + ("bday", "b-day", "birthday", "fodt", "født", "fødsel", "fodsel", "födelse", "urodz",
                                     "nasc", "nac.", "geb.", "né le", "née le", "f_nac", "fnac")
_RECORD_CUES = ("patient", "member", "customer", "client", "employee", "applicant", "student", "passenger", "resident",
                "insured", "holder", "beneficiary", "guest", "candidate", "gender", "sex", "surname", "first name",
                "last name", "full name", "first_name", "last_name", "full_name", "firstname", "lastname", "nombre",
                "apellido", "vorname", "nachname", "prénom", "prenom", "paciente", "mitglied", "kunde", "cliente")
_VALUE_OPENERS = "\"'`“‘[(|;,\t=:>"
_VALUE_AFTER = re.compile(r"[ \t]*(?:$|[\"'`”’\])|;,\t<])", re.MULTILINE)
_OLDEST = 110
_HINT_REACH = 18  # characters of a date before or after its year


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_birth_dates_standing_alone(text: str, date_pattern: re.Pattern, plausible, year_of, other_label: re.Pattern,
                                    time_after: re.Pattern, year_hint) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of dates standing alone as values in a text with a birth or a person's record cue (above).

    `date_pattern` is tried only around the hits of `year_hint` (a cheap digit-first pattern for a year an adult was
    born in, or a date with a two-digit year), not over the whole window: it is the costly part."""
    lowered = lowered_same_length(text)
    births = [position for position in keyword_positions(lowered, _STANDING_CUES) if _cue_word_at(lowered, position)]
    records = [position for position in keyword_positions(lowered, _RECORD_CUES) if _cue_word_at(lowered, position)]
    if not births and not records:
        return
    this_year = _this_year()
    for window_start, window_end in windows_around(sorted(births + records), _STANDING_ABOVE, _STANDING_BELOW,
                                                   len(text)):
        done = window_start
        for hint in year_hint.finditer(text, window_start, window_end):
            if hint.start() < done:
                continue
            match = date_pattern.search(text, max(done, hint.start() - _HINT_REACH), min(window_end, hint.end() + _HINT_REACH))
            if match is None:
                continue
            start, end = match.span()
            done = end
            if not plausible(match):
                continue
            if not this_year - _OLDEST <= year_of(match) <= this_year - 12:
                continue
            line_start = text.rfind("\n", max(0, start - 40), start) + 1  # (or 40 characters back)
            line_start = max(line_start, start - 40)
            before = text[line_start:start].rstrip(" \t")
            if (before and before[-1] not in _VALUE_OPENERS) or not _VALUE_AFTER.match(text, end):
                continue
            if time_after.match(text, end) or other_label.search(text, max(line_start, start - 30), start):
                continue
            yield start, end, DOUBTFUL_SCORE


# --- a birth date written before the words that say what it is ---------------------------------------------------------
# Cues usually come first, but people also give the date and then name it ("12/03/1985 is my date of birth",
# "1991-06-22 (dob)", "7/22/1964 - that's his birthday"), and in many languages the birth word follows the date by
# grammar: Japanese `1985年3月12日生まれ`, Chinese `1989年7月2日出生`, `1993年生`, Korean `1990년 3월 5일생`, `90년생`,
# Turkish `12.05.1983 doğumlu`, Russian `14.08.1979 г.р.`, `года рождения`, Ukrainian `р.н.`, German and Dutch verb-final
# clauses `der am 03.04.2011 geboren ist`, `op 12-02-2009 geboren`, Hungarian `1978. 04. 09. született`, Finnish
# `syntynyt`, Czech `narozen`. A full date that ends at most _BEFORE_REACH characters before such a cue, in the same
# clause (no sentence end, no line break, no other number between them), is the birth date: 0.7 for an adult's birth
# year, doubtful for a recent one (a child's, or an event's). A year alone right before the cue ("I'm 1992 born",
# "1982 doğumlu", `1993年生`, `90년생`, `1985 г.р.`) is part of one: 0.7. Not when the cue's own value follows it
# ("2024-01-05, born on 12/03/1985"), nor another date's label stands between them ("2020-01-02 joined, born ...").
_BEFORE_REACH = 32  # characters between the date's end and the cue
_AFTER_CUES = ("born", "dob", "d.o.b", "date of birth", "birth date", "birthdate", "birth day", "birthday", "bday",
               "b-day", "b'day", "geboren", "geb.", "doğumlu", "dogumlu", "г.р", "г. р", "года рождения", "р.н",
               "року народження", "született", "szül.", "syntynyt", "narozen", "urodzon", "nacid", "nascid",
               "date de naissance", "fecha de nacimiento", "data de nascimento", "data di nascita", "född", "født",
               "fødd", "जन्म", "生まれ", "出生", "誕生", "生", "생", "출생")
# Cues that take any ending ("narozena", "urodzony", "nacido", "birthdays"); the others end their word.
_STEM_CUES = frozenset(("narozen", "urodzon", "nacid", "nascid", "birthday", "bday"))
_IDEOGRAPH_CUES = frozenset(("生", "생"))  # right after a date's last character (年, 日, 년, 일 ...), nothing between
_CJK_DATE_BEFORE = re.compile(  # 1985年3月12日, 1990년 3월 5일, 1993年, 90년, 1990년 3월 (the cue right after)
    r"(?<![0-9０-９])(?:(?:19|20|１９|２０)?[0-9０-９]{2})[ \t]?[年년](?:[ \t]?[0-9０-９]{1,2}[ \t]?[月월]"
    r"(?:[ \t]?[0-9０-９]{1,2}[ \t]?[日일])?)?[ \t]?$")
# After 生 or 생, a word of its own: not 生产/生效/生活 ("2023年生产": made in 2023), not 생산/생활 ("5일 생산").
_AFTER_IDEOGRAPH_CUE = re.compile(r"(?:まれ|れ|人|的|[이인으입들의은도]|[^\w]|[\x00-\x7f]|$)")
_YEAR_FIRST_DOTTED = re.compile(  # Hungarian and Korean "1978. 04. 09." (and without its last dot)
    r"(?<![\w.])(?:19|20)\d\d\.[ \t]?\d{1,2}\.[ \t]?\d{1,2}\.?[ \t]*$")
_YEAR_BEFORE = re.compile(r"(?<![\w.,/:-])(?:19|20)\d\d[ \t]*[-–,]?[ \t]*$")
# The clause between a date and its cue: no sentence end, no number, no table cell's edge (a tab, a bar, a semicolon, a
# comma without a space: "23 Oct 2025","SO","GRETA LINDQVIST BIRTHDAY" is a payment's date and its description).
_GAP = re.compile(r"(?:[^\n\d.!?;\t|,]|,(?= ))(?:[^\n\d.!?;\t|,]|,(?= )){0,%d}$|$" % (_BEFORE_REACH - 1))
_OWN_VALUE_AFTER = re.compile(r"[ \t]*(?:[:=#]|on|am|le|el|il|em|in|ist|is|was)?[ \t]*['’]?\d", re.IGNORECASE)
_BEFORE_SCORE = 0.7
# "born" as part of an adjective or a phrase about things: "born-in-the-cloud", "born digital", "born again".
_BORN_AS_ADJECTIVE = re.compile(
    r"-|[ \t]+(?!(?:in|at|to|into|and|as|of|on|with|a|an|the|here|there|abroad|prematurely|early|late|by|via|so|but|"
    r"or|then|which|when|where|if|because|not|i|he|she|they|we|you)\b)[a-z]")
# A log line's timestamp at its start ("2024-03-12 INFO patient dob updated", "[2024-03-12 10:02:11] ...").
_LOG_AFTER = re.compile(r"[T \t]*\d{1,2}:\d\d|\]|[ \t]+\[?(?:INFO|DEBUG|WARN(?:ING)?|ERROR|TRACE|FATAL|CRITICAL|NOTICE)\b")
_TIME_RIGHT_AFTER = re.compile(r"[T ]?\d{1,2}:\d{2}")


@needs_cues(_AFTER_CUES)  # (its gate: keywords.needs_cues)
def find_birth_dates_before_cues(text: str, date_pattern: re.Pattern, plausible, year_of,
                                 other_label: re.Pattern) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each birth date (or birth year) written right before its birth cue (above)."""
    lowered = lowered_same_length(text)
    this_year = _this_year()
    for position in keyword_positions(lowered, _AFTER_CUES):
        cue = next(cue for cue in _AFTER_CUES if lowered.startswith(cue, position))
        cue_end = position + len(cue)
        if ord(cue[0]) >= 0x0E00:  # Thai, Japanese, Chinese, Korean: words are not set apart by spaces
            if cue in _IDEOGRAPH_CUES and not _AFTER_IDEOGRAPH_CUE.match(text, cue_end):
                continue
            span = _cjk_date_before(text, position, tight=cue in _IDEOGRAPH_CUES)
        else:
            if position and lowered[position - 1].isalpha():
                continue  # inside a word: "adobe", "reborn"
            if cue[-1].isalpha() and cue_end < len(lowered) and lowered[cue_end].isalpha() and cue not in _STEM_CUES:
                continue  # "dobby", "borneo", "geborene"
            if _OWN_VALUE_AFTER.match(text, cue_end):
                continue  # "born on 12/03/1985": the cue names the date after it
            if cue == "born" and _BORN_AS_ADJECTIVE.match(text, cue_end):
                continue  # "born-in-the-cloud", "born digital", "born again"
            window_start = max(text.rfind("\n", 0, position) + 1, position - _BEFORE_REACH - 40)
            span = _date_before(text, window_start, position, date_pattern, plausible, year_of, this_year)
        if span is None:
            continue
        line_start = text.rfind("\n", 0, span[0]) + 1
        label = other_label.search(text, _words_back(text, max(line_start, span[0] - 30), span[0], 2), span[0])
        if label is not None and (span[1] - span[0] == 4 or label.group(0).split()[0].lower() not in _ON_AT):
            continue  # "joined 2001-03-04, born ...", "from 2010 birthdays are ..."
        if other_label.search(text, span[1], position) or (
                text[line_start:span[0]].strip(" \t[") == "" and _LOG_AFTER.match(text, span[1])):
            continue  # "2001-03-04 was the day she joined; born ...", a log line's timestamp
        yield span


_ON_AT = frozenset(("on", "at", "to", "from"))  # "on 2015-09-30 he was born": not another date's label here


def _words_back(text: str, low: int, position: int, count: int) -> int:
    """The start of the `count` words before `position` (not before `low`): where a label of the date there can start
    ("in my last message - 02.11.1990": "last" labels the message, not the date)."""
    at = position
    for _ in range(count):
        while at > low and text[at - 1] in " \t":
            at -= 1
        while at > low and text[at - 1] not in " \t":
            at -= 1
    return at


def _date_before(text: str, window_start: int, position: int, date_pattern: re.Pattern, plausible, year_of,
                 this_year: int) -> tuple[int, int, float] | None:
    """The full date (or year) that ends at most _BEFORE_REACH characters before a cue at `position`."""
    last = None
    for match in date_pattern.finditer(text, window_start, position):
        last = match
    if last is not None and position - last.end() <= _BEFORE_REACH and _GAP.match(text, last.end(), position):
        if not plausible(last) or _TIME_RIGHT_AFTER.match(text, last.end()):
            return None
        return last.start(), last.end(), (_BEFORE_SCORE if year_of(last) <= this_year - 12 else DOUBTFUL_SCORE)
    dotted = _YEAR_FIRST_DOTTED.search(text, window_start, position)
    if dotted is not None and 1900 <= int(dotted.group(0)[:4]) <= this_year:
        return dotted.start(), dotted.start() + len(dotted.group(0).rstrip(" \t")), _BEFORE_SCORE
    year = _YEAR_BEFORE.search(text, max(window_start, position - 10), position)
    if year is not None and 1900 <= int(year.group(0)[:4]) <= this_year:
        return year.start(), year.start() + 4, _BEFORE_SCORE
    return None


def _cjk_date_before(text: str, position: int, tight: bool) -> tuple[int, int, float] | None:
    """A date or year written with 年/년 (and 月/월, 日/일) that ends right before a cue (生, 생, 出生, 출생 ...).

    `tight`: the one-character cues stand right after the date, without a space ("90년생", not "5일 생산")."""
    match = _CJK_DATE_BEFORE.search(text, max(0, position - 24), position)
    if match is None or (tight and match.group(0)[-1] in " \t"):
        return None
    end = match.start() + len(match.group(0).rstrip(" \t"))
    return match.start(), end, _BEFORE_SCORE



# --- any full date of a living adult's birth year, doubtful -------------------------------------------------------------
# A full date (day, month and year) of a year a living adult was born in (12 to 110 years ago) is, in the traffic this
# proxy sees, a person's birth date more often than anything else: logs, tickets, meetings and invoices carry this
# decade's dates. The cue, name and record rules above catch the dates that say whose they are; this one catches the
# rest on the wire ("me - 12/03/1985", "Husband: 22.10.1979", "Berg, Anna 1985-03-12", a date alone on a form's line),
# doubtful, and leaves the old dates that say they are something else's:
# - after another date's label or a preposition of events ("created", "issued", "on", "since", "dated", "between",
#   "as of", "Date:"), or under a table header that names another date ("order_date", "Created", "Date");
# - bounds of a range ("1990-01-01 to 2005-12-31", "01.01.1999 – 31.12.2004");
# - a timestamp (a time after it, a log line's start); code segments (the caller).
_ADULT_MIN_AGE = 12
_EVENT_BEFORE = re.compile(  # a word and a space or a colon, not a table's cell separator ("Anna,w,12.03.1985")
    r"(?<![^\W\d_])(?:(?i:dated|between|before|after|during|through|thru|till|as[ \t]+of|date|effective|circa|seit"
    r"|desde|depuis|sinds|vom)|in|by|of|day|per|ca\.|am|le|el|il|del|du|dal|dall['’]|op|van)(?:[ \t]+|[ \t]*:[ \t]*)"
    r"[(\[\"'`]?$")
_RANGE_WORD = r"(?:[-–—~]|to|until|till|through|thru|and|bis|au|al|à|a|tot|do|t/m)"  # between a range's ends
_RANGE_AFTER = re.compile(rf"(?i:[ \t]*{_RANGE_WORD}[ \t]*\d)")
_RANGE_BEFORE = re.compile(rf"(?i:\d[ \t]*{_RANGE_WORD}[ \t]*$)")
_TABLE_SEPARATORS = ("\t", "|", ";", ",")
_DATE_HEADER = re.compile(r"(?i:(?<![^\W\d_])(?:date|dt|day|time|when|period|month|year|datum|fecha|data)(?![^\W\d_])|_(?:at|on|date|dt)\b)")
_BIRTH_HEADER = re.compile(r"(?i:birth|dob|born|geb|nac|naiss|nasc|urodz|生|생)")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_old_full_dates(text: str, full_dates, plausible, year_of, other_label: re.Pattern,
                        time_after: re.Pattern) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each full date of a living adult's birth year that says it is nothing else (above).

    A date listed right after another date that is not a birth date ("Release history: 2009-05-01, 2011-07-12") shares
    its label."""
    this_year = _this_year()
    tops: dict[tuple[int, str], int] = {}
    previous_event_end = -1  # the end of the last date that was not read as a birth date
    for match in full_dates(text, 0, len(text)):
        start, end = match.span()
        listed = previous_event_end >= 0 and _LISTED_AFTER.fullmatch(text, previous_event_end, start) is not None
        if _adult_birth_date(text, match, plausible, year_of, other_label, time_after, this_year, tops) and not listed:
            yield start, end, DOUBTFUL_SCORE
        else:
            previous_event_end = end


# A verb's past participle right before the date says what happened then ("installed 2011-04-18", "filed 1998-03-12",
# "copied 2010-01-03"); a series' value after a date at a line's start makes the line a data point ("1999-01-04 1.1789").
_PAST_VERB_BEFORE = re.compile(r"(?<![^\W\d_])[a-z]{2,}(?<!need)ed[ \t:]*[(\[]?$", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"[ \t,;]+[-+]?\d+[.,]\d+(?![\d./-])")
_LISTED_AFTER = re.compile(r" ?(?:[,;&]|and|or|und|et|y|e|en) ")  # a list in a sentence, not a table's cells


def _adult_birth_date(text: str, match: re.Match, plausible, year_of, other_label: re.Pattern, time_after: re.Pattern,
                      this_year: int, tops: dict[tuple[int, str], int]) -> bool:
    if not plausible(match) or not this_year - _OLDEST <= year_of(match) <= this_year - _ADULT_MIN_AGE:
        return False
    if not _calendar_date(match) or _VERSION_BEFORE.search(text, max(0, match.start() - 9), match.start()):
        return False  # "1.0.11", "^7.22.13": a version; without a cue, only a day that exists
    start, end = match.span()
    if time_after.match(text, end) or _RANGE_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    separator, header = _header_cell(text, line_start, start, tops)
    before_start = max(line_start, start - 30)
    if separator is not None:  # in a table row, the cell's own text (the other cells are no label of it)
        before_start = max(before_start, text.rfind(separator, line_start, start) + 1)
    if (other_label.search(text, before_start, start) or _EVENT_BEFORE.search(text, before_start, start)
            or _RANGE_BEFORE.search(text, max(before_start, start - 12), start)
            or _PAST_VERB_BEFORE.search(text, before_start, start)):
        return False
    if text[line_start:start].strip(" \t[") == "" and (_LOG_AFTER.match(text, end) or _MEASURE_AFTER.match(text, end)):
        return False
    return header is None or not (other_label.search(header) or _DATE_HEADER.search(header)) or bool(
        _BIRTH_HEADER.search(header))


_VERSION_BEFORE = re.compile(r"(?:[\^~=@<>]|\bv|version[ \t:]*)$", re.IGNORECASE)


def _calendar_date(match: re.Match) -> bool:
    """A day that exists in some reading of a _DATE match; a two-digit year after `/` or `-` ("3/4/85"), after dots
    only as Central and Eastern Europe write a birth date, day and month of two digits and a year of the 1900s
    ("12.03.85", "07.11.79"; not the versions "7.22.13", "10.11.14")."""
    groups = match.groupdict()
    if groups.get("iso"):
        readings = [(int(groups["iso"]), int(groups["iso_m"]), int(groups["iso_d"]))]
    elif groups.get("a"):
        if len(groups["y"]) == 2 and "." in groups["sep"]:
            if not (len(groups["a"]) == len(groups["b"]) == 2 and int(groups["y"]) > _this_year() % 100 + 5):
                return False
            return date_exists(1900 + int(groups["y"]), int(groups["b"]), int(groups["a"]))  # day.month.year
        year = int(groups["y"])
        if year < 100:
            year += 1900 if year > _this_year() % 100 else 2000
        readings = [(year, int(groups["a"]), int(groups["b"])), (year, int(groups["b"]), int(groups["a"]))]
    else:
        return True  # a month written as a word, a CJK or compact date: read by its own pattern
    return any(date_exists(year, month, day) for year, month, day in readings)


def date_exists(year: int, month: int, day: int) -> bool:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _header_cell(text: str, line_start: int, start: int, tops: dict[tuple[int, str], int]) -> tuple[str | None, str | None]:
    """The separator of the table row holding `start` and the header cell above it: the same cell of the first line of its block of lines
    with the same separator. `tops` remembers each line's block start, so a table's lines are walked once (linear)."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    if line_end - line_start > _LONGEST_ROW:
        return None, None
    row = text[line_start:line_end]
    separator = next((sep for sep in _TABLE_SEPARATORS if row.count(sep) >= 2), None)
    if separator is None:
        return None, None
    walked = []
    header_start = line_start
    while (header_start, separator) not in tops:  # up over lines with the same separator
        walked.append(header_start)
        if header_start == 0:
            break
        previous = text.rfind("\n", 0, header_start - 1) + 1
        line = text[previous:header_start - 1]
        if line.count(separator) < 2 or len(line) > _LONGEST_ROW:
            break
        header_start = previous
    header_start = tops.get((header_start, separator), header_start)
    for walked_start in walked:
        tops[(walked_start, separator)] = header_start
    if header_start == line_start:
        return separator, None
    header_end = text.find("\n", header_start)
    cells = text[header_start:header_end].split(separator)
    index = text.count(separator, line_start, start)
    return separator, (cells[index] if index < len(cells) else None)


_LONGEST_ROW = 2000


# --- a compact date of an adult's birth year standing alone ------------------------------------------------------------
# "sure, mine is 19850312", "Nowak;Jan;19790214;Kraków": forms and exports write a birth date without separators. The
# bare-number rule (ids_near_cues.find_bare_id_numbers) leaves YYYYMMDD alone as a date, and find_old_full_dates reads
# only dates with separators, so such a date went out. A YYYYMMDD of a living adult's birth year (12 to 110 years ago, a
# day that exists) standing alone (no letter, digit, `_`, `.`, `/`, `-`, `:` glued to it) is a doubtful DATE_OF_BIRTH
# on the wire, outside code and log lines, unless another date's label or a preposition of events stands before it.
# (DDMMYYYY is already a doubtful ID_NUMBER there.) Linear: one C-speed scan for the digits; pre-check: a digit.
# (Starting with a digit class, so `re` skips ahead to the digits; the glue before is looked behind after the first digit.)
_ADULT_COMPACT_DATE = re.compile(r"[12](?<![\w.,/:+#$€£@=-][12])(?:9\d\d|0[0-2]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
                                 r"(?![\w@]|[.,/:-]\d)")
# How every _ADULT_COMPACT_DATE match starts in character classes (character_layouts.py: eight digits), and its
# look-behind there (on ASCII text, where no € or £ stands): the starts found by bytes.find, not a try at every digit.
_ADULT_COMPACT_DATE_LAYOUTS = (b"00000000",)
_ADULT_COMPACT_DATE_NOT_AFTER = b"0Aa_.,/:+#$@=-"
_COMPACT_LOG_LINE = re.compile(r"\d\d:\d\d:\d\d|\b(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b|\b(?:GET|POST|PUT|DELETE) /")
_COMPACT_THING_BEFORE = re.compile(r"(?i:\b(?:build|version|ver|release|rev|revision|snapshot|backup|dump|migration|"
                                   r"patch|nightly|tag|batch|run|job|serial|order|invoice|ticket|id|no|nr|number)"
                                   r"[ \t#:=]*)$")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_compact_adult_dates(text: str, other_label: re.Pattern, segment_kind: str = "prose"
                             ) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of YYYYMMDD dates of an adult's birth year standing alone (above)."""
    if segment_kind == "code":
        return
    from redactor.detect.ids_near_cues import _UNIT_AFTER

    this_year = _this_year()
    for match in layout_matches(_ADULT_COMPACT_DATE, text, _ADULT_COMPACT_DATE_LAYOUTS, _ADULT_COMPACT_DATE_NOT_AFTER):
        year = int(match.group(0)[:4])
        if not this_year - _OLDEST <= year <= this_year - _ADULT_MIN_AGE or not match.group(0).startswith(("19", "20")):
            continue
        if not calendar.monthrange(year, int(match.group(1)))[1] >= int(match.group(2)):
            continue
        start, end = match.span()
        line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
        line_end = text.find("\n", end, end + 200)
        line_end = min(len(text), end + 200) if line_end == -1 else line_end
        if _COMPACT_LOG_LINE.search(text, line_start, line_end):
            continue
        before_start = max(line_start, start - 30)
        if (other_label.search(text, before_start, start) or _EVENT_BEFORE.search(text, before_start, start)
                or _PAST_VERB_BEFORE.search(text, before_start, start)
                or _COMPACT_THING_BEFORE.search(text, before_start, start) or _UNIT_AFTER.match(text, end)):
            continue  # (not "20100315 units sold": a count)
        yield start, end, DOUBTFUL_SCORE


# --- a birth date split over fields (round 35, agent36) -------------------------------------------------------------
# Forms and records write a birth date as three fields: `"birthdays": [{"date": {"year": 1979, "month": 11, "day": 4}}]`,
# a form's group "Date of birth" with spinbuttons "Day", "Month", "Year", `<input name="dob_day" value="04">`. After a
# birth cue, the values of fields whose labels name a date's parts (in the languages of the cues) are its parts: a
# year and a month or a day, each in its range, within a few lines of the cue.
_PART_REACH = 320
_PART_LABELS = {
    "day": "day|days|tag|jour|d[ií]a|giorno|dag|dia|dzie[nń]|den|день|день_рождения|päivä|paiva|gün|gun|nap|ημέρα|יום|يوم|일|日",
    "month": "month|monat|mois|mes|mese|m[eê]s|maand|m[aå]ned|m[aå]nad|miesi[aą]c|m[eě]s[ií]c|месяц|місяць|kuukausi|ay|h[oó]nap|μήνας|חודש|شهر|월|月",
    "year": "year|jahr|ann[ée]e|a[ñn]o|anno|jaar|[aå]r|rok|год|рік|vuosi|y[ıi]l|[ée]v|έτος|שנה|سنة|년|年",
}
_PART_FIELD = re.compile(
    r"(?i)(?<![^\W_])(?:" + "|".join(f"(?P<{part}>{labels})" for part, labels in _PART_LABELS.items()) + r")(?![^\W_])"
    # then, on the same line and within a few characters of markup (a quote, a bracket, a ref, `value=`, a colon),
    # the field's value
    r"[\"'\]]?(?:[ \t]*\[[^\]\n]{0,30}\])?[^\n\w]{0,12}?(?:value[ \t]*[=:][ \t]*)?[\"']?(?P<value>\d{1,4}|[^\W\d_]{3,12})(?![\w])")


def find_birth_date_parts(text: str, start: int) -> list[tuple[int, int]]:
    """The [start, end) of each part of a birth date split over fields after a cue ending at `start` (see above):
    [] unless a year and a month or a day are found, each in its range."""
    parts: dict[str, tuple[int, int]] = {}
    for match in _PART_FIELD.finditer(text, start, min(len(text), start + _PART_REACH)):
        part = next(name for name in _PART_LABELS if match.group(name))
        if part in parts:
            break  # a second date's fields
        value = match.group("value")
        if value.isdigit():
            number = int(value)
            fits = {"day": 1 <= number <= 31 and len(value) <= 2, "month": 1 <= number <= 12 and len(value) <= 2,
                    "year": 1900 <= number <= 2030 and len(value) == 4}[part]
        else:
            fits = part == "month" and value.lower() in _month_words()
        if fits:
            parts[part] = match.span("value")
    if "year" in parts and len(parts) >= 2:
        return sorted(parts.values())
    return []
