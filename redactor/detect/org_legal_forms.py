"""Organisations named by their legal form in scripts without capital letters.

ner.py finds "Brauhaus Feldmann GmbH" by its capitalised words and suffix. Japanese,
Chinese, Korean, Russian, Arabic and Hebrew company names have no capitals to find, but
their legal form says what they are: "株式会社ミナトシステムズ", "東邦精機株式会社",
"深圳市星河电子有限公司", "(주)한빛소프트웨어", "ООО «Северный Ветер»", "АО \"Техноресурс\"",
"شركة النور للتجارة". The forms are data (redactor/data/org_legal_forms.yaml):

- a form before the name takes a quoted name after it, or a run of Han/katakana/Hangul
  (and Latin letters or digits) after it, or up to three words of the script after it;
- a form after the name takes the run of Han/katakana/Hangul before it (Chinese runs are
  cut at twelve characters: running text has no spaces, so the run may start with a verb,
  and a few characters too many are redacted rather than a name too few).

Head nouns of organisations in these scripts (a bank, hospital, university, school, group or trade:
"بنك مسقط", "مستشفى الملك فهد", "בנק לאומי", "ธนาคารกสิกรไทย", "招商银行", "三菱商事", "신한은행", "भारतीय स्टेट बैंक";
redactor/data/org_head_nouns_in_scripts.yaml) name an organisation too, more weakly ("the bank" is any bank), so a
name beside one is doubtful (redacted on the wire, not reported by an audit): one or two words after an Arabic,
Persian or Hebrew noun (not after a fused article, not a preposition), the Thai run fused after a Thai noun, the
Han/kana/Hangul run before a CJK noun (not "大学生", "전자메일"; Korean particles after it allowed), one or two
words before an Indic noun (not a pronoun or postposition).

A form with no name beside it ("株式会社とは", "有限公司的英文") is no organisation. The span
covers the form and the name (ORGANIZATION, category org). Texts without a letter of these
scripts cost one C-level scan.

Latin script has two more layouts ner.py's capitalised-word rules do not read, both matched in capitals only:

- a form before the name, as post-Soviet and Indonesian companies write it: "OOO Romashka", "JSC
  Kazakhtelecom", "PT Sinar Mas Agro", "UAB „Baltic Data“": a quoted name, or one to four capitalised words
  of which one is no ordinary English word ("PT Bank Mandiri"; not "PT The", "SIA Report");
- a name written in capitals before a suffix, as invoices, bank statements, EDI and shipping papers write it:
  "ACME LOGISTICS GMBH", "SHENZHEN XINGHE ELECTRONICS CO., LTD.": one to five words in capitals (leading
  words up to the last function word dropped), not one ordinary word alone ("SET AG").
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterator


from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import keyword_positions, lowered_same_length
from redactor.detect.script_letters import FOREIGN_LETTERS, HAN, HANGUL, HIRAGANA, KATAKANA, has_foreign_letters
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.org_cues_in_scripts import organisations_by_cues_in_scripts
from redactor.detect.org_folder_names import organisations_in_folder_names
from redactor.detect.org_domain_spellings import names_spelled_by_domains
from redactor.detect.org_joined_names import joined_organisation_names
from redactor.detect.org_quoted_legal_names import organisations_in_quoted_literals
from redactor.detect.org_slugs_in_sentences import slugs_of_coined_names
from redactor.detect.org_spellings import corroborated_spellings
from redactor.detect.org_type_words import organisations_by_type_word
from redactor.detect.term_lists import before_after_lists, org_legal_forms, stop_words

_DENSE_NAME = f"[{HAN}{KATAKANA}{HANGUL}A-Za-z0-9・&]"
_QUOTED_AFTER = re.compile(r"[ \t]*(?P<name>[«\"“„'][^«»\"“”„'\n]{1,60}[»\"”“'])")
_DENSE_AFTER = re.compile(rf"[ \t]?(?P<name>{_DENSE_NAME}{{2,30}})")
_WORDS_AFTER = re.compile(rf"[ \t]+(?P<name>[{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*(?:[ \t][{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*){{0,2}})")
_DENSE_BEFORE = re.compile(rf"(?P<name>{_DENSE_NAME}{{2,30}})[ \t]?\Z")
# A Chinese company name in running text: at most this many characters before the form.
_LONGEST_RUN_BEFORE = 12
_SCORE = 0.8


def organisations_by_legal_form(text: str, detector: str) -> list[Span]:
    """ORGANIZATION spans of names beside a legal form (see module doc)."""
    found = [*_latin_forms_before_names(text, detector), *_names_in_capitals_before_forms(text, detector),
             *organisations_by_type_word(text, detector),  # "Gemeente Oosterveld", "Norrtälje kommun": org_type_words.py
             *joined_organisation_names(text, detector),  # `brightwave-logistics`, `HaldenSystems`: org_joined_names.py
             *slugs_of_coined_names(text, detector),  # "at veltrix-north": org_slugs_in_sentences.py
             *corroborated_spellings(text, detector),  # `blue-heron-clinics` and "Blue Heron": org_spellings.py
             *organisations_in_quoted_literals(text, detector),  # `("Brambleford Joinery AG", ...)`
             *organisations_in_folder_names(text, detector),  # `~/code/Lakeside Residences HOA/`: org_folder_names.py
             *names_spelled_by_domains(text, detector)]  # "Tiny Tots Relief" of `@tinytotsrelief.com`: org_domain_spellings.py
    if has_foreign_letters(text):
        found.extend(_forms_in_scripts_without_capitals(text, detector))
        found.extend(_head_nouns_in_scripts_without_capitals(text, detector))
        found.extend(organisations_by_cues_in_scripts(text, detector))  # "勤務先：…", "ПриватБанк": org_cues_in_scripts.py
    return _longest_without_overlaps(found)


@functools.lru_cache(maxsize=1)
def head_nouns_in_scripts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(before, after): the head nouns of redactor/data/org_head_nouns_in_scripts.yaml, checked at start-up."""
    return before_after_lists("org_head_nouns_in_scripts.yaml")


# After a head noun of Arabic, Persian or Hebrew: one or two words of the script ("بنك مسقط", "בנק הפועלים").
_TWO_WORDS_AFTER = re.compile(rf"[ \t]+(?P<name>[{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*(?:[ \t][{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*)?)")
# Thai writes a name fused to its head noun or after one space, up to the next space: "ธนาคารกสิกรไทย".
# A company's "limited" and "public" after its name belong to it: "บริษัท สยามพัฒนา จำกัด (มหาชน)".
_THAI_RUN_AFTER = re.compile(r"[ \t]?(?P<name>[\u0e01-\u0e4e]{2,40}(?:[ \t]?จำกัด(?:[ \t]*\(มหาชน\))?)?)")
# Before a head noun of an Indic script: one or two words of the script ("भारतीय स्टेट बैंक").
_WORDS_BEFORE = re.compile(rf"(?P<name>[{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*(?:[ \t][{FOREIGN_LETTERS}][{FOREIGN_LETTERS}'’-]*)?)[ \t]+\Z")
# Prepositions, conjunctions and pronouns of Arabic, Persian and Hebrew: no word of a name after a head noun.
_FUNCTION_WORDS = frozenset("في من إلى الى على عن مع أو او ثم هذا هذه ذلك التي الذي كان و به از در با را که این آن של עם על אל את או גם זה זו "
                            "मैं में से का की के को ने पर और यह वह हम आप तुम एक इस उस".split())
# Korean particles after a name and its head noun ("신한은행에서"): the name still ends at the head noun.
_KOREAN_PARTICLE = re.compile(r"(?:에서|에게|으로|은|는|이|가|을|를|에|의|와|과|도|로|만)(?![\uac00-\ud7af])")
# A Chinese or Japanese head noun that begins a longer word: "大学生" (a student), "银行卡" (a bank card).
_HAN_COMPOUND_AFTER = frozenset("生卡城路站内里校")


def _head_nouns_in_scripts_without_capitals(text: str, detector: str) -> list[Span]:
    """Doubtful ORGANIZATION spans of a name beside an organisation's head noun in a script without capitals."""
    before, after = head_nouns_in_scripts()
    lowered = lowered_same_length(text)
    found: list[Span] = []
    for position in keyword_positions(lowered, before):
        noun = _longest_form_at(lowered, position, before)
        end = position + len(noun)
        thai = "\u0e01" <= noun[0] <= "\u0e4e"
        if position and text[position - 1].isalpha() and not thai:
            continue  # "البنك", "וּבנק": the noun with an article or a conjunction fused before it is any bank
        if not thai and end < len(text) and text[end].isalpha():
            continue
        match = (_THAI_RUN_AFTER if thai else _TWO_WORDS_AFTER).match(text, end)
        if match is None:
            continue
        words = match.group("name").split()
        if words[0] in _FUNCTION_WORDS:
            continue
        name_end = match.end("name") if words[-1] not in _FUNCTION_WORDS else match.start("name") + len(words[0])
        found.append(Span(position, name_end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector))
    forms_after = org_legal_forms().after
    for position in keyword_positions(lowered, after):
        noun = _longest_form_at(lowered, position, after)
        end = position + len(noun)
        if any(len(form) > len(noun) and lowered.endswith(form, 0, end) for form in forms_after):
            continue  # "有限公司": the noun ends a legal form, which the forms decide on
        following = text[end] if end < len(text) else " "
        if re.match(f"[{HANGUL}]", noun[0]):
            if re.match(f"[{HANGUL}]", following) and not _KOREAN_PARTICLE.match(text, end):
                continue  # "전자메일": the noun begins a longer word
        elif re.match(f"[{HAN}{KATAKANA}]", noun[0]):
            if following in _HAN_COMPOUND_AFTER:
                continue
        elif following.isalpha():
            continue
        dense = re.match(f"[{HAN}{KATAKANA}{HANGUL}]", noun[0])
        if dense:
            start = _name_before(text, position)
        else:
            match = _WORDS_BEFORE.search(text, max(0, position - 80), position)
            start = None
            if match is not None:
                words = list(re.finditer(r"\S+", match.group("name")))
                while words and words[0].group(0) in _FUNCTION_WORDS:
                    words.pop(0)
                start = match.start("name") + words[0].start() if words else None
        if start is not None and start < position:
            found.append(Span(start, end, "ORGANIZATION", "org", DOUBTFUL_SCORE, detector))
    return found


def _forms_in_scripts_without_capitals(text: str, detector: str) -> list[Span]:
    forms = org_legal_forms()
    lowered = lowered_same_length(text)
    found: list[Span] = []
    for position in keyword_positions(lowered, forms.before):
        form = _longest_form_at(lowered, position, forms.before)
        span = _name_after(text, position, position + len(form), form)
        if span is not None:
            found.append(Span(position, span, "ORGANIZATION", "org", _SCORE, detector))
    for position in keyword_positions(lowered, forms.after):
        form = _longest_form_at(lowered, position, forms.after)
        start = _name_before(text, position)
        if start is not None:
            found.append(Span(start, position + len(form), "ORGANIZATION", "org", _SCORE, detector))
    return found


@functools.lru_cache(maxsize=1)
def _latin_forms() -> tuple[str, ...]:
    return tuple(form.upper() for form in org_legal_forms().before_in_latin)


@functools.lru_cache(maxsize=1)
def _forms_in_capitals() -> tuple[str, ...]:
    return tuple(form.upper() for form in org_legal_forms().after_in_capitals)


_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w&'’-]*"
# After a Latin form: a quoted name, or one to four capitalised words.
_NAME_AFTER_LATIN_FORM = re.compile(
    rf"[ \t]+(?P<name>[«\"“„'][^«»\"“”„'\n]{{1,60}}[»\"”“']|{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,3}})")
# Before a suffix in capitals: one to five words in capitals ending right where the suffix starts.
_CAPITAL_WORDS_BEFORE = re.compile(r"(?<![\w@/.-])(?P<name>(?:[A-Z0-9][A-Z0-9&'’-]*[ \t]+){1,5})\Z")


def _form_at(text: str, position: int, forms: tuple[str, ...]) -> str | None:
    """The longest of `forms` written at `position` as a word of its own, else None."""
    if position and (text[position - 1].isalnum() or text[position - 1] in "_.@/-"):
        return None
    fitting = [form for form in forms if text.startswith(form, position)
               and not (position + len(form) < len(text) and (text[position + len(form)].isalnum()
                                                              or text[position + len(form)] in "_/"))]
    return max(fitting, key=len) if fitting else None


def _latin_forms_before_names(text: str, detector: str) -> Iterator[Span]:
    forms = _latin_forms()
    for position in keyword_positions(text, forms):
        form = _form_at(text, position, forms)
        match = _NAME_AFTER_LATIN_FORM.match(text, position + len(form)) if form else None
        if match is None:
            continue
        name = match.group("name")
        if name[0] not in "«\"“„'" and all(is_ordinary_word(word) or word.casefold() in stop_words()
                                            for word in name.split()):
            continue  # "PT The", "SIA Report": a form-like word before ordinary words
        yield Span(position, match.end("name"), "ORGANIZATION", "org", _SCORE, detector)


def _names_in_capitals_before_forms(text: str, detector: str) -> Iterator[Span]:
    forms = _forms_in_capitals()
    for position in keyword_positions(text, forms):
        form = _form_at(text, position, forms)
        match = _CAPITAL_WORDS_BEFORE.search(text, max(0, position - 100), position) if form else None
        if match is None:
            continue
        words = match.group("name").split()
        # "PAYMENT TO THE BLUE HERON LLC": the name starts after the last function word ("OF" and "AND" join names:
        # "BANK OF LEEDS PLC").
        cut = max((index + 1 for index, word in enumerate(words)
                   if word.casefold() in stop_words() and word.casefold() not in _JOINING_WORDS), default=0)
        words = words[cut:]
        if not words or not any(sum(char.isalpha() for char in word) >= 2 for word in words):
            continue
        if len(words) == 1 and is_ordinary_word(words[0]):
            continue  # "SET AG", "CALL INC": one ordinary word before a suffix-like word
        start = text.rindex(words[0], match.start("name"), position)
        yield Span(start, position + len(form), "ORGANIZATION", "org", _SCORE, detector)


_JOINING_WORDS = frozenset({"of", "and", "&", "for", "de"})


def _longest_form_at(lowered: str, position: int, forms: tuple[str, ...]) -> str:
    return max((form for form in forms if lowered.startswith(form, position)), key=len)


def _name_after(text: str, form_start: int, form_end: int, form: str) -> int | None:
    """Where the name after a legal form ends, or None when no name follows it."""
    alphabetic = form[0].isalpha() and not re.match(f"[{HAN}{HANGUL}]", form[0])
    if alphabetic:
        # "ао" inside "хаос": a form written in letters must stand as a word of its own.
        before = text[form_start - 1] if form_start else " "
        after = text[form_end] if form_end < len(text) else " "
        if before.isalpha() or after.isalpha():
            return None
    for pattern in (_QUOTED_AFTER, _DENSE_AFTER, _WORDS_AFTER):
        match = pattern.match(text, form_end)
        if match is not None and (pattern is not _DENSE_AFTER or not alphabetic):
            return match.end("name")
    return None


def _name_before(text: str, form_start: int) -> int | None:
    """Where the name before a legal form or head noun starts, or None when none stands right before it."""
    window_start = max(0, form_start - 30)
    match = _DENSE_BEFORE.search(text, window_start, form_start)
    start = form_start
    if match is not None:
        name = match.group("name")
        start = match.start("name")
        if re.match(f"[{HAN}]", name[-1]):
            # "我在华信科技公司": running Chinese puts the sentence before the name; it starts after the last word
            # that opens no name (a pronoun, a preposition, a particle), when two characters or more are left.
            # A run that ends in such a word, or one character after it, names nothing ("他的工资卡是建设": 建设 is
            # no name here; "这家医院": this hospital).
            cut = max((index + 1 for index, char in enumerate(name) if char in _CHINESE_CLAUSE_CHARACTERS), default=0)
            if cut and len(name) - cut < 2:
                return None
            start = max(start + cut, match.end("name") - _LONGEST_RUN_BEFORE)
    kana = _HIRAGANA_NAME_BEFORE.search(text, max(0, start - 12), start)
    if kana is not None:
        kana_start = _hiragana_name_start(text, kana)
        start = start if kana_start is None else kana_start
    return start if start < form_start else None


# Characters of Chinese pronouns, prepositions and particles that no name holds ("和", "本", "向" are in names:
# 仁和, 日本, 向井): a name before a head noun starts after the last one.
_CHINESE_CLAUSE_CHARACTERS = frozenset("在是的了与到从给去于把被我你他她们这那该每")
# Japanese names written in hiragana before a head noun ("さくら銀行", "ひまわりクリニック", "みずほ証券"):
# the run of hiragana right before it (or before the Han/katakana part of the name).
_HIRAGANA_NAME_BEFORE = re.compile(f"[{HIRAGANA}]{{2,8}}\\Z")
# A particle that joins the run to the word before it ("私はさくら銀行", "近くのさくら銀行"): the name starts after it.
_JAPANESE_PARTICLES = "のはがをにでともへや"
# Particles no hiragana name holds (unlike と, も, や: "みなと", "もみじ"): inside a run, the name starts after them.
_JOINING_PARTICLES = frozenset("のはがをにで")
# Endings of verbs and adjectives: "通っている病院", "大きな病院" put a clause before the noun, not a name.
_JAPANESE_INFLECTION_ENDINGS = tuple("るただいなうくすつむぶぐてばれ")
_JAPANESE_DEMONSTRATIVES = frozenset("この その あの どの ある こんな そんな あんな どんな".split())


def _hiragana_name_start(text: str, kana: re.Match[str]) -> int | None:
    """Where a hiragana name right before a head noun starts, or None when the run is a clause or a particle."""
    run, start = kana.group(0), kana.start()
    before = text[start - 1] if start else ""
    if re.match(f"[{HAN}{KATAKANA}]", before) and run[0] in _JAPANESE_PARTICLES:
        run, start = run[1:], start + 1  # "私はさくら": the particle belongs to the word before
    cut = max((index + 1 for index, char in enumerate(run) if char in _JOINING_PARTICLES), default=0)
    run, start = run[cut:], start + cut  # "近くのさくら", "あなたはさくら": the name starts after the particle
    if len(run) < 2 or run in _JAPANESE_DEMONSTRATIVES or run.endswith(_JAPANESE_INFLECTION_ENDINGS):
        return None
    return start


def _longest_without_overlaps(spans: list[Span]) -> list[Span]:
    # The kept spans never overlap, so sorted by start their ends are sorted too: a new span can only overlap the
    # kept span starting right before it or right after it (a bisection, not a scan of every kept span, which made
    # a text of many head nouns quadratic).
    starts: list[int] = []
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        at = bisect.bisect_left(starts, span.start)
        if at > 0 and kept[at - 1].end > span.start or at < len(kept) and kept[at].start < span.end:
            continue
        starts.insert(at, span.start)
        kept.insert(at, span)
    return kept
