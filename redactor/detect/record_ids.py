"""Record identifiers under any label that says "number of": `ref`, `file no.`, `Nr klienta`, `matricule`, `clientId`.

pii.py knows the labels of people and accounts by name (employee, member, patient ...). Records are
also numbered under labels no list can hold: any word or key ending in an id word (`id`, `no`, `nr`,
`number`, `nummer`, `code`, `ref`, `#`), an id word first as Romance and Slavic languages write it
(`N° d'adhérent`, `Nº de expediente`, `codice utente`, `Nr klienta`), and words that only ever label a
record (`matricule`, `dossier`, `expediente`, `identifier`). Here the label finds the value, and
where it stands decides whether it is personal:

- the label names nothing else than the record (two or more words, a compound such as `Kundennr`,
  or a record-only word): doubtful (0.55) alone, 0.6 when the record is about a person;
- a bare id word (`ID:`, `Ref:`, `number:`, `"ref":`, a `code` column) only when the record is about
  a person (personal_records.person_evidence: a name key, an e-mail, an honorific, a patient ...), and
  doubtful even then (on the wire, not in an audit);
- a label that names a thing of a program or a product (`build`, `version`, `port`, `line`, `commit`,
  `order`, `sku`, `error code`, `zip code`) is no record label: pii.py's own rules read the
  transactions of a person (order, invoice, booking).

The value needs a digit, and is none of the shapes developer traffic numbers its own things with:
versions, dates and times, amounts, hashes and UUIDs, years, numbers of fewer than three digits.
A table's header cell labels every row below it (table_columns.py). Without any label, a
letter-prefixed code with five or more digits (`CX-448120`) on a line about a person is doubtful.

In prose the sentence names what a code numbers (`find_dealing_codes`): a code right after a word for a
person's order, purchase, prescription, claim, booking, reservation, PNR, case, contract, policy, invoice,
subscription, shipment, application, refund ... (in several languages: Bestellung, Vertrag, commande,
pedido, ordine, prenotazione ...), perhaps after a label word ("ref", "n°", "number") or "is", is doubtful:
"your order FR-2291-77430 has shipped", "refill prescription RX7718042", "Booking ref XK7QP2". The code
is upper-case letters and digits with five digits or more, or a booking code of 5-8 letters and digits;
a dealing word joined to a key (`order_id=`, `order-service`) is a program's, and totals, versions,
dates, years, hashes and `CVE-`/`INC`-style prefixes are no codes. Russian and Ukrainian record words
(`номер договора`, `ТТН`, `заказ`) and Cyrillic codes (`ДЗ-2025/44120`) count too; a currency code before a
number is an amount ("the invoice was USD 125000").

Round 7, after any found code: the codes listed right after it with the same letters and about as many digits
(`listed_codes_after`: "claims CLM-88120, CLM-88121 and CLM-88174", "pratiche (n. RS-10442 e RS-10519)"); a
health plan's group number after "group" on a member's or policy's line (`find_plan_group_numbers`); the
account, individual id and name of a NACHA entry detail record (`find_ach_entry_fields`, fixed positions); and a
value in the exact shape of a Medicare Beneficiary Identifier (`find_medicare_beneficiary_ids`, doubtful).

Round 29 (ids29): the number words of many languages are slot vocabulary (slot_words.yaml `number_words`, read
through slot_names.number_words): `račun br.`, `табельный номер`, `hợp đồng số`, `ügyfélszám`, `nomor polis`; values
may hold letters of any script. In a found id's record, tokens written exactly like it are ids too
(`codes_written_alike`).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from redactor.detect.character_layouts import layout_matches
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import (ANY_TEXT, keyword_positions, lowered_same_length, matches_at_starts,
                                      needs_marks)
from redactor.detect.personal_records import person_evidence, record_bounds
from redactor.detect.slot_names import number_words
from redactor.detect.table_columns import column_cells, may_have_cells_below

# Words that end a label ("customer ref", "Kd.-Nr.", "hosp_no", "clientId") ...
_ID_WORDS = frozenset(
    "id ids no nr nro num number numbers nummer numer numero número numéro code codes cod codice código codigo ref refs "
    "reference referencia référence riferimento identifier identificador identifiant uid kod kód broj číslo cislo "
    "szám szam # n° nº n.° n.º".split()) | number_words().after  # round 29: "račun br.", "табельный номер", "hợp đồng số"
# ... and compounds ending in one ("Kundennummer", "klantnr", "Mitgliedsnummer", "Aktenzeichen").
_ID_WORD_ENDINGS = ("nummer", "nr", "number", "numer", "zeichen") + number_words().endings  # "ügyfélszám", "sopimusnro"
# Id words written first, before the noun they number ("N° d'adhérent", "Nr klienta", "codice utente").
_FRONT_ID_WORDS = frozenset("no nr n° nº n.° n.º num numero número numéro numer nro codice código codigo kod".split()) | (
    number_words().front)  # "номер договора", "số hợp đồng", "nomor polis"
# Words that label a record by themselves.
_RECORD_WORDS = frozenset(
    "matricule matrícula matricola dossier expediente identifier identificador identifiant aktenzeichen folio "
    "claimant applicant patient member subscriber policyholder beneficiary tenant "
    # round 9: more people whose records a log line names ("voter VR-0044127 record updated")
    "voter donor volunteer contractor participant enrollee pupil learner visitor passenger cardholder holder "
    # round 27: the subjects of a study, whose codes a pseudonymisation list pairs with names ("Proband P-990-XG")
    "proband probandin probanden teilnehmer teilnehmerin deelnemer uczestnik uczestniczka partecipante participante "
    "pseudonym pseudonyme pseudonimo seudónimo "
    # round 20: the same people in other languages ("mitglied=M-004471", "afiliado: 0044812", "dipendente 44719")
    "mitglied mitarbeiter mitarbeiterin versicherter versicherte antragsteller bewohner mieter schüler "
    "adhérent adherent assuré assure salarié salarie élève eleve bénéficiaire beneficiaire locataire "
    "socio afiliado afiliada asegurado asegurada empleado empleada alumno alumna beneficiario titular inquilino "
    "dipendente assicurato assicurata alunno iscritto iscritta beneficiario "
    "medewerker leerling huurder verzekerde "
    "pracownik członek czlonek ubezpieczony uczeń uczen najemca pacient zaměstnanec zamestnanec pojištěnec "
    "funcionário funcionario segurado segurada "
    "medlem anställd anstalld ansatt elev".split())
# Short forms of those people that only a key is written with ("emp=E-004471", "pt: PX-88213", "mbr=0044812"):
# as a word of prose they are other things (12 pt, an empty lid), so they label a value only as `key=` or `key:`.
_ROLE_KEY_ABBREVIATIONS = frozenset("emp empl cust pt pat mbr memb stu stud benef appl pax lid".split())
_KEY_SEPARATOR = re.compile(r"[\"']?[ \t]*[=:]")
# A label with one of these words numbers a thing of a program, a product or a place, not a person's record.
_THING_WORDS = frozenset(
    """build version ver rev revision port line lines commit sha hash job run task ticket issue issues bug pr mr pull
    merge request trace span session transaction txn process pid thread event message msg correlation device
    container image instance node pod cluster project release item product sku part model batch workflow pipeline
    deployment change incident alert error err status exit http response return country currency language lang
    area zip postal post postcode promo discount coupon step page chapter section rule room gate flight table row
    column col order invoice booking reservation confirmation shipment tracking quote contract serial firmware
    build_id cve rfc iso color colour hex char unicode key api app tag branch pipeline stage region
    zone rack slot shard partition offset index idx seq sequence attempt retry epoch layer step frame block chain query
    db database schema
    tx hs isbn issn doi asin ean upc gtin imei mac vin lot unit units qty quantity amount price total size count
    exit_code status_code return_code source dest destination target path dir folder url uri route
    versione versión versão wersja wersji verze serie série porta puerto porte riga righe linea línea ligne linii
    pagina página strona errore erreur błędu chyby prodotto producto produit produktu articolo artículo artykułu
    telefono teléfono téléphone
    telefonu telefoon tentativo intento passo paso étape krok
    порт версия версии версія версії строка строки рядок сборка сборки збірка ошибка ошибки помилка страница сторінка
    задача задачи завдання релиз релиза verzija verzije linija greška stranica izdanje cổng lỗi dòng trang bản
    verzió sor hiba oldal έκδοση θύρα σφάλμα σελίδα γραμμή
    """.split())  # (round 19: the nouns a key's id word numbers first, "numero_versione", "nr_linii", in several languages;
# round 29: the things numbered in the languages of slot_words.yaml's number_words, "порт номер 8080")
_ANCHORS = ("id", "no", "nr", "num", "nummer", "numer", "numero", "número", "numéro", "code", "cod", "ref",
            "identif", "uid", "kod", "kód", "broj", "číslo", "cislo", "szám", "#", "n°", "nº", "n.°", "n.º", "zeichen",
            "matric", "dossier", "expediente", "folio", "claimant", "applicant", "subscriber", "policyholder",
            "beneficiar", "tenant", "voter", "donor", "volunteer", "contractor", "participant", "enrollee", "pupil",
            "learner", "visitor", "passenger", "cardholder", "holder", "proband", "teilnehmer", "deelnemer",
            "uczestni", "partecipante", "participante", "pseudon", "seudón",
            "mitglied", "mitarbeiter", "versicherte", "antragsteller", "bewohner", "mieter", "schüler", "adh", "assur",
            "salari", "élève", "eleve", "bénéficiaire", "beneficia", "locataire", "socio", "afiliad", "asegurad",
            "emplead", "alumn", "titular", "inquilino", "dipendente", "assicurat", "iscritt", "medewerker",
            "leerling", "huurder", "verzekerde", "pracownik", "członek", "czlonek", "ubezpieczony", "uczeń", "uczen",
            "najemca", "pacient", "zaměstnanec", "zamestnanec", "pojištěnec", "funcion", "segurad", "medlem",
            "anställd", "anstalld", "ansatt", "elev", "emp", "cust", "pt", "pat", "mbr", "memb", "stu", "benef",
            "appl", "pax", "lid") + tuple(sorted(number_words().after | set(number_words().endings)))

# "is" in the languages whose labels _ID_WORDS holds: "Versichertennummer lautet A123", "número de socio es el 4471",
# "numéro client est le 88120", "numero tessera è 4471", "kundnummer är 4471".
_COPULAS = r"\b(?:lautet|ist|war|es(?:[ \t]+el)?|est(?:[ \t]+le)?|è(?:[ \t]+il)?|é(?:[ \t]+o)?|era|était|jest|är|er|is[ \t]+de)(?!\w)"
# Between the label and its value: a dot, a closing quote or tag, a note in brackets, a separator, "is".
_GAP = re.compile(
    r"\.?[\"'\]>)]?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[:#=|–—-]{1,2}|\.{2,}|\bis\b|\bwas\b|" + _COPULAS + r")?"
    r"[ \t]*[\"'\[(<]*[ \t]*")
# The noun after an id word written first: "d'adhérent", "de expediente", "klienta", "utente"; in a key the id word
# is joined to it ("numero_cliente=", "nr_polisy=", "codiceCliente": a snake_case, kebab-case or camelCase key).
_FRONT_NOUN = re.compile(
    r"(?:[ \t]*|[_-]|(?=[A-Z]))(?:(?:d[e'’]|de[ \t_-]+la|du|di|del|do|da)[ \t_-]*)?[^\W\d_]{3,}")
_SECOND_NOUN_WORD = re.compile(r"[ \t]([^\W\d_]{2,})(?![\w-])")
# A record identifier: letters then digits, dashes and slashes inside, digit groups after single spaces.
_VALUE = re.compile(
    r"(?:[A-Z][ ](?=\d)|[^\W\d_]{1,6}[-/]?)?\d[^\W_]*(?:[-/.][^\W_]+)*(?:[ ]\d{2,8}(?![\w.:/-]*[A-Za-z]{2})){0,7}"
    r"(?![\w@-]|\.\w)")
# Shapes developer traffic numbers its own things with.
_NOT_A_RECORD_ID = re.compile(
    r"v?\d+(?:\.\d+){1,3}[a-z]?"  # versions, amounts, dotted numbers
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}.*"  # dates, times
    r"|(?=[0-9]*[a-f])[0-9a-f]{7,64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"  # hashes, UUIDs
    r"|(?:19|20)\d\d|\d{1,3}(?:,\d{3})+(?:\.\d\d)?",  # years, amounts with separators
)
# After a label that names nothing but a record, shorter values are its value too: three digits ("envelope number
# 213", "card symbol 36715088 number 326") and document numbers of capitals with one or two digits ("eAT-Nr.:
# Y0XAHUL0J", "reservation code HMJUS4VNTP").
# A short value after `code` is a status: an exit code ("exited with code 137"), an HTTP or provider code (`code=504`).
_STATUS_CODE_WORDS = frozenset({"code", "codes", "status", "exit", "rc", "errno"})
# ... and after a query's keyword it is a row's key in code (`WHERE id = 187`), not a record label of prose.
_QUERY_WORDS = frozenset({"where", "and", "or", "set", "on", "when", "if", "elif", "select", "by"})
_SHORT_RECORD_VALUE = re.compile(r"\d{3}|(?=[A-Z0-9]{6,12}\Z)(?=.*[A-Z].*[A-Z])[A-Z]*\d[A-Z0-9]*")
_DOTTED_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,3}")
_HEX_COLOR = re.compile(r"[0-9A-Fa-f]{6}(?![\w-])")
_THREE_DIGITS = re.compile(r"\d\D*\d\D*\d")
_LABEL_WORD = re.compile(r"n\.?[°º]|[^\W\d_]+(?:[.'’][^\W\d_]+)*|#", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Without a label: a letter prefix and five or more digits (CX-448120, A7731902), on a line about a person.
_BARE_CODE = re.compile(r"(?<![\w/.-])[A-Z]{1,4}-?\d{5,12}(?:-[A-Z0-9]{1,4})?(?![\w/-]|\.\w)")
# How its matches start, in character classes (character_layouts.py): its leading look-behind made the regex
# engine try every position of the text.
_BARE_CODE_LAYOUTS = tuple(b"A" * letters + dash + b"00000" for letters in range(1, 5) for dash in (b"", b"-"))
_NOT_PERSONAL_PREFIXES = frozenset("CVE GHSA RFC ISO IEC EN DIN UTF SHA MD HTTP TLS SSL PEP KB SKU INC CHG RITM BUG PR MR "
                                   "ISBN ISSN DOI JIRA PROJ OPS SEC ERR E W ARN US EU".split())
_LABEL_REACH = 40  # characters of a line before an id word that can belong to its label
_VALUE_REACH = 60  # characters after an id word within which its value starts
_WORD_TAIL = re.compile(r"[^\W_]*[°º]?")
_DIGIT = re.compile(r"\d")
_RECORD_WORD_STEMS = ("matric", "beneficiar", "identif")
_LABEL_CUT = re.compile(r"[:=|,;\"'(){}\[\]<>\t]")  # what separates a label from an earlier clause (_label_before)


def find_record_ids(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of record identifiers after a label that numbers a record, and below such a column header."""
    lowered = lowered_same_length(text)
    evidence: dict[int, bool] = {}
    reported: set[int] = set()
    last_end = -1
    for position in keyword_positions(lowered, _ANCHORS):
        if position < last_end:
            continue
        # Cheap tests first: the anchor must begin what can end a label ("not", "provide", "node" are no labels),
        # and a value needs a digit close by (a column header has rows below it).
        tail = _WORD_TAIL.match(lowered, position).group(0) or lowered[position]
        if lowered.startswith(("n.°", "n.º"), position):
            tail = lowered[position:position + 3]  # the Spanish and Portuguese "n.º" ("finca registral n.º 57436")
        camel = _CAMEL.search(text, position + 1, position + len(tail))
        if camel is not None:  # "codiceCliente": the id word is the key's first part
            tail = tail[:camel.start() - position]
        if not (tail in _ID_WORDS or tail in _RECORD_WORDS or tail.endswith(_ID_WORD_ENDINGS)
                or tail.startswith(_RECORD_WORD_STEMS) or _is_role_key(text, position, tail)):
            continue
        if not _DIGIT.search(text, position, position + _VALUE_REACH) and "\n" not in text[position:position + 200]:
            continue
        # A value stands on the anchor's line (no part of a label, gap or value crosses a line break), and a column
        # header has a cell separator in it and a row below it that holds the separator: a line with neither is no
        # label of anything (most id words of prose and code), decided before reading the label.
        line_end = text.find("\n", position)
        if not _DIGIT.search(text, position, len(text) if line_end == -1 else line_end) and (
                line_end == -1 or not may_have_cells_below(text, position, position)):
            continue
        word_start, word_end = _word_around(text, position)
        label = _label_before(text, word_start, word_end)
        verdict = _label_verdict(label)
        if verdict is None and label == ["pid"] and _a_table_of_people(text, word_start, word_end):
            verdict = "label"  # a patient's or person's id: scored as a bare id word (doubtful, on a person's row)
        if verdict is None or (label[-1] == "#" and not _numbers_a_record(text, word_start, label)):
            continue
        # An id word written first names the noun after it ("Nr klienta: X"); if no value follows that reading,
        # it ends a label as in "Mitarbeiter-Nr M 004471".
        # (round 29) The noun may be two words ("số hợp đồng", "номер лицевого счёта"): that reading is tried too.
        readings = [(label, word_end)]
        if verdict == "front":
            noun = _FRONT_NOUN.match(text, word_end)
            if noun is not None and noun.group(0).strip(" \t_-").lower() not in _THING_WORDS:
                readings.insert(0, (label + [noun.group(0).strip(" \t_-").lower()], noun.end()))
                second = _SECOND_NOUN_WORD.match(text, noun.end())
                if second is not None and second.group(1).lower() not in _THING_WORDS:
                    readings.insert(1, (label + [noun.group(0).strip(" \t_-").lower(), second.group(1).lower()],
                                        second.end()))
        found = None
        for reading, value_from in readings:
            found = _value_after(text, reading, value_from, evidence)
            if found is not None:
                break
        if found is not None:
            if text[word_end:found[0]] in ("-", "_", "/", "#") and text[word_start:word_end].isupper() and (
                    text[word_start:word_end].isalpha()):
                found = (word_start, found[1], found[2])  # "ENR-2025-0042": the prefix is the code's, not a label
            last_end = found[1]
            reported.add(found[0])
            yield found
        else:
            for cell in _column(text, word_start, word_end, label, evidence):
                reported.add(cell[0])
                yield cell
    yield from (code for code in _bare_codes(text, evidence) if code[0] not in reported)
    yield from (code for code in find_segmented_codes(text) if code[0] not in reported)
    yield from find_prefixed_person_ids(text)
    yield from (code for code in _possessive_codes(text) if code[0] not in reported)
    if "/" in text:
        for match in _court_file_numbers(text):
            yield match.start(), match.end(), DOUBTFUL_SCORE


# A court's file number (Aktenzeichen, sygnatura akt, Geschäftszahl): the chamber (a number or a Roman numeral), the
# register's letters, the running number and the year: "4 O 117/23", "II K 563/26", "12 Cg 45/24", "1 BvR 2345/19",
# "VI ZR 123/20". The file of one person's case; the layout alone says so (no label needed).
_COURT_FILE_NUMBER = re.compile(
    r"(?<![\w/.,-])(?:[IVX]{1,5}|\d{1,3})[ ][A-Z][A-Za-z]{0,3}(?:[ ][A-Z][a-z]{0,2})?[ ]\d{1,6}/(?:\d{2}|(?:19|20)\d{2})"
    r"(?![\w/-]|[.,]\d)")
# What stands before the slash of every court file number (its chamber, register and running number), and how far back
# its start can be: 5 + 1 + 4 + 4 + 1 + 6 characters.
_COURT_FILE_BEFORE_SLASH = re.compile(r"(?:[IVX]{1,5}|\d{1,3})[ ][A-Z][A-Za-z]{0,3}(?:[ ][A-Z][a-z]{0,2})?[ ]\d{1,6}\Z")
_COURT_FILE_REACH = 21


def _court_file_numbers(text: str) -> Iterator[re.Match[str]]:
    """`_COURT_FILE_NUMBER.finditer(text)`, tried only before a slash that ends a court file number's first part (a
    leading look-behind made `re` try every position of the text, ~40 us per KB): every match holds a slash with its
    chamber, register and running number in the _COURT_FILE_REACH characters before it, and starts there at a Roman
    numeral's letter or a digit."""
    starts: set[int] = set()
    slash = text.find("/", 1)
    while slash != -1:
        if text[slash - 1].isdecimal():
            reach = max(0, slash - _COURT_FILE_REACH)
            if _COURT_FILE_BEFORE_SLASH.search(text, reach, slash) is not None:
                starts.update(start for start in range(reach, slash) if text[start] in "IVX" or text[start].isdecimal())
        slash = text.find("/", slash + 1)
    return matches_at_starts(_COURT_FILE_NUMBER, text, sorted(starts))


def _value_after(text: str, label: list[str], value_from: int,
                 evidence: dict[int, bool]) -> tuple[int, int, float] | None:
    """The record id right after `label` (which ends at `value_from`), scored, or None."""
    gap = _GAP.match(text, value_from)
    if label[-1] == "#" and any(char in gap.group(0) for char in "\"'[(<"):
        return None  # `# "0100 0000"`: a comment quoting a value
    value = _VALUE.match(text, gap.end())
    if value is None or gap.end() - value_from > 12 or not (
            is_record_value(value.group(0)) or _is_specific(label) and label[-1] not in _STATUS_CODE_WORDS
            and label[0] not in _QUERY_WORDS
            and _SHORT_RECORD_VALUE.fullmatch(value.group(0))):
        return None
    score = _score(text, label, value.start(), value.end(), evidence)
    return None if score is None else (value.start(), value.end(), score)


def _word_around(text: str, position: int) -> tuple[int, int]:
    """[start, end) of the label word holding the anchor at `position` (a camelCase part counts as a word)."""
    end = position
    while end < len(text) and (text[end].isalnum() or text[end] in "°º#" or (
            text[end] == "." and text[end + 1:end + 2] in ("°", "º"))):
        if end > position and text[end].isupper() and text[end - 1].islower():
            break  # camelCase: "codiceCliente"
        end += 1
        if text[end - 1] == "#":
            break
    start = position
    while start and text[start - 1].isalnum():
        if text[start - 1].islower() and text[start].isupper():
            break  # camelCase: "clientId"
        start -= 1
    return start, end


def _label_before(text: str, word_start: int, word_end: int) -> list[str]:
    """The label's words, lower case, ending with the word at [word_start, word_end) (camelCase and snake_case split)."""
    line_start = text.rfind("\n", 0, word_start) + 1
    reach_start = max(line_start, word_start - _LABEL_REACH)
    before = text[reach_start:word_start]
    # Only what hangs together with the word: words joined by spaces, "_", "-", "." or "/" (not a sentence's
    # earlier clause after a separator or a quote).
    cut = _LABEL_CUT.search(before[::-1])  # the last separator: the first one read backwards (one search, not 17 rfinds)
    before = before[len(before) - cut.start():] if cut is not None else before
    words = [w.lower() for piece in _CAMEL.split(before + text[word_start:word_end]) for w in _LABEL_WORD.findall(piece)]
    return words[-3:]


def _label_verdict(words: list[str]) -> str | None:
    """'front' for an id word written first, 'label' for a label ending in an id word or a record word, else None."""
    if not words or any(word in _THING_WORDS for word in words[-2:]):
        return None
    last = words[-1]
    if last in _FRONT_ID_WORDS and len(words) >= 1:
        return "front" if last in ("n°", "nº", "n.°", "n.º", "numero", "número", "numéro", "numer", "codice", "código", "codigo",
                                   "nr", "kod", "nro") or last in number_words().front else "label"
    if last in _ID_WORDS or last in _RECORD_WORDS or last.endswith(_ID_WORD_ENDINGS) or (
            last in _ROLE_KEY_ABBREVIATIONS):  # (find_record_ids let it through only as a key)
        return "label"
    return None


# Keys and column headers of a person's particulars: a `pid` next to them numbers the person, not a process.
_PERSON_PARTICULARS = re.compile(
    r"(?<![^\W_])(?:(?:first|last|given|family|sur|full|nach|vor)?[_ -]?name|surname|dob|birth[_ -]?date|date[_ -]of[_ -]birth"
    r"|geb(?:urtsdatum)?|nachname|vorname|patient|nombre|apellidos?|nom|prénom|prenom|cognome|sex|gender)(?![^\W_])",
    re.IGNORECASE)


def _a_table_of_people(text: str, word_start: int, word_end: int) -> bool:
    """Whether a `pid` key or column header stands with two keys or headers of a person's particulars (name, date of
    birth, sex) on its own line: `pid;name;dob`, `{"pid": 44712, "name": ..., "dob": ...}`. A process id stands with
    other fields (`pid=4471 name=nginx cmd=...`, `pid 44120 exited`)."""
    line_start = text.rfind("\n", 0, word_start) + 1
    line_end = text.find("\n", word_end)
    found = _PERSON_PARTICULARS.finditer(text, line_start, len(text) if line_end == -1 else line_end)
    return len({match.group(0).lower() for match in found}) >= 2


def _is_role_key(text: str, position: int, tail: str) -> bool:
    """A short form of a person (`emp`, `pt`, `mbr`) written as a key, at a key's start and before `=` or `:`."""
    return (tail in _ROLE_KEY_ABBREVIATIONS and (position == 0 or not (text[position - 1].isalnum()
                                                                       or text[position - 1] in "_-.")) and
            _KEY_SEPARATOR.match(text, position + len(tail)) is not None)


def _numbers_a_record(text: str, hash_at: int, label: list[str]) -> bool:
    """A "#" labels a record after a word ("employee #33817", "Account #:"), not as a comment, a color or "PKCS#8"."""
    if len(label) < 2 or _HEX_COLOR.match(text, hash_at + 1):
        return False
    word_before = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, hash_at - 30):hash_at])
    return word_before is not None and not word_before.group(1).isupper()


def _score(text: str, label: list[str], start: int, end: int, evidence: dict[int, bool]) -> float | None:
    """The score of a value after `label`, or None when the label is too generic for a record without a person."""
    if label[-1] in _ROLE_KEY_ABBREVIATIONS:
        return DOUBTFUL_SCORE  # a key naming a person by a short form: doubtful, with or without the person
    about_a_person = _about_a_person(text, start, end, evidence)
    if about_a_person and _is_specific(label):
        return 0.6
    return DOUBTFUL_SCORE if about_a_person or _is_specific(label) else None


def _is_specific(label: list[str]) -> bool:
    """A label that names nothing but a record: two words or more, a compound ("Kundennr"), a record word."""
    return label[-1] != "#" and (len(label) >= 2 or label[-1] in _RECORD_WORDS or (
        label[-1] not in _ID_WORDS and label[-1].endswith(_ID_WORD_ENDINGS)))


def _about_a_person(text: str, start: int, end: int, evidence: dict[int, bool]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start not in evidence:
        evidence[line_start] = person_evidence(text, start, end)
    return evidence[line_start]


def is_record_value(value: str) -> bool:
    """A value with three digits or more that is none of the shapes developers number their own things with
    (versions, dates, times, hashes, UUIDs, years, amounts); digits grouped by threes with dots after a label
    ("12.345.678", "1.023.456.789": identity numbers of Argentina, Colombia, Uruguay) are no version."""
    compact = value.replace(" ", "")
    if len(compact) < 4 or not _THREE_DIGITS.search(compact):
        return False
    return not _NOT_A_RECORD_ID.fullmatch(value) or bool(_DOTTED_GROUPS.fullmatch(value))


def _column(text: str, word_start: int, word_end: int, label: list[str],
            evidence: dict[int, bool]) -> Iterator[tuple[int, int, float]]:
    """The cells below a header cell that is this label (CSV, TSV, Markdown, psql), on rows about a person."""
    line_start = text.rfind("\n", 0, word_start) + 1
    line_end = text.find("\n", word_end)
    if line_end == -1:
        return  # a header has rows below it
    header = text[line_start:line_end]
    separator = next((sep for sep in ("|", "\t", ",", ";") if sep in header), None)
    if separator is None:
        return
    cell_start = max(text.rfind(separator, line_start, word_start) + 1, line_start)
    cell_end = text.find(separator, word_end, line_end)
    cell_end = line_end if cell_end == -1 else cell_end
    cell = text[cell_start:cell_end]
    stripped = cell.strip(" \"'`*_:#\r")
    if not stripped:
        return
    label_start = cell_start + cell.index(stripped)
    cells = column_cells(text, label_start, label_start + len(stripped))
    for start, end in cells:
        value = text[start:end]
        # (a `pid` header stands with a person's particulars: _a_table_of_people made the header the evidence)
        if _VALUE.fullmatch(value) and is_record_value(value) and (
                label == ["pid"] or _about_a_person(text, start, end, evidence)):
            yield start, end, 0.6 if _is_specific(label) else DOUBTFUL_SCORE


def _bare_codes(text: str, evidence: dict[int, bool]) -> Iterator[tuple[int, int, float]]:
    """`Maria Lopez (CX-448120) called`: a letter-prefixed code of five digits or more on a line about a person."""
    for match in layout_matches(_BARE_CODE, text, _BARE_CODE_LAYOUTS, b"0Aa_/.-"):  # tried where one can start
        prefix = re.match(r"[A-Z]+", match.group(0)).group(0)
        if prefix in _NOT_PERSONAL_PREFIXES:
            continue
        if _about_a_person(text, match.start(), match.end(), evidence):
            yield match.start(), match.end(), DOUBTFUL_SCORE



# Without any label: a letter prefix and two or three dashed digit groups (`MBR-4471-2093`, `RZ-4471-09`,
# `AR-1984-0312`). Programs number their own things with one group (`PROJ-1234`, `PR-88`) or with letters after the
# dash (`AES-256-GCM`); a prefix and split digit groups is how offices number their people's records (members,
# files, claims, policies), whatever word stands before it or none. Doubtful (on the wire, not in an audit); not
# the prefixes of standards and advisories (`CVE-2024-3094`, `ISO-8859-1`) nor a prefixed date (`REL-2024-03-12`).
_SEGMENTED_CODE = re.compile(r"(?<![\w/.-])([A-Z]{1,4})-\d{2,8}(?:-\d{2,8}){1,2}(?:-[A-Z0-9]{1,3})?(?![\w/-]|\.\w)")
_SEGMENTED_LAYOUTS = tuple(b"A" * letters + b"-00" for letters in range(1, 5))
_SEGMENTED_MIN_DIGITS = 6
_PREFIXED_DATE = re.compile(r"[A-Z]+-(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?")


def find_segmented_codes(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each letter-prefixed code of two or three dashed digit groups, six digits or more."""
    for match in layout_matches(_SEGMENTED_CODE, text, _SEGMENTED_LAYOUTS, b"0Aa_/.-"):  # tried where one can start
        if match.group(1) in _NOT_PERSONAL_PREFIXES or _PREFIXED_DATE.fullmatch(match.group(0)):
            continue
        if sum(char.isdigit() for char in match.group(0)) >= _SEGMENTED_MIN_DIGITS:
            yield match.start(), match.end(), DOUBTFUL_SCORE


# "can you check E4471's leave balance", "CU-448120's address changed": a code in the possessive is someone's (a
# person's record written as its id), when it is a letter prefix and four digits or more (not "A320's", "PR-4471's").
_POSSESSIVE_CODE = re.compile(r"(?<![\w/.-])([A-Z]{1,3}-?\d{4,10})\Z")


def _possessive_codes(text: str) -> Iterator[tuple[int, int, float]]:
    """Each "'s" found by the shared cue scan, and the code right before it (a look back of 16 characters; a
    pattern with a leading look-behind over the whole text tried every position: ~100 us/KB)."""
    for position in keyword_positions(text, ("'s", "’s")):
        if position < 5 or not text[position - 1].isdigit() or (
                position + 2 < len(text) and (text[position + 2].isalnum() or text[position + 2] == "_")):
            continue
        match = _POSSESSIVE_CODE.search(text, max(0, position - 16), position)
        if match is None:
            continue
        prefix = _LEADING_CAPITALS.match(match.group(1)).group(0)
        if len(prefix) == 1 or prefix not in _NOT_PERSONAL_PREFIXES:  # (an error code "E1234" is no one's)
            yield match.start(1), match.end(1), DOUBTFUL_SCORE


_LEADING_CAPITALS = re.compile(r"[A-Z]+")


# --- a program's ids of its people: `emp_20451`, `cust_884120`, `usr_48213`, Stripe's `cus_NffrFeUfNV2Hib` ----------
# Programs name the records of their people with a short word for the person and an underscore (or a dash, or
# nothing) before a number or a random tail. The prefix says whose record it is; the tail must look generated: digits
# (three or more), or a random mix of letters and digits (upper and lower case with a digit, as Stripe writes
# them; or capitals and digits). `user_id`, `emp_name`, `customer_segment2024` stay (no digits, or a word's tail).
_PERSON_PREFIXES = (
    "emp", "empl", "employee", "cust", "cus", "customer", "usr", "user", "pt", "pat", "patient", "mbr", "mem", "member",
    "stu", "stud", "student", "acct", "client", "cand", "candidate", "applicant", "tenant", "guest", "pax",
    "contact", "person", "staff", "subscriber", "driver", "drv", "rider", "donor", "voter", "resident", "pupil",
    "holder", "beneficiary", "claimant", "policyholder", "insured", "learner", "worker", "wrk", "volunteer", "vol")
_PREFIXED_PERSON_ID = re.compile(
    r"(?<![\w.@-])(?P<prefix>(?i:" + "|".join(sorted(_PERSON_PREFIXES, key=len, reverse=True)) + r"))"
    r"(?P<sep>[_-]?)(?P<tail>[A-Za-z0-9]{3,32})(?![\w-]|\.\w)")
# Prefixes written straight before the digits too ("emp20451", "mbr778120").
_JOINED_PREFIXES = frozenset("emp empl employee cust customer usr user mbr member patient student acct client tenant guest "
                             "staff subscriber driver resident pupil holder".split())
# Literals a candidate starts with: a prefix and its separator, or a joined prefix and a digit (so the shared cue
# scan answers only real candidates, not every "pt" of "script" or "user" of prose).
_PREFIX_ANCHORS = tuple(sorted({prefix + sep for prefix in _PERSON_PREFIXES for sep in ("_", "-")}
                               | {prefix + digit for prefix in _JOINED_PREFIXES for digit in "0123456789"}))


def find_prefixed_person_ids(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of a program's id of a person's record: a person word's prefix, then a generated tail."""
    lowered = lowered_same_length(text)
    last_end = -1
    for position in keyword_positions(lowered, _PREFIX_ANCHORS):
        if position < last_end or (position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_.@-\\")):
            continue
        match = _PREFIXED_PERSON_ID.match(text, position)
        if match is None or not _generated_tail(match.group("tail"), match.group("sep")):
            continue
        prefix = match.group("prefix")
        if not match.group("sep") and prefix.lower() not in _JOINED_PREFIXES:
            continue  # "pt1000", "vol2024": a size or a volume, not "emp20451"
        if not (prefix.islower() or (prefix.isupper() and match.group("sep"))):
            continue  # "Employee2024", "Pat3": a word of prose; "EMP-20451" is record_ids' and pii.py's
        last_end = match.end()
        yield match.start(), match.end(), DOUBTFUL_SCORE


def _generated_tail(tail: str, separator: str) -> bool:
    digits = sum(char.isdigit() for char in tail)
    if tail.isdigit():  # a generated number, not a seed's sequence ("cus_0001")
        return (digits >= (3 if separator else 4) and len(tail.lstrip("0")) >= 3
                and not (separator == "" and _YEAR_LIKE.fullmatch(tail)))
    if not separator or digits == 0:
        return False
    upper = any(char.isupper() for char in tail)
    lower = any(char.islower() for char in tail)
    if upper and lower:
        return len(tail) >= 10  # Stripe-style random tails ("NffrFeUfNV2Hib")
    if upper:
        return len(tail) >= 5 and digits >= 2  # "cust_A7K29QX"
    return len(tail) >= 8 and digits >= 3 and not tail[:3].isalpha()  # hex-like tails ("8f3a9c21"), not "segment2024"


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


# --- codes of a person's dealings with a business, in prose -------------------------------------------------------
# "your order FR-2291-77430 has shipped", "refill prescription RX7718042", "Booking ref XK7QP2", "Ihr Vertrag VN
# 4471-8812-03": no label ends in an id word, the sentence names what the code numbers. The words (many languages),
# each a literal for the shared cue scan; their plural and a few inflections are read by _DEALING_FORMS.
_DEALING_WORDS = (
    "order", "purchase", "prescription", "claim", "booking", "reservation", "pnr", "itinerary", "case", "contract",
    "policy", "invoice", "receipt", "subscription", "shipment", "parcel", "package", "tracking", "consignment",
    "application", "loan", "appeal", "refund", "return", "rma", "membership", "voucher", "confirmation", "bestellung",
    "auftrag", "vertrag", "rezept", "schaden", "buchung", "rechnung", "police", "sendung", "antrag", "vorgang",
    "commande", "contrat", "ordonnance", "sinistre", "réservation", "facture", "colis", "abonnement", "demande",
    "pedido", "contrato", "receta", "siniestro", "reserva", "factura", "póliza", "poliza", "solicitud", "envío",
    "envio", "reclamación", "ordine", "contratto", "ricetta", "sinistro", "prenotazione", "fattura", "pratica",
    "polizza", "spedizione", "encomenda", "receita", "fatura", "apólice", "bestelling", "recept", "schade",
    "boeking", "factuur", "polis", "zending", "zamówienie", "umowa", "polisa",
    # Russian and Ukrainian (a few case forms each: "номер договора", "по заказу"), and the waybill acronym ТТН
    "договор", "договора", "договору", "заказ", "заказа", "заказу", "счет", "счёт", "счета", "полис", "полиса",
    "заявка", "заявки", "заявку", "накладная", "накладной", "накладна", "ттн", "посылка", "посылки", "замовлення",
    "рахунок", "рахунку",
    # plurals that are not the word and an "s": "le pratiche", "i contratti", "договоры"
    "pratiche", "polizze", "contratti", "договоры", "заказы",
    # round 31: the records trades, councils and services open for a person: a work order or job card in several
    # languages ("ODL 26/0918", "werkbon", "zlecenie", "наряд"), a permit or pass ("пропуск ТЛ-00812", "permis"),
    # an emergency callout ("Callout 26/114", "Einsatz")
    "jobcard", "odl", "werkorder", "werkbon", "arbeitsauftrag", "zlecenie", "zlecenia", "наряд", "наряда",
    "permit", "permis", "permiso", "permesso", "vergunning", "pozwolenie", "genehmigung", "пропуск", "пропуска",
    "разрешение", "callout", "einsatz")
_DEALING_FORMS = frozenset(_DEALING_WORDS) | frozenset(word + "s" for word in _DEALING_WORDS) | frozenset(
    "orders bestellungen aufträge verträge rezepte reservierung commandes pedidos ordini".split())
# Words that may stand between the dealing word and its code: label words, verbs, articles, a chat speaker.
_DEALING_FILLERS = frozenset(
    """ref reference refs number num no nr n n° nº № # id code is was its it's it’s es est ist è é son sont de du di del da
    номер от
    br бр broj број số mã sz nro nomor nombor αρ αριθμός rhif nommer č
    do van der des nummer numéro número numero codice código the your my our his her their this that confirmed
    """.split()) | _DEALING_FORMS
_DEALING_REACH = 48  # characters after the dealing word within which its code starts
_TOKEN = re.compile(r"\S+")
_TOKEN_PUNCTUATION = "\"'()[]<>{}:,.;!?*“”‘’«»"
# (letters of any script: "ŽK-4410/22", "HĐ-3299/39"; _is_dealing_code wants no lower-case letter)
_CODE_TOKEN = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")
_LETTER_PREFIX = re.compile(r"[A-ZА-ЯЁ]{1,4}")  # round 31: four letters too ("Membership MSTC 1147")


def find_dealing_codes(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of a code right after a word for a person's order, claim, booking, contract ... in prose.

    The code is upper-case letters and digits (dashes and slashes inside) with five digits or more, a
    booking-style code of 5-12 letters and digits mixed (`XK7QP2`), or a service's object id (`sub_Y9TB0FK14GG`); versions, dates, years, amounts and hashes are
    not codes; a dealing word joined to a key (`order_id=`, `order-service`, `order.total`) is a program's. Doubtful.
    """
    lowered = lowered_same_length(text)
    last_end = -1
    for position in keyword_positions(lowered, _DEALING_WORDS):
        if position < last_end or (position and (lowered[position - 1].isalnum() or lowered[position - 1] in "_.-/")):
            continue
        word_end = position
        while word_end < len(text) and text[word_end].isalpha():
            word_end += 1
        after = text[word_end:word_end + 2]
        if lowered[position:word_end] not in _DEALING_FORMS or after[:1] in ("_", "-", "=", "(", "[") or (
                after[:1] == "." and after[1:] not in ("", " ", "\t")):
            continue  # another word ("ordering"), or a program's key ("order_id=", "order-service", "order.total")
        if not _DIGIT.search(text, word_end, word_end + _DEALING_REACH):
            continue
        found = _code_after(text, word_end)
        if found is not None:
            last_end = found[1]
            yield found[0], found[1], DOUBTFUL_SCORE


def _code_after(text: str, start: int) -> tuple[int, int] | None:
    """[start, end) of the code among the first few words after a dealing word, or None at the first other word."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    tokens = list(_TOKEN.finditer(text, start, min(line_end, start + _DEALING_REACH + 24)))
    speaker_seen = False
    for index, token in enumerate(tokens[:6]):
        stripped = token.group(0).strip(_TOKEN_PUNCTUATION)
        if not stripped:
            continue  # punctuation alone: "—", ":", "?"
        offset = token.start() + token.group(0).index(stripped)
        if token.start() - start > _DEALING_REACH:
            return None
        if stripped in currency_codes() and index + 1 < len(tokens) and tokens[index + 1].group(0)[:1].isdigit():
            return None  # "the invoice was USD 125000": an amount
        if (_LETTER_PREFIX.fullmatch(token.group(0)) and stripped.lower() not in _DEALING_FILLERS
                and index + 1 < len(tokens) and tokens[index + 1].group(0)[:1].isdigit()
                and tokens[index + 1].start() == token.end() + 1):
            joined = stripped + " " + tokens[index + 1].group(0).strip(_TOKEN_PUNCTUATION)
            if _is_dealing_code(joined.replace(" ", "-")):  # "VN 4471-8812-03"
                return offset, offset + len(joined)
            prefixed = _PREFIXED_NUMBER.match(text, offset, line_end)
            if prefixed is not None and _is_prefixed_number(prefixed):  # "MSTC 1147", "TK 2231 5512" whole
                return prefixed.span()
        if _is_dealing_code(stripped) or _is_object_id(stripped):
            return offset, offset + len(stripped)
        grouped = _DIGIT_GROUPS.match(text, offset, line_end)
        if grouped is not None and sum(char.isdigit() for char in grouped.group(0)) >= 10:
            return grouped.span()  # "Tracking: 5219 1189 4556 1205 7272 92": a number written in groups
        lowered = stripped.lower()
        if lowered in _DEALING_FILLERS:
            continue
        if token.group(0).endswith(":") and stripped[:1].isupper() and not speaker_seen:
            speaker_seen = True  # a chat speaker ("User: it's QZ8K4M")
            continue
        return None
    return None


@functools.lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes (pycountry), in capitals: "USD 125000" is an amount, not a code."""
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


# A service's id of the dealing: a short lower-case type prefix, `_`, a generated tail ("subscription
# sub_Y9TB0FK14GGLSP", "order ord_8KQ2M1ZP", "invoice in_1MtHbELkdIwHu7ix").
_OBJECT_ID = re.compile(r"[a-z]{2,6}_(?P<tail>[A-Za-z0-9]{6,40})")


_DIGIT_GROUPS = re.compile(r"\d{2,6}(?: \d{2,6}){2,7}(?![\w.,/:-])")


def _is_object_id(value: str) -> bool:
    match = _OBJECT_ID.fullmatch(value)
    return match is not None and _generated_tail(match.group("tail"), "_")


# Round 31: a club's or a service's prefix and a number of three to eight digits, a space between ("Membership MSTC
# 1147", "policy HX 40718"): right after a dealing word the prefix is the code's own, not a standard or a currency.
# The number's later digit groups belong to it ("TK 2231 5512"): a code cut after its first group would leave the rest
# to leak beside a finding that had covered it whole; a number going on in other characters is left to the others.
# (Possessive: backing off a group would cut the number again.)
_PREFIXED_NUMBER = re.compile(r"([A-ZА-ЯЁ]{1,4}) (\d{3,8}+)(?: \d{2,8}+)*+(?![\w/-]|[.,]\w)")


def _is_prefixed_number(match: re.Match) -> bool:
    return (match.group(1) not in _NOT_PERSONAL_PREFIXES and match.group(1) not in currency_codes()
            and not _YEAR_LIKE.fullmatch(match.group(2)))


def _is_dealing_code(value: str) -> bool:
    if not _CODE_TOKEN.fullmatch(value) or value != value.upper() or _NOT_A_RECORD_ID.fullmatch(value):
        return False
    prefix = re.match(r"[^\W\d_]*", value).group(0)
    if len(prefix) > 1 and prefix in _NOT_PERSONAL_PREFIXES:
        return False  # "CVE-2021-44228", "INC0012345" (a single letter after a dealing word is the code's own)
    digits = sum(char.isdigit() for char in value)
    if digits >= 5:
        return True
    letters = sum(char.isalpha() for char in value)
    # Booking codes run to ten or twelve characters too (a PNR is six; a rental's or a stay's ten: "HMJUS4VNTP").
    return 5 <= len(value) <= 12 and value.isalnum() and digits >= 1 and letters >= 2


# --- the other codes of a list, a plan's group number, an ACH entry's fields ---------------------------------------
# "claims CLM-88120, CLM-88121 and CLM-88174", "pratiche (n. RS-10442 e RS-10519)": once a code is found, the codes
# listed right after it with the same letters are codes of the same kind.
_LIST_JOIN = re.compile(r"[ \t]*(?:[,;/&+]|\b(?:and|or|e|y|et|und|en|i|o|ou|oder|и|или|és|a)\b)[ \t]*(?:[,;][ \t]*)?")
_LISTED_CODE = re.compile(r"(?:[A-ZА-ЯЁ]{1,6}[-/ ]?)?\d[A-Z0-9А-ЯЁ]*(?:[-/.][A-Z0-9А-ЯЁ]+)*(?![\w@-]|[.,/]\d)")
_LETTERS = re.compile(r"[^\W\d_]+")


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def listed_codes_after(text: str, codes: list[tuple[int, int, float]]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each code listed right after a found code, written like it (its letters, as many digits
    give or take two); the first code's score."""
    for start, end, score in sorted(codes):
        first = text[start:end]
        letters = _LETTERS.findall(first)
        digits = sum(char.isdigit() for char in first)
        cursor = end
        for _ in range(20):
            join = _LIST_JOIN.match(text, cursor)
            if join is None or join.end() == cursor:
                break
            code = _LISTED_CODE.match(text, join.end())
            if code is None:
                break
            value = code.group(0)
            if (_LETTERS.findall(value) != letters or abs(sum(char.isdigit() for char in value) - digits) > 2
                    or not is_record_value(value)):
                break
            yield code.start(), code.end(), score
            cursor = code.end()


# --- codes written like a found one, in its record (round 29) ----------------------------------------------------------
# A label names a record's number once; the record's other numbers of the same kind follow without it: "Mitgliedsnr.
# ist 772727 oder? / ne, deine ist 620608", a list whose first line was labelled, the corrected number in the next
# message line. In the block of lines around a found id (personal_records.record_bounds), a token written exactly like
# it (the same letters, as many digits, the same separators: its layout) is an id of the same kind. Precision from the
# layout: five digits or more, no date, time, version, year or amount (a currency beside it), and not the same value.
_ALIKE_TOKEN = re.compile(r"(?<![\w.,:/@#+-])[^\W_]+(?:[-/.][^\W_]+)*(?![\w@]|[.,:/-][^\W_])")
_LAYOUT_RUN = re.compile(r"\d+|[^\W\d_]+|.")
_CURRENCY_MARKS = "$€£¥₹₽₩₺"
_ANY_DIGIT = re.compile(r"\d")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[:#=]?[ \t]*\Z")


def _layout(value: str) -> str:
    """A code's layout: its letters as written (upper case), its digits counted, its separators: `T1517` -> T#4."""
    return "".join(f"#{len(run)}" if run[0].isdigit() else run.upper() for run in _LAYOUT_RUN.findall(value))


@needs_marks(_ANY_DIGIT)  # (its gate: keywords.needs_marks; every code it returns holds digits)
def codes_written_alike(text: str, codes: list[tuple[int, int, float]]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each token written like a found code (its layout, _layout) in the found code's record;
    the found code's score."""
    taken = [(start, end) for start, end, _ in codes]
    searched: set[tuple[int, int, str]] = set()
    for start, end, score in sorted(codes):
        value = text[start:end]
        if sum(char.isdigit() for char in value) < 5:
            continue
        layout = _layout(value)
        block_start, block_end = record_bounds(text, start, end)
        if (block_start, block_end, layout) in searched:
            continue
        searched.add((block_start, block_end, layout))
        for token in _ALIKE_TOKEN.finditer(text, block_start, block_end):
            other = token.group(0)
            if other == value or _layout(other) != layout or not is_record_value(other) or any(
                    token.start() < taken_end and token.end() > taken_start for taken_start, taken_end in taken):
                continue
            before = text[max(0, token.start() - 2):token.start()]
            after = text[token.end():token.end() + 5].split()
            if any(mark in before for mark in _CURRENCY_MARKS) or (after and after[0].upper() in currency_codes()):
                continue  # "125000 EUR": an amount
            word_before = _WORD_BEFORE.search(text, max(block_start, token.start() - 24), token.start())
            if word_before is not None and word_before.group(1).lower() in _THING_WORDS:
                continue  # "ISBN 978-1-4493-7332-0", "build 20190304": the number of a thing its word names
            taken.append(token.span())
            yield token.start(), token.end(), score


# "Member ID XQW884120331 group 00772": a health plan's group number, on the line of a member or policy number.
_PLAN_GROUP = re.compile(
    r"(?i:\b(?:group|grp)(?:[ \t]*(?:number|no\.?|num|#|id|code))?)[ \t]*[:#=]?[ \t]*(?P<value>[A-Z0-9][A-Z0-9-]{3,14})(?![\w-])")
_PLAN_CUES = re.compile(r"(?i:\b(?:member|subscriber|policy|insurance|insured|plan|rx[ \t]?bin|pcn|payer|coverage)\b)")
_PLAN_REACH = 80


def find_plan_group_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of a plan's group number after "group", with a member or policy word before it on the line."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, ("group", "grp")):
        if position and lowered[position - 1].isalnum():
            continue
        match = _PLAN_GROUP.match(text, position)
        if match is None or sum(char.isdigit() for char in match.group("value")) < 4:
            continue
        line_start = max(text.rfind("\n", 0, position) + 1, position - _PLAN_REACH)
        if _PLAN_CUES.search(text, line_start, position):
            yield match.start("value"), match.end("value"), DOUBTFUL_SCORE


# A NACHA entry detail record (94 characters, record type 6): positions 13-29 hold the receiver's account, 40-54 the
# individual's identification number and 55-76 the individual's name.
_ACH_ENTRY = re.compile(r"6[2-5][2-9]\d{9}[ A-Za-z0-9-]{17}\d{10}[^\n]{15}[^\n]{22}[^\n]{2}[01]\d{15}(?=\r?\n|$)")
_ACH_FIELDS = ((12, 29, "account"), (39, 54, "id"), (54, 76, "name"))


def find_ach_entry_fields(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, field) of the account, identification number and name of each ACH entry detail record."""
    position = 0 if text.startswith("6") else text.find("\n6")
    while position != -1:
        start = position if text.startswith("6", position) else position + 1
        match = _ACH_ENTRY.match(text, start)
        if match is not None:
            for field_start, field_end, field in _ACH_FIELDS:
                value = text[start + field_start:start + field_end]
                stripped = value.strip()
                if stripped and (field == "name" or any(char.isdigit() for char in stripped)):
                    offset = start + field_start + len(value) - len(value.lstrip())
                    yield offset, offset + len(stripped), field
        position = text.find("\n6", start + 1)


# A Medicare Beneficiary Identifier's shape (CMS): 11 characters, a digit 1-9 first, letters at fixed places that are
# never S, L, O, I, B or Z, dashes allowed after the 4th and 7th. So specific that it stands alone (doubtful).
_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
_MBI = re.compile(
    rf"[1-9]{_MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\d(?P<dash>-?){_MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\d(?P=dash)"
    rf"{_MBI_LETTER}{{2}}\d{{2}}(?![\w-])")

_MBI_LAYOUTS = (b"0AA0", b"0A00")  # a digit, a letter, a letter or digit, a digit (character_layouts.py)


def find_medicare_beneficiary_ids(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of values in the shape of a Medicare Beneficiary Identifier, doubtful without a label."""
    for match in layout_matches(_MBI, text, _MBI_LAYOUTS):  # tried where its first four characters' layout occurs
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_-"):
            continue
        yield match.start(), match.end(), DOUBTFUL_SCORE


def is_id_label_word(word: str) -> bool:
    """Whether `word` labels an identifier written after it ("Aktenzeichen 4 O 117/23", "Kundennummer 4471",
    "ref 2231"): an id word or a compound ending in one. "No"/"Nr"/"#" are left out: they also number houses."""
    folded = word.strip(".:'’").casefold()
    if folded in _FRONT_ID_WORDS or folded in ("#", "n°", "nº", "hausnummer"):
        return False
    return folded in _ID_WORDS or (len(folded) > len("nummer") and folded.endswith(_ID_WORD_ENDINGS))
