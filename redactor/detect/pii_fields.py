"""Personal data under a field name that says what it holds: `"dob": "1994-11-02"`, `zip: 98101`, SQL columns.

Developers paste records in every syntax: JSON and YAML objects, `key=value`
log lines, `--author=x` flags, `WHERE member_no = 'M-1'`, CSV/TSV/Markdown
tables and `INSERT INTO t (cols) VALUES (...)`. The value of a field named
`street`, `postal_code`, `birth_date`, `patient_id`, `username` or
`last_name` is personal whatever its format, so the field name decides and the value only
has to fit the kind (a date-ish value for a birth date, a digit in an
identifier, a login-shaped word for a username). One table (_FIELD_RULES)
serves every syntax, and the JSON field names the proxy sees
(DetectionInput.field_name) too.

Key names are split into words (camelCase, snake_case, kebab-case, spaces:
`addressLine1` -> `address_line1`) before the table is consulted, so
`billing_city` is a city and `capacity` is not.

HL7 v2 messages number their fields instead of naming them: in a `PID|` (patient identification)
segment the position says what a field holds (PID-3 the patient's identifiers, PID-7 the birth date,
PID-11 the address, PID-13/14 phones, PID-18 the account, PID-19 the SSN, PID-20 the driving
licence), so each is read by its position (`_hl7_patient_fields`). The names (PID-5 and the person
fields of other segments) are read by people_in_records.py.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from redactor.detect.address_labels import ADDRESS_LABELS, PLACE_LABELS, POSTCODE_LABELS
from redactor.detect.keywords import contains_any, keyword_positions, lowered_same_length
from redactor.detect.login_cues import word_of_a_label_language
from redactor.detect.name_parts import is_ordinary_word
from redactor.detect.names_in_scripts import may_be_a_name_in_its_script
from redactor.detect.script_letters import FOREIGN_LETTERS, has_foreign_letters
from redactor.detect.birth_date_layouts import reads_as_a_birth_field_value
from redactor.detect.slot_names import english_slot, slot_vocabulary
from redactor.detect.table_columns import aligned_column_cells, column_cells
from redactor.detect.term_lists import first_names, surnames, world_first_names
from redactor.detect.usernames import is_personal_login

# Keys that hold a person's name but also name things: `name: nginx`, `display_name: Build Pipeline`,
# `family: sans-serif`, and roles without `_name` (`guest="Jenna Marlowe"`, `"customer": "ACME Ltd"`).
# Under them a value must read as a name (_person_value_fits).
_NAMES_OR_THINGS = (
    r"name|names|given|family|display_?names?|full_?names?|real_?names?|legal_?names?|guest|customer|patient|client"
    r"|contact|passenger|tenant|applicant|employee|recipient|sender|attendee|travell?er|member|holder|buyer|seller"
    r"|caller|visitor|student|candidate|beneficiary|insured|subscriber"
    # roles of payments, rides, loans and cases
    r"|payee|payer|driver|rider|guarantor|co_?signer|landlord|occupant|claimant|borrower|debtor|donor|plaintiff"
    r"|defendant")

# Letters NFKD does not split into a base and an accent.
_FOLDED_KEYS = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i", "œ": "oe"})
# What separates a key's words once folded (Latin and Cyrillic letters are kept: `город`).
_KEY_WORD_BREAK = re.compile(r"[^0-9a-zß\u0430-\u045f]+")


def _folded_key(key: str) -> str:
    """Lower case without accents, as field names are compared: "Doğum yeri" -> "dogum yeri", "Straße" stays."""
    lowered = key.lower().translate(_FOLDED_KEYS)
    if lowered.isascii():
        return lowered
    return "".join(char for char in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(char))


def _label_words(labels: tuple[str, ...]) -> str:
    """An alternation of `labels` as key_words writes them ("Código postal" -> codigo_postal), longest first."""
    return "|".join(sorted({re.escape(_KEY_WORD_BREAK.sub("_", _folded_key(label)).strip("_")) for label in labels},
                           key=len, reverse=True))


_PLACE_LABEL_WORDS = _label_words(PLACE_LABELS)
_ADDRESS_LABEL_WORDS = _label_words(ADDRESS_LABELS)
_POSTCODE_LABEL_WORDS = _label_words(POSTCODE_LABELS)

# Field-name rules as data: (kind, key pattern over the key's words joined by "_").
# The first rule that matches the whole key decides; a leading `\w+_` allows qualifiers
# (`billing_`, `patient_`, `home_`).
_FIELD_RULES: tuple[tuple[str, str], ...] = (
    # round 37: a mailbox under a key naming one (`email=`, `"correo":`, a `mail` column) is the person's address in
    # whatever form it was typed or exported: "jo at mail.example", "jo@@mail.example", "jo@mail.con" (_EMAIL_VALUE)
    ("EMAIL", r"(?:\w+_)?(?:e_?mail|mail|mailbox)(?:_?address|_?addr|_?\d)?"),
    ("DATE_OF_BIRTH",
     r"(?:\w+_)?(?:dob|d_o_b|date_of_birth|birth_?date|birth_?day|b_?day|geburtsdatum|geb_datum"
     r"|fecha_(?:de_)?nacimiento|fecha_nac|date_de_naissance|data_di_nascita|geboortedatum|born(?:_on)?)"),
    ("NATIONAL_ID",
     r"(?:\w+_)?(?:ssn|social_security(?:_number|_no|_num)?|social_insurance(?:_number|_no)?|national_(?:id|insurance)"
     r"(?:_number|_no|_num)?|ni_?number|ni_no|nino|tax_?id|tax_?number|tax_?code|itin|cpf|curp|codice_?fiscale|bsn"
     r"|pesel|personnummer|personal_?number|aadhaa?r(?:_number|_no)?|steuer_?id(?:nr)?|steuer_?nummer"
     r"|nhs_?(?:number|no)|id_?number|id_no|personal_?id|government_?id|nric|hkid|sozialversicherungsnummer"
     r"|sv_?nummer|insee|nir|dni|nie|nif|rfc|cpr|pps_?(?:number|no)?|rut|sin|tin|rg|pan|tfn|bvn|nin|cnp|egn|oib|emso"
     r"|amka|fodselsnummer|hetu|henkilotunnus|rijksregisternummer|passport(?:_number|_no|_num)?"
     # round 9: more countries' names as keys, and the last digits of an SSN
     r"|ssn_?last_?(?:4|four)|last_?(?:4|four)_?ssn|c_?dula|cedula(?:_de_identidad)?|ahv(?:_?(?:nr|nummer|number|no))?|avs"
     r"|nik|ktp|jmbg|ppsn|ird(?:_number|_no)?|identity(?:_number|_no|_card(?:_number|_no)?)?"
     r"|id_?card(?:_number|_no)?|tckn|tc_?kimlik(?:_no)?|kimlik_?no|cnic|mykad|ic_?(?:number|no)|nid|nida"
     r"|citizen_?(?:id|number|no)|cccd|cmnd|dui|cui|snils|pinfl|iin|kennitala|emirates_?id|sss(?:_number|_no)?|umid"
     r"|nhi(?:_number|_no)?|national_?no|nat_?id|gov_?id)"),
    ("ID_NUMBER",
     r"(?:\w+_)?(?:employee|emp|staff|member|membership|patient|customer|cust|client|student|subscriber|policy|claim"
     r"|account|acct|badge|insurance|insured|beneficiary|licen[cs]e|driver_?s?_licen[cs]e|loyalty|medicare|medicaid"
     r"|case|tenant|applicant|personnel|person|payroll|pension|voter|guest|resident|health_?card|claimant|policyholder"
     r"|passenger|enrollee|participant"
     # round 28: the people of contact books, rides, utility meters, games and user tables, and organisations'
     # registry numbers (`contact_id`, `riderId`, `meter_no`, `player_id`, `user_id`, `orgnr`)
     r"|contact|rider|meter|player|user|organization|org)"
     r"_?(?:id|no|nr|num|number|code|ref|identifier)"
     r"|(?:\w+_)?(?:mrn|medical_record(?:_number|_no)?|driver_?s?_licen[cs]e|dl_?(?:number|no))"
     # round 14 (ids14): a bank account under any key naming one (`to_account=`, `beneficiary_account`, `konto`):
     # six digits or more (_BANK_KEY in value_fits)
     r"|(?:\w+_)?(?:bank_?)?(?:account|acct|konto|cuenta|compte|rekening|conto|conta|rachunek|счет|счёт)"
     r"(?:_?(?:number|no|nr|num|nummer|numero))?"),
    ("CREDIT_CARD", r"(?:\w+_)?(?:card_?(?:number|no|num)|cc_?(?:number|num|no)|credit_?card(?:_number)?|card)"),
    ("IBAN", r"(?:\w+_)?iban"),
    ("PHONE",
     r"(?:\w+_)?(?:phone|mobile|cell_?phone|telephone|phone_?(?:number|no)|mobile_?(?:number|no)|contact_?number"
     r"|msisdn|whatsapp|telefon|telefono|telefoon|handy)|tel|cell|fax"),
    # A person's name. Keys that only ever hold one (`last_name`, `cardholder`, `vorname`) decide alone;
    # keys that also name things (_NAMES_OR_THINGS) want a name-shaped value.
    ("PERSON",
     r"(?:\w+_)?(?:first|last|given|family|middle|maiden|legal|birth|preferred|full|display|real|christian|fore|sur)"
     r"_?names?|(?:\w+_)?(?:customer|patient|employee|contact|client|holder|cardholder|card_holder|account_holder"
     r"|beneficiary|guardian|parent|spouse|recipient|sender|guest|passenger|applicant|candidate|tenant|student|member"
     r"|insured|policyholder|subscriber|emergency_contact|doctor|physician|nurse|caller|buyer|seller|driver|owner"
     r"|author|requester|reporter|signer|signatory|witness|attendee|visitor|traveller|traveler|ship_to|bill_to"
     r"|person|contact_person|kin|player|gamer|teacher|pupil|learner|worker|resident|occupant|citizen)_name|surname|cardholder|card_holder|account_holder|next_of_kin|emergency_contact"
     r"|vorname|nachname|familienname|prenom|pr_nom|nom_de_famille|nombre|apellidos?|nome|cognome|voornaam|achternaam"
     r"|imi_|imie|nazwisko|fornavn|etternavn|efternamn|f_rnamn|fornamn|etunimi|sukunimi|" + _NAMES_OR_THINGS),
    ("USERNAME",
     r"(?:\w+_)?(?:user_?name|login(?:_?name)?|handle|nick_?name|screen_?name|sam_?account_?name|login_?id)"
     r"|(?:\w+_)?user|uid|owner|author|actor|assignee|reporter|creator|committer|submitter|maintainer|requester|approver"
     r"|(?:created|updated|modified|requested|approved|opened|closed|assigned|reported|submitted|reviewed|acked"
     r"|tested|signed_off|co_authored|commented|resolved|owned|performed|changed|done|edited|deleted|removed"
     r"|banned|muted|kicked|moderated|actioned|handled|triggered|initiated|invited|merged|pushed|uploaded|exported"
     r"|viewed|accessed)_by|assigned_to|reviewers?|commenter|by|moderator"
     # round 31 (ids31dev): the staff member a shop, telecom or call-centre log names by login (`agent=`,
     # `operator:`, `cashier=`); value_fits still wants a login-shaped value (`agent: docker` is a word)
     r"|(?:store_|call_|desk_|support_)?(?:agent|operator|clerk|cashier|teller|dispatcher|technician)"
     r"|(?:git_?hub|gitlab|slack|twitter|telegram|discord)(?:_(?:user|username|handle|login|id))?"),
    ("STREET_ADDRESS",
     r"(?:\w+_)?(?:street(?:_?address|_?name|_?line_?\d|_?\d)?|address(?:_?line)?(?:_?\d)?|addr(?:_?line)?(?:_?\d)?"
     r"|line_?\d|city|town|zip(?:_?code)?|post_?code|postal_?code|suburb|house_?(?:number|no)|strasse|stra(?:ss|ß)e"
     r"|wohnort|code_?postal|ciudad|codigo_?postal|residence|locality|municipality)|plz|ort|cap|ville|citta|county"
     r"|colonia|barrio|district"
     # where a person lives, as profiles and forms name it (`"location": "Tampere"`, `hometown`, `based_in`)
     r"|(?:\w+_)?(?:home_?town|home_?city|current_?city|location|based_?in|lives_?in|living_?in|neighbou?rhood"
     r"|village|hamlet|parish|place_?of_?residence|commune|settlement)"
     r"|(?:\w+_)?(?:apt|apartment|unit|suite|flat)(?:_?(?:number|no|nr))?"
     # round 17: the same parts under labels in other languages (address_labels)
     r"|(?:\w+_)?(?:" + _PLACE_LABEL_WORDS + "|" + _ADDRESS_LABEL_WORDS + "|" + _POSTCODE_LABEL_WORDS + ")"),
)
_COMPILED_RULES = tuple((kind, re.compile(pattern)) for kind, pattern in _FIELD_RULES)

# "email_address", "ip_address", "server_address": an address, but not a postal one.
_NOT_POSTAL_ADDRESS = re.compile(
    r"(?:^|_)(?:e_?mail|mail|ip|ipv4|ipv6|mac|server|bind|listen|remote|local|wallet|host|contract|network|proxy"
    r"|peer|node|web|url|base|sender|from|to|reply|return|bitcoin|btc|eth|public|private|broadcast|gateway|memory"
    r"|advertise|smtp|dns|api|service|endpoint|socket|redis|db|database|bucket)_(?:address|addr|adress|adresse|adres|adresa)"
)
# Literal pieces of the keys above: only where one occurs is a key looked for.
_KEY_ANCHORS_ANYWHERE = (
    "dob", "birth", "bday", "geburt", "geb_", "nacimiento", "fecha_nac", "naissance", "nascita", "geboorte", "born",
    "ssn", "social", "national", "ni_", "nino", "tax", "itin", "cpf", "curp", "fiscale", "bsn", "pesel",
    "personnummer", "personal", "aadha", "steuer", "nhs", "idnumber", "id_number", "id-number", "idno", "id_no",
    "government", "nric", "hkid", "sozialvers", "sv_n", "insee", "nir", "dni", "nie", "nif", "rfc", "cpr", "pps",
    "rut", "tfn", "bvn", "cnp", "egn", "oib", "emso", "amka", "fodsel", "hetu", "henkilo", "rijksreg", "passport",
    "last4", "last_4", "lastfour", "cedula", "édula", "ahv", "jmbg", "ppsn", "identity", "idcard", "id_card", "tckn",
    "kimlik", "cnic", "mykad", "ic_n", "citizen", "cccd", "cmnd", "snils", "pinfl", "kennitala", "emirates", "umid",
    "national", "nat_id", "natid", "gov_id", "govid",
    "employee", "emp_", "empid", "empno", "emp-", "staff", "member", "patient", "customer", "cust", "client",
    "student", "subscriber", "policy", "claim", "account", "acct", "badge", "insur", "beneficiar", "licen", "driver",
    "loyalty", "medicare", "medicaid", "case", "tenant", "applicant", "personnel", "person_", "personid", "payroll",
    "pension", "voter", "guest", "resident", "health", "mrn", "medical", "dl_", "dlno", "dlnumber",
    "card", "cc_", "ccn", "credit", "iban", "phone", "mobile", "telephone", "telefon", "cellphone", "cell_phone",
    "contact", "msisdn", "whatsapp", "fax", "handy",
    "user", "login", "handle", "nick", "screen", "samaccount", "uid", "owner", "author", "actor", "assignee",
    "reporter", "creator", "committer", "submitter", "maintainer", "requester", "approver", "_by", "-by", "assign",
    "signed", "reviewer", "commenter", "github", "agent", "operator", "clerk", "cashier", "teller", "dispatcher",
    "technician",
    "gitlab", "slack", "twitter", "telegram", "discord",
    "name", "given", "family", "holder", "guardian", "spouse", "kin", "emergency", "vorname", "nachname", "prenom",
    "prénom", "nombre", "apellido", "nome", "cognome", "voornaam", "achternaam", "imię", "imie", "nazwisko", "fornavn",
    "etternavn", "efternamn", "förnamn", "fornamn", "etunimi", "sukunimi",
    "street", "address", "addr", "line1", "line2", "line3", "line_1", "line_2", "line 1", "line 2", "city", "town",
    "zip", "postcode", "post_code", "postal", "suburb", "house", "strasse", "straße", "wohnort", "ciudad", "codigo",
    "residence", "locality", "municipality", "plz", "ville", "citta", "county", "colonia", "barrio", "district",
    "location", "hometown", "based", "lives", "living", "neighbo", "village", "hamlet", "parish", "commune",
    "settlement",
)
# Every word of _NAMES_OR_THINGS (`recipient`, `passenger`, `attendee`): a key made of one is looked for too.
_KEY_ANCHORS_ANYWHERE += tuple(sorted(set(re.findall(r"[a-z]{4,}", _NAMES_OR_THINGS)) - set(_KEY_ANCHORS_ANYWHERE)))
# The person roles of _NAMES_OR_THINGS that no anchor above finds.
_KEY_ANCHORS_ANYWHERE += ("payee", "payer", "rider", "guarantor", "cosigner", "co_signer", "landlord", "occupant",
                          "borrower", "debtor", "donor", "plaintiff", "defendant")
# Short keys that are also pieces of common words (report, args, using, setting, span, hotel, cancel):
# found only with what follows a key (a separator, a quote, the end of a header cell).
_SHORT_KEYS = ("by", "ort", "cap", "rg", "sin", "tin", "nin", "pan", "tel", "cell", "unit", "apt", "suite", "flat", "apartment",
               "nik", "ktp", "ird", "avs", "nid", "nida", "dui", "cui", "iin", "sss", "nhi")
_KEY_AFTER = (":", '"', "'", "=", ",", ";", "|", "\t", "\n", " :", " =", "\\")  # (`\"nm\":` in escaped JSON)
# The labels of other languages (address_labels) as written and folded, with what follows a key: many are pieces
# of English words ("calle" of "called", "kota" of "Dakota"), and only a key costs the look that follows.
_OTHER_LANGUAGE_KEYS = tuple(sorted({spelling for label in PLACE_LABELS + ADDRESS_LABELS + POSTCODE_LABELS
                                     for written in (label.lower(), _folded_key(label))
                                     for spelling in (written, written.replace(" ", "_"))}))
_KEY_ANCHORS = _KEY_ANCHORS_ANYWHERE + tuple(
    key + after for key in _SHORT_KEYS + _OTHER_LANGUAGE_KEYS for after in _KEY_AFTER
)
# The words of slot names in every language and style (slot_names.py): in other scripts, and Latin words of four
# letters or more, anywhere; short Latin ones (`nm`, `tlf`, `afm`) only with what follows a key.
_KEY_ANCHORS += tuple(sorted(
    {word for word in slot_vocabulary() if not word.isascii() or len(word) >= 4}
    | {word + after for word in slot_vocabulary() if word.isascii() and len(word) < 4 for after in _KEY_AFTER}))
_SCORE = 0.7


@dataclass(frozen=True, slots=True)
class FieldValue:
    start: int
    end: int
    kind: str


@lru_cache(maxsize=4096)
def key_words(key: str) -> str:
    """A key's words, lower case, joined by "_": `addressLine1` -> `address_line1`, `Date of Birth` -> `date_of_birth`."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", key.strip())
    return _KEY_WORD_BREAK.sub("_", _folded_key(spaced)).strip("_")


def _rule_kind(words: str) -> str | None:
    if not words or len(words) > 48:
        return None
    for kind, pattern in _COMPILED_RULES:
        if pattern.fullmatch(words):
            if kind == "STREET_ADDRESS" and _NOT_POSTAL_ADDRESS.search(words):
                return None
            return kind
    return None


@lru_cache(maxsize=4096)
def rule_words(key: str) -> str:
    """The words of `key` the rules read: its own (`billing_city`), or its English words when only those name a kind
    (`mbr_fname` -> member_first_name, `社員番号` -> employee_number: slot_names.py)."""
    words = key_words(key)
    if _rule_kind(words) is None:
        english = english_slot(key)
        if _rule_kind(english) is not None:
            return english
    return words


@lru_cache(maxsize=4096)
def field_kind(key: str) -> str | None:
    """The personal-data kind a field named `key` holds, or None."""
    return _rule_kind(rule_words(key))


# --- values --------------------------------------------------------------------------

_TEMPLATE_VALUE = re.compile(r"^(?:[$%{<:?]|\[\[|null$|none$|nil$|true$|false$|n/?a$|-+$|\*+$|x+$|undefined$|tbd$)",
                             re.IGNORECASE)
_LOGIN_VALUE = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._-]{0,30}[A-Za-z0-9_]|@?[A-Za-z]")
# A place, and its region or country after one comma ("Tlaquepaque, Jalisco", "Bydgoszcz, PL").
_CITY_VALUE = re.compile(r"[^\W\d_][\w'’. -]{0,40}(?:,[ ]?[^\W\d_][\w'’. -]{0,30})?")
# Keys that name a place a person lives in only sometimes (`location` also names a cloud region, a path or a
# URL): a capitalised place name in letters, no digit, "_" or "/" ("westeurope", "us-east-1", "/var/lib" stay).
_PLACE_KEYS = re.compile(r"(?:^|_)(?:location|based_?in|lives_?in|living_?in|commune|settlement|parish)$")
_PLACE_VALUE = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:[ '’.-]{1,2}[^\W\d_]+){0,3}(?:,[ ]?[^\W\d_][^\W\d_ .-]*(?:[ .-]{1,2}[^\W\d_]+){0,2})?")
_POSTCODE_VALUE = re.compile(r"(?=[A-Za-z0-9 -]*\d)[A-Za-z0-9][A-Za-z0-9 -]{1,9}")
_DIGIT = re.compile(r"\d")
_CODE_PUNCTUATION = re.compile(r"[{}=;<>]|\(\)|:=|\($")
_LOGIN_PUNCTUATION = re.compile(r"[\d._-]")
_VERSION_VALUE = re.compile(r"[~^<>=]+.*|v?\d{1,2}\.\d{1,3}(?:\.\d{1,4})?(?:[-+][\w.]+)?")
# Digits grouped by threes with dots, as Argentina, Colombia and Uruguay write identity numbers: no version.
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3}){2,3}(?:-[\dkK])?")
_UNIT_KEYS = re.compile(r"(?:\w+_)?(?:apt|apartment|unit|suite|flat)(?:_?(?:number|no|nr))?")
_MEASURE_VALUE = re.compile(r"\d+(?:ms|[smhdkwy]|px|em|pt)", re.IGNORECASE)  # `unit: 5m` is a duration
_UNIT_VALUE = re.compile(r"#?[A-Za-z]?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?")
_CITY_KEYS = re.compile(r"(?:^|_)(?:city|town|ort|ville|citta|ciudad|wohnort|county|suburb|locality|municipality"
                        r"|colonia|barrio|district|home_?town|home_?city|neighbou?rhood|village|hamlet"
                        r"|place_?of_?residence|" + _PLACE_LABEL_WORDS + ")$")
_POSTCODE_KEYS = re.compile(r"(?:^|_)(?:zip(?:_?code)?|post_?code|postal_?code|plz|cap|code_?postal|codigo_?postal|"
                            + _POSTCODE_LABEL_WORDS + ")$")
_ADDRESS_ONLY_KEYS = re.compile(r"(?:^|_)(?:address|addr|" + _ADDRESS_LABEL_WORDS + ")$")


# A mailbox as people and exports type it: a local part, an "@" (doubled by a slip, spaced, spelled "at" or bracketed),
# and a domain of two labels or more whose dots may be spelled too; the top-level label may be mistyped ("gmail.con").
# The key says it is a mailbox, so the value only has to have a mailbox's parts (an `email: on` setting has none).
_EMAIL_AT = r"(?:[ \t]*@{1,2}[ \t]*|[ \t]*[\[({<][ \t]*(?:at|@)[ \t]*[\])}>][ \t]*|[ \t]+(?:at|AT)[ \t]+)"
_EMAIL_DOT = r"(?:[ \t]*[\[({<][ \t]*(?:dot|\.)[ \t]*[\])}>][ \t]*|[ \t]+(?:dot|DOT)[ \t]+|\.)"
_EMAIL_VALUE = re.compile(r"[^\W_][\w.%+'-]{0,63}" + _EMAIL_AT + r"[^\W_][\w-]{0,62}(?:" + _EMAIL_DOT
                          + r"[^\W_][\w-]{0,62}){1,4}")
# Where an unquoted one ends: its own shape bounds it (`email=jo at mail.example; c7=...`).
_EMAIL_PREFIX = re.compile(_EMAIL_VALUE.pattern + r"(?![\w-])")


_BANK_KEY = re.compile(r"(?i:(?:account|acct|konto|cuenta|compte|rekening|conto|conta|rachunek|счет|счёт)(?:_?(?:number|no|nr|num|nummer|numero))?$)")
_LETTER = re.compile(r"[^\W\d_]")


def value_fits(kind: str, key: str, value: str) -> bool:
    """Whether `value` can be the `kind` a field named `key` holds (not empty, not a template)."""
    if not value or _TEMPLATE_VALUE.match(value):
        return False
    if kind == "USERNAME":
        login = value.lstrip("@")
        if login[:1].isupper() and not _LOGIN_PUNCTUATION.search(login):
            return False  # "Author: Jane Doe": a name (NER's), not a login
        # `DB_USER=orders`, `owner: platform`: an ordinary word names a role or a team, not a person.
        return (bool(_LOGIN_VALUE.fullmatch(value)) and is_personal_login(login) and not is_ordinary_word(login)
                and not word_of_a_label_language(login))  # `Benutzer: keiner`: the form's answer (login_cues.py)
    if kind == "PERSON":
        return _person_value_fits(key, value)
    if _VERSION_VALUE.fullmatch(value) and not (kind in ("NATIONAL_ID", "ID_NUMBER") and _GROUPED_NUMBER.fullmatch(value)):
        return False  # `"passport": "^0.7.0"` in a package.json: a dependency (not a DNI "12.345.678")
    if kind == "PHONE":
        return len(_DIGIT.findall(value)) >= 6 and len(value) <= 32
    if kind == "EMAIL":
        return len(value) <= 254 and bool(_EMAIL_VALUE.fullmatch(value))
    if kind == "STREET_ADDRESS":
        words = rule_words(key)
        if _PLACE_KEYS.search(words):
            return bool(_PLACE_VALUE.fullmatch(value))
        if _CITY_KEYS.search(words):
            return bool(_CITY_VALUE.fullmatch(value))
        if _POSTCODE_KEYS.search(words):
            return bool(_POSTCODE_VALUE.fullmatch(value))
        if _UNIT_KEYS.fullmatch(words):  # `unit: 12C`, `"apt": "4B"` (not `unit: ms` or `suite: integration`)
            return bool(_UNIT_VALUE.fullmatch(value)) and not _MEASURE_VALUE.fullmatch(value)
        if "@" in value or "://" in value or len(value) > 160 or _CODE_PUNCTUATION.search(value):
            return False
        if _ADDRESS_ONLY_KEYS.search(words):  # `address` also names hosts, IPs and wallets: want words
            return (" " in value or "," in value) and any(char.isalpha() for char in value)
        return any(char.isalnum() for char in value)
    if kind == "DATE_OF_BIRTH":
        return reads_as_a_birth_field_value(value) and len(value) <= 40
    if kind == "ID_NUMBER" and _BANK_KEY.search(rule_words(key)) and (len(_DIGIT.findall(value)) < 6 or _LETTER.search(value)):
        return False  # `account: dev-2`, `account=prod`: a name of an account, not its number
    # Identifiers, cards, IBANs: a digit, not a sentence.
    return bool(_DIGIT.search(value)) and 3 <= len(value) <= 48 and value.count(" ") <= 6


# One to five words of letters (any script), with the apostrophes, hyphens, dots and commas of names
# ("O'Brien-Nakamura", "J. R. Okafor", "Doe, Jane"); no digits, no code punctuation.
# Combining marks count as letters ("Ìyàbọ̀" is written with them), and so do the vowel signs and viramas of the
# Indic and South-East Asian scripts (FOREIGN_LETTERS): Python's \w leaves them out, and "ਹਰਪ੍ਰੀਤ" is one word.
_NAME_LETTERS = rf"(?:[^\W\d_]|[\u0300-\u036f{FOREIGN_LETTERS}])"
_PERSON_VALUE = re.compile(rf"{_NAME_LETTERS}(?:{_NAME_LETTERS}|['’.-])*(?:,?[ ]{_NAME_LETTERS}(?:{_NAME_LETTERS}|['’.-])*){{0,4}}")
_NAME_ONLY_IF_NAMED = re.compile(_NAMES_OR_THINGS)
# Values that are code, not a name: types and declarations (`first_name: str`, `last_name = models.CharField`).
_TYPE_WORDS = frozenset("str string text varchar char character optional any object none null int integer field"
                        " required unknown value name first last firstname lastname".split())


def _person_value_fits(key: str, value: str) -> bool:
    """Whether `value` is a person's name under the field `key` (the key says it is, or the value looks like one)."""
    if "+" in value and " " not in value:
        value = value.replace("+", " ")  # a query string's or form body's spaces
    if len(value) > 80 or not _PERSON_VALUE.fullmatch(value):
        return False
    words = value.replace(",", " ").split()
    if value.casefold() in _TYPE_WORDS or value.casefold() == rule_words(key).replace("_", ""):
        return False
    capitalised = not any(word[:1].islower() for word in words)  # scripts without case count as capitalised
    if not capitalised and all(is_ordinary_word(word.casefold()) for word in words):
        return False  # `name: default`, `first_name: string`: words of the language, written as code writes them
    if not _NAME_ONLY_IF_NAMED.fullmatch(rule_words(key)):
        return True  # the key only ever holds a name
    # `name`, `given`, `display_name`: a capitalised value whose first word is a first name or whose last
    # word is a surname, or two words of no language ("Ìyàbọ̀ Adéwálé"); not only words of the language
    # ("Build Pipeline", "Web Search").
    if not capitalised:
        return False
    if all(has_foreign_letters(word) for word in words):
        # "会員：一般会員", "회원: 정회원": the key's own noun in the value names a kind of member, not one
        return key not in value and may_be_a_name_in_its_script(words)
    folded = [word.strip(".'’-").casefold() for word in words]
    named = (folded[0] in first_names() or folded[0] in world_first_names() or folded[-1] in surnames()
             or (len(folded) >= 2 and not any(is_ordinary_word(word) for word in folded)))
    return named and not all(is_ordinary_word(word) and word not in first_names() for word in folded)


def _quoted_name_fits(key: str, value: str) -> bool:
    """A quoted string under a key that only ever holds a name (`last_name`, `surname`, `cognome`, not `name`) is the
    name, also in lower case and also when it is a word of the language (`"quill"`, `"ravensworth"`): a string
    literal is data, where an unquoted word may be a variable or a setting (`name: default`)."""
    return (not _NAME_ONLY_IF_NAMED.fullmatch(rule_words(key)) and len(value) <= 80
            and bool(_PERSON_VALUE.fullmatch(value)) and value.casefold() not in _TYPE_WORDS
            and value.casefold() != rule_words(key).replace("_", "") and not _TEMPLATE_VALUE.match(value))


# --- key: value, key=value, "key": "value" -------------------------------------------

# Letters of keys in scripts other than Latin and Cyrillic (Greek, Arabic, Devanagari, kana, CJK, Hangul):
# `"社員番号": "…"`, `"رقم_العميل": "…"`.
_SCRIPT_KEY_LETTERS = "\u0370-\u03ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# A key token (and a word after it, or a particle and a word: "Place of birth", "Lugar de nacimiento"), then a
# separator, then a quoted value or an unquoted one (cut below).
# (The key's characters and a word after it are possessive, `+`: no key character can start what follows them, so
# giving one back never makes a match; trying it cost a try of every later part per character, at every key.)
_KEY_VALUE = re.compile(
    r"(?P<key>[A-Za-z0-9_.\u00c0-\u024f\u0400-\u04ff" + _SCRIPT_KEY_LETTERS + r"-]{1,60}+(?:[ ](?:of|de|di|da|du|do|del)[ ][A-Za-z\u00c0-\u024f]{2,12}+|[ ][A-Za-z\u00c0-\u024f\u0400-\u04ff]{2,12}+)?(?:[ ]\d)?)(?:\\?[\"'`\]]|\[\])?[ \t]*(?P<sep>=>|:=|::|[:=])[ \t]*"
    # JSON inside a JSON string (tool-call arguments): \"key\": \"value\"
    r"(?:(?P<q>[\"'`])(?P<qv>[^\"'`\n]{1,200})(?P=q)|\\(?P<eq>[\"'])(?P<eqv>[^\"'`\n\\]{1,200})\\(?P=eq)|(?P<v>[^\s\"'`,;&)\]}{\[|<][^\n]{0,200}))"
)
# Where an unquoted value ends: after "=" at whitespace; after ":" at the next key or a table/statement break.
_EQUALS_VALUE_END = re.compile(r"[\s,;&)\]}|\"'`]")
_COLON_VALUE_END = re.compile(r"[ \t]*(?:,[ \t]*[\"']?[A-Za-z_][\w .-]{0,30}[\"']?[ \t]*[:=](?!\d)|[;|}\]\t]|[ \t]+#|$)")
_SEPARATOR_AHEAD = re.compile(r"[A-Za-z0-9_.\u00c0-\u024f\u0400-\u04ff" + _SCRIPT_KEY_LETTERS + r"-]*+(?:[ ](?:of|de|di|da|du|do|del)[ ][A-Za-z\u00c0-\u024f]{2,12}+|[ ][A-Za-z\u00c0-\u024f\u0400-\u04ff]{2,12}+)?(?:[ ]\d)?(?:\\?[\"'`\]]|\[\])?[ \t]*[:=]")
# (Keys in Latin letters with accents and in Cyrillic: `città`, `Doğum yeri`, `город`.)
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-").union(
    map(chr, range(0xC0, 0x250)), map(chr, range(0x400, 0x500)), map(chr, range(0x370, 0x400)),
    map(chr, range(0x600, 0x700)), map(chr, range(0x900, 0x980)), map(chr, range(0x3040, 0x3100)),
    map(chr, range(0x3400, 0x4DC0)), map(chr, range(0x4E00, 0xA000)), map(chr, range(0xAC00, 0xD7B0)))


def _unquoted_end(text: str, match: re.Match) -> int:
    start = match.start("v")
    if match.group("sep") in ("=", "=>", ":="):
        cut = _EQUALS_VALUE_END.search(text, start, match.end("v"))
    else:
        cut = _COLON_VALUE_END.search(text, start, match.end("v") + 1)
    end = cut.start() if cut else match.end("v")
    end = _before_next_sentence(text, start, end)
    while end > start and text[end - 1] in " \t\r.,":
        end -= 1
    return end


# A sentence after an address on its line ("Morada: Rua das Flores 12, 3º dto. O senhorio, Sr. Costa, ..."): a full
# stop, then a capitalised function word of some language (Zipf 5: "O", "The", "Der", "El") before a lower-case word
# (or one word and then a lower-case one).
# An address's own abbreviations are followed by a name or a number ("Jl. Sudirman no. 5", "St. Mary Street", "Av. 9
# de Julio"), not by an article and a noun. Round 27 (prec27b).
_SENTENCE_AFTER = re.compile(
    r"[.!?][ \t]+(?P<opening>[^\W\d_]{1,8})[ \t]+(?P<next>[^\W\d_]{3,})(?:[ \t]+(?P<third>[^\W\d_]{2,}))?")
_FUNCTION_WORD_ZIPF = 5.0


def _before_next_sentence(text: str, start: int, end: int) -> int:
    for sentence in _SENTENCE_AFTER.finditer(text, start, end):
        opening, following, third = sentence.group("opening", "next", "third")
        # (German capitalises the noun after the article: "Der Mieter ist verzogen"; the verb after it is lower case)
        if (opening[:1].isupper() and (following.islower() or third is not None and third.islower()) and any(char.isdigit() for char in text[start:sentence.start()])
                and _function_word(opening.lower())):
            return sentence.start() + 1
    return end


@lru_cache(maxsize=4096)
def _function_word(folded: str) -> bool:
    from redactor.detect.name_parts import OTHER_LATIN_LANGUAGES
    from redactor.detect.word_frequencies import zipf_frequency

    return any(zipf_frequency(folded, language) >= _FUNCTION_WORD_ZIPF for language in ("en", *OTHER_LATIN_LANGUAGES))


# Unquoted values run to the end of the line ("reporter: lisa_m. Priority high."): each kind
# keeps only the part that can be its value.
_LOGIN_PREFIX = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._-]*")
_IDENTIFIER_PREFIX = re.compile(r"[#+(]?[A-Za-z0-9][\w./()#-]*(?:[ ](?:[\w./()-]*\d[\w./()-]*|[A-Z](?![\w])))*")
# A name runs over single spaces and stops before the next label ("Name: Precious Moyo Email: ...") or logfmt
# key ("driver=Tunde Bakare rider=Ngozi Eze").
# ("+" is a space in a query string or form body: `holder_name=Ines+Abarca`.)
_PERSON_PREFIX = re.compile(r"[^\W\d_][\w'’.-]*(?:[ +](?![^\W\d_][\w'’.-]*[:=])[^\W\d_][\w'’.-]*){0,4}")
_DATE_PREFIX = re.compile(r"[\w.'/-]+(?:[ ](?=\S*\d|[^\W\d_]{3,9}\.?[ ,]+\d)[\w.'/-]+){0,3}(?:,[ ]?\d{4})?")


def _value_prefix_end(kind: str, text: str, start: int, end: int) -> int:
    if kind == "STREET_ADDRESS":
        return end
    pattern = (_EMAIL_PREFIX if kind == "EMAIL" else _LOGIN_PREFIX if kind == "USERNAME" else _DATE_PREFIX if kind == "DATE_OF_BIRTH"
               else _PERSON_PREFIX if kind == "PERSON" else _IDENTIFIER_PREFIX)
    match = pattern.match(text, start, end)
    if match is None:
        return start
    value_end = match.end()
    while value_end > start and text[value_end - 1] in ".-/(":
        value_end -= 1
    return value_end


# An HTML table pasted from a web app or an e-mail (round 29): a row of `<th>` cells names the columns of the rows below,
# as a CSV header does (_table_columns); each `<td>` is read under its column's name.
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<(t[hd])\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")


def _html_table_fields(text: str) -> Iterator[FieldValue]:
    header: list[str] | None = None
    for row in _HTML_ROW.finditer(text):
        cells = list(_HTML_CELL.finditer(text, row.start(1), row.end(1)))
        if cells and all(cell.group(1).lower() == "th" for cell in cells):
            header = [_HTML_TAG.sub("", cell.group(2)).strip() for cell in cells]
            continue
        for label, cell in zip(header or (), cells):
            value = cell.group(2).strip()
            kind = field_kind(label) if value and "<" not in value else None
            if kind and value_fits(kind, label, value):
                start = cell.start(2) + cell.group(2).index(value)
                yield FieldValue(start, start + len(value), kind)


# A pandas Series printed (`df["holder"]`, `df.set_index("ref")["holder"]`, a notebook's Out cell): one value per
# line after its index label, and a footer naming the series: `Name: holder, dtype: object`. The name is the column's
# field name, so every value above reads under it, as a table's cells under their header (_table_columns).
_SERIES_FOOTER = re.compile(r"^Name: (?P<name>[^,\n]{1,60}), (?:Length: \d+, )?dtype: \w+[ \t]*\r?$", re.MULTILINE)
_SERIES_ROW = re.compile(r"(?P<index>\S{1,40}(?: \S{1,40}){0,2}?)[ \t]{2,}(?P<value>\S[^\n]{0,119}?)[ \t]*\r?")
_MAX_SERIES_ROWS = 200


def _series_values(text: str) -> Iterator[FieldValue]:
    for footer in _SERIES_FOOTER.finditer(text):
        name = footer.group("name").strip()
        kind = field_kind(name)
        if kind is None:
            continue
        line_end = footer.start() - 1
        for _ in range(_MAX_SERIES_ROWS):
            if line_end <= 0:
                break
            line_start = text.rfind("\n", 0, line_end) + 1
            line = text[line_start:line_end]
            line_end = line_start - 1
            if line.strip() in ("...", "…"):
                continue  # the rows pandas elides
            row = _SERIES_ROW.fullmatch(line)
            if row is None:
                break  # the index's own name (one word), or the text the series was printed in
            value = row.group("value")
            if value_fits(kind, name, value):
                yield FieldValue(line_start + row.start("value"), line_start + row.end("value"), kind)


def find_field_values(text: str, field_name: str | None = None) -> Iterator[FieldValue]:
    """Every personal-data value under a telling field name in `text` (see the module docstring)."""
    if field_name:
        kind = field_kind(field_name)
        stripped = text.strip()
        if kind and value_fits(kind, field_name, stripped):
            offset = text.index(stripped)
            yield FieldValue(offset, offset + len(stripped), kind)
    if contains_any(text, ("PID|",)):
        yield from _hl7_patient_fields(text)
    if contains_any(text, ("CLM", "REF", "NM1")):
        yield from _x12_personal_ids(text)
    if contains_any(lowered_same_length(text), ('line":', 'lines":', 'line" :', 'lines" :')):
        yield from _json_address_lines(text)
    if contains_any(text, ("N3*", "N3|", "N3^")):
        yield from _x12_addresses(text)
    if contains_any(text, ("NAD+", "CTA+", "COM+")):
        yield from _edifact_parties(text)
    if contains_any(text, ("<th", "<TH")):
        yield from _html_table_fields(text)
    if contains_any(text, ("dtype: ",)):
        yield from _series_values(text)
    lowered = lowered_same_length(text)
    # (No key anchor is no reason to stop: the readers after the loop, XML elements among them, read forms of their
    # own. `<record><nm>…</nm><acc>…</acc>` holds only short keys and went unread until round 37.)
    positions = keyword_positions(lowered, _KEY_ANCHORS)
    done_keys: set[int] = set()
    done_lines: set[int] = set()
    line_start = previous = 0
    for position in positions:
        newline = text.rfind("\n", previous, position)  # positions are sorted: look back to the previous one only
        if newline != -1:
            line_start = newline + 1
        previous = position
        if line_start not in done_lines:
            done_lines.add(line_start)
            yield from _table_columns(text, line_start)
            below = _value_below_label_line(text, line_start)  # "Tax ID\n123-456-789": a form's label, its value below
            if below is not None:
                yield below
        if not _SEPARATOR_AHEAD.match(text, position):
            continue  # a word inside prose or code, not a key
        start = position
        while start > 0 and text[start - 1] in _KEY_CHARS:
            start -= 1
        if start in done_keys:
            continue
        done_keys.add(start)
        yield from _key_value_at(text, start)
    if contains_any(text, ("set", "with")):
        yield from _setter_values(text)
    if contains_any(text, ('("', "('")):
        yield from _names_passed_to_people(text)
    if contains_any(text, ('1) "',)) or contains_any(lowered, ("hset ", "hmset ")):
        yield from _redis_hash_fields(text)
    if contains_any(lowered, ("insert",)) or contains_any(text, ("INSERT",)):
        yield from _sql_inserts(text)
    if contains_any(text, ("</",)):
        yield from _xml_elements(text)


# A setter or builder call names the slot in its method: `p.setCognome("Russo")`, `.withTaxId('…')`.
_SETTER_CALL = re.compile(r"(?<![A-Za-z0-9_])(?:set|with)_?(?P<key>[A-Z][A-Za-z0-9_]{1,60}|[a-z][a-z0-9_]{1,60})"
                          r"\([ \t]*(?P<q>[\"'])(?P<value>[^\"'\n]{1,200})(?P=q)[ \t]*\)")


def _setter_values(text: str) -> Iterator[FieldValue]:
    for position in keyword_positions(text, ("set", "with")):  # (tried only where a setter's verb is)
        call = _SETTER_CALL.match(text, position)
        if call is None:
            continue
        key = call.group("key")
        kind = field_kind(key)
        if kind and value_fits(kind, key, call.group("value").strip()):
            start = call.start("value") + len(call.group("value")) - len(call.group("value").lstrip())
            yield FieldValue(start, start + len(call.group("value").strip()), kind)


# A constructor or function named for a person holds people's names in its positional arguments:
# `new Applicant("APP-795", "Demetrius", "Faulkner-Oduya")`, `create_customer('Ines Abarca', 'ES')`. The call's
# name is the slot: a quoted argument that reads as a name there is one.
_CALLEE_BEFORE = re.compile(r"(?<![\w])(?P<callee>[A-Za-z_]\w{1,60})[ \t]*$")
_ARGUMENTS = re.compile(r"\((?P<arguments>[^()\n]{1,400})\)")
_QUOTED_ARGUMENT = re.compile(r"(?P<q>[\"'])(?P<value>[^\"'\n]{1,80})(?P=q)")
_PERSON_ROLE_WORDS = frozenset(re.findall(r"[a-z]{4,}", _NAMES_OR_THINGS)) | {"person", "people", "user", "users"}


def _names_passed_to_people(text: str) -> Iterator[FieldValue]:
    # (found from each call's opening parenthesis and quote, the callee read behind it)
    for position in keyword_positions(text, ('("', "('")):
        callee = _CALLEE_BEFORE.search(text, max(0, position - 64), position)
        call = _ARGUMENTS.match(text, position) if callee else None
        if call is None:
            continue
        words = english_slot(callee.group("callee")).split("_")
        if not _PERSON_ROLE_WORDS.intersection(words) or "name" in words[-1:]:
            continue  # (`set_name("x")` is a setter: _setter_values)
        for argument in _QUOTED_ARGUMENT.finditer(text, call.start("arguments"), call.end("arguments")):
            before = text[call.start("arguments"):argument.start()].rstrip()
            if before.endswith(("=", ":")):
                continue  # a named argument: pii_fields' key rules read it (`plan="Gold"`)
            if _argument_reads_as_a_name(argument.group("value")):
                yield FieldValue(argument.start("value"), argument.end("value"), "PERSON")


def _argument_reads_as_a_name(value: str) -> bool:
    """Capitalised words in mixed case, a known first name or surname among them or none of them a word of the
    language or a service's (`"Demetrius"`, `"Faulkner-Oduya"`; not `"ES"`, `"Admin"`, `"Customer Created"`)."""
    words = value.split()
    if not (1 <= len(words) <= 4 and len(value) >= 3 and _PERSON_VALUE.fullmatch(value)
            and all(word[:1].isupper() and any(char.islower() for char in word) for word in words)):
        return False
    folded = [word.strip(".'’-").casefold() for word in words]
    if value.casefold() in _TYPE_WORDS or any(word in _SERVICE_PIECES for word in folded):
        return False
    if len(folded) == 1:  # one word: a first name, or a double-barrelled name of no language ("Faulkner-Oduya")
        return folded[0] in first_names() or folded[0] in world_first_names() or (
            "-" in folded[0] and not any(is_ordinary_word(piece) for piece in folded[0].split("-")))
    # several words: a first name first ("Ines Abarca"), or no word of the language ("Adaeze Okonkwo-Idu")
    return (folded[0] in first_names() or folded[0] in world_first_names()
            or not any(is_ordinary_word(piece) for word in folded for piece in word.split("-")))


# A Redis hash names each value by the field before it: `HGETALL` replies alternate field and value on numbered
# lines (`1) "first_name"` / `2) "ximena"`), `HSET key field value [field value ...]` on one line.
_REPLY_LINE = re.compile(r"^[ \t]*\d+\)[ \t]+\"(?P<item>[^\"\n]*)\"[ \t]*\r?$", re.MULTILINE)
_HSET = re.compile(r"(?i:hm?set)[ \t]+\S+(?P<pairs>(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"']+))+)")
_HSET_ITEM = re.compile(r"\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s\"']+)")


def _redis_hash_fields(text: str) -> Iterator[FieldValue]:
    items: list[tuple[int, int]] = []
    previous_end = -1
    for reply in _REPLY_LINE.finditer(text):
        if previous_end != -1 and text.count("\n", previous_end, reply.start()) > 1:
            items = []  # another reply
        items.append(reply.span("item"))
        previous_end = reply.end()
        if len(items) % 2 == 0:
            yield from _hash_field_value(text, items[-2], items[-1])
    for command in _HSET.finditer(text):
        found = [(item.start(group), item.end(group)) for item in _HSET_ITEM.finditer(text, command.start("pairs"),
                                                                                         command.end("pairs"))
                 for group in ("dq", "sq", "bare") if item.group(group) is not None]
        for index in range(0, len(found) - 1, 2):
            yield from _hash_field_value(text, found[index], found[index + 1])


def _hash_field_value(text: str, field: tuple[int, int], value: tuple[int, int]) -> Iterator[FieldValue]:
    key = text[field[0]:field[1]]
    kind = field_kind(key) if key else None
    if kind and value[1] > value[0] and (value_fits(kind, key, text[value[0]:value[1]])
                                         or kind == "PERSON" and _quoted_name_fits(key, text[value[0]:value[1]])):
        yield FieldValue(value[0], value[1], kind)


# A form copied from a PDF or a web page: a label alone on its line ("Tax ID", "**Date of birth:**", "Passport No.?"),
# its value alone on the next line (after one blank line at most). Only the identifier and birth-date kinds: a
# line of one word such as "Name" or "City" heads too many things.
_LABEL_LINE = re.compile(r"[ \t]*(?:[*_#>]+[ \t]*)?(?P<label>[^\W\d_][\w .'’/()-]{0,38}?)[ \t]*(?:[*_]+[ \t]*)?[:：?]?"
                         r"[ \t]*(?:[*_]+)?[ \t]*\r?")
_VALUE_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?[\"'`]?(?P<value>[^\s:\"'`][^\n:\"'`]{0,46}?)[\"'`]?[ \t]*\r?")
_ID_GROUP = re.compile(r"[^\s]*\d[^\s]*|[A-Z]{1,3}")
_LABEL_LINE_KINDS = frozenset({"NATIONAL_ID", "ID_NUMBER", "DATE_OF_BIRTH"})


def _value_below_label_line(text: str, line_start: int) -> FieldValue | None:
    line_end = text.find("\n", line_start)
    if line_end == -1 or line_end - line_start > 48:
        return None
    label = _LABEL_LINE.fullmatch(text, line_start, line_end)
    if label is None:
        return None
    words = label.group("label").split()
    if len(words) > 4 or (len(words) > 2 and words[0][:1].islower()):
        return None  # a line of prose ending in a label word ("please send your account number")
    kind = field_kind(label.group("label"))
    if kind not in _LABEL_LINE_KINDS:
        return None
    value_start = line_end + 1
    for _ in range(2):  # the next line, or the one after a blank line
        value_end = text.find("\n", value_start)
        value_end = len(text) if value_end == -1 else value_end
        if text[value_start:value_end].strip():
            break
        value_start = value_end + 1
        if value_start >= len(text):
            return None
    if value_end - value_start > 52:
        return None
    value = _VALUE_LINE.fullmatch(text, value_start, value_end)
    if value is None or value.group("value").count(" ") > 4:
        return None
    key = label.group("label")
    if kind != "DATE_OF_BIRTH" and not all(_ID_GROUP.fullmatch(group) for group in value.group("value").split()):
        return None  # "2024-11-29 is the deadline": a sentence, not an identifier
    if not value_fits(kind, key, value.group("value")):
        return None
    return FieldValue(value.start("value"), value.end("value"), kind)


# `<AccountNumber>00481923377</AccountNumber>`, `<ns:BirthDate>...</ns:BirthDate>`: an element's name is its key.
_XML_ELEMENT = re.compile(r"<(?P<key>[A-Za-z_][\w.-]{0,40}:)?(?P<name>[A-Za-z_][\w.-]{0,60})(?:[ \t][^<>\n]{0,200})?>"
                          r"[ \t]*(?P<value>[^<>\n]{1,200}?)[ \t]*</(?P=key)?(?P=name)>")


def _xml_elements(text: str) -> Iterator[FieldValue]:
    for match in _XML_ELEMENT.finditer(text):
        kind = field_kind(match.group("name"))
        if kind and value_fits(kind, match.group("name"), match.group("value")):
            yield FieldValue(match.start("value"), match.end("value"), kind)


# `{"employee": {"id": ...}}`, `member:\n  id: ...`: a generic key (id, number, code) whose meaning
# only the parent key gives. The parent opens an object or a YAML block; the child key is looked for
# inside it (before its closing brace, or among the more indented lines below).
_PARENT_OPENS = re.compile(r"\\?[\"'`]?[ \t]*:[ \t]*(?:\{|\r?\n(?P<indent>[ \t]+))")
_GENERIC_CHILD = re.compile(
    r"\\?[\"'`]?(?P<child>id|ID|Id|number|no|nr|num|code|ref|identifier|value)\\?[\"'`]?[ \t]*[:=][ \t]*"
    r"\\?(?:(?P<q>[\"'`])(?P<qv>[^\"'`\n\\]{1,60})\\?(?P=q)|(?P<v>[A-Za-z0-9][\w./#-]{0,47}))")
_NESTED_WINDOW = 400


def _nested_generic_id(text: str, key_start: int, key_end: int, parent: str) -> Iterator[FieldValue]:
    opens = _PARENT_OPENS.match(text, key_end)
    if opens is None:
        return
    kind = field_kind(parent + "_id")
    if kind not in ("ID_NUMBER", "NATIONAL_ID"):
        return
    body_start = opens.end() if opens.group("indent") is None else opens.start("indent")
    body_end = min(len(text), body_start + _NESTED_WINDOW)
    if opens.group("indent") is None:
        close = text.find("}", body_start, body_end)
        body_end = close if close != -1 else body_end
    else:  # the YAML block ends at the first line indented no deeper than the parent's
        parent_indent = key_start - (text.rfind("\n", 0, key_start) + 1)
        block = re.search(r"\n(?![ \t]{%d}[ \t])" % parent_indent, text[body_start:body_end])
        body_end = body_start + block.start() if block else body_end
    for child in _GENERIC_CHILD.finditer(text, body_start, body_end):
        before = text[child.start() - 1] if child.start() else " "
        if before.isalnum() or before in "_-.":
            continue
        group = "qv" if child.group("q") else "v"
        value_start, value_end = child.span(group)
        if value_fits(kind, parent + "_id", text[value_start:value_end]):
            yield FieldValue(value_start, value_end, kind)
        return


def _key_value_at(text: str, start: int) -> Iterator[FieldValue]:
    match = _KEY_VALUE.match(text, start)
    if match is None:
        key = re.match(r"[A-Za-z0-9_.-]{1,60}", text[start:start + 60])
        if key:
            yield from _nested_generic_id(text, start, start + key.end(), key.group(0))
        return
    key = match.group("key").lstrip("-.")
    kind = field_kind(key)
    if kind is None or text[max(0, start - 3):start].endswith("//"):
        return  # `postgres://user:password@host`: URL credentials are the secrets detector's
    if match.group("q") or match.group("eq"):
        group = "qv" if match.group("q") else "eqv"
        value_start, value_end = match.start(group), match.end(group)
        while value_end > value_start and text[value_end - 1] == " ":
            value_end -= 1
        while value_start < value_end and text[value_start] == " ":
            value_start += 1
    else:
        value_start = match.start("v")
        if kind == "STREET_ADDRESS":
            value_end = _unquoted_end(text, match)
        else:  # the kind's own shape bounds the value; no need to find where the line's value ends
            value_end = _value_prefix_end(kind, text, value_start, match.end("v"))
        if text[value_end:value_end + 1] in ("(", "[") or (
                kind != "STREET_ADDRESS" and text[value_end:value_end + 1] == "." and
                text[value_end + 1:value_end + 2].isalpha()):
            return  # `user = body.get(...)`, `user = users[0]`: code, not a value
        if match.group("sep") != ":" and kind in ("USERNAME", "STREET_ADDRESS") and _CODE_WORD.fullmatch(
                text[value_start:value_end]):
            return
    if value_end > value_start and value_fits(kind, key, text[value_start:value_end]):
        yield FieldValue(value_start, value_end, kind)
    elif kind == "PERSON" and (match.group("q") or match.group("eq")) and _quoted_name_fits(key, text[value_start:value_end]):
        yield FieldValue(value_start, value_end, kind)  # `surname = "quill"`: a string under a name-only key
    elif kind == "USERNAME" and _USER_NUMBER.fullmatch(text, value_start, value_end):
        yield FieldValue(value_start, value_end, "ID_NUMBER")  # `"uid": "787966049"`: the user's number, not a login
    elif kind == "PERSON" and _DISPLAYED_NAME_KEYS.fullmatch(rule_words(key)) and _DISPLAYED_LOGIN.fullmatch(
            text, value_start, value_end) and _login_of_a_person(text[value_start:value_end]):
        yield FieldValue(value_start, value_end, "USERNAME")  # `displayName=olga.p`: a login shown as the name
    elif kind == "PERSON" and _PERSON_ROLE_KEYS.fullmatch(rule_words(key)):
        code = _PERSON_CODE.match(text, value_start, value_start + 40)
        if code is not None and not _VERSION_VALUE.fullmatch(code.group(0)) and (
                code.end() == len(text) or not (text[code.end()].isalnum() or text[code.end()] in ".@:")) and not (
                _NAME_GOES_ON.match(text, code.end()) or _ONLY_A_YEAR.fullmatch(code.group(0))):
            yield FieldValue(value_start, code.end(), "ID_NUMBER")  # `patient=PT-2024-0041`: the person's record id


# A user's number under a login's key (six digits or more: a Unix uid `uid=1000` is the system's, not a person's).
_USER_NUMBER = re.compile(r"\d{6,20}")
# A key naming a person's role holds their record id as often as their name (`patient=PT-2024-0041 action=view`,
# `"member": "M-55120"`): a code of letters and digits with three digits or more, no spaces.
_PERSON_ROLE_KEYS = re.compile(
    r"(?:\w+_)?(?:patient|customer|client|member|employee|student|tenant|applicant|subscriber|beneficiary|claimant"
    r"|policyholder|insured|passenger|guest|resident|candidate|donor|voter|enrollee|participant)")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z&]")  # "customer: ACME-2024 Ltd": a name with a number in it
_ONLY_A_YEAR = re.compile(r"[^\d]*(?:19|20)\d\d[^\d]*")
# (The three digits are the code's own: a chat's "Customer: sure, 1985" has a speaker label, not a code.)
_PERSON_CODE = re.compile(r"(?=(?:[A-Za-z/_-]*\d){3})[A-Za-z0-9][A-Za-z0-9/_-]{2,30}[A-Za-z0-9]")


# Keys naming what a person is shown as; a login-shaped value there ("olga.p", "kwatanabe_2") is that person's login,
# and so is one lower-case word of no language (round 37: chat exports show `"display_name": "mags"` beside the real
# name; a name is capitalised there, and a setting's word, `default`, is an ordinary word: _login_of_a_person).
_DISPLAYED_NAME_KEYS = re.compile(r"(?:\w+_)?(?:display|screen|nick|public|profile)_?names?")
_DISPLAYED_LOGIN = re.compile(r"[a-z][a-z0-9]*[._-][a-z0-9._-]*[a-z0-9]|[a-z]+\d+|[a-z]{3,20}")
_SERVICE_PIECES = frozenset("bot bots svc service system sys ci cd admin root noreply daemon robot auto".split())


def _login_of_a_person(value: str) -> bool:
    """Not a service's (`build-bot`, `ci.runner`) nor made of words only (`release-manager`)."""
    pieces = [piece for piece in re.split(r"[._\d-]+", value) if piece]
    return is_personal_login(value) and not any(piece in _SERVICE_PIECES for piece in pieces) and not all(
        is_ordinary_word(piece) for piece in pieces)


_TABLE_SEPARATORS = ("|", "\t", ",", ";")
# Every cell of a header line is a short label ("Employee ID", "date_of_birth", "Postal code"); a line
# of code or a traceback (`File "x.py", line 64, in f`) is not a header.
_HEADER_CELL = re.compile(r"[^\W\d][\w .#/-]{0,39}|")
# Unquoted code values after "=": identifiers in camelCase or with calls, keywords.
_CODE_WORD = re.compile(r"[a-z]+[A-Z]\w*|await|async|new|self|this|none|null|nil|true|false|undefined|os|req|request"
                        r"|user|username|login|input|value|data|args|kwargs|params|body|result|response|res|ctx")


def _table_columns(text: str, line_start: int) -> Iterator[FieldValue]:
    """A header line of a CSV/TSV/Markdown table: the cells under each telling header."""
    line_end = text.find("\n", line_start)
    if line_end == -1:
        return  # a header with no row below
    header = text[line_start:line_end]
    if "(" in header or "=" in header:
        return  # code, not a header line
    separator = next((sep for sep in _TABLE_SEPARATORS if sep in header), None)
    if separator is None:
        yield from _aligned_columns(text, line_start, line_end)
        return
    if header.count(separator) > 60:
        return
    if not all(_HEADER_CELL.fullmatch(cell.strip(" \"'`*_:#\r")) for cell in header.split(separator)):
        return
    offset = line_start
    for cell in header.split(separator):
        label = cell.strip(" \"'`*_:#\r")
        kind = field_kind(label) if label and len(label) <= 40 else None
        if kind is not None:
            label_start = offset + cell.index(label)
            for start, end in column_cells(text, label_start, label_start + len(label)):
                if value_fits(kind, label, text[start:end]):
                    yield FieldValue(start, end, kind)
        offset += len(cell) + 1


# A data frame's or query tool's header printed without separators: lower-case field names aligned by two spaces or
# more (`   customer_id first_name   last_name`), rows below (pandas, Spark `show()`, sqlite's column mode).
_ALIGNED_HEADER = re.compile(r"[ \t]*[^\W\d][\w.#-]*(?:[ \t]+[^\W\d][\w.#-]*)+[ \t]*\r?")
_FIELD_WORD = re.compile(r"[^\s]+")


def _aligned_columns(text: str, line_start: int, line_end: int) -> Iterator[FieldValue]:
    header = text[line_start:line_end]
    if "  " not in header or header.lower() != header or not _ALIGNED_HEADER.fullmatch(header):
        return
    for label in _FIELD_WORD.finditer(header):
        kind = field_kind(label.group(0))
        if kind is None:
            continue
        for start, end in aligned_column_cells(text, line_start + label.start(), line_start + label.end(),
                                               lower_case_header=True, index_column=True):
            if value_fits(kind, label.group(0), text[start:end]):
                yield FieldValue(start, end, kind)


# INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')
_INSERT = re.compile(r"(?i:insert)\s+(?i:into)\s+[\w.\"`\[\]]+\s*\((?P<columns>[^()]{1,2000})\)\s*(?i:values)\s*")
_SQL_VALUE = re.compile(r"\s*(?:'(?P<quoted>(?:[^'\n]|'')*)'|(?P<bare>[^,()'\s][^,()\n]*?))\s*(?P<end>[,)])")


# INSERT INTO users VALUES (42, 'kwatanabe', ...): no column list, but the table holds people; a
# quoted login-shaped value (lower case, not an ordinary word, no e-mail or date) is their login.
_INSERT_NO_COLUMNS = re.compile(
    r"(?i:insert)\s+(?i:into)\s+[\w.\"`\[\]]*?(?i:users?|accounts?|customers?|employees?|members?|patients?|people"
    r"|persons?|contacts?|clients?|students?|staff|subscribers?|profiles?|logins?)[\"`\]]?\s*(?i:values)\s*")
_BARE_LOGIN_CELL = re.compile(r"[a-z][a-z0-9._-]{1,30}[a-z0-9_]")


def _sql_inserts_without_columns(text: str) -> Iterator[FieldValue]:
    for insert in _INSERT_NO_COLUMNS.finditer(text):
        position = insert.end()
        for _ in range(1000):
            while position < len(text) and text[position] in " \t\r\n,":
                position += 1
            if position >= len(text) or text[position] != "(":
                break
            position += 1
            for _ in range(200):
                value = _SQL_VALUE.match(text, position)
                if value is None:
                    break
                position = value.end()
                quoted = value.group("quoted")
                if quoted and _BARE_LOGIN_CELL.fullmatch(quoted) and is_personal_login(quoted) and not (
                        is_ordinary_word(quoted)):
                    yield FieldValue(value.start("quoted"), value.end("quoted"), "USERNAME")
                if value.group("end") == ")":
                    break
            else:
                break


def _sql_inserts(text: str) -> Iterator[FieldValue]:
    yield from _sql_inserts_without_columns(text)
    for insert in _INSERT.finditer(text):
        columns = [column.strip(" \t\r\n\"`[]") for column in insert.group("columns").split(",")]
        kinds = [field_kind(column) for column in columns]
        if not any(kinds):
            continue
        position = insert.end()
        for _ in range(1000):  # value tuples
            while position < len(text) and text[position] in " \t\r\n,":
                position += 1
            if position >= len(text) or text[position] != "(":
                break
            position += 1
            for index in range(len(columns) + 1):
                value = _SQL_VALUE.match(text, position)
                if value is None:
                    break
                position = value.end()
                if index < len(kinds) and kinds[index]:
                    group = "quoted" if value.group("quoted") is not None else "bare"
                    start, end = value.span(group)
                    if end > start and value_fits(kinds[index], columns[index], text[start:end]):
                        yield FieldValue(start, end, kinds[index])
                if value.group("end") == ")":
                    break
            else:
                break


# HL7 v2 PID segment: field number -> (kind, whole field or only each repetition's first component).
# The person-name fields (PID-5, -6, -9, and those of NK1, GT1, IN1 ...) are people_in_records.py's, which
# reads every segment's names with the person detector's scores.
_HL7_PID_FIELDS = {2: ("ID_NUMBER", False), 3: ("ID_NUMBER", False), 4: ("ID_NUMBER", False),
                   7: ("DATE_OF_BIRTH", True), 11: ("STREET_ADDRESS", True),
                   13: ("PHONE", True), 14: ("PHONE", True), 18: ("ID_NUMBER", False), 19: ("SSN", True),
                   20: ("ID_NUMBER", False)}
_HL7_PID_SEGMENT = re.compile(r"(?:^|[\r\n])PID\|[^\r\n]*")


def _hl7_patient_fields(text: str) -> Iterator[FieldValue]:
    """The personal fields of each HL7 `PID|` segment, by position (`PID|1||448812^^^HOSP^MR||DOE^JOHN^A||19800101|M`)."""
    for segment in _HL7_PID_SEGMENT.finditer(text):
        start = segment.start() + (1 if segment.group(0)[:1] in "\r\n" else 0)
        position = start
        for number, field in enumerate(text[start:segment.end()].split("|")):
            rule = _HL7_PID_FIELDS.get(number)
            if rule is not None and field.strip("^~ "):
                kind, whole = rule
                if whole:
                    yield FieldValue(position, position + len(field), kind)
                else:
                    offset = position
                    for repetition in field.split("~"):
                        first = repetition.split("^", 1)[0]
                        if _DIGIT.search(first):
                            yield FieldValue(offset, offset + len(first), kind)
                        offset += len(repetition) + 1
            position += len(field) + 1


# ANSI X12 (837 claims, 834 enrolments, 270/271 eligibility): a segment id, then elements split by its separator.
# CLM01 is the patient's claim control number; NM109 of a person (NM102 = 1) is the member, SSN or provider id its
# NM108 qualifies; REF02 is a person's number when REF01 says so (SY SSN, 1W member, EA medical record, D9 claim,
# F8 original claim, G1 prior authorisation, 9F referral, IG policy, 0F subscriber, 23 client, 3H case, 1L group
# or policy, 6P group, HJ identity card, Q4 prior identifier).
_X12_ID_SEGMENT = re.compile(r"(?m)(?:^|(?<=~))[ \t]*(?P<id>CLM|NM1|REF)(?P<sep>[*|^])(?P<elements>[^~\r\n]*)")
_X12_PERSONAL_REFERENCES = frozenset("SY 1W EA D9 F8 G1 9F IG 0F 23 3H 1L 6P HJ Q4".split())


def _x12_personal_ids(text: str) -> Iterator[FieldValue]:
    for segment in _X12_ID_SEGMENT.finditer(text):
        elements = segment.group("elements").split(segment.group("sep"))
        kind = segment.group("id")
        if kind == "CLM":
            index = 0
        elif kind == "NM1" and len(elements) >= 9 and elements[1] == "1":
            index = 8
        elif kind == "REF" and len(elements) >= 2 and elements[0] in _X12_PERSONAL_REFERENCES:
            index = 1
        else:
            continue
        value = elements[index].strip()
        if not _DIGIT.search(value):
            continue
        start = segment.start("elements") + sum(len(element) + 1 for element in elements[:index])
        start += elements[index].index(value)
        yield FieldValue(start, start + len(value), "SSN" if kind == "REF" and elements[0] == "SY" else "ID_NUMBER")


# (round 37) X12's N3 (address lines: N301, N302) and N4 (N401 city, N403 postal code) give the address of the party
# the NM1 before them names: a person's (NM102 = 1) is personal; an organisation's (2: a payer, a billing provider) is
# not read. Without an NM1 before them the party is unknown: doubt means redact.
_X12_PARTY_SEGMENT = re.compile(r"(?m)(?:^|(?<=~))[ \t]*(?P<id>NM1|N3|N4)(?P<sep>[*|^])(?P<elements>[^~\r\n]*)")
_X12_ADDRESS_ELEMENTS = {"N3": (0, 1), "N4": (0, 2)}


def _x12_addresses(text: str) -> Iterator[FieldValue]:
    person = True
    for segment in _X12_PARTY_SEGMENT.finditer(text):
        elements = segment.group("elements").split(segment.group("sep"))
        if segment.group("id") == "NM1":
            person = len(elements) < 2 or elements[1] != "2"
            continue
        if not person:
            continue
        position = segment.start("elements")
        for index, element in enumerate(elements):
            value = element.strip()
            if index in _X12_ADDRESS_ELEMENTS[segment.group("id")] and any(char.isalnum() for char in value):
                start = position + element.index(value)
                yield FieldValue(start, start + len(value), "STREET_ADDRESS")
            position += len(element) + 1


# (round 37) An address's lines as a JSON array (FHIR's `Address.line`, `"addressLines": [...]`, `"lines": [...]`): a
# key of lines holds street lines in an object that also names an address part (`city`, `postalCode`, `plz`), or
# under an `address` key; its strings are the street, whatever words they hold ("Hlavná 55" has no street word).
_LINES_ARRAY = re.compile(r'"(?P<key>(?:address_?|street_?|addr_?)?lines?)"[ \t]*:[ \t]*\[(?P<items>[^\[\]{}]{1,600})\]',
                          re.IGNORECASE)
_ARRAY_STRING = re.compile(r'"(?P<value>[^"\\\n]{1,160})"')
_OBJECT_KEY = re.compile(r'"(?P<key>[^"\n]{1,40})"[ \t]*:')
_OBJECT_REACH = 400


def _json_address_lines(text: str) -> Iterator[FieldValue]:
    for match in _LINES_ARRAY.finditer(text):
        opening = text.rfind("{", max(0, match.start() - _OBJECT_REACH), match.start())
        closing = text.find("}", match.end(), match.end() + _OBJECT_REACH)
        if opening == -1:
            continue
        parent = text[max(0, opening - 40):opening]
        siblings = [key.group("key") for key in _OBJECT_KEY.finditer(
            text, opening, closing if closing != -1 else match.end() + _OBJECT_REACH)]
        if not (re.search(r'"(?:\w+_?)?address(?:es)?"[ \t]*:[ \t]*\[?[ \t\n]*\Z', parent, re.IGNORECASE)
                or any(key != match.group("key") and field_kind(key) == "STREET_ADDRESS" for key in siblings)):
            continue
        for item in _ARRAY_STRING.finditer(text, match.start("items"), match.end("items")):
            value = item.group("value").strip()
            if value and any(char.isalnum() for char in value):
                start = item.start("value") + item.group("value").index(value)
                yield FieldValue(start, start + len(value), "STREET_ADDRESS")


# UN/EDIFACT (orders, invoices, despatch advices): a segment's position names what it holds. NAD (name and address):
# element 4 the party's name (its components name lines), 5 the street, 6 the city, 8 the postcode; CTA (contact):
# element 2's second component the contact's name; COM (communication): element 1's first component, a phone (TE,
# AL, FX) or an e-mail (EM). `'` ends a segment, `+` parts elements, `:` components, `?` escapes.
_EDIFACT_SEGMENT = re.compile(r"(?:^|(?<=[\n']))[ \t]*(?P<tag>NAD|CTA|COM)\+(?P<elements>(?:[^'?\n]|\?.)*)")
_EDIFACT_NAD_KINDS = {4: "PERSON", 5: "STREET_ADDRESS", 6: "STREET_ADDRESS", 8: "STREET_ADDRESS"}


def _edifact_parties(text: str) -> Iterator[FieldValue]:
    for segment in _EDIFACT_SEGMENT.finditer(text):
        position = segment.start("elements")
        elements = segment.group("elements").split("+")
        tag = segment.group("tag")
        if tag == "COM":
            # One composite, `number:qualifier`: read from its last ":", so a phone's own "+" (`COM++44 20 7946 0000:TE`,
            # written without the `?+` release character) does not split it into elements.
            value, _, qualifier = segment.group("elements").rpartition(":")
            if qualifier.strip() in ("TE", "AL", "FX") and len(_DIGIT.findall(value)) >= 6:
                yield FieldValue(position, position + len(value), "PHONE")
            elif qualifier.strip() == "EM" and "@" in value:
                yield FieldValue(position, position + len(value), "EMAIL")
            continue
        for number, element in enumerate(elements, start=1):
            if tag == "NAD" and number in _EDIFACT_NAD_KINDS and element.strip(": "):
                offset = position
                for component in element.split(":"):  # each name or street line
                    if component.strip() and any(char.isalnum() for char in component):
                        yield FieldValue(offset, offset + len(component), _EDIFACT_NAD_KINDS[number])
                    offset += len(component) + 1
            elif tag == "CTA" and number == 2 and ":" in element:
                name = element.split(":")[1]
                start = position + len(element.split(":")[0]) + 1
                if name.strip() and _PERSON_VALUE.fullmatch(name.strip()):
                    yield FieldValue(start, start + len(name), "PERSON")
            position += len(element) + 1
