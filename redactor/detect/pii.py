"""Personal data found by pattern plus validation: emails, phones, SSNs and national ids, cards, IBANs, addresses.

Every pattern finds candidates cheaply; a validator (Luhn, IBAN mod-97, SSN
ranges, libphonenumber, `ipaddress`, calendar dates) decides. Validators are
public so tests and other detectors can use them. Recall first (see
confidence.py): where context says what a value is (a card word, an id
label), a failed validator lowers the score and never drops the value.
Values under telling field names in any syntax (JSON, YAML, key=value, table
headers, SQL columns) come from pii_fields.py, where no pattern here found them.
SWIFT/BIC codes come from bank_codes.py and coordinates from geo_coordinates.py;
licence plates are found here after their label only (a plate has no layout of
its own), EU/UK VAT numbers after a label or, without one, by python-stdnum's check.

Category choice: IP_ADDRESS is "infra" by default. In developer traffic
(configs, logs, tool output) IP addresses are overwhelmingly server and
network addresses; a policy that also treats client IPs in access logs as
personal data passes ``ip_category="pii"``. Every other kind here is "pii".
"""
from __future__ import annotations

import bisect
import functools
import ipaddress
import itertools
import re
import threading
from datetime import date
from typing import Iterator

import phonenumbers
from stdnum.eu import vat as stdnum_eu_vat
from stdnum.gb import vat as stdnum_gb_vat

from redactor.detect.acronym_labels import find_acronym_labelled_ids, load as load_public_acronyms
from redactor.detect.address_block_parties import address_block_parties
from redactor.detect.address_fragments import find_address_fragments
from redactor.detect.addresses import find_spoken_streets, find_street_addresses
from redactor.detect.bank_codes import (find_account_tails, find_bank_account_numbers, find_swift_bics,
                                        find_unlabelled_bank_numbers)
from redactor.detect.base import DetectionInput, Span
from redactor.detect.cjk_id_labels import find_cjk_labelled_ids
from redactor.detect.birth_date_layouts import (birth_field_value, find_birth_date_parts, find_birth_dates_after_cue, find_birth_dates_in_keyed_lists,
                                                find_birth_dates_in_people_lists, find_birth_dates_after_names,
                                                find_birth_dates_standing_alone, find_birth_dates_before_cues,
                                                find_compact_adult_dates, find_old_full_dates)
from redactor.detect.birth_date_layouts import load as load_birth_date_layouts
from redactor.detect.character_layouts import layout_matches, marked_positions
from redactor.detect.code_awareness import drop_placeholder_overlaps
from redactor.detect.confidence import AUDIT_MIN_SCORE, DOUBTFUL_SCORE
from redactor.detect.geo_coordinates import find_geo_coordinates
from redactor.detect.keywords import (ANY_TEXT, DigitFirstPattern, FinderGates, alternatives_by_first_character,
                                      contains_any, keyword_positions, lines_with, lowered_same_length,
                                      ipv4_starts, matches_at_starts, matches_at_word_start, needs_marks)
from redactor.detect.logins_in_person_slots import find_logins_in_person_slots
from redactor.detect.standalone_logins import find_standalone_logins
from redactor.detect.machine_readable_zones import machine_readable_zones
from redactor.detect.vehicle_plates import find_unlabelled_plates, is_plate_run
from redactor.detect.ids_before_labels import find_ids_before_labels
from redactor.detect.ids_as_objects import find_ids_as_objects
from redactor.detect.ids_bare_codes import find_bare_codes, is_public_code
from redactor.detect.ids_holder_keys import find_holder_keys
from redactor.detect.ids_in_key_values import find_keyed_codes
from redactor.detect.ids_of_devices import find_device_ids
from redactor.detect.ids_short_codes import find_short_codes
from redactor.detect.ids_work_item_keys import find_work_item_keys
from redactor.detect.ids_near_cues import find_bare_id_numbers, find_ids_near_cues
from redactor.detect.national_ids import find_labelled_national_ids, find_national_ids, label_catalogue
from redactor.detect.org_acronyms import load as load_org_acronyms, lone_private_acronyms
from redactor.detect.org_affiliations import affiliations_beside_people, organisations_alone_on_lines
from redactor.detect.org_capitalised_words import capitalised_common_words, load as load_org_capitalised_words
from redactor.detect.organisations_in_structure import organisations_in_structure
from redactor.detect.org_lower_case_names import load as load_org_lower_case_names, lower_case_names
from redactor.detect.org_unlisted_words import load as load_org_unlisted_words, unlisted_words
from redactor.detect.payment_parties import payment_parties
from redactor.detect.personal_records import name_in_row, name_just_before, person_evidence, record_bounds
from redactor.detect.pii_fields import find_field_values
from redactor.detect.place_names import load as load_place_names
from redactor.detect.postcode_layouts import load as load_postcode_layouts
from redactor.detect.record_ids import (find_ach_entry_fields, find_dealing_codes, find_medicare_beneficiary_ids,
                                       find_plan_group_numbers, find_record_ids, listed_codes_after,
                                       codes_written_alike)
from redactor.detect.table_columns import aligned_column_cells, column_cells
from redactor.detect.term_lists import surnames, world_first_names
from redactor.detect.community_logins import (find_attributed_logins, find_event_logins, find_member_lists,
                                              find_ranked_logins, logins_listed_with)
from redactor.detect.logins_in_conversations import find_conversation_logins
from redactor.detect.usernames import find_usernames, is_personal_login

# --- validators ------------------------------------------------------------------


def is_valid_luhn(digits: str) -> bool:
    """Luhn (mod 10) checksum over a string of digits."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# Issuer prefixes of card networks; a random Luhn-valid number rarely has one.
_CARD_PREFIX = re.compile(
    r"^(?:4"  # Visa
    r"|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)"  # Mastercard
    r"|3[47]"  # Amex
    r"|6(?:011|5|4[4-9]|22)"  # Discover
    r"|3(?:0[0-5]|[68])"  # Diners
    r"|35|2131|1800"  # JCB
    r"|62|81"  # UnionPay
    r"|5[06-9]|6[37]"  # Maestro
    r")"
)
# Maestro issues 12-digit cards too; other networks start at 13 digits.
_MAESTRO_PREFIX = re.compile(r"^(?:5018|5020|5038|5893|6304|6759|676[1-3])")


def is_valid_card_number(digits: str) -> bool:
    """13-19 digits (12 for Maestro), Luhn-valid, known issuer prefix, not one repeated digit."""
    if not digits.isdigit() or len(set(digits)) == 1:
        return False
    if len(digits) == 12:
        return bool(_MAESTRO_PREFIX.match(digits)) and is_valid_luhn(digits)
    return 13 <= len(digits) <= 19 and bool(_CARD_PREFIX.match(digits)) and is_valid_luhn(digits)


# ISO 13616 lengths per country.
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def is_valid_iban(iban: str) -> bool:
    """Country length and ISO 7064 mod-97 check; spaces and dashes are ignored."""
    compact = re.sub(r"[\s-]", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
        return False
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(char, 36)) for char in rearranged)
    return int(numeric) % 97 == 1


# Numbers published in advertising or otherwise never valid although in range.
_INVALID_SSNS = frozenset({"078051120", "219099999", "457555462"})


def is_valid_ssn(ssn: str) -> bool:
    """US SSN ranges: area not 000/666/9xx, group not 00, serial not 0000, not a published example."""
    digits = re.sub(r"[\s-]", "", ssn)
    if not re.fullmatch(r"\d{9}", digits):
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in _INVALID_SSNS


def parse_valid_phone(candidate: str, regions: tuple[str, ...] = ("US",)) -> bool:
    """True if libphonenumber says `candidate` is a valid number (international or in `regions`)."""
    return _phone_validity(candidate, tuple(regions)) == "valid"


# Default regions national numbers are read in. A national number is only
# tried in a region whose numbers can start with its first digit: these
# countries write a trunk "0" (Italian mobiles start with 3, Spanish numbers
# have no trunk prefix, NANP numbers never start with 0 or 1).
DEFAULT_PHONE_REGIONS = ("US", "GB", "DE", "FR", "IT", "ES", "NL")
_NATIONAL_FIRST_DIGITS = {
    "US": "123456789", "CA": "123456789", "GB": "0", "DE": "0", "FR": "0", "NL": "0", "AT": "0",
    "CH": "0", "BE": "0", "IE": "0", "IT": "03", "ES": "6789",
}
# "+44 (0)20 ...": the bracketed trunk zero is dropped when dialling from abroad.
_BRACKETED_TRUNK_ZERO = re.compile(r"^(\+\d{1,3})[\s.-]?\(0\)")


# libphonenumber takes tens of microseconds per parse, per region; the same
# numbers come back again and again (signatures, contact blocks, logs, and
# every turn of a conversation), so verdicts are remembered.
@functools.lru_cache(maxsize=4096)
def _phone_validity(candidate: str, regions: tuple[str, ...]) -> str:
    """'valid', 'possible' (right length and shape, unknown range) or 'invalid'."""
    text = candidate.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    text = _BRACKETED_TRUNK_ZERO.sub(r"\1 ", text)
    first_digit = next((char for char in text if char.isdigit()), "")
    if not text.startswith("+"):
        regions = tuple(r for r in regions if first_digit in _NATIONAL_FIRST_DIGITS.get(r, first_digit))
    best = "invalid"
    for region in ([None] if text.startswith("+") else list(regions)):
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return "valid"
        if phonenumbers.is_possible_number(number):
            best = "possible"
    return best


# --- patterns --------------------------------------------------------------------

# Letters and digits of any script: internationalised addresses (jürgen@müller.de) are e-mails too.
_EMAIL = re.compile(
    r"(?<![\w.%+-])[^\W_](?:[\w.%+'-]{0,63}[\w%+-])?"  # an apostrophe inside: john.o'reilly@
    r"@(?:(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}(?![\w-]|\.\w)"
    # An address literal (RFC 5321): j.smith@[192.168.1.20], ops@[IPv6:2001:db8::1] on internal relays.
    r"|\[(?:\d{1,3}(?:\.\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]{2,45})\])"
)
_LOCAL_PART_SYMBOLS = frozenset("._%+-'")
# "dana [at] acme [dot] com", "dana(at)acme.com", "dana at acme dot com": addresses written to dodge scrapers.
_OBFUSCATED_EMAIL = re.compile(
    r"(?i)(?<![\w.+-])(?P<local>[\w.+-]{1,64}?(?:[ \t]*(?:[\[({<][ \t]*dot[ \t]*[\])}>]|[ \t]dot[ \t])[ \t]*[\w+-]{1,64}?){0,3})"
    r"[ \t]*(?:[\[({<][ \t]*(?:at|@)[ \t]*[\])}>]|[ \t]at[ \t]|@)[ \t]*"
    r"(?P<domain>[^\W_][\w-]{0,62}(?:[ \t]*(?:[\[({<][ \t]*(?:dot|\.)[ \t]*[\])}>]|[ \t]dot[ \t]|\.)[ \t]*[^\W_][\w-]{0,62}){1,4})"
    r"(?![\w-])"
)
# A bare " at " only counts with a spelled "dot", so these cues cover every accepted form.
_OBFUSCATION_CUES = ("[at]", "(at)", "{at}", "<at>", "[dot]", "(dot)", "{dot}", "<dot>", " dot ", "[@]", "(@)", "[.]",
                     "(.)")
# What an accepted obfuscated address holds (its spelled_dot or bracketed_at in _obfuscated_emails): its lines only
# are searched.
_OBFUSCATION_MARK = re.compile(r"(?i)[\[({<][ \t]*(?:dot|\.|at|@)|[ \t]dot[ \t]")
# An "@" spaced out or spelled in capitals, with a plain domain after it (_spaced_at_emails).
_SPACED_AT_CUES = (" @ ", " AT ", " at ")
_LOCAL_BEFORE_SPACED_AT = re.compile(r"[^\W_][\w.%+'-]{0,63}$")
# "bob.jones", "j_doe", "s.lee2" (not "v1.2"): a login made of parts, the last one starting with a letter.
_LOGIN_SHAPED_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._+-][A-Za-z0-9]+)*[._+-][A-Za-z][A-Za-z0-9]*")
_DOMAIN_AFTER_SPACED_AT = re.compile(r"[^\W_][\w-]{0,62}(?:\.[^\W_][\w-]{0,62}){1,4}(?![\w/@-]|\.\w)")
# "jane doe"@example.org: a quoted local part (RFC 5322), spaces and all, on one line.
_QUOTED_LOCAL_EMAIL = re.compile(
    r'"[^"\n@]{1,64}"(?P<at>@)(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}(?![\w-]|\.\w)')
# Local parts of addresses that name a service, not a person (git@github.com).
_NON_PERSONAL_EMAIL_LOCAL = frozenset({"git"})

_PHONE_CANDIDATE = re.compile(
    r"""
    (?=[+(\d])(?:(?<![\w+/.:#@=-])|(?<=[=:])(?=\+))  # "to=+14155550123" in a log line: a "+" after "=" or ":"
    (?:
        (?:\+|00|\(\+(?=[1-9]\d{0,2}\)))[1-9]\d{0,2}\)?[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:(?:[\s.-]|[ \t]?/[ \t]?)?\d{2,4}){1,5}
        (?:-\d{1,2}(?!\d))?  # a German or Austrian extension: +43 1 53114-0, 12 34 56-78
      | (?:1[\s.-]?)?\(\d{3}\)[\s.-]?\d{3}[\s.-]?\d{4}
      | (?:1[\s.-])?\d{3}(?P<sep>[\s.-])\d{3}(?P=sep)\d{4}
      | \(0\d{1,5}\)(?:[\s-]{0,2}\d{2,8}){1,4}
      | 0\d(?P<pair_sep>[\s.-])\d{2}(?:(?P=pair_sep)\d{2}){3}(?![\s.-]\d)
      | 0\d{1,3}-\d{2,3}(?:[ ]\d{2,3}){1,3}(?![ ]\d)  # Sweden: 08-123 456 78, 070-123 45 67
      | 0\d{1,4}[\s-]\d{3,4}[\s-]?\d{3,4}
      | 0\d{2,5}[\s-]\d{4,8}
      | 0\d{1,5}[ \t]?/[ \t]?\d{2,8}(?:[ \t-]\d{2,4}){0,4}
      | [6-9]\d{2}(?:[\s-]\d{3}){2}
      | [6-9]\d{4}[\s-]\d{5}   # Indian mobiles: 98765 43210
      | 8[ \t-]?(?:\(\d{3}\)|\d{3})[ \t-]?\d{3}[ \t-]?\d{2}[ \t-]?\d{2}  # Russian trunk "8": 8 (912) 345-67-89
      | \d{9,13}
      | [2-9]\d{2}-\d{4}       # a US local number after a phone word: 555-0147
      # Any country's layout, read only after a phone word: (11) 91234-5678, 612 34 56 78, 9123 4567, and with
      # its trunk prefix: 0532 418 77 20, 8 (912) 441-22-09.
      | (?P<loose>(?:\d{1,2}[ \t]?)?\(\d{2,5}\)[ \t.-]?\d{2,8}(?:[ \t.-]?\d{2,4}){0,3}|0?[1-9]\d{1,4}(?:[ \t.-]\d{2,5}){1,4})
    )
    (?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,6})?
    (?![\w-]|[.:/]\d)
    """,
    re.VERBOSE,
)

# Where a `_PHONE_CANDIDATE` match can start (its leading look-ahead and look-behind) on ASCII text, where `\d` is
# `[0-9]`: found by a scan that skips to those characters, then the pattern is tried there only.
_PHONE_START_ASCII = re.compile(r"[0-9+(](?:(?<![\w+/.:#@=-][0-9+(])|(?<=[=:]\+))")


# The same starts written in marks (character_layouts.marked_positions): a digit, "+" or "(" at the start or after
# any character outside the look-behind's class (a space here), or after "(", and a "+" after "=" or ":".
_PHONE_START_MARKS = (("0123456789", "0"), ("+", "+"), ("(", "("),
                      ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_", "w"), ("/.#@-", "x"), ("=:", "="))
_PHONE_START_NEEDLES = (b" 0", b" +", b" (", b"(0", b"(+", b"((", b"=+")


def _phone_candidates(text: str) -> Iterator[re.Match[str]]:
    """`_PHONE_CANDIDATE.finditer(text)`."""
    if not text.isascii():
        return _PHONE_CANDIDATE.finditer(text)
    # The starts of `_PHONE_START_ASCII.finditer(text)`, found by bytes.find (the regex tries every position).
    starts = marked_positions(text, _PHONE_START_MARKS, _PHONE_START_NEEDLES, lead=1)
    return matches_at_starts(_PHONE_CANDIDATE, text, starts)


# Words for a phone number in other languages, all of them as strong as "phone". Words of scripts that
# write spaces are whole words; CJK and Thai write none ("客户手机："), so theirs count wherever they
# occur. A number after one of them is the person's number in that country's layout, which the
# policy's phone regions may not cover.
_PHONE_WORDS_SPACED = (
    r"telefon[eo]?|telefoon|téléphone|tél\.?|portable|cellulare|teléfono|móvil|celular|contato|contacto|kontakt"
    r"|handy|tlf\.?|puhelin|gsm|hp|điện[ \t]+thoại|đt|sđt|telp\.?"
    # An airline record's contact lines (SSR CTCM: mobile, CTCH: home, CTCB: business).
    r"|ctc[mhb]"
    r"|телефон|тел\.|моб\.|мобильный|мобільний|फोन|फ़ोन|मोबाइल|टेलीफोन"
    r"|هاتف|الهاتف|جوال|موبايل|تلفن|טלפון|טל'|נייד|τηλ\.?|τηλέφωνο|κιν\."
)
_PHONE_WORDS_UNSPACED = r"手机|手機|电话|電話|联系方式|携帯|連絡先|전화|휴대폰|핸드폰|연락처|โทร|เบอร์"
_PHONE_WORDS = rf"\b(?:{_PHONE_WORDS_SPACED})(?!\w)|(?:{_PHONE_WORDS_UNSPACED})"
_PHONE_CONTEXT = re.compile(
    r"\b(?:phone|tel|telephone|call(?:ed)?|cell|mobile|mob|fax|text|sms|whats\s?app|signal|contact|reach"
    rf"|dial|ph|hotline|landline|number|nummer|sent\s+to)\b|{_PHONE_WORDS}"  # "sent to Lerato 0821234567"
    r"|\b[pmtc]:\s*$",
    re.IGNORECASE,
)
# Numbers introduced by these words are identifiers, not phones.
_PHONE_ANTI_WORDS = ("order", "invoice", "ticket", "case", "ref", "reference", "tracking", "acct", "account", "sku",
                     "serial", "isbn", "id", "po", "build", "version", "ver", "v", "release", "port", "pid", "uid",
                     "gid", "txn", "transaction", "confirmation", "claim", "policy", "member", "customer")
_PHONE_ANTI_CONTEXT = re.compile(
    r"\b(?:" + "|".join(_PHONE_ANTI_WORDS) + r")\s*(?:no\.?|number|num|#|id)?\s*[:#=]?\s*$", re.IGNORECASE)
# The same, read backwards from the end of the line before a number (`.match` of the reversed line): the forward
# search tried every position of the line (~15 us a candidate), this one only where the line ends.
_PHONE_ANTI_CONTEXT_REVERSED = re.compile(
    r"\s*[:#=]?\s*(?:\.?on|rebmun|mun|\#|di)?\s*(?:" + "|".join(word[::-1] for word in _PHONE_ANTI_WORDS) + r")\b",
    re.IGNORECASE)

# Labels that make the identifier after them personal (employee, patient, member, account ... numbers).
_ID_LABEL_WORDS = (
    r"employee|emp|employer|staff|personnel|member(?:ship)?|patient|account|acct|policy|policyholder|customer|client|"
    r"student|subscriber|beneficiary|insured|insurance|claim|case|medical\s+record|health\s+record|record|"
    r"badge|licen[cs]e|driver'?s?\s+licen[cs]e|passport|national|citizen|voter|tax|taxpayer|pension|"
    r"benefits?|enrollment|enrolment|registration|user|guest|loyalty|card\s*holder|tenant|resident|applicant|"
    r"identity|identification|id\s*card|social\s+insurance|national\s+insurance|health\s+insurance|health\s+card|"
    r"medicare|medicaid|aadhaar|visa|residence\s+permit|permit|vehicle|plate|registration|loan|mortgage|hospital|nhs|"
    r"bank(?:\s+account)?|checking|savings|cust\.?|"
    # abbreviations of a person's role in log lines and forms ("Pt# AB-4821", "Mbr no. 2231", "Rx# 88120")
    r"pt|pat|mbr|memb|rx|enrol+ee|donor|holder|benef|pax|"
    # German and Dutch compounds ("Kundennummer", "Mitglieds-Nr.", "klantnummer")
    r"kunden|mitglieds|versicherten|versicherungs|patienten|personal|konto|klant|lid|rekening|polis|leden"
)
# Romance languages put the word "number" first: "numéro client", "número de cliente", "numero polizza".
_ROMANCE_ID_LABEL = (
    r"num[ée]ro(?:\s+d[e'’]\s*|\s+)(?:client|adh[ée]rent|compte|dossier|patient|contrat|police|membre|s[ée]curit[ée])"
    r"|n[°º]\s*(?:de\s+)?(?:client[e]?|compte|dossier|adh[ée]rent|cuenta|socio|p[óo]liza)"
    r"|n[úu]mero\s+de\s+(?:cliente|socio|cuenta|afiliado|paciente|p[óo]liza|contrato|expediente|asegurado)"
    r"|numero\s+(?:(?:di\s+)?(?:cliente|conto|tessera|polizza|pratica|paziente|contratto))"
)
# Labels of a person's transactions rather than of the person ("Order #A-559120", "quote reference 88-1192-A",
# "booking ref"): the number finds their record too, so it is redacted on the wire, but doubtful for an audit.
_THING_LABEL_WORDS = (
    r"order|invoice|booking|reservation|confirmation|shipment|tracking|quote|quotation|reference|contract"
    r"|subscription|warranty|certificate|application|ref|card"
    # German compounds of the same things ("Vertragsnummer", "Auftrags-Nr.", "Rechnungsnummer", "Buchungsnummer")
    r"|vertrags|auftrags|rechnungs|bestell|buchungs"
)
# Letters then digits, dashes/dots/slashes inside; digit groups may be space-separated ("1234 5678 9012").
_ID_VALUE = (r"(?=[A-Za-z0-9-]*\d|[A-Z]{1,6}/\d)[A-Za-z]{0,6}[-/ ]?\d[A-Za-z0-9-]{2,24}(?<!-)"
             r"(?:[./][A-Za-z0-9-]{1,12}(?<!-)){0,4}(?:[ ]\d{2,10}(?![A-Za-z])){0,4}(?:[ ]\d(?![\w.,]\d|[\w-]))?")
_LABELLED_ID = re.compile(
    r"(?i:\b(?:(?:(?P<thing>" + _THING_LABEL_WORDS + r")|" + _ID_LABEL_WORDS + r")[\s_-]*(?:id(?:entifier)?|no\.?|nr\.?|number|nummer|num|#|code"
    r"|ref(?:erence)?)"
    r"|" + _ROMANCE_ID_LABEL +
    r"(?:[\s_-]*(?:number|no\.?|nr\.?|#))?"  # "applicant id number", "member ID #"
    r"|mrn|ein|npi|upin|member|account|acct|policy|passport|sin|nin|pan|cpf|curp|rfc|tfn|nric|hkid|pesel|personnummer"
    r"|medicare|medicaid"
    # A label word alone ("Case HR-2024-117", "employee E123456"): weaker evidence, a lower score.
    r"|(?P<weak>case|claim|patient|employee|emp(?=[ \t]+\d)|customer|student|badge|loyalty\s+card|membership\s+card"
    r"|insurance\s+card|driving[\s_-]*licen[cs]e|licen[cs]e)"
    r"|aadhaar|vat|routing(?:[\s_-]*(?:number|no\.?|#|code))?|aba|sort\s+code|licen[cs]e\s+plate|plate|driver'?s?[\s_-]*licen[cs]e|dl"
    r"|bsb|clabe|a/c|acc\.?(?=[ \t]*[:#]?[ \t]*\d)|transit(?:[\s_-]*(?:number|no\.?|#))?|blz|bankleitzahl"
    r"|institution(?:[\s_-]*(?:number|no\.?|#|code))?(?=[ \t]*[:#]?[ \t]*\d)"  # bank account details: "BSB 062-000, Acc 12345678"
    r"|ag[êe]ncia|conta(?:[ \t]+corrente)?|cuenta(?:[ \t]+bancaria)?|girokonto|rekeningnummer)"
    r"|(?P<bare>\bID(?=[ \t]*[:#])))"
    # A note between the label and its value ("Employee ID (see HR sheet):"), and a value on a later line
    # after a colon that ends the label's line.
    # Dotted leaders of a printed form ("Account Number ........ 0048"); a heading alone on its line, perhaps
    # underlined, with the value on the next line (checked to start its line in _labelled_ids).
    # "the account at Itaú is 12345-6", "member number, as printed on the card, is 44017823": an aside, then "is".
    r"(?:(?:[ \t]+(?:at|with|in|from|on|for)[ \t]+[\w.&'’-]+(?:[ \t]+[\w.&'’-]+)?|[ \t]*,[^,\n]{1,40},)[ \t]+(?:is|was)[ \t]+"
    r"|[\"']?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[:#=](?:[ \t]*\r?\n){0,3}|[.…]{2,}[ \t]*:?|is|was"
    r"|(?P<heading>[ \t]*\r?\n(?:[ \t]*[-=_]{3,}[ \t]*\r?\n)?))?[ \t]*[\"']?)"
    r"(?P<value>" + _ID_VALUE + r")(?![\w-])"
)
_LABELLED_ID = alternatives_by_first_character(_LABELLED_ID)  # the same matches (keywords.py), ~2x faster per try
_DIGIT = re.compile(r"\d")
# Plate layouts of countries whose plates people quote: UK (KT19 XRW), India (MH-12-AB-1234), France and Italy
# (GH-482-KT, AB 123 CD), Germany (M-AB 1234), Spain (1234 BCD), a region's letters then digit groups (CA 123-45).
_PLATE_LAYOUTS = (r"[A-Z]{2}\d{2}[ ]?[A-Z]{3}|[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}|[A-Z]{2}[ -]?\d{3}[ -]?[A-Z]{2}"
                  r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]?\d{1,4}[EH]?|\d{4}[ -]?[A-Z]{3}|[A-Z]{1,3}[ -]\d{2,4}[ -]\d{2,3}")
# A vehicle's plate after its label: "licence plate", "number plate", "vehicle reg", "reg no", "plate=",
# Kennzeichen, matrícula, plaque (d'immatriculation), targa, kenteken, rejestracja, placa.
_PLATE_LABEL = (
    r"(?:(?:licen[cs]e|number|registration|reg\.?)[\s_-]*plate(?:[\s_-]*(?:number|no\.?|#))?|plate(?:[\s_-]*(?:number|no\.?|#))?"
    r"|vehicle[\s_-]*(?:reg(?:istration)?\.?|plate)(?:[\s_-]*(?:number|no\.?|#|mark))?|reg(?:istration|\.)?[\s_-]*(?:no\.?|number|mark)"
    r"|(?:car|vehicle|van|truck|lorry|motorbike|bike)(?:'s)?[\s_-]*reg(?:istration)?\.?|licen[cs]e[\s_-]*tag"
    r"|(?:kfz[\s-]*)?kennzeichen|nummernschild|rendsz[áa]m|rekisterikilpi|matr[íi]cula|plaque(?:\s+d.immatriculation)?|immatricul(?:ation|[ée]e?s?)|targa|kenteken"
    r"|rejestracja|placa|rekisterinumero|registreringsnummer|spz"
    # round 19: Polish, Turkish, Dutch, Czech and Slovak, Portuguese labels ("numer rejestracyjny", "plakası", "SPZ")
    r"|(?:numer|tablic[ay]|nr)[\s_-]+rejestracyjn[aey]+|rejestracyjn[aey]+|plaka(?:s[ıi]|[\s_-]+no)?|nummerplaat"
    r"|kentekenplaat|registra[čc]n[íi][\s_-]+zna[čc]k[ay]|evidenčné[\s_-]+číslo|[šs]pz|ečv|matr[íi]cula[\s_-]+do[\s_-]+carro"
    # "Reg KT19 XRW", "reg. MH-12-AB-1234": a short label, so only before a country's plate layout (_PLATE_LAYOUTS).
    r"|reg(?:istration)?\.?(?=[ \t]*[:#=]?[ \t]*(?-i:" + _PLATE_LAYOUTS + r")(?![\w-]))"
    # A vehicle named, then a value shaped like a plate: "my car LD71 XKP", `"vehicle":"KL 4471 AB"`,
    # "the van (reg KM19 ZTP)" (_BARE_VEHICLE_PLATE says what a plate looks like there).
    r"|(?P<vehicle>(?:car|vehicle|van|truck|lorry|motorbike|motorcycle|taxi|cab|scooter)(?:[ \t]+\(reg\.?)?))"
)
# After a bare vehicle word: upper-case letters and digits, 5-10 of them, two of each, not an id's label.
_BARE_VEHICLE_PLATE = re.compile(r"(?!(?:ID|NO|NR)\b)(?=(?:[^A-Z\n]*[A-Z]){2})(?=(?:[^0-9\n]*[0-9]){2})[A-Z0-9 -]{5,13}")
_LABELLED_PLATE = re.compile(
    r"(?i:" + _PLATE_LABEL + r")(?![a-z])[\"']?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[:#=]|is|was)?[ \t]*[\"']?"
    r"(?P<value>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,5}){0,3})(?![\w-])"
)
_PLATE_LABEL_ANCHORS = tuple("licen number registration reg plate vehicle kfz kennzeichen matr plaque immatric targa "
                             "kenteken rejestracja placa car van truck lorry motorbike motorcycle taxi cab scooter bike rekisterinumero "
                             "registreringsnummer spz nummernschild rendsz rekisterikilpi "
                             "numer tablic nr rejestracyjn plaka nummerplaat registra evidenčné špz ečv".split())
_PLATE_LAYOUT = re.compile(_PLATE_LAYOUTS)
# A plate label, then words that say whose plate it is before the value: "targa della mia auto è FR 482 KT",
# "Kennzeichen von meinem Auto: B-MK 4471". Lower-case words only (the value is in capitals), a plate in one of
# _PLATE_LAYOUTS; doubtful (the words could say anything).
_PLATE_AFTER_WORDS = re.compile(
    r"(?i:" + _PLATE_LABEL + r")(?![a-z])(?:[ \t]+(?-i:[a-zà-ÿąćęłńśźżčřšžıüöäğş'’]+)){1,4}?[ \t]*(?:[:=]|[ \t]-)?[ \t]*"
    r"(?P<value>[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,3})(?![\w-])")
# A table column of plates: its header cell is a plate label, and the header names a vehicle's other fields.
_PLATE_COLUMN_LABEL = re.compile(r"(?i:(?:(?P<own>licen[cs]e|number|registration|reg)[\s_-]*)?plate(?:[\s_-]*(?:number|no))?"
                                 r"|registration|reg(?:[\s_-]*no)?"
                                 r"|(?P<plate_word>(?:kfz[\s_-]*)?kennzeichen|kenteken|matr[íi]cula|immatriculation|targa|placa"
                                 r"|nummernschild|rekisterinumero|registreringsnummer|rendsz[áa]m|spz))(?![\w])")
# Round 14 (ids14): a column that names plates (`kenteken`, `licence_plate`, `number plate`) holds plates in any table;
# a bare `plate` or `registration` column only in a table about vehicles.
_VEHICLE_HEADER = re.compile(r"(?i:\b(?:make|model|vehicle|car|vin|colou?r|marke|modell|marque|mod[eè]le|marca|modelo)\b)")
_BARE_REGISTRATION = re.compile(r"(?i:reg(?:istration)?)[\"']?[ \t]*[:=][ \t]*[\"']?"
                                 r"(?P<value>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,5}){0,3})(?![\w-])")
_VEHICLE_RECORD_REACH = 160  # characters around a bare `registration:` key where the vehicle's other fields stand
_PLATE_VALUE = re.compile(r"[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,3}")
# A generic reference label ("Ref: PX-99812", "file no. 4471", "#33817"): an identifier of a person's
# record only when a person-record word stands on the same line near it (_PERSON_RECORD_WORD).
_GENERIC_REF = re.compile(
    r"(?i:ref(?:erence)?|file|record|no\.|nr\.?|num(?:ber)?|\#|id(?![a-z]))[ \t]*[:#.]?[ \t]*(?P<value>" + _ID_VALUE + r")(?![\w-])"
)
# (Only an upper-case "ID " counts alone: "id" is in every line of code.)
_GENERIC_REF_ANCHORS = ("ref", "file", "record", "no.", "nr", "num", "#")
_PERSON_RECORD_WORD = re.compile(
    r"(?i:\b(?:patient|employee|member|customer|client|student|applicant|claimant|tenant|resident|policyholder"
    r"|subscriber|beneficiary|candidate|guest|passenger|insured|account\s+holder)s?\b)"
)
# Numbered things of developer traffic besides _THING_BEFORE_ID's: "PR #12", "step no. 3", "line 40".
_DEV_THING_BEFORE_REF = re.compile(
    r"(?i:\b(?:pr|mr|pull\s+request|merge\s+request|bug|step|line|page|chapter|section|rule|room|gate|flight"
    r"|table|row|column|version|v)[ \t]*)$")
_PERSON_RECORD_WINDOW = 60
_PERSON_RECORD_STARTS = ("patient", "employee", "member", "customer", "client", "student", "applicant", "claimant",
                         "tenant", "resident", "policyholder", "subscriber", "beneficiar", "candidate", "guest",
                         "passenger", "insured", "account holder")
# A label alone, as a table's column header ("Employee ID", "member_no", "MRN").
_ID_COLUMN_LABEL = re.compile(
    r"(?i:(?:" + _ID_LABEL_WORDS + r")[\s_-]*(?:id(?:entifier)?|no\.?|nr\.?|number|num|#|code|ref)"
    r"|mrn|passport|account|policy|member|badge|driver'?s?[\s_-]*licen[cs]e"
    r"|vat[\s_-]*(?:id|no\.?|number|reg(?:istration)?)|tax[\s_-]*(?:id|number|no\.?)"
    r"|routing[\s_-]*(?:number|no\.?|#|code)|sort[\s_-]*code|bsb|blz|bankleitzahl)(?![\w])"
)
_ID_COLUMN_LABEL = alternatives_by_first_character(_ID_COLUMN_LABEL)  # the same matches (keywords.py), faster
# Tax and business registration numbers after their label: US EIN/TIN, EU VAT (any country prefix),
# UK UTR, Australian ABN/ACN/TFN, Canadian BN/GST/HST, German Steuernummer/USt-IdNr, Spanish NIF/CIF,
# French SIREN/SIRET, Italian partita IVA, Dutch BTW. Values are often grouped: "51 824 753 556",
# "21/815/08150", "GB 123 4567 89", "123456789RT0001".
_TAX_LABEL = (
    r"(?:f?ein|employer[\s_-]+identification(?:[\s_-]+(?:number|no\.?))?|federal[\s_-]+tax[\s_-]+id(?:[\s_-]+number)?"
    r"|tax(?:payer)?[\s_-]*(?:id(?:entification)?|number|no\.?|reference|ref|code)(?:[\s_-]+(?:number|no\.?))?"
    r"|vat(?:[\s_-]*(?:reg(?:istration)?\.?|id|no\.?|number|#))*|utr|unique[\s_-]+taxpayer[\s_-]+reference"
    r"|abn|acn|tfn|gst(?:/hst)?(?:[\s_-]*(?:number|no\.?|#))?|hst(?:[\s_-]*(?:number|no\.?|#))?|business[\s_-]+number"
    r"|steuer[\s_-]*(?:nummer|nr\.?|id|identifikationsnummer)|ust[\s_-]*id(?:nr)?\.?|ust-idnr\.?|nif|cif|siren|siret"
    r"|tva(?:[\s_-]+intracom\w*)?|partita[\s_-]+iva|p\.[\s]?iva|btw(?:[\s_-]*(?:nummer|nr\.?))?|tin|itin)"
)
_TAX_VALUE = (
    r"(?:[A-Za-z]{2}[ ]?)?(?:\d{2,3}/\d{3}/\d{4,5}|\d{2,4}(?:[ .-]\d{2,4}){2,5}(?:[ ]?[A-Za-z]{2}[ ]?\d{4})?"
    r"|[A-Za-z]?\d[A-Za-z0-9-]{5,18}(?<!-))"
)
_TAX_LABELLED_ID = re.compile(
    r"(?i:" + _TAX_LABEL + r")(?![a-z])[\"']?[ \t]*(?:[:#=]|is|was)?[ \t]*[\"']?(?P<value>" + _TAX_VALUE + r")(?![\w-])"
)
# An EU or UK VAT number written with its country prefix and no label (the check decides: _is_valid_vat).
_VAT_CANDIDATE = re.compile(r"[A-Z]{2}(?=[A-Z0-9]{0,3}\d{7})[A-Z0-9]{8,12}(?![\w-])")
# Spelled out: a repeated class scans about three times faster than `\d{7}` in CPython's engine.
_SEVEN_DIGITS = re.compile(r"[0-9][0-9][0-9][0-9][0-9][0-9][0-9]")
_VAT_COUNTRIES = frozenset("AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI GB".split())
_TAX_LABEL_ANCHORS = tuple(
    """ein fein employer federal tax vat utr unique abn acn tfn gst hst business steuer ust nif cif siren siret
    tva partita p.iva btw tin itin""".split()
)
# Literal starts of every label above: the full pattern is tried only where one starts a word.
_ID_LABEL_ANCHORS = tuple(
    """emp staff personnel member patient account acct policy customer client student subscriber beneficiar
    insur claim case medical health record badge licen driver passport national citizen voter pension
    benefit enrol registration user guest loyalty card tenant resident applicant identi social medicare
    medicaid aadhaar visa permit vehicle plate mrn upin cpf curp nric hkid pesel personnummer routing sort dl
    loan mortgage hospital nhs bank checking savings order invoice booking reservation confirmation shipment
    tracking quot reference contract subscription warranty certificate application bsb clabe a/c acc
    cust kunden mitglieds versicher patienten personal konto klant lid rekening polis leden num núm n° nº
    agência agencia conta cuenta girokonto transit institution vat blz bankleitzahl vertrags auftrags rechnungs
    bestell buchungs pt pat mbr memb rx donor holder benef pax ref""".split()
)
_ID_SHORT_LABEL_ANCHORS = tuple(
    prefix + word for word in ("tax", "ein", "npi", "sin", "nin", "pan", "rfc", "tfn", "vat", "aba")
    for prefix in (" ", "\n", "(", "\t")
)
# A bare "ID:" after these words identifies a thing, not a person.
_THING_BEFORE_ID = re.compile(
    r"(?i:\b(?:order|build|request|trace|span|commit|job|run|task|ticket|issue|session|transaction|txn|process|"
    r"thread|event|message|correlation|device|container|image|instance|node|pod|cluster|project|release|item|"
    r"product|sku|invoice|shipment|tracking|batch|workflow|pipeline|deployment|change|incident|alert)[\s_-]*)$"
)
_ID_FIELD = re.compile(
    r"(?:^|_)(?:employee|member|patient|account|policy|customer|student|subscriber|mrn|badge|passport|licen[cs]e)"
    r"_?(?:id|no|number|num)?(?:$|_)", re.IGNORECASE,
)
_ID_VALUE_WHOLE = re.compile(_ID_VALUE)
# A label written for a program (snake_case key, "=" or a quoted JSON key) rather than for a person.
_MACHINE_KEY = re.compile(r"_|=|\"[ \t]*:")
# An id asked for ("your member number?") and answered on a later line, alone or after a speaker's name.
_ID_QUESTION = re.compile(
    r"(?i:(?:(?:" + _ID_LABEL_WORDS + r")[\s_-]*(?:id|no\.?|nr\.?|number|num|#|code|ref(?:erence)?)"
    r"|(?:(?:driving|driver'?s?)[ \t]+)?licen[cs]e|passport)(?:[ \t]+(?:on|from|in|for|of)[ \t]+[^\n?]{1,30})?)[ \t]*\?")
_ID_QUESTION = alternatives_by_first_character(_ID_QUESTION)  # the same matches (keywords.py), ~3x faster per try
_ID_ANSWER = re.compile(r"\n(?:[^\n]{0,40}?[:>][ \t]*)?[ \t]*(?:it'?s[ \t]+|is[ \t]+)?(?P<value>[A-Za-z]{0,4}-?\d[\d-]{3,16}\d)[ \t.!]*(?:\r?\n|$)")
_ID_ANSWER_WINDOW = 160
_RFC_VALUE = re.compile(r"[A-Za-zÑ&]{3,4}")
# Letter-prefixed record codes that name a person's record on their own.
_RECORD_CODE = re.compile(
    r"(?:EMP|EE|MRN|PT|PAT|PID|MBR|MEM|POL|ACCT|ACC|CUST|CID|STU|SID|SUB|CLM|BEN|INS|HR)"  # at a word start
    r"[-_#]?\d{4,12}(?![\w-])"
)
# How every _RECORD_CODE match starts, in lower case: the pattern is tried only where one starts a word (the shared
# cue scan finds them), not at every capital E, M, P, A, C, S, B, I and H of the text (~19 us per KB of log text).
_RECORD_CODE_CUES = ("emp", "ee", "mrn", "pt", "pat", "pid", "mbr", "mem", "pol", "acct", "acc", "cust", "cid", "stu",
                     "sid", "sub", "clm", "ben", "ins", "hr")

_SSN_SEPARATED = DigitFirstPattern(re.compile(r"\d(?<![\w-]\d)\d{2}([- ])\d{2}\1\d{4}(?![\w-]|\.\d)"))
_SSN_BARE = DigitFirstPattern(re.compile(r"\d(?<![\w-]\d)\d{8}(?![\w-]|\.\d)"))
# How the SSNs, cards and IBANs start, in character classes (character_layouts.py): found by bytes.find, then matched.
_SSN_SEPARATED_LAYOUTS = (b"000-00-0000", b"000 00 0000")
_NOT_BEFORE_A_NUMBER = b"0Aa_-"  # the look-behind `(?<![\w-]\d)` of the number patterns, in classes
_SSN_CONTEXT = re.compile(
    r"(?=[sStTiInN])\b(?:ssn|ss\s?#|ss\s?no|social\s+security|soc\.?\s?sec|tax\s?id|tin|itin"
    r"|national\s+id(?:entity|entification)?|social(?=[\"']?[ \t]*[:#=]))\b",  # `social: 536228415`
    re.IGNORECASE,
)

# Patterns that must not start inside a word begin with their first character and then
# look behind it (`\d(?<![\w-]\d)`), not with a look-around: a pattern that starts with a
# character class lets the regex engine skip ahead to candidates (~35% less time per pass).
_CARD_CANDIDATE = DigitFirstPattern(re.compile(
    r"\d(?<![\w-]\d)(?:\d{3}(?P<sep>[ -]?)\d{4}(?P=sep)\d{4}(?:(?P=sep)\d{1,4}(?:(?P=sep)\d{1,3})?)?"
    r"|\d{3}(?P<sep2>[ -]?)\d{6}(?P=sep2)\d{4,5})(?![\w-]|\.\d)"
))

_IBAN_START_LOWER = re.compile(r"(?P<cc>[a-z](?<![A-Za-z0-9][a-z])[a-z])\d{2}(?=[ -]?[a-z0-9])")
_CARD_CONTEXT = re.compile(
    r"(?i:\b(?:card|cc|credit|debit|visa|master\s?card|amex|american\s+express|discover|maestro|pan|cc_?num\w*))\b"
    r"[^\n]{0,30}$"
)
_CARD_CONTEXT_WINDOW = 40
_PAYMENT_WINDOW = 120
_PAYMENT_CUES = ("iban", "pay", "bank", "account", "acct", "konto", "transfer", "sepa", "wire", "refund", "salary",
                 "rekening", "cuenta", "conto", "compte", "virement", "überweis")
_IBAN_START = re.compile(r"(?P<cc>[A-Z](?<![A-Za-z0-9][A-Z])[A-Z])\d{2}(?=[ -]?[A-Z0-9])")

_IPV4 = re.compile(
    r"(?=\d)(?<![\w.-])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?:/(?:3[0-2]|[12]?\d))?(?![\w]|\.\d|[-+][0-9A-Za-z])"  # not 3.0.5.130-5a1e7 (a version)
)

# Two whole addresses joined by `-` are a range (`10.88.4.10-10.88.4.60`: a DHCP pool, a firewall rule), which
# _IPV4's edges leave (a `-` beside an address is usually a version's or an id's); both ends are addresses.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4_RANGE = re.compile(rf"(?<![\w.-])(?P<first>(?:{_OCTET}\.){{3}}{_OCTET})-(?P<last>(?:{_OCTET}\.){{3}}{_OCTET})"
                         r"(?![\w]|\.\d|-\d)")

_IPV6 = re.compile(
    r"(?=[0-9A-Fa-f:])(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?"
    r"(?:%[\w.]+)?(?:/\d{1,3})?(?![\w:]|\.\d)"
)
# "v1.2.3.4", "==1.2.3.4", "^1.2.3.4": a version, not an address. A single "=" or "@"
# is not enough: HOST=10.0.3.4 and deploy@10.0.3.4 are addresses.
_VERSION_BEFORE = re.compile(
    r"(?:\bv|\bversion\s*[:=]?\s*|\bver\.?\s*|\brelease\s*|==|[~^<>!]=?\s*|@\s*[\^~])$", re.IGNORECASE
)

_MAC = re.compile(
    r"[0-9A-Fa-f](?<![\w:.-][0-9A-Fa-f])(?:[0-9A-Fa-f](?P<sep>[:-])(?:[0-9A-Fa-f]{2}(?P=sep)){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{3}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)"
)
_HEX_DIGITS = frozenset("0123456789ABCDEFabcdef")


def _mac_starts(text: str) -> list[int]:
    """Where a `_MAC` match can start: two hex digits before a `:` or `-`, four before a `.`."""
    starts = [separator - 2 for separator in keyword_positions(text, (":",)) + keyword_positions(text, ("-",))
              if separator >= 2 and text[separator - 2] in _HEX_DIGITS and text[separator - 1] in _HEX_DIGITS]
    starts += [dot - 4 for dot in keyword_positions(text, (".",))
               if dot >= 4 and text[dot - 4] in _HEX_DIGITS and text[dot - 1] in _HEX_DIGITS]
    return sorted(set(starts))

# Month names of the languages whose birth cues _DOB_KEYWORD knows (French, Spanish, German,
# Italian, Dutch, Portuguese, Polish genitives, Danish/Norwegian/Swedish, Turkish); English ones
# are read by their first three letters.
_FOREIGN_MONTHS = {
    **dict.fromkeys(("janvier", "enero", "januar", "gennaio", "januari", "janeiro", "stycznia", "ocak"), 1),
    **dict.fromkeys(("février", "fevrier", "febrero", "februar", "febbraio", "februari", "fevereiro", "lutego",
                     "şubat", "subat"), 2),
    **dict.fromkeys(("mars", "marzo", "märz", "maerz", "maart", "março", "marco", "marca", "marts", "mart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile", "kwietnia", "nisan"), 4),
    **dict.fromkeys(("mai", "mayo", "maggio", "mei", "maio", "maja", "maj", "mayıs", "mayis"), 5),
    **dict.fromkeys(("juin", "junio", "juni", "giugno", "junho", "czerwca", "haziran"), 6),
    **dict.fromkeys(("juillet", "julio", "juli", "luglio", "julho", "lipca", "temmuz"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "augustus", "sierpnia", "ağustos", "agustos"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "settembre", "setembro", "września", "wrzesnia",
                     "eylül", "eylul"), 9),
    **dict.fromkeys(("octobre", "octubre", "oktober", "ottobre", "outubro", "października", "pazdziernika",
                     "ekim"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro", "listopada", "kasım", "kasim"), 11),
    **dict.fromkeys(("décembre", "decembre", "diciembre", "dezember", "dicembre", "dezembro", "grudnia", "december",
                     "aralık", "aralik"), 12),
}
# Round 14 (ids14): the month words of more languages, in the forms a date takes (Slavic and Baltic genitives,
# Finnish partitives, Greek genitives, Hebrew after its "in" prefix), so every reader of _DATE (a date after a birth
# cue, any adult's full date, a birth column, a date after a name) reads "3. března 1982", "12 марта 1985",
# "12 Μαρτίου 1985", "17 Agustus 1980", "12 มีนาคม 2528" (Thai years of the Buddhist era are read minus 543).
_MORE_MONTHS = (
    # Czech (genitive, nominative, without diacritics), Slovak, Slovenian, Croatian, Serbian/Bosnian Latin
    ("ledna leden januára január januarja siječnja sijecnja siječanj januára janvāris janvaris sausio tammikuuta "
     "tammikuu jaanuar janúar gener xaneiro janar enero январь января січня січень януари јануар "
     "ιανουαρίου ιανουάριος يناير ינואר בינואר มกราคม जनवरी"),
    ("února unora únor unor februára február februarja veljače veljace veljača februāris februaris vasario "
     "helmikuuta helmikuu veebruar febrúar febrer febreiro shkurt pebrero февраль февраля лютого лютий февруари "
     "фебруар φεβρουαρίου φεβρουάριος فبراير شباط פברואר בפברואר กุมภาพันธ์ फ़रवरी फरवरी"),
    ("března brezna březen brezen marec marca ožujka ozujka ožujak március marcius marts kovo maaliskuuta "
     "maaliskuu märts martie maret març marso mac март марта березня березень март μαρτίου μάρτιος مارس "
     "آذار מרץ מרס במרץ במרס มีนาคม मार्च"),
    ("dubna duben apríla apríl aprila travnja travanj április aprilis aprīlis aprilis balandžio balandzio "
     "huhtikuuta huhtikuu aprill apríl aprilie prill abril апрель апреля квітня квітень април απριλίου "
     "απρίλιος أبريل ابريل نيسان אפריל באפריל เมษายน अप्रैल"),
    ("května kvetna květen kveten mája máj maja svibnja svibanj május majus maijs gegužės geguzes toukokuuta "
     "toukokuu maí maig mayo май мая травня травень мај μαΐου μαίου μάιος مايو أيار ايار מאי במאי พฤษภาคม मई"),
    ("června cervna červen cerven júna jún junija lipnja lipanj június junius jūnijs junijs birželio birzelio "
     "kesäkuuta kesakuuta kesäkuu juuni júní juny iunie xuño qershor hunyo июнь июня червня червень юни јун "
     "ιουνίου ιούνιος يونيو يونيه حزيران יוני ביוני มิถุนายน जून"),
    ("července cervence červenec cervenec júla júl julija srpnja srpanj július julius jūlijs julijs liepos "
     "heinäkuuta heinakuuta heinäkuu juuli júlí juliol iulie xullo korrik hulyo июль июля липня липень юли "
     "јул ιουλίου ιούλιος يوليو يوليه تموز יולי ביולי กรกฎาคม जुलाई"),
    ("srpna srpen augusta avgusta kolovoza kolovoz augusztus augusts rugpjūčio rugpjucio elokuuta elokuu "
     "ágúst agost gusht augusti agustus ogos august avgust август августа серпня серпень αυγούστου αύγουστος "
     "أغسطس اغسطس آب אוגוסט באוגוסט สิงหาคม अगस्त"),
    ("září zari září septembra rujna rujan szeptember septembris rugsėjo rugsejo syyskuuta syyskuu setembre "
     "septembrie shtator setyembre septembar сентябрь сентября вересня вересень септември септембар "
     "σεπτεμβρίου σεπτέμβριος سبتمبر أيلول ايلول ספטמבר בספטמבר กันยายน सितंबर सितम्बर"),
    ("října rijna říjen rijen októbra október oktobra október oktobris spalio lokakuuta "
     "lokakuu oktoober octombrie outubro tetor oktubre oktobar октябрь октября жовтня жовтень октомври "
     "октобар οκτωβρίου οκτώβριος أكتوبر اكتوبر אוקטובר באוקטובר ตุลาคม अक्टूबर"),
    ("listopadu listopad novembra studenoga studenog studeni novembris lapkričio lapkricio marraskuuta "
     "marraskuu nóvember noiembrie novembro nëntor nentor nobyembre novembar ноябрь ноября листопада "
     "листопад ноември новембар νοεμβρίου νοέμβριος نوفمبر נובמבר בנובמבר พฤศจิกายน नवंबर नवम्बर"),
    ("prosince prosinec decembra prosinca prosinac decembris gruodžio gruodzio joulukuuta joulukuu "
     "detsember desember desembre decembrie dhjetor disyembre desember disember decembar декабрь декабря "
     "грудня грудень декември децембар δεκεμβρίου δεκέμβριος ديسمبر דצמבר בדצמבר ธันวาคม दिसंबर दिसम्बर"),
)
# Thai dates most often abbreviate the month with dots ("12 มี.ค. 2530"); the dot after the last letter is left out
# as often as written.
_THAI_MONTH_ABBREVIATIONS = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
for _month, _words in enumerate(_MORE_MONTHS, start=1):
    for _word in (*_words.split(), _THAI_MONTH_ABBREVIATIONS[_month - 1], _THAI_MONTH_ABBREVIATIONS[_month - 1][:-1]):
        _FOREIGN_MONTHS.setdefault(_word.lower(), _month)
_THAI_MONTHS = frozenset(word for word in _FOREIGN_MONTHS if "\u0e00" <= word[0] <= "\u0e7f")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
    + "|".join(map(re.escape, sorted(_FOREIGN_MONTHS, key=len, reverse=True))) + ")"
)
# Every common way to write a full date: ISO (also as the date part of a timestamp,
# 1985-04-12T00:00:00Z), d/m/y and m/d/y with - / . separators, month names before or after
# the day with spaces, slashes or dashes (Apr-12-1985, 12/Apr/85), and compact YYYYMMDD.
# (round 37) Scripts written without spaces glue a label to its date ("出生日期2010年6月8日", "生年月日1990/03/05生"): a
# letter of Han, kana or Hangul before or after a date is no longer word of it.
_UNSPACED_SCRIPT = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_DATE = re.compile(
    rf"""(?:(?<![\w/.-])|(?<=[{_UNSPACED_SCRIPT}]))(?:
        (?P<iso>\d{{4}})(?P<iso_sep>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_sep)(?P<iso_d>\d{{1,2}})
      | (?P<a>\d{{1,2}})(?P<sep>[-/.]|\.[ \t])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})  # also 5. 4. 1982
      | (?P<tm>{_MONTH})\.?[\s/-]+(?P<td>\d{{1,2}})(?:st|nd|rd|th)?,?[\s/-]+(?P<ty>\d{{4}})
      | (?P<td2>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?(?:\s+(?:of|de))?(?:[\s/-]+|(?<=\.)|(?=[A-Za-z]{{3,9}}\.?\d))
        (?P<tm2>{_MONTH})\.?,?(?:[\s/-]+|(?<=[.A-Za-z])(?=\d))(?:de\s+)?(?P<ty2>\d{{4}}|\d{{2}})
      | (?P<compact>(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))
      | (?P<rd>\d{{1,2}})(?P<rsep>[./ -])(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P=rsep)(?P<ry>\d{{4}})
      | (?P<yn>\d{{4}})(?:(?P<yn_sep>[-/ ])(?P<yn_m>{_MONTH})(?P=yn_sep)|\.[ \t](?P<yn_hm>{_MONTH})[ \t])(?P<yn_d>\d{{1,2}})  # also 1984. március 12.
      | (?P<cjk>\d{{4}})\s?[年년]\s?(?P<cjk_m>\d{{1,2}})\s?[月월]\s?(?P<cjk_d>\d{{1,2}})\s?[日일]
    )(?:(?=T\d)|(?![\w/-]|\.\d)|(?=[{_UNSPACED_SCRIPT}]))""",
    re.VERBOSE | re.IGNORECASE,
)
_PARTIAL_DATE = re.compile(
    rf"""(?<![\w/.-])(?:
        {_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?
      | \d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?
      | {_MONTH}\.?,?\s+(?:19|20)\d{{2}}
      | (?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{{2}}
      | (?:19|20)\d{{2}}
      | (?<=in[ \t])['’]\d{{2}}  # "born in '84"
    )(?![\w/-]|\.\d)""",
    re.VERBOSE | re.IGNORECASE,
)
# Birth cues in prose and as keys in any casing or separator style (date_of_birth, dateOfBirth,
# birth-date, patient_dob, b-day), also in German, Spanish, French, Italian, Dutch and Portuguese.
_DOB_KEYWORD = re.compile(
    r"(?<![A-Za-z])(?:DOB|D\.O\.B\.?|D/O/B|date[\s_.-]*of[\s_.-]*birth|birth[\s_.-]*date|birth[\s_.-]*days?|b['’-]?day"
    r"|dte?\.?[\s_.-]*of[\s_.-]*birth|birth[\s_.-]*dt\.?|b[_-]?date"  # "Dt of Birth", "BirthDt", "bdate"
    r"|born(?:\s+on)?|geboren(?:\s+am)?|geburtsdatum|geb\.|fecha[\s_.-]+(?:de[\s_.-]+)?nacimiento|fecha_nac\w*|nacid[oa](?:\s+el)?|nascid[oa](?:\s+em)?"
    r"|date[\s_.-]+(?:de[\s_.-]+)?naissance|n[ée]e?\s+le|data[\s_.-]+(?:di[\s_.-]+)?nascita|nat[oa]\s+il|geboorte[_-]?datum|geb(?:urts)?[_-]datum|data[\s_.-]+(?:de[\s_.-]+)?nascimento"
    # Polish, Czech, Hungarian, Romanian, Nordic, Finnish, Turkish, Russian, Greek, Chinese, Japanese, Korean
    r"|urodzon[ya]|data[\s_.-]+urodzenia|datum\s+narozen[íi]|narozen[ýá]?|sz[üu]let[ée]si\s+(?:d[áa]tum|id[őo])"
    r"|data\s+na[șşs]terii|n[ăa]scut[ăa]?|f[øo]dselsdato|f[öo]delsedatum|f[øö]dd?|syntym[äa]aika|syntynyt"
    r"|تاريخ\s+(?:ال)?(?:ميلاد|ولادة)|مواليد|תאריך\s+(?:ה)?לידה|जन्म\s*(?:तिथि|तारीख|दिनांक|मिति)|জন্ম(?:\s*(?:তারিখ|দিন))?"
    r"|do[ğg]um\s+tarihi|дата\s+рождения|род(?:ился|илась)|ημερομηνία\s+γέννησης|出生日期|出生年月日|生年月日|생년월일"
    r"|(?-i:b\.)(?=[ \t]*(?:\d|[A-Z][a-z]{2}))"
    r"|birth(?=[\"']?[ \t]*[:=])|turns[ \t]+\d{1,3}[ \t]+on"
    # birthdays and "was born" in more languages: Geburtstag, cumpleaños, anniversaire, compleanno, 생일, nació, nasceu
    r"|geburtstag|cumplea[ñn]os|anniversaire|compleanno|verjaardag|anivers[áa]rio|urodziny|생일|naci[óo](?:[ \t]+el)?"
    r"|nasceu(?:[ \t]+em)?|nacque(?:[ \t]+il)?"
    # birth-date labels of more languages Faker writes: Slovak, Croatian/Serbian/Bosnian, Slovenian, Baltic,
    # Indonesian/Malay, Filipino, Vietnamese, Catalan, Galician, Icelandic, Albanian, Swahili, Welsh, Irish, Basque,
    # Azerbaijani, Uzbek; abbreviations ("Data Nasc.", "ur.", "szül.", "synt."); Cyrillic, Persian, Thai, Indic
    r"|d[áa]tum[ \t]+narodenia|narodil[ao]?|datum[ \t]+ro[đd]enja|ro[đd]en[ao]?|datum[ \t]+rojstva|rojen[ao]?"
    r"|gimimo[ \t]+data|dzim[šs]anas[ \t]+datums|s[üu]nniaeg|s[üu]nnikuup[äa]ev|tanggal[ \t]+lahir|tgl\.?[ \t]*lahir"
    r"|tarikh[ \t]+lahir|petsa[ \t]+ng[ \t]+kapanganakan|kaarawan|ng[àa]y[ \t]+sinh|sinh[ \t]+ng[àa]y"
    r"|data[ \t]+de[ \t]+naixement|data[ \t]+de[ \t]+nacemento|f[æa]e?[ðd]ingardag(?:ur)?|dat[ëe]lindj[ae]"
    r"|data[ \t]+e[ \t]+lindjes|tarehe[ \t]+ya[ \t]+kuzaliwa|dyddiad[ \t]+geni|d[áa]ta[ \t]+breithe|jaiotze[ \t]+data"
    r"|do[ğg]um[ \t]+tarixi|tug['’]?ilgan[ \t]+sana|d(?:ata|t)\.?[ \t_-]*(?:de[ \t_-]+)?nasc(?:imento|\.)?|ur\.(?=[ \t]*\d)"
    r"|sz[üu]l\.|sz[üu]letett|synt\.(?=[ \t]*\d)|f\.[ \t]*d\.(?=[ \t]*\d)"
    r"|дата[ \t]+на[ \t]+ра[жж]дане|дата[ \t]+народження|датум[ \t]+ро[ђд]ења|туған[ \t]+күні|تاریخ[ \t]+تولد"
    r"|تاریخ[ \t]+پیدائش|วันเกิด|জন্ম[ \t]*তারিখ|பிறந்த[ \t]+தேதி|ծննդյան[ \t]+ամսաթիվ|დაბადების[ \t]+თარიღი"
    # "nar. 12.4.1961", "Fecha Nac.:", "F. nac.", "生日", "year of birth", "YOB", "née Schmidt, 8 Feb 1955",
    # "nato a Roma il 3 marzo 1964"
    r"|nar\.|fecha[ \t]+(?:de[ \t]+)?nac\.?|f\.[ \t]*nac(?:imiento|\.)?|生日|(?:year|month)[\s_.-]+of[\s_.-]+birth|birth[\s_.-]*(?:year|month)|yob"
    # Round 14 (ids14): the year of birth in more languages ("Geburtsjahr: 1984", "Jahrgang 1979", "année de
    # naissance", "rok urodzenia", "год рождения", "出生年份"), which a year alone answers, and "born" in more
    # languages (Catalan, Ukrainian, Baltic, Estonian, Greek, Hebrew, Thai, Indonesian/Malay, Persian, Chinese)
    r"|geburtsjahr|jahrgang|ann[ée]e[\s_.-]+(?:de[\s_.-]+)?naiss(?:ance|\.)|a[ñn]o[\s_.-]+(?:de[\s_.-]+)?nac(?:imiento|\.)"
    r"|anno[\s_.-]+(?:di[\s_.-]+)?nascita|ano[\s_.-]+(?:de[\s_.-]+)?nascimento|rok[\s_.-]+(?:urodzenia|narozen[íi]|narodenia)"
    r"|год[\s_.-]+рождения|рік[\s_.-]+народження|geboortejaar|f[öo]delse[åa]r|f[øo]dsels[åa]r|syntym[äa]vuosi"
    r"|sz[üu]let[ée]si[\s_.-]+[ée]v|do[ğg]um[\s_.-]+y[ıi]l[ıi]|n[ăa]m[ \t]+sinh|tahun[ \t]+lahir|出生年份?|출생[ \t]*(?:연도|년도|일)?"
    r"|سنة[ \t]+(?:ال)?ميلاد|n[ée]e?s?[ \t]+en(?=[ \t]+\d)|nascut|nascuda|народил(?:ся|ася)|народжен(?:ий|а)"
    r"|gim[ęe]s|gimusi|dzimis|dzimusi|s[üu]ndinud|γεννήθηκε|נולד(?:ה)?|เกิด|lahir|متولد|出生于|生于"
    r"|n[ée]e(?=[ \t]+[A-Z])|nat[oa][ \t]+a[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]+il)"  # `birth: 5/5/1955`, "turns 40 on 12 May 1985"
    r"(?![a-z])",
    re.IGNORECASE,
)
# Literals every _DOB_KEYWORD alternative starts with: the keyword regex runs only where one occurs.
_DOB_CUE_STARTS = ("dob", "d.o.b", "d/o/b", "date", "birth", "b-day", "bday", "b'day", "b’day", "born", "geb", "fecha", "nacid", "nascid", "né", "ne le",
                   "nee le", "data", "nato", "nata", "(b. ", " b. ", "\nb. ", "turns ",
                   "urodz", "datum", "naroz", "szület", "szulet", "născut", "nascut", "fødsel", "fodsel", "födel",
                   "fodel", "født", "född", "fodd", "syntym", "doğum", "dogum", "дата", "родил", "ημερομηνία",
                   "出生", "生年", "생년", "nar.", "f. nac", "f.nac", "生日", "year of", "month of", "yob", "née", "nee ",
                   "b. ", "تاريخ", "مواليد", "תאריך", "जन्म", "জন্ম", "geburtstag", "cumple", "anniversaire", "compleanno",
                   "verjaardag", "anivers", "urodziny", "생일", "naci", "nasceu", "nacque", "bdate", "b_date", "b-date",
                   "dátum", "narod", "rođ", "roden", "rojen", "rojst", "gimimo", "dzim", "sünni", "sunni", "tanggal", "tgl",
                   "tarikh", "petsa", "kaarawan", "ngày", "ngay", "sinh", "data de", "fæð", "faed", "fad", "datël",
                   "datel", "data e", "tarehe", "dyddiad", "dáta", "data br", "jaiotze", "tug", "dt", "data nasc",
                   "data. nasc", "ur.", "szül", "szul", "synt.", "f. d.", "f.d.", "дата", "датум", "туған",
                   "تاریخ", "วันเกิด", "জন্ম", "பிறந்த", "ծննդ", "დაბადების",
                   # round 14: years of birth, "born" in more languages
                   "geburtsj", "jahrgang", "année", "annee", "año", "ano de", "ano_de", "ano-de", "anno di", "anno_di",
                   "anno nasc", "rok urod", "rok naroz", "rok narod", "rok_urod", "год рожд", "год_рожд", "рік нар",
                   "geboortej", "födelseå", "fodelsea", "fødselså", "fodselsa", "syntymä", "syntyma", "születési", "szuletesi",
                   "doğum", "dogum", "năm sinh", "nam sinh", "tahun lahir", "출생", "سنة", "né", "nés", "nascu",
                   "народ", "gimę", "gimes", "gimusi", "dzim", "sünd", "sund", "γεννήθηκε", "נולד", "เกิด", "lahir",
                   "متولد", "出生", "生于")
_DOB_FIELD = re.compile(
    r"^(?:\w*[_.-])?(?:dob|date[_-]?of[_-]?birth|birth[_-]?date|birth[_-]?day|born(?:[_-]?on)?|geburtsdatum"
    r"|fecha[_-]?(?:de[_-]?)?nacimiento)(?:[_.-]\w*)?$|^\w*[a-z](?:Dob|DOB|DateOfBirth|BirthDate|Birthday)$"
)
_FIELD_VALUE_SCORE = 0.7  # a value under a telling field name (pii_fields.py)
_PHONE_FIELD = re.compile(r"(?:^|_)(?:phone|tel|telephone|mobile|cell|fax)(?:_|$)", re.IGNORECASE)
_SSN_FIELD = re.compile(r"(?:^|_)(?:ssn|social_security(?:_number)?|tax_id)(?:$|_)", re.IGNORECASE)


class PiiDetector:
    """Emails, phones, SSNs, national and tax ids, cards, IBANs, SWIFT/BIC codes, IP and MAC addresses, street
    addresses, geo coordinates, licence plates, birth dates, logins."""

    name = "pii"

    def __init__(self, ip_category: str = "infra", phone_regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS) -> None:
        self._ip_category = ip_category
        self._phone_regions = tuple(phone_regions)
        label_catalogue()  # load (and check) the national-id catalogue now, not mid-request
        from redactor.detect.infra import public_suffixes
        public_suffixes()  # and the Public Suffix List (e-mail TLDs), ~0.2-0.6 s, not on the first e-mail
        load_place_names()  # and the address gazetteer
        load_birth_date_layouts()  # and the month and number words of spelled birth dates
        load_postcode_layouts()  # and every country's postcode layout
        load_public_acronyms()  # and the acronyms that label no one's number
        load_org_acronyms()  # and the acronyms that name no private organisation
        load_org_capitalised_words()  # and the words English capitalises, nine languages' word frequencies
        load_org_unlisted_words()  # and the words no language writes (org_unlisted_words.py)
        load_org_lower_case_names()  # and such words in small letters in a name's place (org_lower_case_names.py)
        # and the name lists the login finders read on every text with a "." or "_" (first.last, jdoe): ~0.3-0.5 s,
        # most of it importing Faker's providers, paid by the first text otherwise where no engine warm-up ran
        world_first_names()
        surnames()
        # Every finder detect calls, with what it declares a text must hold for it to find anything (keywords.needs_cues,
        # needs_marks, next to its definition; ANY_TEXT where nothing narrower is proved): one pass answers them all.
        self._gates = FinderGates((
            self._emails, self._obfuscated_emails, self._spaced_at_emails, self._dates_of_birth, self._spelled_phones,
            find_spoken_streets, self._vanity_phones, self._phones_with_letter_o, self._phones, self._ssns,
            self._national_ids, self._cards, self._ibans, self._street_addresses, self._demographic_birth_dates,
            find_birth_dates_in_people_lists, find_birth_dates_in_keyed_lists, find_birth_dates_after_names,
            find_birth_dates_before_cues, self._record_birth_dates, find_old_full_dates, find_compact_adult_dates,
            find_birth_dates_standing_alone, self._ips, self._macs, self._labelled_ids, find_ids_as_objects,
            find_holder_keys, find_short_codes, find_keyed_codes, find_device_ids, find_work_item_keys, listed_codes_after,
            codes_written_alike,
            self._unlabelled_vat_numbers, find_cjk_labelled_ids, find_ids_before_labels, self._ids_near_cues,
            self._license_plates, find_geo_coordinates, find_swift_bics, find_bank_account_numbers, find_account_tails,
            find_unlabelled_bank_numbers, find_usernames, find_logins_in_person_slots, find_standalone_logins,
            find_conversation_logins, find_ranked_logins, find_event_logins, find_attributed_logins, find_member_lists,
            payment_parties, address_block_parties, machine_readable_zones, organisations_in_structure,
            lone_private_acronyms, affiliations_beside_people, organisations_alone_on_lines, unlisted_words,
            lower_case_names, capitalised_common_words, self._field_values, self._acronym_labelled_ids))

    def detect(self, item: DetectionInput) -> list[Span]:
        text = item.text
        if not text:
            return []
        spans: list[Span] = []
        # Cheap pre-checks skip whole families of patterns on texts that cannot match: a digit (one search for the
        # finders of numbers), and what each finder declares it cannot find anything without (keywords.needs_cues:
        # cue words, answered from the text's one shared cue scan; needs_marks: a character, a literal or a pattern),
        # all answered in one pass. A finder declared ANY_TEXT is called without asking.
        held = self._gates.held(text)
        if self._emails in held:
            spans.extend(self._emails(text))
        if self._obfuscated_emails in held:
            spans.extend(self._obfuscated_emails(text))
        if self._spaced_at_emails in held:
            spans.extend(self._spaced_at_emails(text))
        has_digit = _DIGIT.search(text) is not None  # a C-speed scan, not a Python loop over characters
        spans.extend(self._dates_of_birth(item))  # (also without a digit: "born july fourth nineteen seventy nine")
        spans.extend(self._spelled_phones(text))
        spans.extend(self._span(start, end, "STREET_ADDRESS", 0.75) for start, end in find_spoken_streets(text))
        if has_digit and self._vanity_phones in held:
            spans.extend(self._vanity_phones(text))
        if has_digit:
            spans.extend(self._phones_with_letter_o(item))
        if has_digit:
            spans.extend(self._phones(item))
            spans.extend(self._ssns(item))
            spans.extend(self._national_ids(item))
            spans.extend(self._cards(text))
            spans.extend(self._ibans(text))
            spans.extend(self._street_addresses(text))
            spans.extend(self._demographic_birth_dates(text))
            if find_birth_dates_in_people_lists in held:
                spans.extend(self._span(start, end, "DATE_OF_BIRTH", score)  # "Birthdays: Anna Kowalski - 3 March, ..."
                             for start, end, score in find_birth_dates_in_people_lists(text))
            if find_birth_dates_in_keyed_lists in held:
                spans.extend(self._span(start, end, "DATE_OF_BIRTH", score)  # "birth dates that failed:\nrow 12: 12.MAR.1985"
                             for start, end, score in find_birth_dates_in_keyed_lists(text, _DATE))
            spans.extend(self._span(start, end, "DATE_OF_BIRTH", score)  # "Nils: 12-MAR-1985", "Amara - 3rd of March 1985"
                         for start, end, score in find_birth_dates_after_names(
                             text, _DATE, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL))
            if find_birth_dates_before_cues in held:
                spans.extend(self._span(start, end, "DATE_OF_BIRTH", score)  # "12/03/1985 is my DOB", "1990년 3월 5일생"
                             for start, end, score in find_birth_dates_before_cues(
                                 text, _DATE, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL))
            spans.extend(self._record_birth_dates(text))
            if item.segment_kind != "code":  # "me - 12/03/1985", "Husband: 22.10.1979": any adult's full date, doubtful
                spans.extend(self._span(start, end, "DATE_OF_BIRTH", score) for start, end, score in find_old_full_dates(
                    text, self._full_dates, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL, _TIME_AFTER))
                spans.extend(self._span(start, end, "DATE_OF_BIRTH", score)  # "sure, mine is 19850312": compact, alone
                             for start, end, score in find_compact_adult_dates(text, _OTHER_DATE_LABEL))
            spans.extend(self._span(start, end, "DATE_OF_BIRTH", score)  # `"columns": [.., "dob"]` .. `"1984-07-19",`
                         for start, end, score in find_birth_dates_standing_alone(
                             text, _DATE, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL, _TIME_AFTER,
                             _BIRTH_YEAR_HINT)
                         if item.segment_kind != "code")
            if self._ips in held:
                spans.extend(self._ips(text))
        if self._macs in held:
            spans.extend(self._macs(text))
        if has_digit:
            spans.extend(self._labelled_ids(item))
            spans.extend(self._span(s, e, "ID_NUMBER", score) for s, e, score in find_ids_as_objects(text))  # contact16
            spans.extend(self._span(s, e, "ID_NUMBER", score) for s, e, score in find_holder_keys(text))  # ids21b
            if find_short_codes in held:
                spans.extend(self._span(s, e, "ID_NUMBER", score)  # "see KT-4471 for the scans": ids_short_codes.py
                             for s, e, score in find_short_codes(text, item.segment_kind))
            if find_keyed_codes in held:
                spans.extend(self._span(s, e, "ID_NUMBER", score)  # "staff=E-30417 door=north": ids_in_key_values.py
                             for s, e, score in find_keyed_codes(text, item.segment_kind))
            spans.extend(self._span(s, e, "ID_NUMBER", score)  # "IMEI 3548…", "vin=WVW…": ids_of_devices.py
                         for s, e, score in find_device_ids(text))
            spans.extend(self._span(s, e, "ID_NUMBER", score)  # "ticket SD-4471", a `pedido` column: ids_work_item_keys.py
                         for s, e, score in find_work_item_keys(text, item.segment_kind))
            # "claims CLM-88120, CLM-88121 and CLM-88174": the codes listed after a found one
            spans.extend(self._span(start, end, "ID_NUMBER", score) for start, end, score in listed_codes_after(
                text, [(span.start, span.end, span.score) for span in spans if span.kind == "ID_NUMBER"]))
            spans.extend(self._unlabelled_vat_numbers(text))
            if not text.isascii():  # (its labels are written in CJK scripts)
                spans.extend(self._span(start, end, "ID_NUMBER", score)  # "工号A12345", "환자번호: P-44210": cjk_id_labels.py
                             for start, end, score in find_cjk_labelled_ids(text))
            if find_ids_before_labels in held:
                spans.extend(self._span(start, end, kind, score)  # "77082514178 is my PESEL": ids_before_labels.py
                             for start, end, kind, score in find_ids_before_labels(text))
            if item.segment_kind != "code":  # (its three finders return at once on code: its stated pre-condition)
                spans.extend(self._ids_near_cues(item, spans))  # "the SSN I put down was 523 41 8870": ids_near_cues.py
            if codes_written_alike in held:  # "Mitgliedsnr. ist 772727 … deine ist 620608": record_ids.py
                spans.extend(self._span(start, end, "ID_NUMBER", score) for start, end, score in codes_written_alike(
                    text, [(span.start, span.end, span.score) for span in spans if span.kind == "ID_NUMBER"]))
            spans.extend(self._license_plates(text))
            if find_geo_coordinates in held:
                spans.extend(self._span(start, end, "GEO_COORDINATES", score)
                             for start, end, score in find_geo_coordinates(text))
        spans.extend(self._span(start, end, "SWIFT_BIC", score) for start, end, score in find_swift_bics(text))
        if has_digit:
            spans.extend(self._span(start, end, "ID_NUMBER", score)
                         for finder in (find_bank_account_numbers, find_account_tails, find_unlabelled_bank_numbers)
                         if finder in held for start, end, score in finder(text))
        for start, end, score in find_usernames(text):
            spans.append(self._span(start, end, "USERNAME", score))
        if item.segment_kind != "code":  # handles in a person's slot of a sentence: logins_in_person_slots.py
            if find_logins_in_person_slots in held:  # (not a CI app's: "approved by dependabot")
                spans.extend(self._span(start, end, "USERNAME", score)
                             for start, end, score in find_logins_in_person_slots(text, lowered_same_length(text))
                             if is_personal_login(text[start:end]))
            if find_conversation_logins in held:  # "小鱼儿2019：...", "@하늘바람": logins_in_conversations.py
                spans.extend(self._span(start, end, "USERNAME", score)
                             for start, end, score in find_conversation_logins(text)
                             if is_personal_login(text[start:end]))
            # a login by its layout's slot: a ranked row, an event line, an attribution, a quote header, the person
            # addressed (community_logins.py, round 29)
            lowered = lowered_same_length(text)
            for finder in (find_ranked_logins, find_event_logins, find_attributed_logins, find_member_lists):
                if finder in held:
                    found = finder(text) if finder is find_ranked_logins else finder(text, lowered)
                    spans.extend(self._span(start, end, "USERNAME", score) for start, end, score in found
                                 if is_personal_login(text[start:end]))
            found_logins = {(span.start, span.end) for span in spans if span.kind == "USERNAME"}
            spans.extend(self._span(start, end, "USERNAME", score)  # "sam.ortiz3 says ...": standalone_logins.py
                         for start, end, score in find_standalone_logins(text) if (start, end) not in found_logins)
            if "," in text or ";" in text or " & " in text or " and " in text:  # its list's other items
                found = sorted((span.start, span.end, span.score) for span in spans if span.kind == "USERNAME")
                if found:
                    spans.extend(self._span(start, end, "USERNAME", score) for start, end, score in
                                 logins_listed_with(text, found) if is_personal_login(text[start:end]))
        # Parties named by structure (payment lines, address blocks, passport zones, organisation layouts).
        for finder in (payment_parties, address_block_parties, machine_readable_zones, organisations_in_structure):
            if finder in held:
                spans.extend(finder(text, self.name))
        if item.segment_kind != "code":  # "resend the quote to KMT": a lone private acronym, doubtful (org_acronyms.py)
            spans.extend(lone_private_acronyms(text, self.name))
            spans.extend(affiliations_beside_people(text, self.name))  # "Priya Raman (Copperleaf)": org_affiliations.py
            if organisations_alone_on_lines in held:  # "Thanks!\nHarbrook Joinery\n": the same
                spans.extend(organisations_alone_on_lines(text, self.name))
            spans.extend(unlisted_words(text, self.name))  # "Carrier: Swiftlane", a coined word: org_unlisted_words.py
            spans.extend(lower_case_names(text, self.name))  # "for fernbrook health": org_lower_case_names.py
            # "we ordered the chairs from Oakhill": a capitalised word inside an English sentence, doubtful; prose
            # only (tool definitions and results are JSON values and tool output: software's own capitalised words)
            if item.segment_kind == "prose":
                spans.extend(capitalised_common_words(text, self.name))
        spans.extend(self._field_values(item, spans))
        if has_digit:
            spans.extend(self._acronym_labelled_ids(text, spans))
        # Two patterns can report the same span (a date after "DOB" and "born", a tax number after a label both
        # pii.py and python-stdnum's catalogue know): one finding each, with the higher score; a value that a
        # kind's own detector names is not also a generic ID_NUMBER ("codice fiscale X" is a national id).
        best: dict[tuple[int, int, str], Span] = {}
        for span in spans:
            key = (span.start, span.end, span.kind)
            if key not in best or span.score > best[key].score:
                best[key] = span
        named = {(start, end) for start, end, kind in best if kind in ("NATIONAL_ID", "TAX_ID")}
        found = [span for key, span in best.items() if key[2] != "ID_NUMBER" or key[:2] not in named]
        # A doubtful id that is a public register's number (a CAS number, a METAR group, an aircraft type, a lottery
        # draw: ids_bare_codes.is_public_code) is nobody's: every finder's guess yields. Placeholder-looking digits
        # (`12345678`) and an example word near the value are no veto on the wire: people paste real records as
        # examples and real numbers can be dull; a validity guard may lower confidence, never drop a value there.
        found = [span for span in found if not (span.kind == "ID_NUMBER" and span.score < AUDIT_MIN_SCORE
                                                and is_public_code(text, span.start, span.end))]
        return drop_placeholder_overlaps(text, found)

    @needs_marks(ANY_TEXT)
    def _ids_near_cues(self, item: DetectionInput, found: list[Span]) -> list[Span]:
        """Doubtful ids near a cue word naming their kind (ids_near_cues.py), where no finding is yet."""
        near = list(find_ids_near_cues(item.text, item.segment_kind))
        near_starts = {start for start, _, _ in near}
        near += [(start, end, "ID_NUMBER") for start, end in find_bare_id_numbers(item.text, item.segment_kind)
                 if start not in near_starts]
        near += [(start, end, "ID_NUMBER") for start, end in find_bare_codes(item.text, item.segment_kind)]  # JT4471920
        if not near:
            return []
        taken = sorted((span.start, span.end) for span in found)
        starts = [start for start, _ in taken]
        longest = max((end - start for start, end in taken), default=0)
        added = []
        for start, end, kind in near:
            first = bisect.bisect_left(starts, start - longest)
            last = bisect.bisect_left(starts, end)
            overlapping = [(taken_start, taken_end) for taken_start, taken_end in taken[first:last] if start < taken_end]
            # (round 14) or the finding holds only a piece of the value: "40702" of "40702 810 3 3800 0012345"
            if not overlapping or all(start <= taken_start and taken_end <= end and taken_end - taken_start < end - start
                                      for taken_start, taken_end in overlapping):
                added.append(self._span(start, end, kind, DOUBTFUL_SCORE))
        return added

    @needs_marks(ANY_TEXT)
    def _field_values(self, item: DetectionInput, found: list[Span]) -> Iterator[Span]:
        """Values under telling field names (pii_fields.py) that no pattern above has covered already."""
        taken = sorted((span.start, span.end, span.score, span.kind) for span in found)
        starts = [start for start, _, _, _ in taken]
        longest = max((end - start for start, end, _, _ in taken), default=0)
        for value in find_field_values(item.text, item.field_name):
            first = bisect.bisect_left(starts, value.start - longest)
            last = bisect.bisect_left(starts, value.end)
            overlapping = [(start, end, score, kind) for start, end, score, kind in taken[first:last] if value.start < end]
            # A sure finding reported it with its own score; a doubtful one over part of it ("884 120 33" of
            # "XKP 884 120 33") leaves the field its whole value, and a doubtful finding of the field's own kind that
            # is its value (record_ids.find_segmented_codes: `"policyNumber": "AUT-4471-0921"`; a joined login under
            # `displayName=`) takes the field's score: the field name is the evidence the doubt lacked. (Not one
            # that reaches past the value: `IBAN: GB82 WEST ...` with a wrong checksum stays one doubtful IBAN.)
            # An address is found in pieces (the street of `2280 Ala Moana Blvd^^Honolulu^HI^96815`): a piece inside
            # the address field leaves the field its whole value, town, state and postcode with it.
            if any((score >= _FIELD_VALUE_SCORE and not (
                    value.kind == kind == "STREET_ADDRESS" and value.start <= start and end <= value.end))
                   or (start <= value.start and value.end <= end and not (
                    kind == value.kind and score <= DOUBTFUL_SCORE
                    and (kind == "ID_NUMBER" or (start, end) == (value.start, value.end))))
                   for start, end, score, kind in overlapping):
                continue
            if value.kind == "DATE_OF_BIRTH":
                date_match = _DATE.fullmatch(item.text, value.start, value.end)
                if date_match and not _plausible_birth_date(date_match):
                    continue  # a future date is not a birth date, whatever the field says
            yield self._span(value.start, value.end, value.kind, _FIELD_VALUE_SCORE)

    @needs_marks(ANY_TEXT)
    def _acronym_labelled_ids(self, text: str, found: list[Span]) -> Iterator[Span]:
        """Values after any acronym (acronym_labels.py) where no other rule found anything: a catch-all of the
        wire, so an IBAN's bank code ("NL91 ABNA 0417...") or a NINO's letters ("QQ 12 34 56 C") stay theirs."""
        taken = sorted((span.start, span.end) for span in found)
        starts = [start for start, _ in taken]
        longest = max((end - start for start, end in taken), default=0)
        for start, end, score in find_acronym_labelled_ids(text):
            first = bisect.bisect_left(starts, start - longest)
            last = bisect.bisect_left(starts, end)
            if not any(start < taken_end for _, taken_end in taken[first:last]):
                yield self._span(start, end, "ID_NUMBER", score)

    def _span(self, start: int, end: int, kind: str, score: float, category: str = "pii") -> Span:
        return Span(start, end, kind, category, score, self.name)

    @needs_marks("@")
    def _emails(self, text: str) -> Iterator[Span]:
        # Anchor on each "@" and walk back over the local part: scanning the
        # whole text with the e-mail pattern costs a try at every letter.
        resume = 0
        at = text.find("@")
        while at != -1:
            start = at
            while start > max(0, at - 64) and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_PART_SYMBOLS):
                start -= 1
            while start < at and not text[start].isalnum():
                start += 1
            if at and text[at - 1] == '"':
                opening = text.rfind('"', max(resume, at - 66), at - 1)
                quoted = _QUOTED_LOCAL_EMAIL.match(text, opening, min(len(text), at + 256)) if opening != -1 else None
                if quoted is not None and quoted.start("at") == at:  # "jane doe"@example.org (RFC 5322 quoted)
                    resume = quoted.end()
                    yield self._span(quoted.start(), quoted.end(), "EMAIL", 0.9)
                    at = text.find("@", at + 1)
                    continue
            match = _EMAIL.match(text, max(start, resume)) if start < at else None
            if match is not None and match.start() <= at < match.end():
                resume = match.end()
                local = match.group(0).split("@", 1)[0]
                if local.casefold() not in _NON_PERSONAL_EMAIL_LOCAL:
                    yield self._span(match.start(), match.end(), "EMAIL", 0.95)
            at = text.find("@", at + 1)

    @needs_marks("at", "AT", "@")
    def _spaced_at_emails(self, text: str) -> Iterator[Span]:
        """"dana.reyes @ outlook.com", "bob.jones AT acme.com", "j_doe at acme.io": an address whose "@" is spaced out.

        A spaced "@" or an upper-case "AT" says so alone; a lower-case " at " only after a login-shaped local
        part ("bob.jones", not "look" in "look at docs.python.org"). The domain's last label must be a public
        suffix, and a domain followed by "/" is a URL's host, not a mailbox.
        """
        from redactor.detect.infra import public_suffixes  # the Public Suffix List says what a TLD is

        for position in keyword_positions(text, _SPACED_AT_CUES):
            cue = next(c for c in _SPACED_AT_CUES if text.startswith(c, position))
            domain = _DOMAIN_AFTER_SPACED_AT.match(text, position + len(cue))
            if domain is None or not position or not text[position - 1].isalnum():
                continue
            # Walk back over the local part (a regex search anchored at the end would retry every start).
            local_start = position
            while local_start > max(0, position - 64) and (
                    text[local_start - 1].isalnum() or text[local_start - 1] in _LOCAL_PART_SYMBOLS):
                local_start -= 1
            local = _LOCAL_BEFORE_SPACED_AT.match(text, local_start, position)
            if local is None or (local.start() and text[local.start() - 1] in "@/\\"):
                continue
            if cue == " at " and not _LOGIN_SHAPED_LOCAL.fullmatch(local.group(0)):
                continue
            tld = domain.group(0).rsplit(".", 1)[-1].lower()
            if not tld.isalpha() or public_suffixes().publicsuffix(tld) != tld:
                continue
            yield self._span(local.start(), domain.end(), "EMAIL", 0.8 if cue != " at " else 0.7)

    @needs_marks("at", "AT", "@")
    def _obfuscated_emails(self, text: str) -> Iterator[Span]:
        if not keyword_positions(lowered_same_length(text), _OBFUSCATION_CUES):  # the text's shared cue scan
            return
        # A match never spans a line break, and only one holding a spelled or bracketed dot or a bracketed "at"
        # counts (below): the pattern runs only over the lines that hold one (_OBFUSCATION_MARK, a cheap scan),
        # instead of being tried at every word character of the text.
        for line_start, line_end in lines_with(text, _OBFUSCATION_MARK):
            yield from self._obfuscated_emails_in(text, line_start, line_end)

    def _obfuscated_emails_in(self, text: str, line_start: int, line_end: int) -> Iterator[Span]:
        from redactor.detect.infra import public_suffixes  # the Public Suffix List says what a TLD is

        position = line_start
        while (match := _OBFUSCATED_EMAIL.search(text, position, line_end)) is not None:
            # A rejected candidate may hide one that starts inside it ("me at jane dot doe at
            # example dot com"): resume right after its start, not after its end.
            position = match.start() + 1
            written = match.group(0)
            spelled_dot = re.search(r"(?i)[\[({<]\s*(?:dot|\.)|\sdot\s", written)
            bracketed_at = re.search(r"(?i)[\[({<]\s*(?:at|@)\s*[\])}>]", written)
            if not spelled_dot and not bracketed_at:
                continue  # "we met at home.com": a bare " at " needs a spelled "dot" too; "@": _emails' job
            labels = re.split(r"(?i)[ \t]*(?:[\[({<][ \t]*(?:dot|\.)[ \t]*[\])}>]|[ \t]dot[ \t]|\.)[ \t]*",
                              match.group("domain"))
            tld = labels[-1].lower()
            if len(labels) < 2 or not tld.isalpha() or public_suffixes().publicsuffix(tld) != tld:
                continue  # "look at the code": no domain with a real top-level domain
            position = match.end()
            yield self._span(match.start(), match.end(), "EMAIL", 0.8)

    @needs_marks(ANY_TEXT)
    def _phones(self, item: DetectionInput) -> Iterator[Span]:
        text = item.text
        field_says_phone = bool(item.field_name and _PHONE_FIELD.search(item.field_name))
        world_checks = 0
        for match in _phone_candidates(text):
            before = text[max(0, match.start() - _PHONE_CONTEXT_WINDOW): match.start()]
            line_before = before.rsplit("\n", 1)[-1]
            candidate = match.group(0)
            after_an_email = "@" in line_before and bool(_AFTER_AN_EMAIL.search(line_before))
            if match.group("loose") and (not (field_says_phone or after_an_email or _STRONG_PHONE_CONTEXT.search(
                    line_before)) or _YEAR_AND_NUMBER.fullmatch(candidate)):
                # A loose layout only after a word that means a phone, and "2024-1234" is a year's numbering;
                # without one, digit groups that are a valid national number of a country outside the policy's
                # regions ("0412 345 678", "082 555 0143") are a doubtful phone (_grouped_world_phone).
                if world_checks < _WORLD_PHONE_CHECKS and _grouped_world_phone(
                        candidate, line_before, text[match.end():match.end() + 12]):
                    yield self._span(match.start(), match.end(), "PHONE", DOUBTFUL_SCORE)
                world_checks += 1
                continue
            has_context = field_says_phone or after_an_email or bool(_PHONE_CONTEXT.search(line_before)) or (
                line_before.rstrip(" \t\"'")[-1:] in ("=", ":") and bool(_KEY_BEFORE_PHONE.search(line_before)))
            if _PHONE_ANTI_CONTEXT_REVERSED.match(line_before[::-1]) and not re.search(
                r"\b(?:phone|tel|mobile|cell|fax)\b", line_before, re.IGNORECASE
            ):
                continue
            if not has_context and (candidate.isdigit() or _SPANISH_GROUPS.fullmatch(candidate)):
                # Ten bare digits are as often an id or a timestamp as a phone,
                # and three groups of three as often a count.
                continue
            if not has_context and len(set(re.sub(r"\D", "", candidate))) < 3:
                continue  # "0100 0000", "000 000 0000": bit patterns and fillers
            if _CALENDAR_DATE.fullmatch(candidate):
                continue  # "dana@acme.com, 2024-01-01": a date after a phone cue, not a number
            if candidate.startswith("8") and _RUSSIAN_TRUNK.fullmatch(candidate):
                # "8 (912) 345-67-89": the trunk "8" of Russia and Kazakhstan stands for "+7" (no region reads it)
                if _phone_validity("+7" + re.sub(r"\D", "", candidate)[1:], ()) == "valid":
                    yield self._span(match.start(), match.end(), "PHONE", 0.85 if has_context else 0.6)
                    continue
            found = self._validated_phone(match.start(), candidate, has_context)
            if found is None and _SWEDISH_LAYOUT.fullmatch(candidate):
                # "08-123 456 78": an area code, a hyphen, then groups of two or three: Sweden writes numbers so
                validity = _phone_validity(candidate, ("SE",))
                if validity == "valid" or validity == "possible" and has_context:
                    found = self._span(match.start(), match.end(), "PHONE",
                                       (0.85 if has_context else 0.6) if validity == "valid" else DOUBTFUL_SCORE)
            if found is not None and found.end < match.end() and not (has_context or candidate.startswith(("+", "00"))):
                # Only part of the digit groups is a valid national number: without a
                # phone word that is more likely an id ("0123 4567 8901") than a phone.
                continue
            if (found is None and candidate.isdigit() and len(candidate) >= 11
                    and _STRONG_PHONE_CONTEXT.search(line_before)):
                # "CTCM 447911123456": an international number written without its "+" after a word that only
                # means a phone ("text" or "number" are weaker: `"text": "PESEL: 88031704126"` in JSON)
                validity = _phone_validity("+" + candidate, self._phone_regions)
                if validity != "invalid":
                    found = self._span(match.start(), match.end(), "PHONE", 0.6 if validity == "valid" else DOUBTFUL_SCORE)
            if found is None and has_context and (_LOCAL_ONLY_PHONE.fullmatch(candidate) or (
                    match.group("loose") and 7 <= len(_DIGIT.findall(candidate)) <= 15)):
                # Recall first: after "phone", "cell", "tel" a number libphonenumber cannot place
                # (a local number without its area code) is still the user's number. (Numbers of
                # regions the policy does not read stay unplaced: phone_regions is the user's choice.)
                found = self._span(match.start(), match.end(), "PHONE", DOUBTFUL_SCORE)
            if found is not None:
                yield found

    @needs_marks(ANY_TEXT)
    def _phones_with_letter_o(self, item: DetectionInput) -> Iterator[Span]:
        """"+44 79O0 123456": a phone typed with the letter O for a zero (recall first: doubtful).

        On each line with an O beside a digit, the runs of phone characters holding such an O are read with the O as
        0 (the same length, so offsets stay), and the phone rules decide on that reading of the line (their context
        is the line before the number); only numbers that hold such an O are reported.
        """
        text = item.text
        line_end = -1
        for hit in _letter_o_beside_digits(text):
            if hit < line_end:
                continue  # a line already read
            line_start = text.rfind("\n", 0, hit) + 1
            line_end = text.find("\n", hit)
            line_end = len(text) if line_end == -1 else line_end
            line = text[line_start:line_end]
            replaced = [run.start() + offset for run in _PHONE_RUN_WITH_LETTER_O.finditer(line)
                        for offset, char in enumerate(run.group(0)) if char in "Oo"]
            if not replaced:
                continue
            read = list(line)
            for position in replaced:
                read[position] = "0"
            for span in self._phones(DetectionInput("".join(read), item.segment_kind, item.field_name)):
                if any(span.start <= position < span.end for position in replaced):
                    yield self._span(line_start + span.start, line_start + span.end, "PHONE",
                                     min(span.score, DOUBTFUL_SCORE))

    @needs_marks("-")
    def _vanity_phones(self, text: str) -> Iterator[Span]:
        """Numbers written with the letters of a phone keypad: 1-800-FLOWERS, (888) GET-HELP."""
        resume = 0
        for position in keyword_positions(text, _TOLL_FREE_CODES):
            start = max(resume, position - 3)  # "1-800-", "(800) "
            match = _VANITY_PHONE.search(text, start, min(len(text), position + 20))
            if match is None or match.start() > position or (match.start() and (
                    text[match.start() - 1].isalnum() or text[match.start() - 1] in "-_/")):
                continue
            resume = match.end()
            yield self._span(match.start(), match.end(), "PHONE", 0.6)

    @needs_marks(ANY_TEXT)
    def _spelled_phones(self, text: str) -> Iterator[Span]:
        """"my number is five five five, two one two, ...": seven or more spelled digits after a phone word."""
        lowered = lowered_same_length(text)
        scanned = 0  # windows overlap: each character is scanned once
        for position in keyword_positions(lowered, _SPELLED_PHONE_CUES):
            window_end = min(len(text), position + 160)
            for match in _SPELLED_DIGITS.finditer(text, max(position, scanned), window_end):
                window_end = max(window_end, match.end())
                yield self._span(match.start(), match.end(), "PHONE", 0.7)
            scanned = max(scanned, window_end)

    def _validated_phone(self, start: int, candidate: str, has_context: bool) -> Span | None:
        # A greedy candidate may swallow a following number ("... 0958 2023"):
        # retry without trailing groups before giving up.
        pieces = list(re.finditer(r"\d+", candidate))
        for keep in range(len(pieces), 0, -1):
            end = pieces[keep - 1].end()
            # Keep an extension suffix with the full candidate only.
            trial = candidate if keep == len(pieces) else candidate[:end]
            if sum(len(p.group(0)) for p in pieces[:keep]) < 7:
                break
            validity = _phone_validity(trial, self._phone_regions)
            if validity == "valid":
                return self._span(start, start + len(trial), "PHONE", 0.85)
            if keep < len(pieces) and validity != "valid":
                continue  # a shorter "possible" number inside a longer one is no better reading of it
            if validity == "possible" and (has_context or _STRONG_NANP.fullmatch(trial)
                                           or _BRACKETED_TRUNK_ZERO.match(trial)):
                return self._span(start, start + len(trial), "PHONE", 0.6)
            if validity == "possible" and trial.startswith("+") and " " in trial.strip():
                # "+971 4 123 4567": written in international layout, a number libphonenumber cannot place
                # (a new range, a fictional one) is still a phone number: on the wire, not in an audit.
                return self._span(start, start + len(trial), "PHONE", DOUBTFUL_SCORE)
        return None

    @needs_marks(ANY_TEXT)
    def _ssns(self, item: DetectionInput) -> Iterator[Span]:
        """SSN-shaped numbers. Issuance ranges move the score, never veto (see confidence.py).

        `ddd-dd-dddd` is SSN-shaped on its own; nine bare digits only after an
        SSN label or in an SSN field. An out-of-range number after "SSN" is
        still the user's SSN as far as the wire is concerned.
        """
        text = item.text
        field_says_ssn = bool(item.field_name and _SSN_FIELD.search(item.field_name))
        for match in layout_matches(_SSN_SEPARATED, text, _SSN_SEPARATED_LAYOUTS, _NOT_BEFORE_A_NUMBER):
            labelled = field_says_ssn or bool(_SSN_CONTEXT.search(text[max(0, match.start() - 30): match.start()]))
            if is_valid_ssn(match.group(0)):
                yield self._span(match.start(), match.end(), "SSN", 0.95 if labelled else 0.9)
            else:
                yield self._span(match.start(), match.end(), "SSN", DOUBTFUL_SCORE)
        for match in layout_matches(_SSN_BARE, text, (b"000000000",), _NOT_BEFORE_A_NUMBER):
            before = text[max(0, match.start() - 30): match.start()]
            if field_says_ssn or _SSN_CONTEXT.search(before):
                yield self._span(match.start(), match.end(), "SSN", 0.85 if is_valid_ssn(match.group(0)) else DOUBTFUL_SCORE)

    @needs_marks(ANY_TEXT)
    def _labelled_ids(self, item: DetectionInput) -> Iterator[Span]:
        """Identifiers after a label: `Employee ID: E-204518`, `member no. 88213`, `MRN 0048213`, `ID: AB12345`.

        What makes a number personal here is the label in front of it, not its
        format; the value needs a digit and 4+ characters. Labels of kinds
        that have their own validated detector (SSN, ITIN, IBAN, national ids)
        are left to it, so its validity score stands. Letter-prefixed record
        codes (`PT-88231`, `EMP-204518`) count without a label when the prefix
        is a record prefix.
        """
        text = item.text
        lowered = lowered_same_length(text)
        positions = keyword_positions(lowered, _ID_LABEL_ANCHORS)
        # Short labels are found with the character before them (" pan", "\nsin"): found alone, they
        # occur inside far too many words ("company", "using", "database").
        positions += [p + 1 for p in keyword_positions(lowered, _ID_SHORT_LABEL_ANCHORS)]
        positions += keyword_positions(text, ("ID",))
        last_end = -1
        for position in sorted(set(positions)):
            if position < last_end or (position and lowered[position - 1].isalnum()):
                continue  # inside a previous match, or inside a word
            header = _ID_COLUMN_LABEL.match(text, position)
            if header:  # `Employee ID` heading a table column: every id below it
                cells = itertools.chain(column_cells(text, header.start(), header.end()),
                                        aligned_column_cells(text, header.start(), header.end()))
                for start, end in cells:
                    if _ID_VALUE_WHOLE.fullmatch(text, start, end):
                        yield self._span(start, end, "ID_NUMBER", 0.7)
            question = _ID_QUESTION.match(text, position) if text.find("?", position, position + 60) != -1 else None
            if question is not None:
                # "what's your employee number?" and the answer on a following line of the chat
                answer = _ID_ANSWER.search(text, question.end(), min(len(text), question.end() + _ID_ANSWER_WINDOW))
                if answer is not None:
                    yield self._span(answer.start("value"), answer.end("value"), "ID_NUMBER", DOUBTFUL_SCORE)
                continue
            if not _DIGIT.search(text, position, position + 48):
                continue  # no number right after the label: skip the big pattern
            match = _LABELLED_ID.match(text, position)
            if match is None:
                continue
            last_end = match.end()
            if match.group("bare") and _THING_BEFORE_ID.search(text, max(0, match.start() - 20), match.start()):
                continue
            if match.group("heading") and text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip():
                continue  # a label ending a line of prose, not a heading: the next line is not its value
            if lowered.startswith("rfc", match.start()) and not _RFC_VALUE.match(match.group("value")):
                continue  # "RFC 7231": an Internet standard; a Mexican RFC starts with 3-4 letters
            if match.group("thing") and _MACHINE_KEY.search(text, match.start(), match.start("value")):
                continue  # `order_number=2024-000188` in a log: a system's key, not a person's quoted reference
            score = DOUBTFUL_SCORE if match.group("thing") else 0.6 if match.group("weak") else 0.75
            yield self._span(match.start("value"), match.end("value"), "ID_NUMBER", score)
        if item.field_name and _ID_FIELD.search(item.field_name) and _ID_VALUE_WHOLE.fullmatch(text.strip()):
            start = len(text) - len(text.lstrip())
            yield self._span(start, start + len(text.strip()), "ID_NUMBER", 0.75)
        for match in matches_at_word_start(_RECORD_CODE, text, cues=_RECORD_CODE_CUES):
            yield self._span(match.start(), match.end(), "ID_NUMBER", 0.7)
        yield from self._generic_refs(text, lowered)
        yield from self._tax_ids(text, lowered)
        for start, end, score in find_record_ids(text):  # any label that numbers a record (record_ids.py)
            yield self._span(start, end, "ID_NUMBER", score)
        for start, end, score in find_dealing_codes(text):  # "your order FR-2291-77430 has shipped"
            yield self._span(start, end, "ID_NUMBER", score)
        for start, end, score in find_plan_group_numbers(text):  # "Member ID XQW884120331 group 00772"
            yield self._span(start, end, "ID_NUMBER", score)
        for start, end, score in find_medicare_beneficiary_ids(text):  # "1EG4-TE5-MK73" in a Medicare MBI's shape
            yield self._span(start, end, "ID_NUMBER", score)
        if "6" in text:
            for start, end, field in find_ach_entry_fields(text):  # an ACH entry's account, id and name
                yield self._span(start, end, "PERSON" if field == "name" else "ID_NUMBER", 0.7)

    @needs_marks(ANY_TEXT)
    def _license_plates(self, text: str) -> Iterator[Span]:
        """`Vehicle reg: AB12 CDE`, `Kennzeichen: M-AB 1234`, `number plate was GX19 KLM`: a plate after its label.

        A plate is letters and digits in up to four groups, so only its label
        (in several languages) makes one; the value needs a digit and a letter.
        """
        lowered = lowered_same_length(text)
        for position in keyword_positions(lowered, _PLATE_LABEL_ANCHORS):
            if position and lowered[position - 1].isalnum():
                continue
            match = _LABELLED_PLATE.match(text, position)
            if match is None and lowered.startswith("reg", position):
                # `reg: WD21 KTP`, `"registration": "..."`: a plate only in a record about a vehicle
                match = _BARE_REGISTRATION.match(text, position)
                if match is not None and not _VEHICLE_HEADER.search(
                        text, max(0, position - _VEHICLE_RECORD_REACH), position + _VEHICLE_RECORD_REACH):
                    match = None
            score = 0.75
            if match is None:
                match = _PLATE_AFTER_WORDS.match(text, position)
                if match is None or match.group("vehicle") or not (
                        is_plate_run(match.group("value")) and _PLATE_LAYOUT.fullmatch(match.group("value"))):
                    continue  # only a country's layout after the words: "placa de vídeo RTX 4090" is a board's
                score = DOUBTFUL_SCORE
            value = match.group("value")
            if match.groupdict().get("vehicle") and not _BARE_VEHICLE_PLATE.fullmatch(value):
                continue
            if any(char.isdigit() for char in value) and any(char.isalpha() for char in value):
                yield self._span(match.start("value"), match.end("value"), "LICENSE_PLATE", score)
        yield from self._plate_column(text, lowered)
        for start, end, score in find_unlabelled_plates(text):  # "a grey Golf KX21 PLM": vehicle_plates.py
            yield self._span(start, end, "LICENSE_PLATE", score)

    def _plate_column(self, text: str, lowered: str) -> Iterator[Span]:
        """`make,model,registration` then rows: the plates under a plate column of a table about vehicles."""
        for position in keyword_positions(lowered, ("plate", "registration", "reg", "kennzeichen", "kenteken",
                                                    "matr", "immatriculation", "targa", "licen", "number", "kfz",
                                                    "placa", "nummernschild", "rekisterinumero", "registreringsnummer",
                                                    "rendsz", "spz")):
            if position and lowered[position - 1].isalpha():
                continue
            header = _PLATE_COLUMN_LABEL.match(text, position)
            if header is None:
                continue
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", position)
            if line_end == -1:
                continue
            if not (header.group("plate_word") or header.group("own")) and not _VEHICLE_HEADER.search(
                    text, line_start, line_end):
                continue
            for start, end in column_cells(text, header.start(), header.end()):
                value = text[start:end]
                if _PLATE_VALUE.fullmatch(value) and any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                    yield self._span(start, end, "LICENSE_PLATE", 0.7)

    def _generic_refs(self, text: str, lowered: str) -> Iterator[Span]:
        """`Ref: PX-99812 for patient ...`, `employee #33817`: a generic label, made personal by a nearby record word."""
        if not keyword_positions(lowered, _PERSON_RECORD_STARTS):
            return  # no record word anywhere: nothing to make a reference personal
        last_end = -1
        positions = keyword_positions(lowered, _GENERIC_REF_ANCHORS) + keyword_positions(text, ("ID ",))
        for position in sorted(positions):
            if position < last_end or (position and lowered[position - 1].isalnum() and lowered[position] != "#"):
                continue
            if not _DIGIT.search(text, position, position + 24):
                continue
            match = _GENERIC_REF.match(text, position)
            if match is None:
                continue
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end == -1 else line_end
            window_start = max(line_start, position - _PERSON_RECORD_WINDOW)
            window_end = min(line_end, match.end() + _PERSON_RECORD_WINDOW)
            if not _PERSON_RECORD_WORD.search(text, window_start, window_end):
                continue
            if _THING_BEFORE_ID.search(text, max(0, position - 20), position) or _DEV_THING_BEFORE_REF.search(
                    text, max(0, position - 20), position):
                continue  # "ticket #4410", "order no. 5521": a thing's number, whoever it is about
            last_end = match.end()
            yield self._span(match.start("value"), match.end("value"), "ID_NUMBER", DOUBTFUL_SCORE)

    def _tax_ids(self, text: str, lowered: str) -> Iterator[Span]:
        """Tax and business registration numbers after their label (see _TAX_LABEL); the label makes them personal."""
        last_end = -1
        for position in keyword_positions(lowered, _TAX_LABEL_ANCHORS):
            if position < last_end or (position and lowered[position - 1].isalnum()):
                continue
            match = _TAX_LABELLED_ID.match(text, position)
            if match is None or not _DIGIT.search(match.group("value")):
                continue
            last_end = match.end()
            yield self._span(match.start("value"), match.end("value"), "TAX_ID", 0.75)

    @needs_marks(ANY_TEXT)
    def _unlabelled_vat_numbers(self, text: str) -> Iterator[Span]:
        """`DE136695976`, `NL004495445B01` without a label: an EU/UK VAT layout that passes python-stdnum's check.

        A labelled value is found by _tax_ids whatever its check says; here the check is the only
        evidence, so a failed one drops the value (about one random number in ten passes).
        """
        last_end = -1
        # Every layout has a run of seven digits: find those (a cheap scan), then the prefix before each.
        for digits in layout_matches(_SEVEN_DIGITS, text, (b"0000000",)):  # by bytes.find on ASCII text
            for start in range(max(0, digits.start() - 5), digits.start() - 1):
                if start < last_end or (start and (text[start - 1].isalnum() or text[start - 1] in "_-")):
                    continue  # inside a longer word
                match = _VAT_CANDIDATE.match(text, start)
                if match is not None and match.group(0)[:2] in _VAT_COUNTRIES and _is_valid_vat(match.group(0)):
                    last_end = match.end()
                    yield self._span(match.start(), match.end(), "TAX_ID", 0.7)
                    break

    @needs_marks(ANY_TEXT)
    def _national_ids(self, item: DetectionInput) -> Iterator[Span]:
        reported = set()
        for found in find_national_ids(item.text, item.field_name):
            reported.add((found.start, found.end))
            yield self._span(found.start, found.end, found.kind, found.score)
        for found in find_labelled_national_ids(item.text):
            if (found.start, found.end) not in reported:
                yield self._span(found.start, found.end, found.kind, found.score)

    @needs_marks(ANY_TEXT)
    def _cards(self, text: str) -> Iterator[Span]:
        found: list[Span] = []
        for match in layout_matches(_CARD_CANDIDATE, text, (b"0000",), _NOT_BEFORE_A_NUMBER):
            candidate = match.group(0)
            pieces = list(re.finditer(r"\d+", candidate))
            for keep in range(len(pieces), 0, -1):
                end = pieces[keep - 1].end()
                digits = "".join(p.group(0) for p in pieces[:keep])
                if len(digits) < 12:
                    break
                if is_valid_card_number(digits):
                    found.append(self._span(match.start(), match.start() + end, "CREDIT_CARD", 0.95))
                    yield found[-1]
                    break
            if not any(span.start == match.start() for span in found):
                # A mistyped or made-up number after "card" is still what the user calls their card:
                # the failed Luhn check only lowers the score (recall first).
                digits = re.sub(r"\D", "", candidate)
                if 12 <= len(digits) <= 19 and _CARD_CONTEXT.search(
                        text, max(0, match.start() - _CARD_CONTEXT_WINDOW), match.start()):
                    yield self._span(match.start(), match.end(), "CREDIT_CARD", DOUBTFUL_SCORE)

    @needs_marks(ANY_TEXT)
    def _ibans(self, text: str) -> Iterator[Span]:
        for match in layout_matches(_IBAN_START, text, (b"AA00",), b"Aa0"):
            expected = _IBAN_LENGTHS.get(match.group("cc"))
            end = None if expected is None else _consume_iban(text, match.start(), expected)
            if end is not None:
                # A mistyped or made-up IBAN of its country's exact length is still an IBAN to the reader:
                # the failed mod-97 check only lowers the score (recall first).
                valid = is_valid_iban(text[match.start():end])
                yield self._span(match.start(), end, "IBAN", 0.95 if valid else DOUBTFUL_SCORE)
            elif match.group("cc") in phonenumbers.SUPPORTED_REGIONS:
                # An account number written the IBAN way for a country without IBANs (US13 3000 ...), or an
                # IBAN with a digit too many or too few: the length table must not veto it on the wire.
                end = _consume_account_shaped_like_iban(text, match.start())
                if end is not None:
                    yield self._span(match.start(), end, "IBAN", DOUBTFUL_SCORE)
        # "please pay to gb29nwbk60161331926819": typed in lower case, the checksum decides alone.
        # (Scanning every lower-case letter costs: only the text right after a payment word is scanned.)
        last_end = 0
        for position in keyword_positions(lowered_same_length(text), _PAYMENT_CUES):
            window_start = max(position, last_end)
            last_end = min(len(text), position + _PAYMENT_WINDOW)
            if window_start < last_end:
                yield from self._lower_case_ibans(text, window_start, last_end)

    def _lower_case_ibans(self, text: str, start: int, end: int) -> Iterator[Span]:
        for match in _IBAN_START_LOWER.finditer(text, start, end):
            expected = _IBAN_LENGTHS.get(match.group("cc").upper())
            if expected is None:
                continue
            iban_end = _consume_iban(text, match.start(), expected)
            if iban_end is not None and is_valid_iban(text[match.start():iban_end]):
                yield self._span(match.start(), iban_end, "IBAN", 0.9)

    @needs_marks(".", ":")
    def _ips(self, text: str) -> Iterator[Span]:
        matches = list(matches_at_starts(_IPV4, text, ipv4_starts(text)))
        whole_blocks = {match.group(0) for match in matches if _is_a_whole_reserved_block(match.group(0))}
        # Private blocks only where the text lists two or more of them (the ranges quoted as a definition): one
        # alone is a configuration's allow-list (`AllowedIPs = 10.0.0.0/8`), part of someone's network setup.
        defined = len(whole_blocks - _DOCUMENTATION_BLOCKS) >= 2
        for match in matches:
            before = text[max(0, match.start() - 12): match.start()]
            if _VERSION_BEFORE.search(before):
                continue
            address = match.group(0).split("/", 1)[0]
            if _is_uninteresting_ipv4(address):
                continue
            if match.group(0) in whole_blocks and (defined or match.group(0) in _DOCUMENTATION_BLOCKS):
                continue
            yield self._span(match.start(), match.end(), "IP_ADDRESS", 0.9, self._ip_category)
        if "-" in text:
            for match in matches_at_starts(_IPV4_RANGE, text, ipv4_starts(text)):
                for end in ("first", "last"):
                    if not _is_uninteresting_ipv4(match.group(end)):
                        yield self._span(match.start(end), match.end(end), "IP_ADDRESS", 0.9, self._ip_category)
        if contains_any(text, ("::",)) or text.count(":") >= 3:
            for match in _ipv6_matches(text):
                if _is_interesting_ipv6(match.group(0)):
                    yield self._span(match.start(), match.end(), "IP_ADDRESS", 0.9, self._ip_category)

    @needs_marks(":", "-", ".")
    def _macs(self, text: str) -> Iterator[Span]:
        for match in matches_at_starts(_MAC, text, _mac_starts(text)):
            hex_digits = re.sub(r"[^0-9A-Fa-f]", "", match.group(0)).lower()
            if hex_digits in ("000000000000", "ffffffffffff"):
                continue
            if match.group(0).count(".") == 2 and not re.search(r"[a-fA-F]", hex_digits):
                # 1234.5678.9012 is more likely a number than a Cisco-style MAC.
                continue
            yield self._span(match.start(), match.end(), "MAC_ADDRESS", 0.9)

    @needs_marks(ANY_TEXT)
    def _street_addresses(self, text: str) -> Iterator[Span]:
        addresses = find_street_addresses(text)  # sorted, merged
        for start, end in addresses:
            yield self._span(start, end, "STREET_ADDRESS", 0.75)
        # A unit, postcode or house number alone (address_fragments.py), where no address holds it: below
        # _FIELD_VALUE_SCORE, so a record's whole address field ("7 MARINE PARADE^FLAT 3^DURBAN") is still
        # reported around it.
        starts = [start for start, _ in addresses]
        for start, end in find_address_fragments(text):
            index = bisect.bisect_right(starts, start) - 1
            if index < 0 or addresses[index][1] < end:
                yield self._span(start, end, "STREET_ADDRESS", 0.65)

    @needs_marks(ANY_TEXT)
    def _dates_of_birth(self, item: DetectionInput) -> Iterator[Span]:
        text = item.text
        if item.field_name and (_DOB_FIELD.match(item.field_name) or _DOB_FIELD.match(item.field_name.lower())):
            stripped = text.strip()
            match = _DATE.fullmatch(stripped) if stripped else None
            if match and _plausible_birth_date(match):
                offset = text.index(stripped)
                yield self._span(offset, offset + len(stripped), "DATE_OF_BIRTH", 0.85)
                return
        answers_scanned = 0
        for keyword in _dob_keywords(text):
            # Dates in the same clause as the keyword, up to two ("DOB shows as
            # 1990-03-05 but should be 1991-03-05").
            # A key alone on its line (YAML `dob:` then the value indented below) reaches the next line.
            value_start = keyword.end()
            next_line = _VALUE_ON_NEXT_LINE.match(text, value_start)
            if next_line:
                value_start = next_line.end()
            window_end = min(len(text), value_start + 60)
            # A dot after a short word ("Sept. 9", "Dr.") does not end the clause.
            clause_end = _CLAUSE_END.search(text[value_start:window_end])
            if clause_end is not None:
                window_end = value_start + clause_end.start() + 1
            column = list(self._birth_date_column(text, keyword))
            yield from column
            found_full = bool(column)  # a column header: its cells are the dates, not the next line
            for count, match in enumerate(_DATE.finditer(text, value_start, window_end)):
                if count == 2:
                    break
                if _plausible_birth_date(match):
                    found_full = True
                    yield self._span(match.start(), match.end(), "DATE_OF_BIRTH", 0.85)
            if not found_full:
                for start, end, score in find_birth_dates_after_cue(text, value_start):
                    found_full = True  # an era, week, spelled or apostrophe-year date (birth_date_layouts.py)
                    yield self._span(start, end, "DATE_OF_BIRTH", score)
            if not found_full:
                for start, end in find_birth_date_parts(text, keyword.end()):
                    found_full = True  # a year, month and day in fields of their own (birth_date_layouts.py)
                    yield self._span(start, end, "DATE_OF_BIRTH", 0.7)
            if not found_full and _CUE_IN_BRACKETS.match(text, keyword.end()) and _DATE_THEN_BRACKET.search(
                    text, max(0, keyword.start() - 8), keyword.start()):
                continue  # "1991-06-22 (dob) and postcode 2000": the cue names the date before it
            if not found_full:
                # "birthday is March 3rd", "born in June 1984", "DOB 04/1984": part of a birth date
                # still narrows a person down; after a birth keyword it is redacted too.
                partial = _PARTIAL_DATE.search(text, value_start, window_end)
                # (a date _DATE reads but finds no birth date, "DOB: 2090-01-01", is not taken as an unread layout)
                field_value = (None if partial or _DATE.search(text, value_start, window_end)
                               else birth_field_value(text, keyword.end()))
                if partial:
                    yield self._span(partial.start(), partial.end(), "DATE_OF_BIRTH", 0.7)
                elif field_value is not None:
                    # A birth label's value in a calendar or script no pattern reads (birth_date_layouts.py).
                    yield self._span(*field_value, "DATE_OF_BIRTH", 0.7)
                elif text[window_end - 1:window_end] in ("?", "\n") and window_end >= answers_scanned:
                    # "can I get your date of birth?" and the answer on the next line of the chat:
                    # the first full date a little further on, if it can be a birth date.
                    answers_scanned = min(len(text), window_end + _DOB_ANSWER_WINDOW)
                    later = _DATE.search(text, window_end, answers_scanned)
                    if later and _plausible_birth_date(later):
                        yield self._span(later.start(), later.end(), "DATE_OF_BIRTH", 0.6)


    @needs_marks(ANY_TEXT)
    def _demographic_birth_dates(self, text: str) -> Iterator[Span]:
        """"Patient: Jane, 12-Mar-1985, F", "54yo male, 14.03.1970": a past date on a line that describes a person.

        Without a birth cue, a date at least _MIN_AGE_YEARS old on the same line as a sex or age marker is read
        as the person's birth date (a log's timestamp has no such marker next to it).
        """
        lowered = lowered_same_length(text)
        lines_done: set[int] = set()
        positions = keyword_positions(lowered, _DEMOGRAPHIC_CUES)
        positions += [match.start() for match in _SEX_CELL.finditer(text)]
        for position in sorted(positions):
            if position and lowered[position].isalpha() and lowered[position - 1].isalpha() and not lowered.startswith(
                    "yo", position):
                continue  # "message", "image": the cue inside a word ("54yo" is a cue after a digit)
            line_start = text.rfind("\n", 0, position) + 1
            if line_start in lines_done:
                continue
            lines_done.add(line_start)
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            if not _ANY_YEAR.search(text, line_start, line_end) or not _DEMOGRAPHIC_MARKER.search(
                    text, line_start, line_end):
                continue  # (a year first: a cheap test most lines fail)
            latest_year = date.today().year - _MIN_AGE_YEARS
            for match in _DATE.finditer(text, line_start, line_end):
                if _plausible_birth_date(match) and _year_of(match) <= latest_year:
                    yield self._span(match.start(), match.end(), "DATE_OF_BIRTH", 0.6)

    @needs_marks(ANY_TEXT)
    def _record_birth_dates(self, text: str) -> Iterator[Span]:
        """"Ms. Okoro, 1988-03-14, 21 Elm Street", `{"name": ..., "date": "1983.07.21"}`: a birth date in a person's record.

        Without a birth cue, a full date at least _MIN_AGE_YEARS old in a record about a person (personal_records.py)
        is doubtful, unless its own label or a time after it says it is the date of something else.
        """
        if _BIRTH_YEAR_HINT.search(text) is None:
            return  # no year a living adult was born in, nor a two-digit-year date: no record holds a birth date
        lowered = lowered_same_length(text)
        scanned_to = 0  # records overlap: each line is scanned for dates once
        latest_year = date.today().year - _MIN_AGE_YEARS
        for position in keyword_positions(lowered, _PERSON_RECORD_CUES):
            if position < scanned_to:
                continue
            record_start, record_end = record_bounds(text, position, position)
            record_start, scanned_to = max(record_start, scanned_to), record_end
            for match in self._full_dates(text, record_start, record_end):
                if not _plausible_birth_date(match) or _year_of(match) > latest_year:
                    continue
                label_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - _OTHER_DATE_LABEL_REACH)
                if _OTHER_DATE_LABEL.search(text, label_start, match.start()) or _TIME_AFTER.match(text, match.end()):
                    continue
                if person_evidence(text, match.start(), match.end()):
                    yield self._span(match.start(), match.end(), "DATE_OF_BIRTH", DOUBTFUL_SCORE)
        yield from self._named_birth_dates(text, latest_year)

    def _named_birth_dates(self, text: str, latest_year: int) -> Iterator[Span]:
        """"Aisha Khan — 1984-03-02", "Maria Santos (12/03/1979)", "('Leo Rossi', '1990-02-14'": a date of a living
        adult's birth year right after a person's name (personal_records.name_just_before), in lists without a header,
        or in a headerless table row with a name cell ("Aisha Khan,London,1984-03-02": personal_records.name_in_row).
        Doubtful; not after another date's label nor before a time."""
        for match in self._full_dates(text, 0, len(text)):
            if not _plausible_birth_date(match) or _year_of(match) > latest_year or _TIME_AFTER.match(text, match.end()):
                continue
            if (name_just_before(text, match.start()) or name_in_row(text, match.start(), any_layout=True)) and not _OTHER_DATE_LABEL.search(
                    text, max(text.rfind("\n", 0, match.start()) + 1, match.start() - _OTHER_DATE_LABEL_REACH),
                    match.start()):
                yield self._span(match.start(), match.end(), "DATE_OF_BIRTH", DOUBTFUL_SCORE)

    @staticmethod
    def _full_dates(text: str, start: int, end: int) -> Iterator[re.Match]:
        """_DATE's matches in text[start:end], searched only on lines with a year of the 1900s to 2010s (a cheap test).

        The whole text's are read once per text (two finders ask for them: _named_birth_dates and
        find_old_full_dates) and remembered with the text (per thread); a match object is the same to both."""
        if start == 0 and end == len(text):
            remembered = _whole_text_dates.last
            if remembered is None or remembered[0] is not text:
                remembered = _whole_text_dates.last = (text, tuple(_full_dates_in(text, 0, end)))
            return iter(remembered[1])
        return _full_dates_in(text, start, end)

    def _birth_date_column(self, text: str, keyword: re.Match) -> Iterator[Span]:
        """A birth cue as a column header (CSV, TSV, Markdown table): the dates in that column below it."""
        for start, end in column_cells(text, keyword.start(), keyword.end()):
            match = _DATE.fullmatch(text, start, end)
            if match and _plausible_birth_date(match):
                yield self._span(start, end, "DATE_OF_BIRTH", 0.8)
            elif _YEAR_CELL.fullmatch(text, start, end) and int(text[start:end]) <= date.today().year:
                yield self._span(start, end, "DATE_OF_BIRTH", 0.7)  # a `birth_year`/`Jahrgang` column's "1984"


class _LastTextDates(threading.local):
    def __init__(self) -> None:
        self.last: tuple[str, tuple[re.Match, ...]] | None = None  # a text, and PiiDetector._full_dates of all of it


_whole_text_dates = _LastTextDates()


def _full_dates_in(text: str, start: int, end: int) -> Iterator[re.Match]:
    """PiiDetector._full_dates, read from the text."""
    done = start - 1
    for hint in _BIRTH_YEAR_HINT.finditer(text, start, end):  # one C-speed scan, not a search per line
        if hint.start() <= done:
            continue  # a line already read
        line_start = max(start, text.rfind("\n", 0, hint.start()) + 1)
        line_end = text.find("\n", hint.end(), end)
        line_end = end if line_end == -1 else line_end
        yield from _DATE.finditer(text, line_start, line_end)
        done = line_end


# Sex and age markers of a line describing a person (_demographic_birth_dates); the literals gate the regex.
# (Eight literals or fewer are found by str.find, cheaper than an automaton pass; "year" covers both spellings.)
_DEMOGRAPHIC_CUES = ("male", "gender", "sex", "age", "yo ", "yo,", "y/o", "year")
_SEX_CELL = re.compile(r"[,;|(/\t][ \t]*[\"']?[MFmf][\"']?[ \t]*(?=[,;|)/\t]|$)", re.MULTILINE)  # also "F", TSV
_DEMOGRAPHIC_MARKER = re.compile(
    r"(?i:(?:^|[,;|(:])[ \t]*(?:fe)?male\b|\bgender\b|\bsex\b|\bage[ \t]*[:=]?[ \t]*\d{1,3}\b|\b\d{1,3}[ \t-]?(?:yo|y/o|years?[ \t-]old|year-old)\b)"
    r"|(?:^|[,;|(/\t])[ \t]*[\"']?[MF][\"']?[ \t]*(?=[,;|)/\t]|$)",
    re.MULTILINE,
)
_MIN_AGE_YEARS = 12
# Where a person's record may start: the literals are found first, the record around each is read once.
_PERSON_RECORD_CUES = ("name", "gender", "sex", "male", "patient", "customer", "member", "client", "employee", "mr.",
                       "mrs", "ms.", "ms ", "dr.", "frau ", "herr ", "mme", "sr.", "sra", "holder", "titular", "nombre",
                       "vorname", "surname", "@")
# A date's own label when it is the date of something else than a birth ("created: 2001-04-02", "hired 1998-03-01").
_OTHER_DATE_LABEL = re.compile(
    r"(?i:(?<![a-z])(?:created|updated|modified|changed|issued?|expir\w*|valid|admi\w*|visit\w*|hired?|start\w*|end\w*|from"
    r"|since|joined|regist\w*|timestamp|ts|last|signed|paid|due|order\w*|ship\w*|deliver\w*|event|opened|closed"
    r"|effective|appointment|death|died|deceased|married|until|to|seen|published|released?|onset|diagnos\w*|surgery"
    r"|discharg\w*|moved|graduat\w*|renew\w*|sent|received|on|at)(?![a-z]))[^\n]{0,20}$")
_OTHER_DATE_LABEL_REACH = 30
# A year a living adult was born in, or a numeric date with a two-digit year (this year's logs have neither).
# (Written to start with a digit, so `re` skips to digits instead of trying a look-behind at every position.)
_BIRTH_YEAR_HINT = DigitFirstPattern(re.compile(
    r"\d(?:(?<=1)9\d\d(?!\d)|(?<=2)0[01]\d(?!\d)|(?<!\d\d)\d?[/.-]\d\d?[/.-]\d\d(?!\d))"))
_TIME_AFTER = re.compile(r"[T ]?\d{1,2}:\d{2}")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")  # a year alone in a birth column's cell
_ANY_YEAR = re.compile(r"\d(?:\d(?:[/.-]\d\d|\d\d)|[/.-])")  # 1985, 85 after a separator, 3/4/85


@functools.lru_cache(maxsize=1024)
def _is_valid_vat(value: str) -> bool:
    """python-stdnum's check of an EU VAT number (its country's rule) or, for GB/XI, the UK one."""
    if value[:2] in ("GB", "XI"):
        return bool(stdnum_gb_vat.is_valid(value[2:]))
    return bool(stdnum_eu_vat.is_valid(value))


def _year_of(match: re.Match) -> int:
    """The four-digit (or two-digit, read as 19xx/20xx) year of a _DATE match."""
    groups = match.groupdict()
    written = (groups["iso"] or groups["y"] or groups["ty"] or groups["ty2"] or groups["ry"] or groups["yn"]
               or groups["cjk"] or (groups["compact"] or "")[:4])
    year = int(written)
    if len(written) == 2:
        year += 1900 if year > date.today().year % 100 else 2000
    elif year > 2400 and (groups["tm2"] or "").lower() in _THAI_MONTHS:
        year -= 543  # a Thai date's year of the Buddhist era
    return year


# How far after a birth cue with no date in its own clause a date is read as the answer.
_DOB_ANSWER_WINDOW = 160
# ("7. März 1969": nor does a German day's ordinal dot, nor a form's dotted leader "DOB ........ 12-03-1985".)
# Thai ends no sentence with a dot; a dot after a Thai letter closes an abbreviation ("มี.ค. 2530").
_CLAUSE_END = re.compile(
    r"(?<!\b[A-Za-z]{3})(?<!\b[A-Za-z]{4})(?<!\b[A-Za-z]{2})(?<!\b\d)(?<!\b\d\d)(?<!\.)(?<![\u0e00-\u0e7f])[.!?](?:\s|$)"
    r"|\n|;")

# A cue closed by a bracket right after it names the date before it (birth_date_layouts.find_birth_dates_before_cues).
_CUE_IN_BRACKETS = re.compile(r"[ \t]*[)\]]")
_DATE_THEN_BRACKET = re.compile(r"\d[ \t]*[(\[][ \t]*$")

# `dob:` / `"dob":` with nothing else on its line: the value is on the next line.
_VALUE_ON_NEXT_LINE = re.compile(r"[\"']?[ \t]*[:=][ \t]*\r?\n[ \t-]*")

_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double[ \t]+\w+)"
_SPELLED_DIGITS = re.compile(
    rf"(?i:\b{_DIGIT_WORD}(?:[ \t]*[,.-]?[ \t]+{_DIGIT_WORD}){{6,14}}\b)"
)
_SPELLED_PHONE_CUES = ("phone", "number is", "number:", "call me", "mobile", "cell", "text me", "whatsapp", "reach me")

# Vanity numbers are toll-free ones: a toll-free NANP code and seven or more keypad letters and digits, two
# letters at least. Found from the code (a literal search), then matched from where the number starts.
# A run of phone characters with the letter O among the digits ("+44 77O0 900 123", "o7700 9oo123").
_PHONE_RUN_WITH_LETTER_O = re.compile(r"(?<![\w+])\+?[\dOo](?:[\dOo]|[ .-](?=[\dOo])){6,20}(?<=\d)(?![\w])")
# Each starts with one character class, which the regex engine skips to in C (an alternation of two is slower).
_DIGIT_THEN_LETTER_O = re.compile(r"[0-9][Oo]")
_LETTER_O_THEN_DIGIT = re.compile(r"[Oo][0-9]")


_DIGITS_AND_LETTER_O = (("0123456789", "0"), ("Oo", "o"))


def _letter_o_beside_digits(text: str) -> list[int]:
    """Offsets, in order, of each letter O with a digit on one side."""
    after_digit = marked_positions(text, _DIGITS_AND_LETTER_O, (b"0o",), lead=1)
    if after_digit is not None:  # ASCII: found by bytes.find (the two regexes below try every position)
        return sorted({*after_digit, *marked_positions(text, _DIGITS_AND_LETTER_O, (b"o0",))})
    return sorted({match.start() + 1 for match in _DIGIT_THEN_LETTER_O.finditer(text)}
                  | {match.start() for match in _LETTER_O_THEN_DIGIT.finditer(text)})
_TOLL_FREE_CODES = ("800", "833", "844", "855", "866", "877", "888")
_VANITY_PHONE = re.compile(
    r"(?:1[\s.-])?(?:\(8\d\d\)[\s.-]?|8\d\d[\s.-])(?=(?:[A-Z0-9]-?){7,10}(?![\w-]))(?=[\dA-Z-]*[A-Z][\dA-Z-]*[A-Z])"
    r"[A-Z0-9](?:-?[A-Z0-9]){6,9}(?![\w-])"
)
# "questions to dana@acme.io or 0495204931": the other way to reach the same person, right after an address.
_AFTER_AN_EMAIL = re.compile(r"@[\w.-]+\.[A-Za-z]{2,}[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*$")
# Words that can only mean a phone (not "number", "contact" or "call" alone, which also count rows and functions).
_STRONG_PHONE_CONTEXT = re.compile(
    r"(?i:\b(?:phone|tel|telephone|mobile|mob|cell|fax|sms|whats\s?app|signal|viber|telegram|landline|hotline|callback"
    r"|call[ \t]+(?:me|us|him|her|them)(?:[ \t]+(?:on|at))?|ring[ \t]+(?:me|us|him|her|them)|text[ \t]+(?:me|us|him|her|them)"
    r"|reach[ \t]+(?:me|us|him|her|them)"
    # "her number is", "my work number:", "their mobile no.": a person's number (counts and ids are nobody's)
    r"|(?:my|his|her|their|your|our)(?:[ \t]+(?:cell|mobile|home|work|office|direct|personal|private|new|old|contact"
    r"|daytime|landline))?[ \t]+(?:number|no\.|digits)(?![ \t]+of\b)"
    r"|reach(?:ed)?[ \t]+(?-i:[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)[ \t]+(?:on|at)"  # "reach Anna on 0532 418 77 20"
    rf"|contact)\b|{_PHONE_WORDS})[^\n]{{0,30}}$")
_YEAR_AND_NUMBER = re.compile(r"(?:19|20)\d\d[ \t.-]\d{2,5}")
# Local numbers without an area code (US 555-0147) and Indian mobiles in 5-5 groups.
# A log line's key for where a message goes or comes from: "sms to=+447700900123", "caller_id=...".
_KEY_BEFORE_PHONE = re.compile(
    r"(?i:\b(?:to|from|dest(?:ination)?|recipient|caller(?:_?id)?|callee|msisdn|ani|dnis))[\"']?[ \t]*[=:][ \t]*[\"']?$")
_CALENDAR_DATE = re.compile(r"(?:19|20)\d\d(?P<a>[-./])(?:0?[1-9]|1[0-2])(?P=a)(?:0?[1-9]|[12]\d|3[01])"
                            r"|(?:0?[1-9]|[12]\d|3[01])(?P<b>[-./])(?:0?[1-9]|[12]\d|3[01])(?P=b)(?:19|20)\d\d")
_RUSSIAN_TRUNK = re.compile(r"8[ \t-]?(?:\(\d{3}\)|\d{3})[ \t-]?\d{3}[ \t-]?\d{2}[ \t-]?\d{2}")
_LOCAL_ONLY_PHONE = re.compile(r"[2-9]\d{2}-\d{4}|[6-9]\d{4}[\s-]\d{5}")
# Countries whose numbers people paste beside the policy's regions: digit groups valid in one of them are a
# doubtful phone without a phone word (_grouped_world_phone). Bounded per text: libphonenumber costs tens of
# microseconds per region.
_WORLD_PHONE_REGIONS = ("AU", "NZ", "IN", "ZA", "NG", "KE", "BR", "MX", "AR", "CO", "CL", "PL", "PT", "SE", "NO", "DK",
                        "FI", "IE", "BE", "CH", "AT", "JP", "PH", "SG", "MY", "TR")
_WORLD_PHONE_CHECKS = 24
_SPACE_GROUPS = re.compile(r"\d{2,5}(?:[ ]\d{2,5}){2,4}")
# Words before digit groups that make them a quantity, an amount, a reference or a code, not a phone.
_NOT_A_PHONE_BEFORE = re.compile(
    r"(?i:\b(?:order|invoice|ref(?:erence)?|ticket|case|id|no|nr|number|account|acct|iban|card|sort|routing|serial"
    r"|sku|part|item|items|boxes|qty|total|sum|amount|price|size|mm|cm|kg|km|bytes|kb|mb|gb|pid|port|build|version"
    r"|isbn|issn|policy|claim|member|tracking|batch|lot|postcode|zip|€|\$|£)\b)[^\n]{0,12}$|[#€$£¥]\s*$")


_NOT_A_PHONE_AFTER = re.compile(r"[ \t]*(?i:mm|cm|m|km|kg|g|items?|units?|pcs|rows?|bytes|kb|mb|gb|ms|s|%|€|\$|eur|usd)\b")


def _grouped_world_phone(candidate: str, line_before: str, after: str) -> bool:
    """Space-separated digit groups after a trunk "0" (three to five, 9-12 digits, four distinct) that libphonenumber calls a
    valid number of a country in _WORLD_PHONE_REGIONS, not after a word that makes them a count or a code."""
    if not candidate.startswith("0") or not _SPACE_GROUPS.fullmatch(candidate):
        return False  # a national number with its trunk "0" (counts, amounts and codes rarely start with one)
    digits = candidate.replace(" ", "")
    if (not 9 <= len(digits) <= 12 or len(set(digits)) < 4 or _NOT_A_PHONE_BEFORE.search(line_before)
            or _NOT_A_PHONE_AFTER.match(after)):
        return False
    return _phone_validity(candidate, _WORLD_PHONE_REGIONS) == "valid"


# How far before a number phone words are looked for ("reach me at <an address> or on ...").
_PHONE_CONTEXT_WINDOW = 60
_SWEDISH_LAYOUT = re.compile(r"0\d{1,3}-\d{2,3}(?:[ ]\d{2,3}){1,3}")
_SPANISH_GROUPS = re.compile(r"[6-9]\d{2}(?:[\s-]\d{3}){2}")

# NANP-shaped numbers (area and exchange start 2-9) in a phone layout.
_STRONG_NANP = re.compile(
    r"(?:(?:\+?1|001)[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-])[2-9]\d{2}[\s.-]\d{4}"
    r"(?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,6})?"
)


# Every IPv6 address has two colons at most four hex digits apart; the full pattern (which
# starts with a look-around and so tries every position) is run only near such a pair.
_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{0,4}:")
_IPV6_LONGEST = 64  # 45 characters of address plus zone and prefix length


def _ipv6_matches(text: str) -> Iterator[re.Match]:
    """_IPV6's matches, leftmost and non-overlapping like finditer, searched only around colon pairs."""
    resume = 0
    for hint in _IPV6_HINT.finditer(text):
        if hint.start() < resume:
            continue
        start = max(resume, hint.start() - _IPV6_LONGEST)
        window_end = min(len(text), hint.end() + _IPV6_LONGEST)
        match = _IPV6.search(text, start, window_end)
        if match is not None and window_end < len(text) and match.end() >= window_end - 2:
            match = _IPV6.search(text, start)  # may run past the window: search without the bound
        if match is None or match.start() > hint.start():
            continue
        resume = max(match.end(), match.start() + 1)
        yield match


def _consume_account_shaped_like_iban(text: str, start: int) -> int | None:
    """End offset of a country code, two check digits and 11-30 more characters (IBAN grouping allowed)
    that are mostly digits: at least ten digits, letters only in the bank code's four places, so
    product codes, serial numbers and MRZ lines written in capitals are left alone."""
    count = digits = group = groups = 0
    position = start
    while position < len(text) and count < 34:
        char = text[position]
        if char.isascii() and char.isalnum():
            count += 1
            group += 1
            if count > 2:
                digits += char.isdigit()
                if char.isalpha() and not 5 <= count <= 8:
                    return None  # letters only where a bank code stands, not as in an MRZ line or a serial
            position += 1
        elif char in " -" and group == 4 and position + 1 < len(text) and text[position + 1].isascii() \
                and (text[position + 1].isdigit() or (groups == 0 and text[position + 1].isupper())):
            # Printed IBANs come in groups of four; only the bank code after the first group has letters.
            groups += 1
            group = 0
            position += 1
        else:
            break
    if position < len(text) and text[position].isalnum():
        return None
    if not 15 <= count <= 34 or digits < 10:
        return None
    return position


def _consume_iban(text: str, start: int, expected: int) -> int | None:
    """End offset after `expected` IBAN characters, allowing single spaces/dashes between them."""
    count = 0
    position = start
    while position < len(text) and count < expected:
        char = text[position]
        if char.isascii() and char.isalnum():
            count += 1
            position += 1
        elif char in " -" and count >= 4 and position + 1 < len(text) and text[position + 1].isalnum():
            position += 1
        else:
            return None
    if count != expected:
        return None
    if position < len(text) and text[position].isalnum():
        return None
    return position


@functools.lru_cache(maxsize=4096)  # the same addresses recur in logs and configs; parsing one costs microseconds
def _is_uninteresting_ipv4(address: str) -> bool:
    parsed = ipaddress.IPv4Address(address)
    if parsed.is_loopback or parsed.is_unspecified or parsed.is_multicast or address.startswith("0."):
        return True
    # Netmasks (255.255.255.0) and broadcast are configuration, not addresses.
    as_int = int(parsed)
    inverted = ~as_int & 0xFFFFFFFF
    return address.startswith("255.") and (inverted & (inverted + 1)) == 0


# RFC 5737's three TEST-NET blocks: set aside for documentation, never routed in anyone's network.
_DOCUMENTATION_BLOCKS = frozenset({"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"})


def _is_a_whole_reserved_block(candidate: str) -> bool:
    """`10.0.0.0/8`, `172.16.0.0/12`, `192.0.2.0/24`: a CIDR that is one of the reserved ranges themselves (private,
    documentation), written from its first address: the range's definition as every firewall guide and RFC quotes
    it (round 36, precision36; `_ips` drops a documentation block always, a private one where the text lists two). A subnet inside one (`10.20.0.0/16`, a team's VPC)
    is someone's and stays: its one-bit-wider network is reserved too, while a whole block's wider network is not.
    Python's `ipaddress` holds the IANA special-purpose registry."""
    if "/" not in candidate:
        return False
    try:
        network = ipaddress.IPv4Network(candidate, strict=True)
    except ValueError:
        return False  # host bits set (`10.1.2.3/8`: an address with its mask) or no valid prefix
    if network.prefixlen == 0 or not network.is_private or network.is_loopback:
        return False
    return not network.supernet().is_private


def _is_interesting_ipv6(candidate: str) -> bool:
    address = candidate.split("/", 1)[0].split("%", 1)[0]
    try:
        parsed = ipaddress.IPv6Address(address)
    except ValueError:
        return False
    if parsed.is_loopback or parsed.is_unspecified:
        return False
    groups = [group for group in address.split(":") if group]
    hex_digits = sum(len(group) for group in groups)
    # "a::b", "1::2" (slices) and C++ scopes are not addresses.
    return hex_digits >= 4 and (len(groups) >= 3 or ("::" in address and len(groups) >= 2 and hex_digits >= 5))


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _dob_keywords(text: str) -> Iterator[re.Match]:
    """_DOB_KEYWORD's matches, tried only where one of its first literals occurs."""
    lowered = lowered_same_length(text)
    last_end = -1
    for position in keyword_positions(lowered, _DOB_CUE_STARTS):
        if lowered[position] in "( \n":
            position += 1  # "(b. 1958)": the cue starts after the character that anchors it
        if position < last_end or (position and lowered[position - 1] in _ASCII_LOWER):
            continue  # inside a word ("width", "fade"): _DOB_KEYWORD's look-behind would refuse it, at a regex call
        match = _DOB_KEYWORD.match(text, position)
        if match:
            last_end = match.end()
            yield match


def _plausible_birth_date(match: re.Match) -> bool:
    groups = match.groupdict()
    try:
        if groups["iso"]:
            year, month, day = int(groups["iso"]), int(groups["iso_m"]), int(groups["iso_d"])
            candidates = [(year, month, day)]
        elif groups["cjk"]:  # 1985年4月12日, 1985년 4월 12일
            candidates = [(int(groups["cjk"]), int(groups["cjk_m"]), int(groups["cjk_d"]))]
        elif groups["compact"]:
            digits = groups["compact"]
            candidates = [(int(digits[:4]), int(digits[4:6]), int(digits[6:]))]
        elif groups["rd"]:  # 30.XI.1985
            candidates = [(int(groups["ry"]), _ROMAN_MONTHS.index(groups["rm"].upper()) + 1, int(groups["rd"]))]
        elif groups["yn"]:  # 1990-Feb-14
            written_month = (groups["yn_m"] or groups["yn_hm"]).lower()
            month = _FOREIGN_MONTHS.get(written_month) or _MONTHS.index(written_month[:3]) + 1
            candidates = [(int(groups["yn"]), month, int(groups["yn_d"]))]
        elif groups["a"]:
            a, b, year = int(groups["a"]), int(groups["b"]), int(groups["y"])
            if len(groups["y"]) == 2:
                year += 1900 if year > date.today().year % 100 else 2000
            candidates = [(year, a, b), (year, b, a)]  # US month/day first, then day/month
        else:
            written_month = (groups["tm"] or groups["tm2"]).lower()
            month = _FOREIGN_MONTHS.get(written_month) or _MONTHS.index(written_month[:3]) + 1
            day = int(groups["td"] or groups["td2"])
            written_year = groups["ty"] or groups["ty2"]
            year = int(written_year)
            if written_month in _THAI_MONTHS and year > 2400:
                year -= 543  # "12 มีนาคม 2528": a year of the Buddhist era
            if len(written_year) == 2:
                year += 1900 if year > date.today().year % 100 else 2000
            candidates = [(year, month, day)]
    except (TypeError, ValueError):
        return False
    for year, month, day in candidates:
        try:
            born = date(year, month, day)
        except ValueError:
            # No such day ("1990-02-30", "1990-13-04"): a typo or a test value, but still someone's birth date
            # in a birth slot. Recall first: the calendar check only refuses dates that have not happened yet.
            if 1900 <= year <= date.today().year:
                return True
            continue
        if 1900 <= born.year and born <= date.today():
            return True
    return False


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
