"""Word lists the detectors read: shipped data files, loaded once and validated.

Every list lives in `redactor/data/NAME.txt`: one lower-case term per line,
`#` comment lines and blank lines ignored. A malformed list (an upper-case
or multi-word line, a duplicate, an empty file) is a `TermListError` naming
the file and line, raised when the detectors are built (at start-up), never
halfway through a request. First names come from the census lists shipped by
the `names` package (US Census 1990: 1,219 male and 4,275 female first names);
first names of the world (about 26,500 from Faker's 86 person locales, MIT:
"mehmet", "kofi", "bogdan", "wanjiru", "ирина"). The world
list vouches for a word only where a slot already says "person" (a lower-case
word before "is out" or after "thanks to"): it holds words too ("the", "will").
"""
from __future__ import annotations

import functools
import importlib
import importlib.resources
import importlib.util
import pkgutil
import re
import runpy
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# One token: letters, digits and the joiners that occur inside names and tech terms.
_TERM = re.compile(r"^[a-z0-9à-öø-ÿ][a-z0-9à-öø-ÿ'’.+#_-]*$")
_FIRST_NAME_FILES = ("dist.male.first", "dist.female.first")
_SURNAME_FILES = ("dist.all.last",)


class TermListError(RuntimeError):
    """A shipped word list is missing or malformed (message names the file and line)."""


@functools.lru_cache(maxsize=None)
def term_list(name: str) -> frozenset[str]:
    """The validated terms of `redactor/data/<name>.txt`."""
    path = DATA_DIR / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TermListError(f"word list {path.name} cannot be read ({exc.strerror or exc})") from None
    terms: set[str] = set()
    for number, line in enumerate(lines, start=1):
        term = line.strip()
        if not term or term.startswith("#"):
            continue
        if not _TERM.match(term):
            raise TermListError(f"{path.name} line {number}: {term!r} is not one lower-case term")
        if term in terms:
            raise TermListError(f"{path.name} line {number}: {term!r} is listed twice")
        terms.add(term)
    if not terms:
        raise TermListError(f"word list {path.name} is empty")
    return frozenset(terms)


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words and a few greetings and answers ("it", "we", "hi", "ok").

    The list is read from spaCy's file without importing the spacy package: its import loads thinc and torch, which
    the regex detectors (the core import path, test_packaging) must not pull in."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        raise TermListError("spaCy is not installed: its English stop words are a required word list")
    stop_words_file = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
    return frozenset(runpy.run_path(str(stop_words_file))["STOP_WORDS"]) | {
        "hi", "hello", "hey", "thanks", "ok", "okay", "yes", "no"}


@functools.lru_cache(maxsize=None)
def stop_words_of(language: str) -> frozenset[str]:
    """spaCy's stop words of `language` (its code, "de", "sv", "id", "vi"): the closed class of the language's function
    words (question words, pronouns, articles, conjunctions). Empty when spaCy ships no list for it. Read from spaCy's
    file without importing the spacy package, as `stop_words` is."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        raise TermListError("spaCy is not installed: its stop words are a required word list")
    stop_words_file = Path(spec.origin).parent / "lang" / language / "stop_words.py"
    if not stop_words_file.is_file():
        return frozenset()
    return frozenset(word.lower() for word in runpy.run_path(str(stop_words_file))["STOP_WORDS"])


@functools.lru_cache(maxsize=1)
def tech_and_code_terms() -> frozenset[str]:
    """The public tech terms and code keywords as one set (the login finders ask both of every part of a word)."""
    return term_list("tech_terms") | term_list("code_keywords")


# The word lists of this module's format (other files in redactor/data, such as
# the package-name lists of code_identifiers.py, have formats of their own).
WORD_LISTS = ("code_keywords", "common_words", "name_cue_words", "name_stop_words", "org_head_nouns", "org_suffixes",
              "software_names", "tech_terms")


def load_all() -> None:
    """Load and validate every word list now (at start-up), so a broken one fails there, not mid-request."""
    for name in WORD_LISTS:
        term_list(name)
    first_names()
    world_first_names()
    surnames()
    stop_words()
    person_cues()
    org_legal_forms()
    script_name_cues()


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-case first names ("mark", "rose"; "oluwaseun" is not there: census lists are US names)."""
    return _census_names(_FIRST_NAME_FILES, minimum=5000)


# Lower-case particles that open or join a person's surname across languages: Dutch "van der", "ter", German "von",
# "zu", Romance "de la", "dos", "della", Arabic "bin", "bint", "al", Scandinavian "af"; one list for every name rule.
NAME_PARTICLES = frozenset("van von de del della dei der den da das dos du di la le ten ter bin binti ibn bint al el"
                           " ben zu af av y".split())


@functools.lru_cache(maxsize=1)
def world_first_names() -> frozenset[str]:
    """Lower-case first names of many countries ("mehmet", "kofi", "jürgen") and the census ones.

    From the person providers of Faker (MIT), one per locale, read once at
    start-up. The list holds English words as well ("will", "summer"): callers
    keep their stop-word and ordinary-word tests and use it only in a person's slot.
    """
    names = _faker_person_names(FIRST_NAME_ATTRIBUTES, "world first-name list", minimum=20000)
    return names | first_names()


@functools.lru_cache(maxsize=1)
def world_surnames() -> frozenset[str]:
    """Lower-case surnames of Faker's locales ("yılmaz", "fernández"; "de jong" is not one word and is not here)."""
    return _faker_person_names(("last_names", "last_names_male", "last_names_female"), "world surname list",
                               minimum=10000)


@functools.lru_cache(maxsize=1)
def english_first_names() -> frozenset[str]:
    """Lower-case first names English speakers give: Faker's `en` person provider (MIT). It holds the names that are
    stop or calendar words as well ("will", "may", "june"), but not the words the census list shares with them
    ("many", "see", "in"), so a person's place may take these and no other stop word."""
    return _faker_person_names(FIRST_NAME_ATTRIBUTES, "English first-name list", minimum=5000, locale="en")


def _faker_person_names(attributes: tuple[str, ...], what: str, minimum: int, locale: str | None = None
                        ) -> frozenset[str]:
    """The one-word names every locale of Faker's person providers (MIT), or one `locale`, lists under `attributes`,
    case-folded."""
    names: set[str] = set()
    for provider in faker_person_providers(what, locale):
        for attribute in attributes:
            # Class attributes only: some locales make these properties of an instance.
            listed = next((vars(cls)[attribute] for cls in getattr(provider, "__mro__", ()) if attribute in vars(cls)),
                          None)
            if isinstance(listed, (dict, list, tuple)):
                names.update(name.casefold() for name in listed if isinstance(name, str) and name.isalpha())
    if len(names) < minimum:
        raise TermListError(f"{what} has only {len(names)} names; the faker package is damaged")
    return frozenset(names)


def faker_person_providers(what: str, locale: str | None = None) -> Iterator[type | None]:
    """The `Provider` class of every locale of Faker's person providers (MIT; None where a locale has none), or of
    one `locale`."""
    try:
        import faker.providers.person as person_providers
    except ModuleNotFoundError as exc:
        raise TermListError(f"{what} unavailable: install faker==40.54.0 ({exc})") from None
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        if locale is not None and module_info.name != locale:
            continue
        yield getattr(importlib.import_module(f"{person_providers.__name__}.{module_info.name}"), "Provider", None)


FIRST_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@dataclass(frozen=True)
class EastAsianNames:
    """Surnames and given-name parts of Chinese, Japanese and Korean names (Faker's zh_CN, zh_TW, ja_JP and
    ko_KR person providers, MIT): enough to tell a name from a word in text without spaces or capitals."""

    chinese_surnames: frozenset[str]
    chinese_given_characters: frozenset[str]
    japanese_surnames: frozenset[str]
    korean_surnames: frozenset[str]
    korean_given_names: frozenset[str]
    korean_given_syllables: frozenset[str]


@functools.lru_cache(maxsize=1)
def east_asian_names() -> EastAsianNames:
    """The East Asian name parts of Faker's person providers, read once."""
    try:
        from faker.providers.person import ja_JP, ko_KR, zh_CN, zh_TW
    except ModuleNotFoundError as exc:
        raise TermListError(f"East Asian name lists unavailable: install faker==40.54.0 ({exc})") from None

    def listed(provider: Any, attribute: str) -> set[str]:
        values = vars(provider.Provider).get(attribute, ())
        return {value for value in values if isinstance(value, str) and value}

    chinese_given = listed(zh_CN, "first_names") | listed(zh_TW, "first_names")
    korean_given = listed(ko_KR, "first_names")
    names = EastAsianNames(
        chinese_surnames=frozenset(listed(zh_CN, "last_names") | listed(zh_TW, "last_names")),
        chinese_given_characters=frozenset(char for name in chinese_given for char in name),
        japanese_surnames=frozenset(listed(ja_JP, "last_names")),
        korean_surnames=frozenset(listed(ko_KR, "last_names")),
        korean_given_names=frozenset(korean_given),
        korean_given_syllables=frozenset(char for name in korean_given for char in name),
    )
    if min(len(names.chinese_surnames), len(names.japanese_surnames), len(names.korean_given_names)) < 40:
        raise TermListError("East Asian name lists are incomplete; the faker package is damaged")
    return names


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lower-case surnames of the US census list (88,799: "newman", "washington", "okafor" is not there)."""
    return _census_names(_SURNAME_FILES, minimum=80000)


def _census_names(filenames: tuple[str, ...], minimum: int) -> frozenset[str]:
    names: set[str] = set()
    try:
        package = importlib.resources.files("names")
        for filename in filenames:
            for line in (package / filename).read_text(encoding="ascii").splitlines():
                fields = line.split()
                if fields:
                    names.add(fields[0].casefold())
    except (ModuleNotFoundError, OSError) as exc:
        raise TermListError(f"census name list unavailable: install names==0.3.0 ({exc})") from None
    if len(names) < minimum:
        raise TermListError(f"census name list {', '.join(filenames)} has only {len(names)} names; "
                            "the names package is damaged")
    return frozenset(names)


@dataclass(frozen=True)
class PersonCues:
    """The words around a person's name in many languages (redactor/data/person_cues.yaml)."""

    labels: tuple[str, ...]
    honorifics_after: tuple[str, ...]
    titles_after_surname_ja: tuple[str, ...]
    titles_after_surname_zh: tuple[str, ...]
    not_names_before_honorifics: frozenset[str]
    greetings: tuple[str, ...]
    sign_offs: tuple[str, ...]
    no_one: frozenset[str]
    words_before_name_zh: tuple[str, ...]
    words_after_name_zh: tuple[str, ...]
    particles_after_name_ja: tuple[str, ...]
    particles_after_name_ko: tuple[str, ...]
    self_introductions: tuple[str, ...]
    role_words_before_name: tuple[str, ...]
    words_ending_name: frozenset[str]
    addressing_words: frozenset[str]
    acts_of_people: frozenset[str]


@dataclass(frozen=True)
class OrgLegalForms:
    """Legal-form words that make the name beside them an organisation (redactor/data/org_legal_forms.yaml): in
    scripts without capitals before the name ("株式会社", "ООО", "شركة") or after it ("有限公司"); in Latin capitals
    before the name ("OOO", "JSC", "PT") or after a name in capitals ("GMBH", "CO., LTD.")."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    before_in_latin: tuple[str, ...]
    after_in_capitals: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def person_cues() -> PersonCues:
    """The validated cue lists of person_cues.yaml."""
    lists = _cue_lists("person_cues.yaml", tuple(PersonCues.__dataclass_fields__))
    return PersonCues(
        labels=tuple(lists["labels"]), honorifics_after=tuple(lists["honorifics_after"]),
        titles_after_surname_ja=tuple(lists["titles_after_surname_ja"]),
        titles_after_surname_zh=tuple(lists["titles_after_surname_zh"]),
        not_names_before_honorifics=frozenset(lists["not_names_before_honorifics"]),
        greetings=tuple(lists["greetings"]), sign_offs=tuple(lists["sign_offs"]), no_one=frozenset(lists["no_one"]),
        words_before_name_zh=tuple(lists["words_before_name_zh"]), words_after_name_zh=tuple(lists["words_after_name_zh"]),
        particles_after_name_ja=tuple(lists["particles_after_name_ja"]),
        particles_after_name_ko=tuple(lists["particles_after_name_ko"]),
        self_introductions=tuple(lists["self_introductions"]),
        role_words_before_name=tuple(lists["role_words_before_name"]),
        words_ending_name=frozenset(lists["words_ending_name"]),
        addressing_words=frozenset(lists["addressing_words"]), acts_of_people=frozenset(lists["acts_of_people"]))


@functools.lru_cache(maxsize=1)
def org_legal_forms() -> OrgLegalForms:
    """The validated lists of org_legal_forms.yaml."""
    lists = _cue_lists("org_legal_forms.yaml", tuple(OrgLegalForms.__dataclass_fields__))
    return OrgLegalForms(before=tuple(lists["before"]), after=tuple(lists["after"]),
                         before_in_latin=tuple(lists["before_in_latin"]),
                         after_in_capitals=tuple(lists["after_in_capitals"]))


@dataclass(frozen=True)
class ScriptNameCues:
    """Words beside a name in a script without letter case (redactor/data/script_name_cues.yaml)."""

    before_name: tuple[str, ...]
    after_name: frozenset[str]
    name_connectors: frozenset[str]


@functools.lru_cache(maxsize=1)
def script_name_cues() -> ScriptNameCues:
    """The validated cue lists of script_name_cues.yaml."""
    lists = _cue_lists("script_name_cues.yaml", tuple(ScriptNameCues.__dataclass_fields__))
    return ScriptNameCues(before_name=tuple(lists["before_name"]), after_name=frozenset(lists["after_name"]),
                          name_connectors=frozenset(lists["name_connectors"]))


@functools.lru_cache(maxsize=1)
def script_titles() -> tuple[str, ...]:
    """Titles written before a name in scripts without letter case (redactor/data/script_titles.yaml), longest
    first so a longer title wins over one it starts with ("श्रीमती" before "श्री")."""
    return tuple(sorted(_cue_lists("script_titles.yaml", ("titles",))["titles"], key=len, reverse=True))


_ORG_ROLES = ("bank", "broker", "carrier", "club", "employer", "hospital", "hotel", "insurer", "organisation", "pharmacy",
              "practice", "provider", "school", "university")


@functools.lru_cache(maxsize=1)
def org_role_keys() -> frozenset[str]:
    """The key words of org_role_keys.yaml (every role's words, in every language), validated at start-up."""
    return frozenset(word for words in _cue_lists("org_role_keys.yaml", _ORG_ROLES).values() for word in words)


def before_after_lists(filename: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(before, after): the two validated lists of a YAML file of words written before and after a name."""
    lists = _cue_lists(filename, ("after", "before"))
    return tuple(lists["before"]), tuple(lists["after"])


def _cue_lists(filename: str, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """A YAML file of named lists: exactly `keys`, every entry a non-empty lower-case string, no duplicates."""
    path = DATA_DIR / filename
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TermListError(f"{path.name} cannot be read ({exc})") from None
    if not isinstance(data, dict) or set(data) != set(keys):
        raise TermListError(f"{path.name}: expected exactly the lists {sorted(keys)}")
    lists: dict[str, list[str]] = {}
    for key, entries in data.items():
        if not isinstance(entries, list) or not entries:
            raise TermListError(f"{path.name}: {key} must be a non-empty list")
        for entry in entries:
            if not isinstance(entry, str) or not entry.strip() or entry != entry.lower() or entry != entry.strip():
                raise TermListError(f"{path.name}: {key}: {entry!r} is not one lower-case entry")
        if len(set(entries)) != len(entries):
            duplicate = next(entry for entry in entries if entries.count(entry) > 1)
            raise TermListError(f"{path.name}: {key}: {duplicate!r} is listed twice")
        lists[key] = entries
    return lists
