"""People named by the structure around them, in any script and outside prose.

The English NER model and the capitalised-word rules of ner.py see Latin-script
names in sentences. This module finds the people that structure names, whatever
the script and whether or not the text reads as prose (it scans the whole text,
so chat exports and tool output that code_awareness.py calls code are covered):

- a value in a person field in many languages, any script: "Name: דוד כהן",
  "氏名：山田 太郎", "担当者: 佐藤花子", "assignee: محمد العلي", "Owner: राहुल शर्मा",
  "full_name": "王伟", any Chinese/Japanese role noun ending in 人/者 ("对接人："); lists of
  initials and surnames in any case ("cc: j. smith, a. lindgren");
- a first name in a role slot even when it is an ordinary word ("On-call this week: Summer
  Park", "Owner (backend): Joy Long"), and in an XML element whose tag names a person
  (<reporter>, <contactName>);
- authors in code and manifests: a display name before an e-mail address ("Dieter Brandt
  <dieter@...>", "Hunter (hunter@...)": an ordinary word too when it is the address's owner; not
  before a no-reply, bot or role address), "@author Name", __author__;
- Chinese, Japanese and Korean names in running text without an honorific: a surname of
  Faker's lists and a given name, between words only a person fits ("让刘洋看一下", "王磊说",
  "佐藤が担当します", "김민수가 고쳤어요"); see `_east_asian_names_in_running_text`;
- a name before an honorific ("이서연 님", "山田様", "王伟先生"), after a greeting
  ("Hi 김민준,", "Dear محمد,") or on the line under a sign-off ("С уважением,\\nАлексей");
- a name after a self-introduction ("меня зовут Анна", "اسمي ليلى حداد", "मेरा नाम अनिल कुमार है",
  "ผมชื่อธนากร", "שמי נועה לוי", "제 이름은 최유진입니다"; 0.75) or after a role noun or title ("пациент
  Смирнов", "водителю Ахмедову", "العميل خالد الشمري", "המטופל …", "मरीज़ …", "คุณวิไลวรรณ"; doubtful) in a
  script the English model cannot read; see `_names_after_person_words`. A surname with two initials in
  any European script ("Орлова Е. В.", "J. R. Okafor"; not "U.S. Congress");
- initials where a person stands (people_initials.py): "approved by RT", "Signed off: PJ", "— KP";
- tool listings: git log authors (between the hash and an e-mail or a date, or after the
  date), `git shortlog -sn` rows, cells under a header that names people
  (first/last/author/"opened by", or any person label; initials and "H Karimi" there too), and a
  Windows profile folder with a space in it (C:\\Users\\Lucia Fernandez\\). (Logins in who/last/ps
  listings and the owner of a code-hosting URL are usernames.py's.)
- record formats (people_in_records.py): HL7 v2 name fields, X12 NM1/N1, airline passenger names,
  vCard N:, BibTeX authors, first/last columns of a headerless export;
- the speakers of a transcript or chat export, any case (people_speaker_turns.py): "[00:14:03] maria lópez: ...";
- a name split over name-part keys (name_part_keys.py): `"name": {"first": …, "last": …}`,
  `<Name><Given>…`, `first=…&last=…`, `name.first=…`;
- a name that an e-mail address or a login beside it spells (people_by_address.py): `pia k. lindqvist
  (plindqvist@…)`, `<User: rdekker (Ruud Dekker)>`, `"Roe, Alex" <alex.roe@…>`.

The cue words live in redactor/data/person_cues.yaml. Every rule is gated by a cheap
literal or character-class test, or starts from a rare anchor (a non-Latin value, an
e-mail address) and looks back for its label, so text without a cue costs little
(benchmarks/people_in_structure_cost.py). Findings are PERSON (USERNAME for logins and URL
owners), category pii, score 0.7-0.8: the wire redacts them (recall first; a false
positive is a placeholder that is restored).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.code_awareness import looks_like_code_token
from redactor.detect.keywords import keyword_positions, lowered_same_length, matches_at_word_start
from redactor.detect.name_cells import looks_like_a_name
from redactor.detect.name_part_keys import names_under_part_keys
from redactor.detect.people_by_address import people_named_by_addresses
from redactor.detect.names_after_world_titles import names_after_world_titles
from redactor.detect.names_in_scripts import (INSTITUTION_ENDINGS, is_common_word_of_its_script,
                                              is_listed_japanese_surname,
                                              is_ordinary_word_of_its_script, may_be_a_name_in_its_script)
from redactor.detect.name_parts import NAME_LOWER, NAME_UPPER, is_ordinary_word, reads_as_surname
from redactor.detect.people_in_file_names import people_in_file_names
from redactor.detect.people_in_test_names import people_in_test_names
from redactor.detect.people_in_records import people_in_records
from redactor.detect.people_initials import initials_of_people, is_short_name_of_person
from redactor.detect.people_speaker_turns import speakers_of_turns
from redactor.detect.script_letters import FOREIGN_LETTERS, HAN, HANGUL, HIRAGANA, KATAKANA, has_foreign_letters
from redactor.detect.table_columns import aligned_column_cells, column_cells
from redactor.detect.term_lists import (EastAsianNames, PersonCues, east_asian_names, first_names, person_cues,
                                         stop_words, surnames, world_first_names)

# A word of a name: letters of any script, with the joiners names use ("O'Neill", "Jean-Luc", "J.").
_LETTER = f"[{FOREIGN_LETTERS}{NAME_UPPER}{NAME_LOWER}]"
# A full stop only ends an initial ("J.") or sits inside a word ("St.John"), never ends a sentence.
_WORD = rf"(?:{_LETTER}\.|{_LETTER}(?:{_LETTER}|['’-]|\.(?={_LETTER}))*)"
_VALUE = rf"(?P<value>{_WORD}(?:[ \t・·]{_WORD}){{0,3}})"
# What may follow a whole value: the line's end, a delimiter, a closing quote, or a wide or ideographic gap.
_VALUE_END = r"(?=[ \t]*(?:$|[\u3000,;|(<（，、。\"'」』)\]}]|[ \t]{2}))"
# "j. smith", "J. Smith": an initial and a surname, in any case.
_INITIAL_SURNAME = re.compile(rf"(?<![\w.@/-])[{NAME_UPPER}{NAME_LOWER}]\.[ \t]?[{NAME_UPPER}{NAME_LOWER}][{NAME_LOWER}'’-]{{2,}}")
# A word written in one of these scripts is at most this long in a name ("欧阳娜娜", "김민준").
_MAX_DENSE_WORD = 6
_MAX_VALUE_LENGTH = 48
_SCORE = 0.75


def people_in_structure(text: str, segment_kind: str, detector: str) -> list[Span]:
    """PERSON and USERNAME spans the structure of `text` names (see the module doc); overlaps among them removed."""
    found: list[Span] = []
    foreign = has_foreign_letters(text)
    if ":" in text or "：" in text or "=" in text:
        found.extend(_labelled_values(text, detector, foreign))
    found.extend(_first_names_in_role_slots(text, detector))
    found.extend(_names_in_capitals(text, detector))
    found.extend(_lower_case_self_introductions(text, detector))
    found.extend(_initials_in_notes(text, detector))
    found.extend(initials_of_people(text, detector))
    if "[" in text:
        found.extend(_bracketed_speakers(text, detector))
    found.extend(speakers_of_turns(text, detector))
    found.extend(_names_after_titles(text, detector))
    found.extend(names_after_world_titles(text, detector))
    if '"' in text or "(" in text or "“" in text or "'" in text:
        found.extend(_names_with_nicknames(text, detector))
    if text.count("\n") >= 1:
        found.extend(_names_opening_list_lines(text, detector))
    found.extend(_people_in_xml_elements(text, detector))
    found.extend(_authors_in_code_and_manifests(text, detector))
    if foreign:
        found.extend(_dense_script_labels_before_a_space(text, detector))
        found.extend(_names_before_honorifics(text, detector))
        found.extend(_surnames_before_titles(text, detector))
        found.extend(_names_after_greetings(text, detector))
        found.extend(_names_under_sign_offs(text, detector))
        found.extend(_foreign_names_in_person_slots(text, detector))
        found.extend(_east_asian_names_in_running_text(text, detector))
        if any(char.isdigit() for char in text):
            found.extend(_east_asian_names_between_fields(text, detector))
        found.extend(_names_after_person_words(text, detector))
    if "." in text:
        found.extend(_names_with_two_initials(text, detector))
    found.extend(_git_log_authors(text, detector))
    found.extend(people_in_test_names(text, detector))  # `def test_merge_caleb_varga`: people_in_test_names.py
    found.extend(people_in_file_names(text, detector))  # `appeal_whitcombe_darnell.pdf`: people_in_file_names.py
    found.extend(_shortlog_authors(text, detector))
    found.extend(_people_columns(text, detector))
    found.extend(_windows_profiles(text, detector))
    found.extend(people_in_records(text, detector))
    found.extend(names_under_part_keys(text, detector))
    found.extend(people_named_by_addresses(text, detector))
    return _without_overlaps(found)


# --- labelled values ----------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _label_before() -> re.Pattern[str]:
    """A person label ending right where the searched window ends: "Name: ", "氏名：", '"full_name": "'."""
    labels = sorted(person_cues().labels, key=len, reverse=True)
    # A label of a script written without spaces ends a compound ("客户姓名", "联系人姓名"): no word edge before it.
    unspaced = _dense_script_labels()
    spaced = [label for label in labels if label not in unspaced]
    unspaced = sorted(unspaced, key=len, reverse=True)
    alternation = "|".join(re.escape(label).replace(r"\ ", r"[ _-]?") for label in spaced)
    # "对接人", "审批人", "担当者": a Chinese or Japanese role noun ending in 人 or 者 ("person who ...") is a label
    # whether or not it is listed.
    role_noun = f"[{HAN}]{{1,3}}[人者]"
    compound = "|".join(re.escape(label) for label in unspaced) or "(?!)"
    return re.compile(rf"(?:(?<![\w.@/\\-])(?i:{alternation})|{compound}|{role_noun})[\"']?[ \t]*[:：=][ \t]*[\"'「]?\Z")


# Where a value may start: after a colon or "=" (and the spaces and quote that follow).
_AFTER_DELIMITER = re.compile(r"[:：=][ \t]*[\"'「]?")
_VALUE_AT = re.compile(rf"{_VALUE}{_VALUE_END}", re.MULTILINE)
# The next item of a list, not the next label ("姓名：李晓峰，手机：138…": 手机 opens another field).
_NEXT_LIST_VALUE = re.compile(rf"[ \t]*[,;、，][ \t]*{_VALUE}{_VALUE_END}(?![ \t]*[:：=])", re.MULTILINE)
# Characters searched before a value for its label (the longest label and its quotes fit).
_LABEL_WINDOW = 40


def _labelled_values(text: str, detector: str, foreign: bool) -> Iterator[Span]:
    """Values of person labels. Found from the values, which are rare (a non-Latin word, an initial and a
    surname), back to the label: a search for ~150 labels at every position would cost more than the rest."""
    if not foreign and _INITIAL_SURNAME.search(text) is None:
        return
    for delimiter in _AFTER_DELIMITER.finditer(text):
        item = _VALUE_AT.match(text, delimiter.end())
        if item is None and foreign and (name := _dense_name_before_next_field(text, delimiter.end())) is not None:
            if _label_before().search(text, max(0, delimiter.start() - _LABEL_WINDOW), name[0]) is not None:
                yield Span(*name, "PERSON", "pii", _SCORE, detector)  # "姓名：王建国 手机：…": another field follows
            continue
        if item is None or not _is_label_value(item.group("value"), foreign):
            continue
        if _label_before().search(text, max(0, delimiter.start() - _LABEL_WINDOW), item.start("value")) is None:
            if foreign and (head := _PERSON_NOUN_LABEL.search(text, max(0, delimiter.start() - 12),
                                                                delimiter.end())) is not None \
                    and _names_one_in_a_person_slot(item.group("value"), head.group("label")):
                yield Span(*item.span("value"), "PERSON", "pii", _SCORE, detector)
            continue
        # "cc: m. rossi, a. lindgren": the label's value may be a list; every item is judged alone.
        while item is not None and _is_label_value(item.group("value"), foreign):
            yield Span(*item.span("value"), "PERSON", "pii", _SCORE, detector)
            item = _NEXT_LIST_VALUE.match(text, item.end("value"))


# A record's label whose last character is a noun of a person (round 29): Chinese and Japanese 师/師/士 (a trained
# person: 护士, 看護師, 律师), 员/員 (a member: 业务员), 长/長 (a head: 班长), 属/屬 (a dependant: 家属), 生 (a pupil);
# Korean 자 (者: 신청자, 보호자), 사 (師/士: 간호사, 교사), 원 (員: 직원), 생 (生: 학생), 장 (長: 반장). Whatever noun
# comes before it, the label names a person's slot; 人 and 者 are _label_before's already.
_PERSON_NOUN_LABEL = re.compile(
    f"(?:^|(?<=[\\s,;，、]))(?P<label>[{HAN}]{{1,4}}[师師士员員长長属屬生]|[{HANGUL}]{{1,4}}[자사원생장])"
    "[ \\t]*[:：][ \\t]*[\"'「]?\\Z", re.MULTILINE)
def _names_one_in_a_person_slot(value: str, label: str) -> bool:
    """Whether the value of a person-noun label is a name: no phrase, not only ordinary words of its script
    (names_in_scripts.may_be_a_name_in_its_script), and not the label's own noun again ("会員：一般会員", "회원:
    정회원": a kind of member, no one)."""
    if label[-2:] in value or label[-1] == value[-1:] or not _reads_as_foreign_name(value):
        return False
    return may_be_a_name_in_its_script([word for word in re.split(r"[ \t・·]", value) if word])


@functools.lru_cache(maxsize=1)
def _dense_script_labels() -> tuple[str, ...]:
    """The person labels written in a script without spaces (Chinese, Japanese, Korean)."""
    dense = re.compile(f"[{HAN}{HIRAGANA}{KATAKANA}{HANGUL}]")
    return tuple(sorted(label for label in person_cues().labels if dense.match(label)))


# Forms in Chinese, Japanese and Korean separate a label from its value by a space (often an ideographic one)
# as often as by a colon: "氏名 佐藤 美咲", "이름 김민준", "姓名　李娜".
_DENSE_LABEL_GAP = re.compile(r"[ \t\u3000]{1,3}")


def _dense_script_labels_before_a_space(text: str, detector: str) -> Iterator[Span]:
    labels = _dense_script_labels()
    for position in keyword_positions(text, labels):
        label = max((label for label in labels if text.startswith(label, position)), key=len)
        gap = _DENSE_LABEL_GAP.match(text, position + len(label))
        if gap is None:
            continue
        item = _VALUE_AT.match(text, gap.end())
        if item is not None and has_foreign_letters(item.group("value")) and _is_label_value(item.group("value"), True):
            yield Span(*item.span("value"), "PERSON", "pii", _SCORE, detector)
        elif item is None and (name := _dense_name_before_next_field(text, gap.end())) is not None:
            yield Span(*name, "PERSON", "pii", _SCORE, detector)  # another field follows on the line


def _is_label_value(value: str, foreign: bool) -> bool:
    """A label's value is ours to judge when it has non-Latin letters (ner.py reads Latin names) or is
    an initial and a surname ("j. smith")."""
    if foreign and has_foreign_letters(value):
        return _reads_as_foreign_name(value)
    return _INITIAL_SURNAME.fullmatch(value) is not None


def _reads_as_foreign_name(value: str) -> bool:
    """A non-Latin value that can be a name: short words, no phrase (kanji mixed with hiragana), no "none"."""
    if len(value) > _MAX_VALUE_LENGTH or value.casefold() in person_cues().no_one:
        return False
    for word in re.split(r"[ \t・·]", value):
        dense = re.fullmatch(f"[{HAN}{HIRAGANA}{KATAKANA}{HANGUL}]+", word)
        if dense is None:
            continue
        if len(word) > _MAX_DENSE_WORD:
            return False
        if re.search(f"[{HAN}]", word) and re.search(f"[{HIRAGANA}]", word):
            return False  # "調査中です": a kanji stem with kana endings is a phrase, not a name
    return True


# Words naming a person's role, then up to four qualifying words before the colon: "On-call this week:",
# "Owner (backend):", "Reviewer for this PR:". The value is a person when it opens with a first name,
# also one that is an ordinary word ("Summer Park", "Will Long", "Joy"): the slot says who it is.
PERSON_ROLE_WORDS = ("owner", "assignee", "reviewer", "reporter", "on-call", "oncall", "on call", "maintainer", "approver",
               "manager", "contact", "author", "escalate to", "escalation", "point of contact", "dri", "lead",
               # people roles of HR, sales and delivery, also as acronyms ("HRBP: Adaeze.", "CSM: Tobi")
               "hrbp", "recruiter", "mentor", "buddy", "sponsor", "coordinator", "rep", "csm", "tam", "pm", "em",
               "tl", "poc", "spoc", "cfo", "ceo", "cto", "coo", "vp", "supervisor", "caseworker", "case worker",
               "consultant", "advisor", "adviser", "counsel", "attorney", "physician", "nurse", "gp", "doctor")
_ROLE_LABEL = re.compile(
    rf"(?i:{'|'.join(sorted(map(re.escape, PERSON_ROLE_WORDS), key=len, reverse=True))})"
    rf"(?:[ \t]+[\w()/'’-]+){{0,4}}?[ \t]*:[ \t]*"
    rf"(?P<value>[{NAME_UPPER}][{NAME_LOWER}'’-]+(?:[ \t]+[{NAME_UPPER}][{NAME_LOWER}'’-]+){{0,2}})"
    r"(?=[ \t]*(?:$|[.,;()<]|[ \t]{2}))", re.MULTILINE)
_CALENDAR_WORDS = frozenset("january february march april may june july august september october november december"
                            " monday tuesday wednesday thursday friday saturday sunday".split())


def _first_names_in_role_slots(text: str, detector: str) -> Iterator[Span]:
    if ":" not in text:
        return
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, PERSON_ROLE_WORDS):
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-"):
            continue
        match = _ROLE_LABEL.match(text, position)
        if match is None:
            continue
        first = match.group("value").split()[0].casefold()
        if first in _CALENDAR_WORDS or first in stop_words():
            continue
        if first in first_names():
            yield Span(*match.span("value"), "PERSON", "pii", 0.7, detector)
        elif first in world_first_names() or not (is_ordinary_word(first) or looks_like_code_token(
                match.group("value").split()[0])):
            yield Span(*match.span("value"), "PERSON", "pii", DOUBTFUL_SCORE, detector)  # "Adaeze": no list knows her


# --- names written in capitals, self-introductions in lower case ---------------------------------

# Two or three words in capitals, an initial allowed between them: "TIFFANY REYES", "DARNELL K WASHINGTON".
# Labels, statements, court captions and CV headers write people this way, where the model sees no name.
_CAPITALS_NAME = re.compile(
    rf"(?P<name>[{NAME_UPPER}][{NAME_UPPER}'’-]+(?:[ \t]+[{NAME_UPPER}]\.?)?(?:[ \t]+[{NAME_UPPER}][{NAME_UPPER}'’-]+){{1,2}})"
    rf"(?![\w'’-])")
_CAPITALS_START = re.compile(rf"(?<![\w'’.-])[{NAME_UPPER}][{NAME_UPPER}'’-]")
# A capitalised word run on with one space: the name is part of a heading ("PLEASE NOTE TIFFANY REYES").
_CAPITAL_WORD_BEFORE = re.compile(rf"[{NAME_UPPER}][{NAME_UPPER}'’-]*[ \t]\Z")
_CAPITAL_WORD_AFTER = re.compile(rf"[ \t][{NAME_UPPER}][{NAME_UPPER}'’-]+(?![\w'’-])")


def _names_in_capitals(text: str, detector: str) -> Iterator[Span]:
    """A run of capitals that reads as a name: a first name of some country, then a surname or a word of no
    language (not "GRANT ACCESS", "MAY CONTAIN"). Doubtful: redacted on the wire, not reported by audits."""
    cursor = 0
    for start_match in _CAPITALS_START.finditer(text):
        if start_match.start() < cursor:
            continue
        match = _CAPITALS_NAME.match(text, start_match.start())
        if match is None:
            continue
        cursor = match.end()
        if (_CAPITAL_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
                or _CAPITAL_WORD_AFTER.match(text, match.end())):
            continue
        words = [word.strip(".'’-").casefold() for word in match.group("name").split()]
        first, last, middle = words[0], words[-1], words[1:-1]
        if not (first in first_names() or first in world_first_names()):
            continue
        if not reads_as_surname(last) or not all(len(word) == 1 or reads_as_surname(word) or word in first_names()
                                              for word in middle):
            continue
        yield Span(*match.span("name"), "PERSON", "pii", DOUBTFUL_SCORE, detector)



# "this is rosa delgado calling", "hey its deb from accounts", "my name is mohamed abdi": who introduces
# themselves in lower case. The first word must be a first name, a second is taken if it reads as a surname.
_SELF_INTRODUCTION_LOWER = re.compile(
    r"(?i:this[ \t]+is|name[ \t]+is|name['’]s|i[ \t]+am|i['’]m|it['’]s|its)[ \t]+"
    r"(?P<first>[a-z][a-z'’-]{1,20})(?P<rest>(?:[ \t]+[a-z][a-z'’-]{1,25}){0,6})")
# "my name is", "her name is", "the patient's name is": any owner of the name.
_SELF_INTRODUCTION_CUES = ("this is", "name is", "name's", "name’s", "i am", "i'm", "i’m", "it's", "it’s", "its ")
# Whose "name is": a person's ("my name is", "her name is"), not a file's or a service's.
_OWNER_BEFORE_NAME = re.compile(r"(?i:my|his|her|their|your)[ \t]+\Z")
_NAME_PARTICLES = frozenset("van von der den de del della di da dos das du la le ter ten bin ibn al el".split())
_NAME_CONTINUES = re.compile(r"[\w@/.-]*[\w@/]")


def _lower_case_self_introductions(text: str, detector: str) -> Iterator[Span]:
    """A lower-case name after "my name is", "her name is", "this is", "i'm": the first name and every word
    after it that a name may hold (surnames, more given names, particles) up to the clause's end
    ("my name is juan carlos ibarra lopez and ...", "peter van der linde")."""
    for match in matches_at_word_start(_SELF_INTRODUCTION_LOWER, text, "-'’", _SELF_INTRODUCTION_CUES):
        first = match.group("first")
        listed = first in first_names() or first in world_first_names()
        # After "name is" a word of no language is a name too ("oleksandr"); after "this is", "i'm" only a listed one.
        named = (len(first) >= 3 and not is_ordinary_word(first) and match.group(0)[:4].casefold() == "name"
                 and _OWNER_BEFORE_NAME.search(text, max(0, match.start() - 16), match.start()) is not None)
        if first in stop_words() or not (listed or named):
            continue
        if is_ordinary_word(first) and first not in first_names():
            continue  # "it's fine", "i am done": a word of the language that only some country names a child
        end = match.end("first")
        if _NAME_CONTINUES.match(text, end):
            continue  # "i'm jo.smith@…", "this is alice/": an address or a path
        cursor = end
        for word in re.finditer(r"[ \t]+([a-z][a-z'’-]+)", text[match.start("rest"):match.end("rest")]):
            folded = word.group(1)
            word_end = match.start("rest") + word.end()
            if _NAME_CONTINUES.match(text, word_end):
                break
            if folded in _NAME_PARTICLES:
                continue  # kept only when a name word follows ("van der linde")
            if folded in stop_words() or not (folded in surnames() or folded in first_names()
                                               or not is_ordinary_word(folded)):
                break
            cursor = end = word_end
        yield Span(match.start("first"), end, "PERSON", "pii", DOUBTFUL_SCORE, detector)


# Standup and hand-over notes name people by initials and short lower-case names: "tk still blocked on certs",
# "r.s. to pair w/ him", "lena d covering support". Such a word is a person only at a clause's start and
# before a status only people have (_PERSON_STATUSES, found first by the shared cue scan).
_PERSON_STATUSES = ("still blocked", "blocked on", "blocked by", "out sick", "is out", "ooo", "to pair", "pairing",
                    "covering", "on call", "on-call", "off today", "back tomorrow", "on leave", "wfh", "taking over",
                    "picking up", "will pick", "will take", "to review", "reviewing", "is sick", "off sick")
_NOTE_NAME_BEFORE = re.compile(
    r"(?P<name>[a-z]{2,3}|[a-z]\.[a-z]\.(?:[a-z]\.)?|[a-z][a-z'’-]{2,20}[ \t][a-z]\.?)[ \t]+\Z")
# Short words of teams and systems that stand where initials do ("qa still blocked", "ci covering").
_NOT_INITIALS = frozenset("ci cd qa qe ui ux pr prs db ops dev devs eng sre pm pms em hr it be fe ml ai lb vpn dns ssl "
                          "api app web ios mac win all we he she you they i me us him her them my our who one two "
                          "job run box vm vms k8s tls cdn sso iam aws gcp bot mr mrs ms dr the and but not yet now "
                          "team".split())


def _initials_in_notes(text: str, detector: str) -> Iterator[Span]:
    """Initials or a short lower-case name (with one initial) opening a clause before a person's status."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _PERSON_STATUSES):
        if position and lowered[position - 1] not in " \t":
            continue
        match = _NOTE_NAME_BEFORE.search(text, max(0, position - 28), position)
        if match is None:
            continue
        start = match.start("name")
        before = text[:start].rstrip(" \t")
        if before and before[-1] not in "\n:;,(-•*" and not before.endswith(("w/", "and", "&")):
            continue  # inside a sentence: "the build still blocked", "we are pairing"
        name = match.group("name")
        words = name.replace(".", " ").split()
        if name in _NOT_INITIALS or words[0] in stop_words() or len(words[0]) > 3 and (
                is_ordinary_word(words[0]) and words[0] not in first_names() or
                words[0] not in first_names() and words[0] not in world_first_names()):
            continue
        yield Span(start, match.end("name"), "PERSON", "pii", DOUBTFUL_SCORE, detector)


# A chat export's speaker in brackets at a line's start, then what they said: "[Ji-woo Park] 내일 회의 ...".
_BRACKETED_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:\[[0-9:. /-]{{4,20}}\][ \t]*)?\[(?P<value>{_WORD}(?:[ \t]{_WORD}){{1,2}})\][ \t]+(?=\S)(?!\()")


def _bracketed_speakers(text: str, detector: str) -> Iterator[Span]:
    """Two or three words in brackets before a message, read as a name (not "[Feature Request]", "[INFO]")."""
    for match in _BRACKETED_SPEAKER.finditer(text):
        words = match.group("value").split()
        if has_foreign_letters(match.group("value")):
            accepted = _reads_as_foreign_name(match.group("value"))
        else:  # a first name or a word of no language, then a surname ("Ji-woo Park"), all capitalised
            folded = [word.strip(".").casefold() for word in words]
            accepted = (all(word[:1].isupper() and not word.isupper() for word in words)
                        and (folded[0] in first_names() or not is_ordinary_word(folded[0]))
                        and all(reads_as_surname(word) for word in folded[1:]))
        if accepted:
            yield Span(*match.span("value"), "PERSON", "pii", DOUBTFUL_SCORE, detector)


# A nickname in quotes or brackets inside a name: `Guadalupe "Lupe" Ortega`, `Robert ('Bobby') Vance`. Found from
# the quote (a literal the regex engine skips to), the given names looked for before it.
_CAPITALISED = rf"[{NAME_UPPER}][{NAME_LOWER}'’-]+"
_NICKNAME_AND_SURNAME = re.compile(
    rf"(?:\([\"'“‘]?|[\"“'‘])(?P<nick>{_CAPITALISED})(?:[\"”'’]\)?|\))[ \t]+(?P<last>{_CAPITALISED})")
_GIVEN_NAMES_BEFORE = re.compile(rf"(?<![\w.@/-])(?P<given>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}})[ \t]+\Z")


def _names_with_nicknames(text: str, detector: str) -> Iterator[Span]:
    """A whole name with a nickname inside it, when a given name or the nickname is a first name."""
    for match in _NICKNAME_AND_SURNAME.finditer(text):
        quote, closing = text[match.start()], text[match.end("nick"):match.start("last")].strip()
        if (quote == "(") != closing.endswith(")") or (quote != "(" and closing[:1] not in "\"”'’"):
            continue  # unbalanced: `"Lupe Ortega`, `(Lupe" Ortega`
        given = _GIVEN_NAMES_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if given is None:
            continue
        words = [word.casefold() for word in given.group("given").split()] + [match.group("nick").casefold()]
        if not any(word in first_names() or word in world_first_names() for word in words) or \
                not reads_as_surname(match.group("last").casefold()):
            continue
        yield Span(given.start("given"), match.end("last"), "PERSON", "pii", 0.75, detector)


# A courtesy title, then one or two words of a name: "Mrs Obi", "mr hoang", "Dr. Venkataraman".
_TITLE_AND_NAME = re.compile(
    r"(?i:mrs|mr|ms|mx|miss|dr|prof|sir|dame|mme|mlle|herr|frau|sra|sr|señora|señor|sig\.ra|sig)\.?[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD})?)")
_TITLE_CUES = ("mr", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "mme", "mlle", "herr", "frau", "sr", "señor",
               "sig")


def _names_after_titles(text: str, detector: str) -> Iterator[Span]:
    """The name a courtesy title stands before; the second word only if it reads as a surname."""
    for match in matches_at_word_start(_TITLE_AND_NAME, text, "-.'’/@", _TITLE_CUES):
        words = text[match.start("name"):match.end("name")].split()
        folded = [word.strip(".'’").casefold() for word in words]
        if not folded[0] or folded[0] in stop_words() or (is_ordinary_word(folded[0])
                                                           and folded[0] not in first_names()):
            continue  # "Dr Suite" (Drive), "sir yes": a word of the language after the title
        end = match.start("name") + len(words[0])
        if len(words) == 2 and words[1][:1].isupper() == words[0][:1].isupper() and reads_as_surname(folded[1]) \
                and folded[1] not in stop_words():
            end = match.end("name")
        score = 0.7 if words[0][:1].isupper() else DOUBTFUL_SCORE
        yield Span(match.start("name"), end, "PERSON", "pii", score, detector)


# A line that opens with two or three words of a name, then ends or goes on after a dash, comma, colon or
# bracket: a guest list, a rota, a roster ("priya nair - vegetarian", "tom o'neill", "Fernanda Costa").
_LIST_LINE_NAME = re.compile(
    rf"(?m)^[ \t]*(?:[-*•]|\d{{1,3}}[.)])?[ \t]*(?P<value>{_WORD}(?:[ \t]{_WORD}){{1,2}})"
    r"[ \t]*(?=$|[ \t]+[-–—][ \t]|[,:(]|\t)")


def _names_opening_list_lines(text: str, detector: str) -> Iterator[Span]:
    """Names opening the lines of a list: at least two lines of the text must open with one (doubtful)."""
    named = []
    for match in _LIST_LINE_NAME.finditer(text):
        words = match.group("value").split()
        folded = [word.strip(".").casefold() for word in words]
        if len({word[:1].isupper() for word in words}) > 1 or any(word.isupper() and len(word) > 1 for word in words):
            continue  # mixed case or capitals: a heading or a sentence, not a listed name
        if (folded[0] in first_names() or folded[0] in world_first_names()) and not (
                is_ordinary_word(folded[0]) and folded[0] not in first_names()) and all(
                reads_as_surname(word) and word not in stop_words() for word in folded[1:]):
            named.append(match.span("value"))
    if len(named) >= 2:
        for start, end in named:
            yield Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector)


# An XML element whose tag names a person: <reporter>王伟</reporter>, <contactName>Summer Park</contactName>.
_XML_ELEMENT = re.compile(rf"<(?P<tag>[A-Za-z][\w:.-]{{0,40}})(?:[ \t][^<>]*)?>[ \t]*{_VALUE}[ \t]*</(?P=tag)>")


def _people_in_xml_elements(text: str, detector: str) -> Iterator[Span]:
    if "</" not in text:
        return
    for match in _XML_ELEMENT.finditer(text):
        if not _is_person_tag(match.group("tag")):
            continue
        value = match.group("value")
        words = value.split()
        if has_foreign_letters(value):
            accepted = _reads_as_foreign_name(value)
        else:
            accepted = looks_like_a_name(words) or (
                words[0][0].isupper() and words[0].casefold() in first_names()
                and words[0].casefold() not in _CALENDAR_WORDS)
        if accepted:
            yield Span(*match.span("value"), "PERSON", "pii", _SCORE, detector)


@functools.lru_cache(maxsize=256)
def _is_person_tag(tag: str) -> bool:
    """"reporter", "contactName", "full_name", "ns:author": a tag made of a person label or people header."""
    local = tag.rsplit(":", 1)[-1]
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).replace("_", " ").replace("-", " ").casefold().split()
    phrase = " ".join(words)
    labels = set(person_cues().labels) | set(_PEOPLE_HEADERS)
    return phrase in labels or (len(words) == 2 and words[1] == "name" and words[0] in labels) or \
        phrase in _NAME_TAGS


# Tag words that hold a person's name without being a label of their own.
_NAME_TAGS = frozenset({"given name", "family name", "display name", "first name", "last name", "user name",
                        "contact name", "customer name", "employee name", "patient name", "requester name"})


# "Marguerite Okafor <marg@invoicekit.dev>" in any text: package manifests, Dockerfile labels, AUTHORS
# files, .mailmap (ner.py reads display names in prose only). A no-reply address names a bot or a service.
# "Name <address>", and "Name (address)" as signatures and forwarded quotes write it.
_ANGLED_ADDRESS = re.compile(r"<(?P<address>[^<>\s@]+@[^<>\s]+)>|\((?P<bracketed>[^()\s@]+@[^()\s]+\.\w+)\)")
# The name right before an angled address (searched backwards from the address, which is rare and literal).
_NAME_BEFORE_ADDRESS = re.compile(
    rf"(?:^|(?<=[\s\"'=:,\[(]))(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]*\Z", re.MULTILINE)
_DISPLAY_NAME_WINDOW = 80
# Who wrote the code, in its own markup: Javadoc/JSDoc/PHPDoc "@author Name", Python "__author__ = 'Name'".
_CODE_AUTHOR = re.compile(
    rf"(?:@author[ \t]+|__author__[ \t]*=[ \t]*[\"'])(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,3}})(?=[ \t]*(?:$|[\"'<,(*]))",
    re.MULTILINE)


def _named_by_address(value: str, address: str) -> bool:
    """Whether the capitalised words before an address are the words of its local part and read as a name
    ("Hunter" and hunter@..., "Rose Cash" and rose.cash@...): a display name even when its words are ordinary
    words, as long as each is some country's first name or no word ("Support" and support@... is a mailbox)."""
    words = [word.casefold() for word in value.split()]
    local = set(re.split(r"[._+-]", address.partition("@")[0]))
    return (value[:1].isupper() and all(word[:1].isalpha() for word in words) and set(words) <= local
            and all(word in first_names() or word in world_first_names() or not is_ordinary_word(word)
                    for word in words))


def _authors_in_code_and_manifests(text: str, detector: str) -> Iterator[Span]:
    if "@" not in text and "__author__" not in text:
        return
    for address in (_ANGLED_ADDRESS.finditer(text) if "<" in text or "(" in text else ()):
        folded = (address.group("address") or address.group("bracketed")).casefold()
        if "noreply" in folded or "no-reply" in folded or "[bot]" in folded:
            continue
        line_start = text.rfind("\n", 0, address.start()) + 1
        match = _NAME_BEFORE_ADDRESS.search(text, max(line_start, address.start() - _DISPLAY_NAME_WINDOW),
                                            address.start())
        if match is None:
            continue
        start, value = match.start("value"), match.group("value")
        if address.group("bracketed"):
            # "on behalf of Dana Smith (dana@...)", "Contact Dana Smith (...)": before a bracketed address runs
            # prose; the name is the capitalised words that end it.
            words = value.split()
            while words and (not words[0][:1].isupper() or len(words) > 1 and is_ordinary_word(
                    words[0].casefold()) and words[0].casefold() not in first_names()):
                words.pop(0)  # "behalf of", "Contact": prose or an imperative before the name
            if not words:
                continue
            start = match.end("value") - len(" ".join(words))
            value = text[start:match.end("value")]
        if _could_be_person(value) or _named_by_address(value, folded):
            yield Span(start, match.end("value"), "PERSON", "pii", 0.8, detector)
    if "@author" in text or "__author__" in text:
        for match in _CODE_AUTHOR.finditer(text):
            if _could_be_person(match.group("value")):
                yield Span(*match.span("value"), "PERSON", "pii", 0.8, detector)


# --- honorifics, greetings, sign-offs ------------------------------------------------------------

_DENSE_RUN = f"[{HAN}{KATAKANA}{HANGUL}]"
# Honorifics only Chinese uses: the name before them is two or three characters.
_CHINESE_HONORIFICS = frozenset({"女士", "小姐", "老师", "經理", "经理"})


@functools.lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern[str]:
    honorifics = sorted(person_cues().honorifics_after, key=len, reverse=True)
    return re.compile(rf"(?P<run>{_DENSE_RUN}+)[ \t\u3000]?(?P<honorific>{'|'.join(map(re.escape, honorifics))})")


def _names_before_honorifics(text: str, detector: str) -> Iterator[Span]:
    cues = person_cues()
    for match in _honorific_pattern().finditer(text):
        run, honorific = match.group("run"), match.group("honorific")
        after = text[match.end():match.end() + 1]
        if len(honorific) == 1 and re.match(f"[{HAN}]", honorific) and re.match(f"[{HAN}]", after or " "):
            continue  # "氏名", "様式": a one-character honorific inside a longer word
        if re.fullmatch(f"[{HANGUL}]+", run):
            if not 2 <= len(run) <= 4:
                continue
            name_length = len(run)
        else:
            name_length = min(len(run), 3 if honorific in _CHINESE_HONORIFICS else 4)
            if re.fullmatch(f"[{KATAKANA}]+", run):
                name_length = min(len(run), 12)
        name = run[-name_length:]
        if len(name) < 2 and honorific not in ("さん", "氏"):
            continue
        if any(name == entry or (len(entry) > 1 or honorific in ("様", "さま")) and name.endswith(entry)
               for entry in cues.not_names_before_honorifics):
            continue
        end = match.start("run") + len(run)
        yield Span(end - name_length, end, "PERSON", "pii", _SCORE, detector)


@functools.lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    cues = person_cues()
    titles = sorted({*cues.titles_after_surname_ja, *cues.titles_after_surname_zh}, key=len, reverse=True)
    return re.compile(f"(?<=[{HAN}{KATAKANA}])(?:{'|'.join(map(re.escape, titles))})")


# The Han or katakana run right before a title (searched up to the title: a title may end another's run, "韩总说杨律师").
_RUN_BEFORE_TITLE = re.compile(f"(?:[{HAN}]{{1,4}}|[{KATAKANA}]{{2,8}})\\Z")


def _surnames_before_titles(text: str, detector: str) -> Iterator[Span]:
    """A surname right before a job or familiar title of its language ("北条部長", "蒋总", "冯律师负责"): in Japanese
    the whole Han or katakana run before the title when it is no ordinary word ("営業部長" stays), in Chinese the
    listed surname (with a given name of one or two characters) that ends the run ("发给蒋总" -> "蒋"). A title that
    opens or closes a longer ordinary word is that word ("总结", "总经理", "律师事务所", "部長会議", "班主任")."""
    cues, names = person_cues(), east_asian_names()
    for title_match in _title_pattern().finditer(text):
        match = _RUN_BEFORE_TITLE.search(text, max(0, title_match.start() - 8), title_match.start())
        if match is None:
            continue
        run, title, title_end = match.group(), title_match.group(), title_match.end()
        start, end = match.span()
        # A title opening a longer word is that word ("总结", "总经理", "律师事务所"); after a surname standing alone
        # a two-character word that is also an adverb and a verb ("韩总说": "always says") is the title and the verb.
        alone = not (start and re.match(f"[{HAN}{KATAKANA}]", text[start - 1])) and len(run) <= 2
        if any(is_ordinary_word_of_its_script(text[end:title_end + extra])
               for extra in range(1, 4) if title_end + extra <= len(text)
               and not (alone and len(title) + extra == 2)):
            continue
        if any(is_ordinary_word_of_its_script(text[end - back:title_end]) for back in (1, 2) if back < len(run)) \
                or is_ordinary_word_of_its_script(text[end - 1:end + 1]):
            continue  # the title is the end of a word: "班主任" (a class teacher), "教导主任"
        before = text[start - 1:start] if start else ""
        name = None
        if title in cues.titles_after_surname_ja and not re.match(f"[{HAN}{KATAKANA}]", before or " ") \
                and len(run) <= 3 and run not in cues.not_names_before_honorifics:
            # A listed surname always ("佐藤", "阿部": frequent words too); another run when no ordinary word and no
            # institution's name ("当院院長", "医師会会長").
            if is_listed_japanese_surname(run) or (
                    not is_ordinary_word_of_its_script(run) and run[-1] not in INSTITUTION_ENDINGS):
                name = (start, end)
        if name is None and title in cues.titles_after_surname_zh and re.fullmatch(f"[{HAN}]+", run):
            for length in range(min(len(run), 3), 0, -1):
                if _chinese_name_ends_run(run, length, text[start - 1:start] if start else ""):
                    name = (end - length, end)
                    break
        if name is not None:
            yield Span(*name, "PERSON", "pii", _SCORE, detector)


def _chinese_name_ends_run(run: str, length: int, before: str) -> bool:
    """Whether the last `length` characters of a Han run are a Chinese name standing before a title: a listed surname
    and up to two given-name characters, no ordinary word; after the run's start or a word that takes a person
    ("发给", "由", "谢谢"); a full name also after other characters when its surname is no common word by itself
    ("由", "任", "和" are one more often) and is not glued into a word with the character before it. A surname alone
    after other characters is a syllable of a word too often ("新任校长", "我们的班主任")."""
    names, cues = east_asian_names(), person_cues()
    tail, head = run[-length:], run[:-length]
    for surname_length in (2, 1):
        surname, given = tail[:surname_length], tail[surname_length:]
        if surname not in names.chinese_surnames or len(given) > 2 \
                or not all(char in names.chinese_given_characters for char in given):
            continue
        if length > 1 and is_ordinary_word_of_its_script(tail):
            continue
        if not head and not re.match(f"[{HAN}]", before or " ") or head.endswith(cues.words_before_name_zh):
            return True
        if length > 1 and not is_common_word_of_its_script(surname) \
                and not is_ordinary_word_of_its_script(head[-1:] + tail[:1]):
            return True
    return False


# After a greeting word found as a literal: the name, then a comma, "!" or the line's end.
_NAME_AFTER_GREETING = re.compile(
    rf"[ \t]*[,，、]?[ \t]*(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,2}})(?=[ \t]*(?:[,，、!！:：]|$))", re.MULTILINE)


def _names_after_greetings(text: str, detector: str) -> Iterator[Span]:
    greetings = person_cues().greetings
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, greetings):
        if position and not (text[position - 1].isspace() or text[position - 1] in ".!?。！"):
            continue
        greeting = next(word for word in sorted(greetings, key=len, reverse=True) if lowered.startswith(word, position))
        match = _NAME_AFTER_GREETING.match(text, position + len(greeting))
        if match is None:
            continue
        value = match.group("value")
        if has_foreign_letters(value) and _reads_as_foreign_name(value) and not _is_greeting(value):
            yield Span(*match.span("value"), "PERSON", "pii", 0.7, detector)


def _is_greeting(value: str) -> bool:
    folded = value.casefold()
    return folded in person_cues().greetings or folded in person_cues().sign_offs


@functools.lru_cache(maxsize=1)
def _sign_off_pattern() -> re.Pattern[str]:
    sign_offs = sorted(person_cues().sign_offs, key=len, reverse=True)
    return re.compile(
        # The name under the sign-off, or after its comma on the same line ("Best, 渡辺 健二").
        rf"(?im)^[ \t]*(?:{'|'.join(map(re.escape, sign_offs))})"
        rf"(?:[ \t]*[,，、.!！。]?[ \t]*\r?\n(?:[ \t]*\r?\n)?|[ \t]*[,，、][ \t]*)"
        rf"[ \t]*(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*$")


def _names_under_sign_offs(text: str, detector: str) -> Iterator[Span]:
    for match in _sign_off_pattern().finditer(text):
        value = match.group("value")
        if has_foreign_letters(value) and _reads_as_foreign_name(value) and not _is_greeting(value):
            yield Span(*match.span("value"), "PERSON", "pii", 0.7, detector)


# English words that only take a person, then a name in another script: "ask 김민준", "cc 佐藤",
# "talked to محمد", "reviewed by राहुल" (ner.py's slot rules read European letters only).
_PERSON_SLOT_CUES = ("ask", "asked", "ping", "pinged", "cc", "tell", "told", "thanks", "thank", "talked to",
                     "talk to", "spoke to", "spoke with", "met with", "per", "assigned to", "loop in", "looped in",
                     "dm", "emailed", "called", "paired with", "reviewed by", "approved by", "reported by",
                     "owned by", "written by")
_FOREIGN_NAME_AFTER_CUE = re.compile(
    rf"[ \t]+(?P<value>[{FOREIGN_LETTERS}]+(?:[ \t][{FOREIGN_LETTERS}]+)?)(?=$|[\s,.;:!?)'’]|['’]s\b)", re.MULTILINE)


def _foreign_names_in_person_slots(text: str, detector: str) -> Iterator[Span]:
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _PERSON_SLOT_CUES):
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-"):
            continue
        cue = max((c for c in _PERSON_SLOT_CUES if lowered.startswith(c, position)), key=len)
        match = _FOREIGN_NAME_AFTER_CUE.match(text, position + len(cue))
        if match is not None and _reads_as_foreign_name(match.group("value")):
            yield Span(*match.span("value"), "PERSON", "pii", 0.7, detector)


# --- names after self-introductions, role nouns and titles in scripts the model cannot read ----------

_THAI = "\u0e01-\u0e4e"
_THAI_RUN = re.compile(f"[{_THAI}]+")
_HANGUL_RUN = re.compile(f"[{HANGUL}]+")
# Between a cue and its name: spaces, a colon or dash, an opening quote.
_CUE_GAP = re.compile(r"[ \t]*(?:[:：—–-][ \t]*)?[\"'«“]?")
# A word of a name in a script with capitals (Cyrillic, Greek, Latin), then initials ("Орлова Е. В.").
_CASED_NAME = re.compile(
    rf"(?P<value>[{NAME_UPPER}][{NAME_LOWER}'’-]+(?:[ \t]+[{NAME_UPPER}][{NAME_LOWER}'’-]+){{0,2}}"
    rf"(?:[ \t]+[{NAME_UPPER}]\.(?:[ \t]?[{NAME_UPPER}]\.)?)?)(?![\w'’-])")
_UNCASED_WORD = re.compile(rf"[{FOREIGN_LETTERS}]+")
_CASED_CUE = re.compile("[\u0400-\u04ff\u0370-\u03ff]")
_CASE_ENDING = re.compile("(?:[а-яёіїєґ]{1,3}|[α-ωάέήίόύώ]{1,3})(?=[ \t])")
# A Thai name may be glued to what follows; a Thai run longer than this after a title is cut here.
_LONGEST_THAI_NAME = 20
# Thai words for "name" that may stand between a role word and the name ("ลูกค้าชื่อ สมชาย": "the customer named ..."),
# longest first: "nickname", "given name", "name", "surname".
_THAI_NAME_LABELS = ("ชื่อเล่น", "ชื่อจริง", "ชื่อ", "นามสกุล")


def _names_after_person_words(text: str, detector: str) -> Iterator[Span]:
    """A name right after a self-introduction ("меня зовут Анна", "اسمي ليلى حداد", "ผมชื่อธนากร") or a role noun
    or title ("пациент Смирнов", "המטופל יוסי אברהם", "คุณวิไลวรรณ") in a script the English model cannot read.

    Scripts with capitals take one to three capitalised words (and initials); Arabic, Hebrew and Indic scripts take
    one or two words, ended early by a copula, particle or conjunction (`words_ending_name`); Thai takes the run
    after the cue, cut at such a word, and a second run when the first was whole; Korean takes the word without its
    copula or particle, two to four syllables. Self-introductions score 0.75, role words and titles are doubtful.
    """
    cues = person_cues()
    lowered = lowered_same_length(text)
    for words, score in ((cues.self_introductions, _SCORE), (_role_word_forms(), DOUBTFUL_SCORE)):
        for position in keyword_positions(lowered, words):
            cue = max((word for word in words if lowered.startswith(word, position)), key=len)
            if position and text[position - 1].isalpha() and not re.match(f"[{_THAI}]", cue[0]):
                continue  # "клиентка" is found as "клиент" too; a cue must start a word (Thai has no spaces)
            cue_end = position + len(cue)
            # "водителю Ахмедову", "пациентом Ивановым": a Russian or Greek noun takes a case ending; the cue lists
            # the nominative, the ending is read here (the name after it must still be capitalised).
            inflection = _CASE_ENDING.match(text, cue_end) if _CASED_CUE.match(cue) else None
            if inflection is not None:
                cue_end = inflection.end()
            gap = _CUE_GAP.match(text, cue_end)
            start = gap.end()
            label = next((word for word in _THAI_NAME_LABELS if text.startswith(word, start)), None)
            if label is not None:
                # "ลูกค้าชื่อ สมชาย": after the role word, the word "name" ("ชื่อ") and then the name; the word
                # "name" is no part of it.
                start = cue_end = _CUE_GAP.match(text, start + len(label)).end()
            if start >= len(text):
                continue
            if start == cue_end and text[start].isalpha() and not re.match(f"[{_THAI}]", text[start]):
                continue  # "клиентов", "пани" for "пан": the cue ran on into a longer word
            end = _name_end(text, start, cue, cues)
            if end is not None:
                yield Span(start, end, "PERSON", "pii", score, detector)


@functools.lru_cache(maxsize=1)
def _role_word_forms() -> tuple[str, ...]:
    """The role words, and the stems of Russian and Greek ones whose case endings replace their last letter
    ("водитель" -> "водител" for "водителю", "водителем"; the ending itself is read by `_CASE_ENDING`)."""
    words = person_cues().role_words_before_name
    stems = {word[:-1] for word in words if _CASED_CUE.match(word) and word[-1] in "ьйаяοςη" and len(word) > 4}
    return tuple(dict.fromkeys((*words, *sorted(stems))))


def _name_end(text: str, start: int, cue: str, cues: PersonCues) -> int | None:
    """Where the name starting at `start` ends, or None when what follows the cue cannot be a name."""
    first = text[start]
    if re.match(f"[{NAME_UPPER}]", first):
        match = _CASED_NAME.match(text, start)
        if match is None or is_ordinary_word(match.group("value").split()[0].casefold()):
            return None
        return match.end("value")
    if re.match(f"[{_THAI}]", first):
        return _thai_name_end(text, start, cues)
    if re.match(f"[{HANGUL}]", first):
        return _korean_name_end(text, start, cue, cues)
    if not re.match(f"[{FOREIGN_LETTERS}]", first) or re.match(f"[{NAME_LOWER}]", first):
        return None  # a small Cyrillic or Greek letter: a word, not a name ("пациент поступил")
    end = None
    cursor = start
    for index in range(2):
        word = _UNCASED_WORD.match(text, cursor)
        if word is None or word.group(0) in cues.words_ending_name:
            break
        if index and len(word.group(0)) >= 5 and word.group(0)[0] in "وו":
            break  # "وأواجه", "ואנחנו": "and" written onto the next word ends the name
        end = word.end()
        space = re.match(r"[ \t]", text[end:end + 1])
        if space is None:
            break
        cursor = end + 1
    return end


def _thai_name_end(text: str, start: int, cues: PersonCues) -> int | None:
    run = _THAI_RUN.match(text, start)
    cut = _thai_cut(run.group(0), cues)
    if cut == 0:
        return None  # "คุณสามารถ…": the pronoun "you", then a verb
    if cut is not None:
        return start + min(cut, _LONGEST_THAI_NAME)
    end = run.end()
    # "ธนากร ศรีสุข": a given name, one space and a surname that is a whole run of its own.
    if text[end:end + 1] == " ":
        surname = _THAI_RUN.match(text, end + 1)
        if surname is not None and _thai_cut(surname.group(0), cues) is None and len(surname.group(0)) <= _LONGEST_THAI_NAME:
            return surname.end()
    return end


def _thai_cut(run: str, cues: PersonCues) -> int | None:
    """The first place a word that ends a name starts in a Thai run (0 when the run opens with one), else None."""
    if any(run.startswith(word) for word in cues.words_ending_name):
        return 0
    cuts = [run.find(word, 2) for word in cues.words_ending_name if word[0] >= "\u0e01" and word[0] <= "\u0e4e"]
    cuts = [cut for cut in cuts if cut != -1]
    return min(cuts) if cuts else None


def _korean_name_end(text: str, start: int, cue: str, cues: PersonCues) -> int | None:
    word = _HANGUL_RUN.match(text, start).group(0)
    for ending in sorted((*cues.words_ending_name, *cues.particles_after_name_ko), key=len, reverse=True):
        if re.match(f"[{HANGUL}]", ending) and word.endswith(ending) and len(word) - len(ending) >= 2:
            word = word[:-len(ending)]
            break
    if not 2 <= len(word) <= 4:
        return None
    # "저는 개발자입니다": after "I am" or a role word the name must open with a listed surname.
    if "이름" not in cue and word[0] not in east_asian_names().korean_surnames:
        return None
    return start + len(word)


# Two initials and a surname, or a surname and two initials: "Е. В. Орлова", "Орлова Е.В.", "J. R. Okafor".
_TWO_INITIALS_NAME = re.compile(
    rf"(?<![\w.])(?:(?P<before>[{NAME_UPPER}]\.[ \t]?[{NAME_UPPER}]\.[ \t]?[{NAME_UPPER}][{NAME_LOWER}'’-]{{2,}})"
    rf"|(?P<after>[{NAME_UPPER}][{NAME_LOWER}'’-]{{2,}}[ \t][{NAME_UPPER}]\.[ \t]?[{NAME_UPPER}]\.))(?!\w)")


# Abbreviations written as two dotted capitals, not initials: "U.S. Congress", "P.S. Thanks".
_DOTTED_ABBREVIATIONS = frozenset({"us", "uk", "eu", "un", "dc", "am", "pm", "ie", "eg", "nb", "ps", "qa", "ad", "bc",
                                   "ba", "ma", "bs", "ms", "md", "ph", "rn"})

_INITIAL = re.compile(rf"([{NAME_UPPER}])\.")
_TWO_INITIALS = re.compile(rf"[{NAME_UPPER}]\.[ \t]?[{NAME_UPPER}]\.")


def _names_with_two_initials(text: str, detector: str) -> Iterator[Span]:
    """A surname with two initials before or after it, in any European script; not "U.S. Congress"."""
    if _TWO_INITIALS.search(text) is None:
        return
    for match in _TWO_INITIALS_NAME.finditer(text):
        if "".join(_INITIAL.findall(match.group(0))).casefold() in _DOTTED_ABBREVIATIONS:
            continue
        surname = re.search(rf"[{NAME_UPPER}][{NAME_LOWER}'’-]{{2,}}", match.group(0)).group(0)
        if is_ordinary_word(surname.casefold()) and surname.casefold() not in surnames():
            continue
        yield Span(*match.span(), "PERSON", "pii", 0.7, detector)


# --- tool listings -------------------------------------------------------------------------------

# "9f2c1ab Oluwaseun Adeyemi seun@fintrack.io", "9f2c1ab - Hana Kobayashi <hana@...>", "... 2025-03-11":
# between a commit hash and an e-mail address or a date, the author.
_GIT_LOG_LINE = re.compile(
    rf"(?m)^[ \t*|]*[0-9a-f]{{7,40}}[ \t]+(?:[-|][ \t]+)?(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]+"
    r"(?:[-|][ \t]+)?(?=<?[^\s@<>]+@[^\s@<>]+\.\w+>?|\d{4}-\d\d-\d\d|\(\d)")
# "e1f2a3b 2025-09-14 Nguyễn Văn An" (`--format='%h %ad %an' --date=short`): the author ends the line after a date.
_GIT_LOG_DATE_FIRST = re.compile(
    rf"(?m)^[ \t*|]*[0-9a-f]{{7,40}}[ \t]+(?:[-|][ \t]+)?\d{{4}}-\d\d-\d\d(?:[ T][\d:]+(?:[ \t]*[+-]\d{{4}})?)?"
    rf"[ \t]+(?:[-|][ \t]+)?(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]*$")
# `git shortlog -sn`: a count, a tab (or a wide gap when pasted) and the author, maybe with an e-mail.
_SHORTLOG_LINE = re.compile(
    rf"(?m)^[ \t]*\d+(?:\t|[ \t]{{2,}})(?P<value>{_WORD}(?:[ \t]{_WORD}){{0,3}})(?:[ \t]+<[^<>\s]+>)?[ \t]*$")


def _git_log_authors(text: str, detector: str) -> Iterator[Span]:
    if "@" not in text and "-" not in text:
        return
    for match in (*_GIT_LOG_LINE.finditer(text), *_GIT_LOG_DATE_FIRST.finditer(text)):
        if _could_be_person(match.group("value")):
            yield Span(*match.span("value"), "PERSON", "pii", 0.8, detector)


def _shortlog_authors(text: str, detector: str) -> Iterator[Span]:
    matches = list(_SHORTLOG_LINE.finditer(text)) if re.search(r"(?m)^[ \t]*\d+(?:\t|[ \t]{2})", text) else []
    # One such row could be anything ("3  Retries"); a listing has several, or says it is a shortlog.
    if len(matches) < 2 and "shortlog" not in text:
        return
    for match in matches:
        if _could_be_person(match.group("value")):
            yield Span(*match.span("value"), "PERSON", "pii", 0.75, detector)


def _could_be_person(value: str) -> bool:
    """A listing's author cell: no bot, no ordinary words only (a commit subject), no code token."""
    words = value.split()
    if any(looks_like_code_token(word) for word in words) or "[bot]" in value:
        return False
    if has_foreign_letters(value):
        return _reads_as_foreign_name(value)
    return not all(is_ordinary_word(word.casefold()) and not (word[0].isupper() and word.casefold() in first_names())
                   for word in words) and words[0].casefold() not in stop_words()


# Header cells that name the people of their column.
_PEOPLE_HEADERS = ("first", "last", "first name", "last name", "firstname", "lastname", "first_name", "last_name",
                   "initials", "by", "approved by", "checked by", "signed off by",
                   "given name", "given_name", "surname", "family name", "family_name", "full name", "full_name",
                   "author", "owner", "assignee", "reviewer", "reporter", "opened by", "assigned to", "created by",
                   "requester", "employee", "contact", "manager", "display name", "display_name",
                   "approver", "requested by", "updated by", "on call", "on-call", "oncall", "lead", "technician",
                   "vet", "doctor")
_NOT_HEADERS = frozenset({"from", "to", "cc"})
# The header of a space-aligned listing (kubectl, psql -A, a report's fixed columns): three or more upper-case
# words, two spaces or more between some of them; its people columns are _PEOPLE_HEADERS' words only (a `NAME`
# column there names pods and volumes).
_ALIGNED_HEADER = re.compile(r"(?m)^[ \t]*[A-Z][A-Z_-]*(?:[ \t]+[A-Z][A-Z_-]*)*[ \t]{2,}[A-Z][A-Z_-]*"
                             r"(?:[ \t]+[A-Z][A-Z_-]*)+[ \t]*\r?$")
# `LAST SEEN`, `FIRST SEEN`, `BY`: words of other listings' headers (kubectl events, sort orders).
_NOT_ALIGNED_HEADERS = frozenset({"first", "last", "by"})
_ALIGNED_PEOPLE_HEADER = re.compile(
    r"(?<!\S)(?P<label>" + "|".join(sorted((re.escape(header.upper()).replace(r"\ ", r"[ _]")
                                            for header in _PEOPLE_HEADERS if header not in _NOT_ALIGNED_HEADERS),
                                           key=len, reverse=True)) + r")(?!\S)")


@functools.lru_cache(maxsize=1)
def _header_cell_pattern() -> re.Pattern[str]:
    headers = set(_PEOPLE_HEADERS) | (set(person_cues().labels) - _NOT_HEADERS)
    # A role of people qualified by one or two words before it names people too ("Team lead", "Account manager",
    # "Case owner", "Shift supervisor"): the last word says who stands in the column (round 37). The words before it
    # are letters only, so "Lead time" or "owner_id" stay other columns.
    return re.compile(r"(?im)(?:^|(?<=[,;|\t]))[ \t\"'`*_]*(?P<cell>(?:[^\W\d_]+[ _]){0,2}?(?P<label>"
                      + "|".join(sorted(map(re.escape, headers), key=len, reverse=True))
                      + r"))[ \t\"'`*_:]*(?=[,;|\t]|$)")


def _people_columns(text: str, detector: str) -> Iterator[Span]:
    if "  " in text:
        yield from _people_in_aligned_columns(text, detector)
    if not any(separator in text for separator in ",;|\t"):
        return
    for line_start, line_end in _table_header_lines(text):
        yield from _people_under_headers(text, line_start, line_end, detector)


def _people_in_aligned_columns(text: str, detector: str) -> Iterator[Span]:
    """The cells under a people header of a space-aligned listing (`TASK  ASSIGNEE  DUE`, `NAME  OWNER  STATUS`):
    the column readers above see no separator there."""
    for header_line in _ALIGNED_HEADER.finditer(text):
        for header in _ALIGNED_PEOPLE_HEADER.finditer(text, *header_line.span()):
            for start, end in aligned_column_cells(text, *header.span("label"), whole_cells=True):
                span = _person_in_cell(text, start, end, header.group("label"), detector)
                if span is not None:
                    yield span


_PSQL_RULE_LINE = re.compile(r"[ \t]*-+(?:\+-+)+[ \t]*\r?")


def _table_header_lines(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each line that opens a table: the line below has its separator too, the line above
    has it a different number of times (only these lines are searched for header words). A psql rule line
    below the header (`----+-----`) is passed over to the first row."""
    lines = text.split("\n")
    position = 0
    above = ""
    for index, line in enumerate(lines):
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if _PSQL_RULE_LINE.fullmatch(below) and index + 2 < len(lines):
            below = lines[index + 2]
        if any(sep in line and sep in below and above.count(sep) != line.count(sep) for sep in ",;|\t"):
            yield position, position + len(line)
        position += len(line) + 1
        above = line


def _people_under_headers(text: str, line_start: int, line_end: int, detector: str) -> Iterator[Span]:
    for header in _header_cell_pattern().finditer(text, line_start, line_end):
        for start, end in column_cells(text, *header.span("cell")):
            span = _person_in_cell(text, start, end, header.group("label"), detector)
            if span is not None:
                yield span


def _person_in_cell(text: str, start: int, end: int, header: str, detector: str) -> Span | None:
    value = text[start:end]
    # "Surname, Given" in one quoted CSV field ("Okafor, Chidinma") is one person too
    if re.fullmatch(rf"{_WORD}(?:,?[ \t]{_WORD})?(?:[ \t]{_WORD}){{0,2}}", value) and _could_be_person(value) \
            and not set(value) <= set("-:| "):
        return Span(start, end, "PERSON", "pii", _SCORE, detector)
    if is_short_name_of_person(value, header):
        # "JM", "H Karimi", "L HART": short forms the code-token test above reads as constants
        return Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector)
    return None


# C:\Users\Lucia Fernandez\...: a profile folder with a space names a person (without one, usernames.py's login).
_WINDOWS_PROFILE = re.compile(
    r"(?i:[A-Z]:\\\\?(?:Users|Documents and Settings)\\\\?)(?P<name>[^\\/:*?\"<>|\r\n]{1,64}?)(?=\\)")


def _windows_profiles(text: str, detector: str) -> Iterator[Span]:
    if ":\\" not in text:
        return
    for match in _WINDOWS_PROFILE.finditer(text):
        name = match.group("name")
        if " " in name.strip() and name.strip().casefold() not in ("all users", "default user"):
            yield Span(*match.span("name"), "PERSON", "pii", 0.8, detector)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


# --- Chinese, Japanese and Korean names in running text --------------------------------------------

_HAN_RUN = re.compile(f"[{HAN}]+")
_HANGUL_WORD = re.compile(f"(?<![{HANGUL}])[{HANGUL}]{{4,6}}(?![{HANGUL}])")
_HIRAGANA_AT = re.compile(f"[{HIRAGANA}]+")


def _east_asian_names_in_running_text(text: str, detector: str) -> Iterator[Span]:
    """Names written without spaces, capitals or honorifics, told from words by where they stand.

    Chinese: a listed surname (one or two characters) and one or two characters of listed given
    names, after a word only a person follows ("让", "由", "和") or at the start of a clause, and
    before a verb people do ("说", "负责") or the clause's end. Both sides agreeing is a finding of
    0.7; one side alone (a clause start and a verb) is doubtful: redacted on the wire, not reported
    by an audit. Japanese: a Han run that is exactly a listed surname, before a particle ("佐藤が").
    Korean: a word of a listed surname, a listed given name and a particle ("김민수가"); with given-name
    syllables only, doubtful.
    """
    names = east_asian_names()
    cues = person_cues()
    if re.search(f"[{HAN}]", text):
        for run in _HAN_RUN.finditer(text):
            yield from _chinese_names_in_run(text, run.start(), run.end(), names, cues, detector)
            surname = run.group(0)
            if surname in names.japanese_surnames and _HIRAGANA_AT.match(text, run.end()) and any(
                    text.startswith(particle, run.end()) for particle in cues.particles_after_name_ja):
                yield Span(run.start(), run.end(), "PERSON", "pii", 0.7, detector)
    if re.search(f"[{HANGUL}]", text):
        for word in _HANGUL_WORD.finditer(text):
            value = word.group(0)
            if value[0] not in names.korean_surnames or value[3:] not in cues.particles_after_name_ko:
                continue
            given = value[1:3]
            if given in names.korean_given_names:
                yield Span(word.start(), word.start() + 3, "PERSON", "pii", 0.7, detector)
            elif all(syllable in names.korean_given_syllables for syllable in given):
                yield Span(word.start(), word.start() + 3, "PERSON", "pii", DOUBTFUL_SCORE, detector)


# A Chinese, Japanese or Korean name standing alone between the fields of a record, with an identifier
# or a phone number beside it: "學生證號 S114477 陳志明 0912-345-678", "社員番号 K-00977 高橋 真一 マイナンバー …".
_DENSE_TOKEN = re.compile(f"(?<![^\\s])[{HAN}{HIRAGANA}{KATAKANA}{HANGUL}]{{1,4}}(?![^\\s])")
_DIGIT_TOKEN = re.compile(r"[ \t]*\S*\d")
_DIGIT_TOKEN_BEFORE = re.compile(r"\S*\d\S*[ \t]+\Z")


def _east_asian_names_between_fields(text: str, detector: str) -> Iterator[Span]:
    """A listed surname and given name (one token, or two: "高橋 真一") between spaces, next to a token with digits
    (0.7 with digits on both sides, doubtful with one)."""
    names = east_asian_names()
    tokens = list(_DENSE_TOKEN.finditer(text))
    for index, token in enumerate(tokens):
        value = token.group(0)
        end = token.end()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        given = following.group(0) if following is not None else ""
        if following is not None and text[end:following.start()] in (" ", "\u3000") and len(given) <= 3 and (
                len(value) == 2 and value in names.japanese_surnames
                or value in names.chinese_surnames and all(char in names.chinese_given_characters for char in given)):
            end = following.end()  # surname, space, given name
        elif not _reads_as_dense_name(value, names):
            continue
        digits_before = _DIGIT_TOKEN_BEFORE.search(text, max(0, token.start() - 40), token.start()) is not None
        digits_after = _DIGIT_TOKEN.match(text, end) is not None
        if digits_before or digits_after:
            yield Span(token.start(), end, "PERSON", "pii", 0.7 if digits_before and digits_after else DOUBTFUL_SCORE,
                       detector)


# A name of a dense script at a label's value, before the next field on the same line ("姓名 王建国 手机 138…").
_DENSE_NAME_AT = re.compile(
    f"(?P<first>[{HAN}{HANGUL}]{{1,4}})(?:[ \u3000](?P<given>[{HAN}{HIRAGANA}{KATAKANA}]{{1,3}}))?(?=[ \t\u3000]+\\S)")


def _dense_name_before_next_field(text: str, position: int) -> tuple[int, int] | None:
    """[start, end) of a whole Chinese or Korean name, or a Japanese surname and given name, at `position`."""
    match = _DENSE_NAME_AT.match(text, position)
    if match is None:
        return None
    names = east_asian_names()
    first, given = match.group("first"), match.group("given")
    if given and len(first) == 2 and first in names.japanese_surnames:
        return match.start(), match.end()
    if _reads_as_dense_name(first, names):
        return match.start(), match.end("first")
    return None


def _reads_as_dense_name(value: str, names: EastAsianNames) -> bool:
    """A whole Chinese name ("陳志明": a listed surname, then listed given-name characters) or Korean one ("김민수")."""
    if re.fullmatch(f"[{HANGUL}]{{3}}", value):
        return value[0] in names.korean_surnames and all(char in names.korean_given_syllables for char in value[1:])
    for cut in (1, 2):
        surname, given = value[:cut], value[cut:]
        if surname in names.chinese_surnames and 1 <= len(given) <= 2 and all(
                char in names.chinese_given_characters for char in given):
            return True
    return False


def _chinese_names_in_run(text: str, run_start: int, run_end: int, names: EastAsianNames, cues: PersonCues,
                          detector: str) -> Iterator[Span]:
    before_words = cues.words_before_name_zh
    starts = [(run_start, False)]
    for word in before_words:
        position = text.find(word, run_start, run_end)
        while position != -1:
            starts.append((position + len(word), True))
            position = text.find(word, position + 1, run_end)
    taken_until = run_start
    for start, after_cue in sorted(starts):
        if start < taken_until or start >= run_end:
            continue
        for surname_length in (2, 1):
            surname = text[start:start + surname_length]
            if len(surname) != surname_length or surname not in names.chinese_surnames:
                continue
            end = _chinese_given_name_end(text, start + surname_length, run_end, names, cues, after_cue)
            if end is not None:
                verb_after = end < run_end
                yield Span(start, end, "PERSON", "pii", 0.7 if after_cue and verb_after else DOUBTFUL_SCORE, detector)
                taken_until = end
                break


def _chinese_given_name_end(text: str, start: int, run_end: int, names: EastAsianNames, cues: PersonCues,
                            after_cue: bool) -> int | None:
    """Where a given name of one or two listed characters starting at `start` ends, when a verb or the clause
    end follows it (the clause end only after a cue word), else None."""
    for length in (2, 1):
        end = start + length
        if end > run_end or not all(char in names.chinese_given_characters for char in text[start:end]):
            continue
        if end == run_end:
            if after_cue:
                return end
            continue
        if any(text.startswith(word, end) for word in cues.words_after_name_zh):
            return end
    return None
