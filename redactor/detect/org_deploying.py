"""The organisation a system prompt names in its opening sentence: the one that deploys the assistant.

An application's system prompt opens by saying whom the assistant works for: "You are the support assistant of
PlumLine Mobile", "You help Gildersleeve Retail ops with RabbitMQ", "Tu es l'agent DevOps de Mutualité Sociale des
Hautes-Landes", "Du er assistent i Aarhus Boligforening af 1948". The deploying organisation is named there once,
often by nothing the model or a layout rule knows (no legal form, a short prompt without context), and the rest of
the conversation names it again in other spellings ("plumline", "PLUMLINE", `plumline-mobile`), which the engine's
propagation finds once the name is known.

The property is the position, not a cue word in some language: the first sentence of a system segment, where the
proper nouns are the deployer and the tools or platforms it uses. A run of capitalised words there (two words
joined by a connector of a name, "de", "of", "af", "&", a number after "№"/"No." and a legal form in small
letters "a.s." belong to it), not the sentence's first word, is an organisation unless every word of it is public
vocabulary: a software name, tech term or code keyword ("RabbitMQ", "Kafka", "Slack"), a listed public company, a
word English capitalises for other reasons (languages, nationalities, departments, roles: org_capitalised_words),
a place ("Lausanne"), a calendar or stop word. Doubtful (0.55): the wire redacts it, an audit does not report it.
Scripts without capitals are left to the legal-form and head-noun rules. Agents' own prompts ("You are Claude
Code, Anthropic's official CLI") name public software and companies only, which the lists and the policy's
allow-list keep.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.language_common_words import line_language
from redactor.detect.names_in_scripts import is_ordinary_word_of_its_script
from redactor.detect.name_parts import CALENDAR_WORDS, OTHER_LATIN_LANGUAGES, english_zipf, is_software_name
from redactor.detect.org_public_companies import is_public_company
from redactor.detect.place_names import is_place_name
from redactor.detect.term_lists import first_names, stop_words, term_list
from redactor.detect.word_frequencies import zipf_frequency

_KIND = "ORGANIZATION"
# The opening sentence: up to the first sentence end or line break, and no further than this.
_MAX_SENTENCE = 300
# (A full stop after a single letter ends an abbreviation, "a.s.", "г.", not the sentence.)
_SENTENCE_END = re.compile(r"(?<![\s.][^\W\d_])[.!?。！？](?:\s|$)|\n")
_WORD = re.compile(r"№|[^\W_][\w'’.&-]*")
# Small words that join the capitalised words of one name ("Banca Popolare del Montefeltro", "Aarhus Boligforening
# af 1948", "Tidewater & Sons"): connectors of names in the languages of Latin and Cyrillic script.
_CONNECTORS = frozenset(
    "of de del della dei degli di da do dos das du des la le les van von der den af og och i y e et und & "
    "и в на".split())
_NUMBER_MARKS = frozenset({"№", "no.", "nr.", "n°"})
_MAX_RUN_WORDS = 8
# Legal forms written with inner full stops, which the suffix list holds without them ("a.s." of Czech and Slovak).
# Languages that write every noun with a capital: there a word the language lists is no name.
_NOUNS_CAPITALISED = {"de": "de"}
_DOTTED_FORMS = frozenset({"a.s", "s.r.o", "k.s", "v.o.s", "d.o.o", "d.d", "s.a", "s.l", "s.r.l", "b.v", "n.v"})
# Words in small letters between a name's first word and its legal form ("Moravská stavební spořitelna a.s.").
_MAX_SMALL_BEFORE_FORM = 3
# wordfreq's Zipf scale: a run whose every word is at least this frequent in English or another language of the
# traffic is a role, a phrase or a product ("Senior Software Engineer", "Raspberry Pi"), not a firm's name, which
# holds a rarer or coined word ("Gildersleeve Retail" 1.8, "Pellmore Glassworks").
_RARE_ZIPF = 3.0


# A system prompt whose opening line is a title, the role and then its organisation in brackets at the line's end:
# "ホテル予約アシスタント（湯の花旅館）。", "사용자 지원 어시스턴트 (한빛텔레콤).", "Booking assistant (Fenmoor Vets)".
_BRACKETED_AT_LINE_END = re.compile(r"[(（](?P<name>[^()（）\n]{2,80})[)）][.。!！।۔]?[ \t]*$")
_MAX_BRACKETED_WORDS = 8
_NAME_JOINERS = frozenset(" .&'’・·-\u200c\u200d")


def deploying_organisations(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of the capitalised names in a system prompt's opening sentence (module doc), and
    of the name in brackets that closes its opening line (_bracketed_deployer)."""
    bracketed = list(_bracketed_deployer(text, detector))
    yield from bracketed
    seen = {(span.start, span.end) for span in bracketed}
    for span in [*_capitalised_deployers(text, detector), *_owners_in_slots(text, detector)]:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            yield span


# The owner's slot of a system prompt's opening sentence, by its grammar rather than by how rare its words are: the
# name an assistant is said to belong to. A name made of common words ("Cosy Paws Boarding", "Open Door Migrant
# Support") fails the rare-word test of the capitalised runs, but where it stands says what it is:
# - Latin and Cyrillic scripts: a capitalised run written as the owner of what the assistant is ("You are Cosy Paws
#   Boarding's e-mail agent"), or after "at"/"for"/"of" following the role ("an admin agent at Open Door Migrant
#   Support", "l'assistant de Chorale Les Voix Claires");
# - scripts without capitals: the noun phrase a genitive marker joins to the role, after the second-person opening:
#   Korean "당신은 X의 …", Japanese "あなたはXの…", Chinese "你是X的…", Hebrew "אתה העוזר של X", Arabic
#   "أنت مساعد X" (the role and its owner in construct), Thai "คุณเป็นผู้ช่วยของ X", Hindi "आप X के …".
# Public names stay (listed companies, software, places) and so do runs of words English capitalises for other
# reasons (a department: "for Customer Support"): _names_a_party's lists without its rarity test.
_OWNER_AFTER = re.compile(r"\b(?:at|for|of|with|de|du|des|di|del|bei|für|von|voor|van|för|hos|för|dla|pro|для|у)"
                          r"[ \t]+(?:the[ \t]+|l'|la[ \t]+|le[ \t]+)?(?=[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ])")
_OWNER_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ0-9][\w'’&.-]*"
_OWNER_RUN = re.compile(_OWNER_WORD.replace("0-9", "", 1) + r"(?:(?:[ \t]+(?:&|of|the|de|du|des|la|le|van|von|der|и)(?![\w]))?[ \t]+" + _OWNER_WORD + r"){0,6}")
_YOU_ARE = re.compile(r"(?i)^\W*(?:you\s+are|you're|du\s+bist|tu\s+es|eres|sei|jij\s+bent|ты|ти|вы)\b")
_ARABIC_OWNER = re.compile(r"^\W*(?:أنت|انت)\s+(?:\S+\s+)?(?:مساعد|مساعدة|وكيل|موظف)\s+(?P<name>[^.،,:;\n]{2,60}?)\s*(?:[.،,:;\n]|$)")
_CASELESS_OWNER = (
    re.compile(r"^\W*당신은\s*(?P<name>[^\s의,.]{1,20}(?:\s+[^\s의,.]{1,20}){0,3})의\s"),
    re.compile(r"^\W*(?:あなたは|貴方は)(?P<name>[^\s、。はのがを]{2,24})の"),
    re.compile(r"^\W*(?:你是|您是|你現在是|你现在是)(?P<name>[^\s，,。的]{2,24})的"),
    re.compile(r"^\W*את[הּ]?\s+(?:\S+\s+){0,3}?של\s+(?P<name>[^.,:;\n]{2,60}?)\s*(?:[.,:;\n]|$)"),
    _ARABIC_OWNER,
    re.compile(r"^\W*คุณ(?:เป็น|คือ)\S{0,20}?ของ\s*(?P<name>[^\s.,]{2,40}(?:\s[^\s.,]{2,40}){0,2}?)(?:\s|[.,]|$)"),
)  # (Hindi's "आप X के …": _MORE_CASELESS_OWNERS, round 38)
# Round 38: the same slot in more languages, by their grammar (a closed class: the second-person pronoun that opens
# the prompt, and the genitive marker that joins the owner to the role). The name is the words between them where
# the marker follows its noun (Indic and Perso-Arabic postpositions, Sinhala, Burmese), or after the marker, up to
# the role and the copula that close the sentence, where it precedes (Amharic, Tigrinya, Pashto; Khmer and Lao up to
# the next blank, as Thai). Every word of the name being one of its script's most frequent words ("our company",
# "customers") names no one (_SCRIPT_GENERIC).
_NAME_WORDS = r"[^\s,،.।۔?!:;\"]{1,30}(?:\s+[^\s,،.।۔?!:;\"]{1,30}){0,5}?"
_MORE_CASELESS_OWNERS = (
    # Hindi, Marathi, Nepali (and romanised Hindi's pronoun): "तुम X की …", "तू X चा …", "तपाईं X को …".
    re.compile(r"(?i)^\W*(?:आप|तुम|तू|तपाईं|तपाईँ|तिमी|तुम्ही|aap|tum)\s+(?:एक\s+)?(?P<name>" + _NAME_WORDS
               + r")\s+(?:के|की|का|को|चा|ची|चे|च्या|ke|ki|ka)\s+(?!लिए|लिये|लागि|साथ|बारे|द्वारा|ओर|तरफ|पास|liye|saath)"),
    # Urdu: "آپ X کے …".
    re.compile(r"^\W*(?:آپ|تم|تو)\s+(?P<name>" + _NAME_WORDS + r")\s+(?:کے|کی|کا)\s+(?!لیے|لئے|ساتھ|بارے|طرف|پاس)"),
    # Bengali: "আপনি X-র …", "আপনি X এর …", "আপনি X, <place>ের …".
    re.compile(r"^\W*(?:আপনি|তুমি|তুই)\s+(?P<name>[^\s,।.?!]{1,30}(?:\s+[^\s,।.?!]{1,30}){0,5}?)(?:-এর|-র|\s+এর\s|\s*,)"),
    # Sinhala: "ඔබ X හි …", Burmese: "သင်သည် X ၏ …".
    re.compile(r"^\W*(?:ඔබ|ඔයා)\s+(?P<name>" + _NAME_WORDS + r")\s+(?:හි|ගේ)\s"),
    re.compile(r"^\W*(?:သင်သည်|သင်က|သင်)\s*(?P<name>[^\s။၊]{1,30}(?:\s+[^\s။၊]{1,30}){0,5}?)\s*(?:၏|ရဲ့)"),
    # Amharic "አንተ የX ረዳት ነህ።", Tigrinya "ናይ X ሓጋዚ ኢኻ።", Pashto "ته د X مرستیال یې.": the role, then the copula.
    re.compile(r"^\W*(?:\S+[፦፣:,]\s*)?(?:አንተ|አንቺ|እርስዎ|እናንተ)\s+የ(?P<name>[^\s።፣]+(?:\s+[^\s።፣]+){0,5}?)\s+(?:የ\S+\s+)?\S+\s+"
               r"(?:ነህ|ነሽ|ነዎት|ናችሁ)\s*(?:[።.]|$)"),
    re.compile(r"^\W*(?:ንስኻ\s+|ንስኺ\s+|ንስኹም\s+)?ናይ\s+(?P<name>[^\s።፣]+(?:\s+[^\s።፣]+){0,5}?)\s+\S+\s+"
               r"(?:ኢኻ|ኢኺ|ኢኹም)\s*(?:[።.]|$)"),
    re.compile(r"^\W*(?:ته|تاسو)\s+د\s+(?P<name>[^\s.۔،]+(?:\s+[^\s.۔،]+){0,5}?)\s+\S+\s+(?:یې|یاست|یی)\s*(?:[.۔]|$)"),
    # Khmer "អ្នក…របស់ X នៅ…។", Lao "ທ່ານ…ຂອງX ວຽງຈັນ.".
    re.compile(r"^\W*អ្នក\S*?របស់\s*(?P<name>[^\s។]+(?:\s[^\s។]+){0,2}?)(?:\s+នៅ|\s*។|$)"),
    re.compile(r"^\W*(?:ທ່ານ|ເຈົ້າ)\S{0,30}?ຂອງ\s*(?P<name>[^\s.]{2,40})"),
)
_CASELESS_OWNER = _CASELESS_OWNER + _MORE_CASELESS_OWNERS
# Words a caseless owner slot holds that name no one ("our company", "this clinic"): the name is a party's only
# when it is more than these.
_GENERIC_OWNERS = frozenset("""우리 회사 우리회사 당사 저희 고객 사용자 当社 弊社 私たち お客様 ユーザー 我们 我們 公司 用户 用戶 本公司
    החברה שלנו الشركة شركتنا المستخدم المستخدمين บริษัท हमारी हमारे कंपनी""".split())


def _owners_in_slots(text: str, detector: str) -> Iterator[Span]:
    match = _SENTENCE_END.search(text, 0, _MAX_SENTENCE)
    sentence_end = match.start() if match else min(len(text), _MAX_SENTENCE)
    sentence = text[:sentence_end]
    for pattern in _CASELESS_OWNER:
        owner = pattern.search(sentence)
        if owner is not None:
            start, end = owner.span("name")
            name = sentence[start:end].strip()
            words = name.split()
            if pattern is _ARABIC_OWNER and len(words) < 2:
                return  # the construct also joins a quality to the role ("مساعد ذكي", a smart assistant)
            if pattern in _MORE_CASELESS_OWNERS and all(map(is_ordinary_word_of_its_script, words)):
                return  # "customers", "our online shop": frequent words of the script name no one
            if name and not all(word in _GENERIC_OWNERS for word in words) and name not in _GENERIC_OWNERS \
                    and not (is_public_company(name) or is_software_name(name) or is_place_name(name)):
                yield Span(start, start + len(name), _KIND, "org", DOUBTFUL_SCORE, detector)
            return
    if not _YOU_ARE.search(sentence):
        return
    candidates = []
    for run in _OWNER_RUN.finditer(sentence):
        value = run.group(0).rstrip(".")
        possessive = _possessive(value)
        if possessive:
            candidates.append((run.start(), run.start() + len(value) - len(possessive)))
    for slot in _OWNER_AFTER.finditer(sentence):
        run = _OWNER_RUN.match(sentence, slot.end())
        if run is not None:
            value = run.group(0).rstrip(".")
            candidates.append((run.start(), run.start() + len(value) - len(_possessive(value))))
    for start, end in candidates:
        words = sentence[start:end].split()
        if not words:
            continue
        name = " ".join(words)
        if len(words) <= 2 and words[0].casefold() in first_names():
            continue  # a persona's or a person's name ("Ava's", "for Maria")
        if is_public_company(name) or is_software_name(name) or is_place_name(name):
            continue
        named = [word for word in words if word.casefold() not in _CONNECTORS and word[:1].isupper()]
        if len(named) < 2 and not _unlisted_acronym(named[0], named[0].casefold()) if named else True:
            continue  # one capitalised word is the rarity rule's (_capitalised_deployers): "for Finance" is a team
        if all(_public_word(word.rstrip("'’s").casefold(), word) for word in named):
            continue
        yield Span(start, end, _KIND, "org", DOUBTFUL_SCORE, detector)


def _bracketed_deployer(text: str, detector: str) -> Iterator[Span]:
    """The name in brackets at the end of a system prompt's opening line, after the role it names the owner of
    ("Reservierungsassistent (Pension Seeblick)", "客服助手（华信优选）。"): the title of a prompt says whose it is.
    The position is the evidence, in any script; a name in a script with capitals must open with one and read as
    a party's (_names_a_party: not "(Beta)", "(English)", "(GPT-4)"), one without them must hold no Latin word in
    small letters ("(日本語→英語)" stays: no Latin; "(v2, internal)" stays: small letters)."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if line_end > _MAX_SENTENCE:
        return
    match = _BRACKETED_AT_LINE_END.search(text, 0, line_end)
    if match is None or match.start() == 0:
        return  # a line that is only a bracket is no title of a role
    name = match.group("name").strip()
    words = name.split()
    if not words or len(words) > _MAX_BRACKETED_WORDS or not all(map(_in_a_name, name)):
        return  # letters, marks, digits and the joiners of names only: "(日本語→英語)", "(1/3)", "(see below!)" stay
    cased = [word for word in words if any(character.isupper() or character.islower() for character in word)]
    if cased:
        if not cased[0][0].isupper() or any(word.isascii() and word.islower() for word in words):
            return
        if not words[0][0].isupper() or not _names_a_party(
                [word.strip(",;:") for word in words], _NOUNS_CAPITALISED.get(line_language(text[:line_end]) or "")):
            return
    start = match.start("name") + (len(match.group("name")) - len(match.group("name").lstrip()))
    yield Span(start, start + len(name), _KIND, "org", DOUBTFUL_SCORE, detector)


def _in_a_name(character: str) -> bool:
    return character.isalnum() or character in _NAME_JOINERS or unicodedata.category(character).startswith("M")


def _capitalised_deployers(text: str, detector: str) -> Iterator[Span]:
    match = _SENTENCE_END.search(text, 0, _MAX_SENTENCE)
    sentence_end = match.start() if match else min(len(text), _MAX_SENTENCE)
    words = [word for word in _WORD.finditer(text, 0, sentence_end)]
    # The sentence's first word is capitalised for its place, unless a capital inside it says it is written so
    # ("# HireHarbor engineering agent", "NordPay support bot: ..."): a coined name, as no sentence's word is.
    index = 0 if words and _humped(words[0].group(0)) else 1
    while index < len(words):
        if not _capitalised(words[index].group(0)):
            index += 1
            continue
        last = index
        probe = index + 1
        while probe < len(words) and probe - index < _MAX_RUN_WORDS:
            word = words[probe].group(0)
            previous = words[probe - 1].group(0).casefold()
            if text[words[probe - 1].end():words[probe].start()] != " " or _possessive(words[probe - 1].group(0)):
                break  # a comma, a bracket or a line between two words, or an owner's name before its thing
            if _capitalised(word) or word.isdigit() and (previous in _NUMBER_MARKS or previous in _CONNECTORS):
                last = probe
            elif _legal_form(word) and last == probe - 1:
                last = probe
                break
            elif not (word.casefold() in _CONNECTORS or word.casefold() in _NUMBER_MARKS or _abbreviation(word)):
                form = _legal_form_ahead(words, probe)
                if form is not None:
                    last = form
                break
            probe += 1
        run = [words[position].group(0) for position in range(index, last + 1)]
        start, end = words[index].start(), words[last].end()
        end -= len(_possessive(text[start:end]))
        if _names_a_party(run, _NOUNS_CAPITALISED.get(line_language(text[:sentence_end]) or "")):
            yield Span(start, end, _KIND, "org", DOUBTFUL_SCORE, detector)
        index = last + 1


def _humped(word: str) -> bool:
    """A word of capitalised pieces, a capital after a small letter inside it ("HireHarbor"); software writes its
    names with a run of capitals or a small first letter ("FreeRADIUS", "PostgreSQL", "OpenSSH", "iPhone")."""
    return word[:1].isupper() and any(lower.islower() and upper.isupper() for lower, upper in zip(word, word[1:])) \
        and not any(first.isupper() and second.isupper() for first, second in zip(word, word[1:]))


def _unlisted_acronym(word: str, folded: str) -> bool:
    """Two to five capitals (a digit may join them) that no list of public letters holds: "HH", "ARG", "MNT" as
    the deployer of "You are an AI pair programmer for HH" is the organisation's own short name, while "IT", "HR",
    "AWS", "NHS" are a department's, a vendor's or a public body's (org_common_acronyms, tech terms, companies)."""
    return (2 <= len(word) <= 5 and word.isupper() and word.isalnum() and any(c.isalpha() for c in word)
            and folded not in term_list("org_common_acronyms") and folded not in term_list("tech_terms")
            and folded not in term_list("code_keywords") and not is_software_name(folded)
            and not is_public_company(word) and not is_place_name(word))


def _abbreviation(word: str) -> bool:
    """A short word with a full stop inside a name ("г." of "Лицей № 239 г. Новосибирска", "im.")."""
    return word.endswith(".") and word[:-1].isalpha() and word[:-1].islower() and len(word) <= 4


def _legal_form_ahead(words: list, position: int) -> int | None:
    """The index of a legal form after at most a few words in small letters, which then belong to the name."""
    for probe in range(position, min(len(words), position + _MAX_SMALL_BEFORE_FORM + 1)):
        word = words[probe].group(0)
        if _legal_form(word):
            return probe if probe > position else None
        if not word.islower():
            return None
    return None


def _capitalised(word: str) -> bool:
    # A capital, and no file's or identifier's dot inside ("CLAUDE.md", "config.Settings"); a final one may end it.
    return word[0].isupper() and "." not in word.rstrip(".")


def _legal_form(word: str) -> bool:
    folded = word.casefold().rstrip(".")
    return folded in term_list("org_suffixes") or folded in _DOTTED_FORMS


def _possessive(run: str) -> str:
    for ending in ("'s", "’s", "'", "’"):
        if run.endswith(ending):
            return ending
    return ""


def _names_a_party(run: list[str], nouns_of: str | None = None) -> bool:
    """Whether a capitalised run is a private party's name, not public vocabulary (module doc)."""
    name = " ".join(run)
    if len(run) <= 2 and run[0].casefold() in first_names():
        return False  # the assistant's own name, a persona's or an agent's ("Ava", "Claude Code"): no deployer
    if is_public_company(name) or is_software_name(name) or is_place_name(name):
        return False
    words = [word.rstrip("'’s.").casefold() if word.endswith(("'s", "’s")) else word.rstrip(".").casefold()
             for word in run]
    named = [(word, original) for word, original in zip(words, run)
             if word not in _CONNECTORS and word not in _NUMBER_MARKS and not word.isdigit() and original[0].isupper()]
    if nouns_of is not None:  # every noun has a capital: a word of the language is no name ("Assistent")
        named = [(word, original) for word, original in named if zipf_frequency(word, nouns_of) == 0]
    if any(_unlisted_acronym(original, word) for word, original in named):
        return True  # letters no list knows are no vocabulary, however often English writes them ("KM", "ARG")
    return bool(named) and any(not _public_word(word, original) for word, original in named) and min(
        _highest_zipf(word) for word, _ in named) < _RARE_ZIPF


def _highest_zipf(word: str) -> float:
    """How often English or another Latin-script language of the traffic writes the word, at most."""
    return max(english_zipf(word), *(zipf_frequency(word, language) for language in OTHER_LATIN_LANGUAGES))


def _public_word(word: str, original: str) -> bool:
    if "-" in original.strip("-"):  # "IT-Assistent", "DevOps-Team": public when each of its pieces is
        return all(_public_word(piece.casefold(), piece) for piece in original.split("-") if piece)
    if original.isupper() and len(original) <= 4 and not _unlisted_acronym(original, word):
        return True  # a department's or a role's letters ("IT", "HR", "QA"), a format's or a protocol's
    bare = original[:-len(_possessive(original))] if _possessive(original) else original
    return (is_public_company(bare) or word in term_list("tech_terms") or word in term_list("code_keywords")
            or word in term_list("org_common_acronyms")
            or is_software_name(word)
            or word in stop_words() or word in CALENDAR_WORDS or word in _capitalised_common()
            or is_place_name(original) or is_public_company(original) or len(word) < 2)


def _capitalised_common() -> frozenset[str]:
    from redactor.detect.org_capitalised_words import _capitalised_common as common

    return common()
