"""First names that are also words ("Bob", "Eve", "Grace", "Mark"), where only a person stands (round 17, people17).

Every word list a one-word rule consults explains these names away: "bob" and "grace" are English words, "Alice"
and "Eve" are places, "Mark" is a package. Tool output writes them alone all the time: the sender of a message, the
guests of an event, the members of a channel. Two slots say "person" whatever the word is:

- **the value of a key that only people fill**, in any syntax tools print: a Python repr or keyword argument
  (`Message(sender='Bob', ...)`), JSON (`"from": "Eve"`), YAML or a mail header (`sender: Grace`), logfmt;
- **an item of a list of people**: a quoted list (`['Alice', 'Bob', 'Charlie']`) or a run of dash lines (`- Bob`),
  when the list is the value of such a key (`participants=[...]`), or when it is made of names: half of its items
  or more are listed first names, one of them a name no word list explains ("Charlie", "Dora"), and every item is
  one or two capitalised words ("Low, Medium, High, Max" and "Rose, Lily, Daisy" are no people).

The word must be a census first name written with a capital ("Bob"; not "bob", not "BOB"), no stop word or calendar
word ("May", "June"); under `from`/`to`/`host` no place ("from: Florence"). A guess: doubtful (wire only).

Round 24 (people24d): three places in a sentence say "person" too, and two of them strongly enough that a first name
English speakers give that is a stop or calendar word ("Will", "May", "June": `term_lists.english_first_names`) counts:

- **after a word that addresses someone** (`person_cues.yaml: addressing_words`: "ask Will to sign", "ping Grace
  about it", "thanks Rose!", "cc: May"): a first name, not before a digit ("call May 3") or a capitalised ordinary
  word ("Email Address"); a stop or calendar word only before a punctuation mark, the line's end or to/about/that/if
  ("email June invoices" stays);
- **before a verb of people's acts** (`acts_of_people`: "Mark approved", "Rose said", "Will signed the NDA"), not a
  passive ("Bill approved by the Senate") and not after a determiner or a capitalised ordinary word ("the Grant
  approved", "Senate Bill signed");
- **as a chat speaker**: a first name opening its line before `:` and a message of words ("Ivy: the build is green");
  no stop or calendar word there ("May: 3.2M" is a month's figure), and a digit after the colon is a label's value.

Keys that hold nothing but people (`cc`, `attendees`, `reviewers`...) take such a stop or calendar word too.
"""
from __future__ import annotations

import functools
import re

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import matches_at_line_starts
from redactor.detect.name_cells import one_word_name_score
from redactor.detect.name_parts import CALENDAR_WORDS, NAME_LOWER, NAME_UPPER, is_ordinary_word, is_software_name
from redactor.detect.place_names import is_place_name
from redactor.detect.public_packages import public_package_words
from redactor.detect.term_lists import english_first_names, first_names, person_cues, stop_words, world_first_names
from redactor.detect.word_frequencies import zipf_frequency

# Who acted, as audit logs and event records write it (`actor=Ferdinand`, `initiator: Sunniva`), and keys that end in
# "_by" (`closedBy`, `approved_by`: _people_key). Bots, jobs and services act too ("actor: Dependabot", "initiator:
# Cron"), so under these keys only a first name is a person, never any rare word.
_DOER_KEYS = frozenset({"actor", "actors", "initiator", "performer", "signer", "submitter", "uploader", "requestor"})
_DOER_KEY_ENDINGS = ("_by",)
# Keys (lower case, words joined by "_") that only a person fills, singular and plural.
_PEOPLE_KEYS = frozenset({
    "sender", "senders", "recipient", "recipients", "from", "to", "cc", "bcc", "reply_to", "author", "authors",
    "assignee", "assignees", "reviewer", "reviewers", "approver", "approvers", "requester", "reporter", "attendee",
    "attendees", "participant", "participants", "invitee", "invitees", "organizer", "organiser", "host", "speaker",
    "speakers", "user", "users", "member", "members", "guest", "guests", "who", "contact", "contacts", "employee",
    "patient", "driver", "owner", "name", "first_name", "firstname", "given_name", "display_name", "user_name",
    "friend", "friends", "colleague", "colleagues", "teammate", "teammates", "people", "person", "customer",
}) | _DOER_KEYS
# Keys that hold nothing but people, whatever the word: all of the above but those that apps, services, teams and
# places fill too (`name: Kafka`, `owner: Platform`, `host: Zanzibar`).
_KEYS_OF_PEOPLE_ONLY = _PEOPLE_KEYS - frozenset({
    "contact", "contacts", "customer", "driver", "from", "host", "name", "owner", "to", "user", "user_name", "users", "who",
}) - _DOER_KEYS
# Keys a place fills as well ("from: Florence", "to: Austin", "host: Savannah").
_KEYS_OF_PLACES_TOO = frozenset({"from", "to", "host"})
# A capitalised word in any European alphabet ("Søren", "Małgorzata").
_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}]{{2,14}}"
# `key='Bob'`, `key: Bob`, `"key": "Bob"`, `key=Bob`, `<msg from="Bob">`: `:` or `=`, one capitalised word (quoted or
# not) that ends the value (a separator, a closing bracket, the line's end or the next `key=` after it); the key is
# read backwards from the separator (a regex that opened with the key was tried at every position: 60 us per KB).
_SEPARATOR_AND_WORD = re.compile(
    rf"""[:=][ \t]*(?P<quote>["']?)(?P<word>{_WORD})(?P=quote)(?=[ \t]*(?:[,;)}}\]>]|/>|$)|[ \t]+[A-Za-z_][\w-]*=)""",
    re.MULTILINE)
_KEY_BEFORE_SEPARATOR = re.compile(r"""(?<![\w-])["']?(?P<key>[A-Za-z][A-Za-z_-]{1,29})["']?[ \t]*\Z""")
# A bracketed list of quoted items, and what stands before it (a key that names what the list holds).
_QUOTED_LIST = re.compile(
    r"""[\[(](?P<items>[ \t]*(?:"[^"\n]{1,40}"|'[^'\n]{1,40}')(?:[ \t]*,[ \t]*(?:"[^"\n]{1,40}"|'[^'\n]{1,40}'))*)"""
    r"""[ \t]*,?[ \t]*[\])]""")
_QUOTED_ITEM = re.compile(r"""(?P<quote>["'])(?P<item>[^"'\n]{1,40})(?P=quote)""")
# A run of two or more dash lines of one item each ("- Bob\n- Eve").
_DASH_ITEM = re.compile(r"^[ \t]*[-*•][ \t]+(?P<item>[^\n]{1,40}?)[ \t]*$", re.MULTILINE)
_KEY_BEFORE = re.compile(r"""["']?(?P<key>[A-Za-z][A-Za-z_-]{1,29})["']?[ \t]*[:=][ \t]*\n?[ \t]*\Z""")
_CAPITALISED_ITEM = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?")


def _normalised_key(key: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", key).casefold().replace("-", "_")


def _people_key(key: str | None) -> bool:
    """Whether a normalised key is one people fill: listed, or who did something to the record ("closed_by")."""
    return key is not None and (key in _PEOPLE_KEYS or (key.endswith(_DOER_KEY_ENDINGS) and len(key) > 5))


def _first_name_that_may_be_a_word(word: str, key: str | None) -> bool:
    """A first name written with a capital, no stop word or calendar word; no place under a key places fill. A census
    first name may be an ordinary word ("Bob", "Grace"); a first name of Faker's other locales ("Wojciech", "Thandeka",
    "Søren") must be none, nor a software name: that list holds words of many languages."""
    folded = word.casefold()
    if folded in stop_words() or folded in CALENDAR_WORDS:
        return False
    if folded not in first_names() and not (folded in world_first_names() and not is_ordinary_word(folded)
                                              and not is_software_name(folded)):
        return False
    return not (key in _KEYS_OF_PLACES_TOO and is_place_name(word))


def _first_name_that_is_a_stop_word(word: str) -> bool:
    """A stop or calendar word English speakers give as a first name ("Will", "May", "June"), written with a capital:
    a person only where the place says so (see the module's docstring)."""
    folded = word.casefold()
    return word[:1].isupper() and folded in english_first_names() and (folded in stop_words() or folded in CALENDAR_WORDS)


_RARE_IN_ENGLISH = 3.0  # once per million words: "admin", "guest", "backend" are above it, names far below


def _name_under_a_people_key(word: str) -> bool:
    """Under a key that holds nothing but people, a capitalised word English rarely writes is a name, even one a list explains
    away by accident: a place that shares it ("Ngozi"), a word and a piece run together ("Tendai"). The key is the
    evidence; English words ("Admin", "Guest", "Sales"), calendar words and software names stay."""
    folded = word.casefold()
    return (zipf_frequency(folded, "en") < _RARE_IN_ENGLISH and folded not in stop_words()
            and folded not in CALENDAR_WORDS and not is_software_name(folded) and folded not in public_package_words())


def people_word_names(text: str, segment_kind: str, detector: str) -> list[Span]:
    """Doubtful PERSON spans for first names that are also words, in a person's slot (see above); prose and tool
    output only (in code such a value is a fixture or a constant). Gates: a `:`/`=` for keys, a quote or a dash line
    for lists; each regex is one linear pass."""
    if segment_kind not in ("prose", "tool_result"):
        return []
    spans: list[Span] = []
    if ":" in text or "=" in text:
        for match in _SEPARATOR_AND_WORD.finditer(text):
            before = _KEY_BEFORE_SEPARATOR.search(text, max(0, match.start() - 32), match.start())
            key = _normalised_key(before.group("key")) if before else None
            word = match.group("word")
            if _people_key(key) and (_first_name_that_may_be_a_word(word, key) or (key in _KEYS_OF_PEOPLE_ONLY and (
                    _name_under_a_people_key(word) or _first_name_that_is_a_stop_word(word)))):
                spans.append(Span(match.start("word"), match.end("word"), "PERSON", "pii", DOUBTFUL_SCORE, detector))
    lists: list[tuple[int, list[tuple[int, int]]]] = []  # (where the list opens, the items' spans)
    if "'" in text or '"' in text:
        for match in _QUOTED_LIST.finditer(text):
            lists.append((match.start(), [m.span("item") for m in _QUOTED_ITEM.finditer(text, *match.span())]))
    if "- " in text or "* " in text or "• " in text:
        run: list[re.Match] = []
        for item in [*matches_at_line_starts(_DASH_ITEM, text), None]:  # runs of dash lines, one after another
            if run and (item is None or text.count("\n", run[-1].end(), item.start()) != 1):
                if len(run) > 1:
                    lists.append((run[0].start(), [m.span("item") for m in run]))
                run = []
            if item is not None:
                run.append(item)
    for opens, items in lists:
        spans.extend(_people_in_list(text, opens, items, detector))
    known = {(span.start, span.end) for span in spans}  # "cc: May" is a key's value and an addressed name
    spans.extend(span for span in _people_in_sentence_places(text, detector) if (span.start, span.end) not in known)
    return spans


# A capitalised word glued to nothing that makes it a piece of an identifier, path, address or file name.
_CAPITALISED = re.compile(rf"(?<![\w.@/\\-])(?P<word>{_WORD})(?![\w@/\\-]|\.\w)")
# The word before a name, glued to nothing, and a `:` or `,` between them ("cc: May", "thanks, Rose").
_CUE_BEFORE_NAME = re.compile(r"(?<![\w.@/\\-])(?P<cue>[A-Za-z]+)(?:[ \t]*[:,])?[ \t]+\Z")
# The lower-case word after a name, not opening a passive's agent ("Bill approved by the Senate").
_VERB_AFTER_NAME = re.compile(r"[ \t]+(?P<verb>[a-z]+)\b(?![ \t]+(?:by|into|as)\b)")
# What follows an addressed name: the next word or mark on its line.
_NEXT_ON_LINE = re.compile(r"[ \t]*(?P<next>[^\s]*)")
# After a stop or calendar word addressed by name, the words that go on addressing it ("ask Will to", "ping May about").
_WORDS_AFTER_ADDRESSED_NAME = frozenset({"to", "about", "that", "if", "whether"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "each", "every", "our", "your", "their"})
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)[ \t]+\Z")
# A speaker before `:` opening its line (after a bullet or a quote mark) and two words of a message.
_CHAT_SPEAKER = re.compile(
    rf"^[ \t]*(?:[-*>][ \t]*)?(?P<word>{_WORD}):[ \t]+(?=[^\W\d_][\w'’]*[ \t,]+[^\W\d_])", re.MULTILINE)
_REGULAR, _STOP_WORD = 1, 2  # the two kinds of first name a sentence's place may take


@functools.lru_cache(maxsize=8192)
def _first_name_kind(word: str) -> int:
    """_REGULAR for a first name people_word_names takes anywhere, _STOP_WORD for one only a strong place takes
    ("Will", "May"), 0 for none. Memoised: text repeats its capitalised words."""
    if _first_name_that_may_be_a_word(word, None):
        return _REGULAR
    return _STOP_WORD if _first_name_that_is_a_stop_word(word) else 0


def _people_in_sentence_places(text: str, detector: str) -> list[Span]:
    """First names addressed, doing a people's act or speaking in a chat (see the module's docstring). One pass over
    capitalised words; the words around one are read only when it is a first name."""
    cues = person_cues()
    spans: list[Span] = []
    for match in _CAPITALISED.finditer(text):
        kind = _first_name_kind(match.group("word"))
        if not kind:
            continue
        start, end = match.span("word")
        cue = _CUE_BEFORE_NAME.search(text, max(0, start - 24), start)
        verb = _VERB_AFTER_NAME.match(text, end)
        if cue is not None and cue.group("cue").casefold() in cues.addressing_words:
            following = _NEXT_ON_LINE.match(text, end).group("next")
            if kind == _REGULAR:
                named = not following[:1].isdigit() and not _capitalised_ordinary_word(following)
            else:
                named = not following[:1].isalnum() or following.casefold() in _WORDS_AFTER_ADDRESSED_NAME
        elif verb is not None and verb.group("verb") in cues.acts_of_people:
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            previous = before.group("word") if before else ""
            named = previous.casefold() not in _DETERMINERS and not _capitalised_ordinary_word(previous)
        else:
            named = False
        if named:
            spans.append(Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector))
    if ":" in text:
        known = {span.start for span in spans}
        for match in _CHAT_SPEAKER.finditer(text):
            if match.start("word") not in known and _first_name_kind(match.group("word")) == _REGULAR:
                spans.append(Span(*match.span("word"), "PERSON", "pii", DOUBTFUL_SCORE, detector))
    return spans


def _capitalised_ordinary_word(word: str) -> bool:
    """A capitalised word of English that is no first name: a heading's or a title's word ("Email Address")."""
    letters = word.strip(".,;:!?'’\"()")
    folded = letters.casefold()
    return letters[:1].isupper() and letters.isalpha() and is_ordinary_word(folded) and folded not in first_names()


def _people_in_list(text: str, opens: int, items: list[tuple[int, int]], detector: str) -> list[Span]:
    """The listed first names of a list of people (see the module's docstring)."""
    words = [text[start:end] for start, end in items]
    if not all(_CAPITALISED_ITEM.fullmatch(word) for word in words):
        return []
    before = _KEY_BEFORE.search(text, max(0, opens - 40), opens)
    key = _normalised_key(before.group("key")) if before else None
    first = [_first_name_that_may_be_a_word(word, key) for word in words]
    if key in _KEYS_OF_PEOPLE_ONLY:
        # The key says every item is a person: a rare word among them is a name too (see _name_under_a_people_key).
        first = [is_first or (" " not in word and _name_under_a_people_key(word)) for word, is_first in zip(words, first)]
    elif not _people_key(key) and not (2 * sum(first) >= len(words)
                                          and any(one_word_name_score(word) >= 0.7 for word in words)):
        return []
    return [Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector)
            for (start, end), is_first in zip(items, first) if is_first]
