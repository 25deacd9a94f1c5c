"""An identifier in a sentence that names an id kind nearby: "the SSN I put down was 523 41 8870", "77082514178 —
that's the PESEL from her old card", "Agent: your BSN please?\\nCustomer: sure 1234 56 782".

The label rules (national_ids.py, record_ids.py, pii_fields.py, ids_before_labels.py) read a value right after its
label, or in a grammar the author imagined. In chats, tickets and prose the cue word sits several words before the
number, after it, in the question a line above, or in another language, and the number is grouped by spaces, dots or
dashes. Recall first on the wire: a number of an identifier's length (six digits or more; four with a letter prefix or
suffix) within _BEFORE characters after a cue word of an identity, tax, travel, licence, bank or record number, or
within _AFTER characters before one on the same line, is that kind of number, doubtful (0.55). The cue words are a
lexicon (`_CUES`, by kind), found by the shared cue scan; short acronyms that are words too (`SIN`, `TIN`, `PAN`, `NIE`)
count only in capitals. Not an identifier: a date, a time, a year range, an amount (a currency before it, a unit after
it, one decimal point), an IP address or version, a number after a thing's word (`ticket 558213`, `order 4471`), a
value some other rule found. Code segments are left to the key and field rules.

Windows around the cue hits are joined and each searched once (linear in the text).
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from redactor.detect.keywords import DigitFirstPattern, keyword_positions, lowered_same_length, windows_around
from redactor.detect.record_ids import _THING_WORDS

_BEFORE = 140  # a value this far after the cue's start
_AFTER = 60  # a value ending this far before the cue, on its line
_MAX_LINE_BREAKS = 2  # the cue in the question, the number in the answer a line or two below

_NATIONAL = """national id|national identity|national identification|national insurance|national number|
national registration|social security|social insurance|ssn|nino|ni number|ni no|personnummer|personal number|
personal id|personal identification|personal code|personal identity|bsn|burgerservicenummer|sofinummer|cpf|aadhaar|
aadhar|uidai|pesel|nric|dni|curp|cuil|cnp|egn|oib|amka|tckn|kimlik|ahv|hetu|henkilötunnus|cpr|fødselsnummer|ic number|ic no|
fodselsnummer|tax file number|ppsn|pps number|identity number|identity card|id card|id number|id no|id #|
identification number|citizen id|resident id|mykad|emirates id|iqama|hkid|my number|sécurité sociale|securite sociale|
sécu|codice fiscale|identifikationsnummer|personalausweis|ausweis|documento de identidad|documento nacional|
número de identidad|numero de identidad|cédula|cedula|carta d'identità|carta di identità|carte d'identité|
carte d’identité|carte vitale|dowód|rodné číslo|rodne cislo|jmbg|снилс|паспорт|身份证|身分證|주민등록번호|マイナンバー|
個人番号|ת.ז|תעודת זהות|voter id|nhs number|nhs no|medicare|rijksregisternummer|rijksregister|isikukood|asmens kodas|
personas kods|emšo|emso|egn|tc kimlik|kimlik no|cpr-nummer|cpr nummer|health card|health insurance number|
паспорта|паспорту|паспортные данные|серия и номер|номер паспорта|снилса|ідентифікаційний код|рнокпп|
numer pesel|numeru pesel|numer dowodu|dowodu osobistego|dowód osobisty|dowod osobisty|číslo op|číslo občanského průkazu|
občanský průkaz|obciansky preukaz|občiansky preukaz|rodného čísla|rodneho cisla|személyi szám|szemelyi szam|
személyi igazolvány|taj szám|taj szam|henkilötunnuksen|henkilotunnus|identiteitskaart|identiteitsbewijs|persoonsnummer|
personnumret|personnummeret|fødselsnummeret|cpr-nr|cpr nr|kennitala|nomor ktp|no ktp|no. ktp|nomor induk kependudukan|
số cccd|số cmnd|căn cước|cccd|cmnd|رقم الهوية|الرقم القومي|رقم الإقامة|رقم البطاقة|מספר זהות|מס' זהות|ת"ז|
cartão de cidadão|cartao de cidadao|número de identificação|numero de identificacao|bilhete de identidade|
kimlik numarası|kimlik numarasi|t.c. kimlik|αριθμός ταυτότητας|ταυτότητας|ταυτότητα|身份证号|身份证号码|居民身份证|
身分證字號|マイナンバーカード|주민번호|외국인등록번호|sozialversicherungsnummer|versicherungsnummer|svnr|sv-nummer|
numéro nir|numéro de sécu|número de seguridad social|numero de seguridad social|seguridad social|
previdenza|número de documento|numero de documento|nro de documento|nro. de documento|n° de documento|documento"""
# (Not "NI", "RG", "CF", "IC", "RUN", "PPS": column heads of `top`, cloud resource groups, headers, Dockerfiles.)
_NATIONAL_CAPS = "SIN|NIN|NIE|NIF|NIR|RUT|PAN|TFN|BVN|NIK|KTP|AVS|NSS"
_TAX = """tax id|tax number|tax no|taxpayer|tax identification|tax reference|steuernummer|steuer-id|steuerid|
steuer id|steueridentifikationsnummer|numéro fiscal|numero fiscal|partita iva|codigo fiscal|código fiscal|
vat number|vat no|utr|ein number|employer identification|инн|nip|regon"""
_TAX_CAPS = "TIN|EIN|VAT|ABN|GST|CUIT|INN|NIP|UTR|ITIN"
_PASSPORT = """passport|passeport|pasaporte|passaporto|reisepass|paspoort|paszport|passnummer|pass-nr|загранпаспорт|
护照|여권|パスポート"""
_LICENCE = """driver's licence|driver's license|drivers licence|drivers license|driver licence|driver license|
driving licence|driving license|licence number|license number|licence no|license no|führerschein|fuhrerschein|
permis de conduire|licencia de conducir|carnet de conducir|patente di guida|rijbewijs|prawo jazdy|körkort"""
_LICENCE_CAPS = "DLN|RIB|CBU|KTO"  # (bank words that are words too: Polish "kto")
_RECORD = """member id|member number|member no|membership number|membership id|patient id|patient number|patient no|
mrn|medical record|employee id|employee number|employee no|staff id|staff number|staff no|student id|student number|
student no|customer number|customer id|customer no|client number|client id|client no|policy number|policy no|
insurance number|insured number|subscriber id|subscriber number|beneficiary id|beneficiary number|payroll number|
badge number|badge no|personnel number|service number|pension number|benefit number|claimant number|case number|
file number|record number|mitgliedsnummer|kundennummer|versichertennummer|personalnummer|matrikelnummer|
mitarbeiternummer|numéro de client|numero de client|numéro d'adhérent|número de socio|numero de socio|número de cliente|
numero cliente|numero di tessera|tessera sanitaria|klantnummer|lidnummer|medlemsnummer|kundnummer|numer klienta|
номер клиента|会员号|会員番号|회원번호|
matricule|numéro de matricule|numero di matricola|matricola|número de afiliado|numero de afiliado|número de afiliación|
número de empleado|numero de empleado|número de paciente|numero de paciente|historia clínica|numéro de dossier|
numéro de patient|numéro d'adhérent|numéro adhérent|patientennummer|fallnummer|versicherungsnummer|kundennr|kd-nr|
personal-nr|pers.-nr|mitglieds-nr|lidmaatschapsnummer|polisnummer|patiëntnummer|patientnummer|asiakasnumero|
jäsennumero|ügyfélszám|ugyfelszam|medlemsnr|kundenr|numer legitymacji|numer ubezpieczenia|číslo pojištěnce|
табельный номер|номер полиса|полис омс|номер карты пациента|номер пациента|學號|学号|病历号|病歷號|患者番号|診察券番号|
학번|사번|환자번호|número de sócio|numero de socio|número do cliente|numero do cliente|número de utente|numero de utente"""
_BANK = """account number|account no|acct no|acct number|bank account|kontonummer|numéro de compte|numero de compte|
número de cuenta|numero de cuenta|numero di conto|rekeningnummer|sort code|routing number|bsb|
bank acct|bank account number|account #|acct #|acc no|acc. no|a/c no|a/c|beneficiary account|payee account|
счет|счёт|номер счета|номер счёта|расчетный счет|расчётный счёт|лицевой счет|лицевой счёт|рахунок|номер рахунку|
numer konta|nr konta|numer rachunku|nr rachunku|rachunek|rachunku|číslo účtu|cislo uctu|číslo bankovního účtu|kontonr|
konto nr|konto-nr|konto|kto.-nr|kto-nr|tilinumero|tilille|számlaszám|szamlaszam|számlaszámra|bankszámlaszám|cont bancar|
numărul contului|numar cont|hesap no|hesap numarası|hesap numarasi|nomor rekening|no rekening|no. rekening|no rek|
no. rek|rekening|número da conta|numero da conta|nº da conta|conta corrente|conta bancária|conta bancaria|conto corrente|
cuenta corriente|cuenta bancaria|nº de cuenta|no. de cuenta|cuenta|compte bancaire|n° de compte|compte|clabe|
λογαριασμού|λογαριασμός|αριθμός λογαριασμού|رقم الحساب|الحساب البنكي|מספר חשבון|חשבון בנק|חשבון|银行账号|银行卡号|账号|
帐号|账户|口座番号|口座|계좌번호|계좌|खाता संख्या|खाता नंबर|bankrekening|girokonto|sparkonto|bankkonto"""


def _words(block: str) -> list[str]:
    return [word.strip() for word in block.replace("\n", "").split("|") if word.strip()]


_KIND_OF_CUE: dict[str, str] = {}
for _kind, _block in (("ID_NUMBER", _BANK), ("ID_NUMBER", _RECORD), ("ID_NUMBER", _LICENCE),
                      ("PASSPORT", _PASSPORT), ("TAX_ID", _TAX), ("NATIONAL_ID", _NATIONAL)):
    for _word in _words(_block):
        _KIND_OF_CUE[_word] = _kind
# Acronyms that are words too ("sin", "pan", "nie", "ein", "vat"): only as written in capitals.
_CAPS_KIND: dict[str, str] = {}
for _kind, _block in (("NATIONAL_ID", _NATIONAL_CAPS), ("TAX_ID", _TAX_CAPS), ("ID_NUMBER", _LICENCE_CAPS)):
    for _word in _words(_block):
        _CAPS_KIND[_word.lower()] = _kind
        _KIND_OF_CUE.setdefault(_word.lower(), _kind)
_CUES = tuple(sorted(_KIND_OF_CUE))
_CUE_LENGTHS = sorted({len(cue) for cue in _CUES}, reverse=True)

# A value: an optional letter prefix, digit groups joined by one space, dot, dash or slash, an optional check letter.
_VALUE = re.compile(
    r"(?<![\w.,/:+#$€£¥₹@-])(?:[A-Z]{1,3}-?)?\d+(?:(?:[ .\-/]|\. |- | - )\d+){0,6}(?:-?[A-Z]{1,2}(?![A-Za-z]))?"
    r"(?:\([0-9A-Z]\))?(?![\w@]|[.,/-]\d)")
_YEAR_OR_TIME = re.compile(r"\d{1,2}:\d{2}|(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?"
                           r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[0-5]\d){0,3}(?:\d{3})?")
_THREE_GROUPS = re.compile(r"(\d{1,4})[-/. ]{1,2}(\d{1,2})[-/. ]{1,2}(\d{2}|\d{4})")
# Words before a count or an amount, not an identifier ("sold 1250000 forms", "about 4500000 people").
_QUANTITY_BEFORE = re.compile(r"(?i:\b(?:sold|bought|paid|spent|costs?|over|under|about|around|approximately|nearly"
                              r"|almost|than|roughly|estimated|total|totals|totalled|totaled|reached|exceeds?)[ \t]+)$")
_IP_OR_VERSION = re.compile(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?:/(?:3[0-2]|[12]?\d))?"
                            r"|v?\d{1,2}(?:\.\d{1,3}){1,3}")  # (an address with its prefix, `10.0.0.0/8`: a range)
# Digits grouped by threes with dots, as identity numbers are written in South America: no version nor address.
_THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,3}")
_CURRENCY_BEFORE = re.compile(r"(?i:(?:[$€£¥₹]|\b(?:usd|eur|gbp|inr|brl|chf|rs|r\$|aud|cad|sek|nok|dkk|pln|czk|jpy|"
                              r"cny|zar|mxn)\.?)[ \t]?)$")
_UNIT_AFTER = re.compile(
    r"[ \t]?(?i:%|percent|(?:usd|eur|gbp|dollars?|euros?|pounds?|rupees?|reais|kr|kg|km|mi|miles|m|mm|cm|ms|s|sec"
    r"|seconds|minutes|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|mb|gb|kb|tb|bytes?|items?|units?|people|ns|us|µs|hz|khz|mhz|ghz|bps|kbps|mbps|bits?|px|ops|rpm|km/h|mph|tonnes?|tons?|litres?|liters?"
    r"|users|times|rows|records|steps|pages|words|views|followers|calls|requests|tokens|points|pts)\b)")
_EXAMPLE_NEAR = re.compile(r"(?i:\b(?:example|examples|e\.g\.|sample|dummy|placeholder|for instance|such as)\b)")
_TIME_WORD_BEFORE = re.compile(r"(?i:\b(?:utc|gmt|epoch|timestamp|ts|unix|time|since|until)[ \t:=]*)$")
# Parts of a text that numbers name ("see article 12345678 of the law").
_TEXT_PARTS = frozenset("""article art section sec clause paragraph para figure fig appendix annex volume vol form
    regulation directive act law note footnote exhibit schedule""".split())
_THING_BEFORE = re.compile(r"(?i:\b(?P<word>[a-z_]+)[ \t]*(?:#|no\.?|nr\.?|number|num\.?|id)?[ \t]*[:#=]?[ \t]*)$")


def find_ids_near_cues(text: str, segment_kind: str = "prose") -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of numbers of an identifier's length near a cue word naming an id kind (module doc)."""
    if segment_kind == "code":
        return
    lowered = lowered_same_length(text)
    cues = _cue_hits(text, lowered)
    if not cues:
        return
    starts = [start for start, _, _ in cues]
    for window_start, window_end in windows_around(starts, _AFTER + 40, _BEFORE, len(text)):
        for match in _VALUE.finditer(text, window_start, window_end):
            start, end = match.span()
            value = match.group(0)
            if not _looks_like_an_id(text, value, start, end):
                continue
            kind = _nearest_cue_kind(text, cues, starts, start, end)
            if kind is not None:
                yield start, end, kind


def _cue_hits(text: str, lowered: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the cue words, whole words only, acronyms that are words too only in capitals."""
    hits: list[tuple[int, int, str]] = []
    last_start = -1
    for position in keyword_positions(lowered, _CUES):
        if position == last_start or (position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_")):
            continue
        for length in _CUE_LENGTHS:  # the longest cue at this position
            cue = lowered[position:position + length]
            if cue not in _KIND_OF_CUE:
                continue
            end = position + length
            if end < len(text) and text[end].isalnum() and not (text[end] == "s" and end + 1 < len(text)
                                                                 and not text[end + 1].isalnum()):
                continue
            if cue in _CAPS_KIND and text[position:end] != cue.upper():
                continue
            hits.append((position, end, _KIND_OF_CUE[cue]))
            last_start = position
            break
    return hits


def _looks_like_an_id(text: str, value: str, start: int, end: int, bare: bool = False) -> bool:
    digits = sum(char.isdigit() for char in value)
    letters = sum(char.isalpha() for char in value)
    if digits < (4 if letters else 6) or digits > 30:  # (a Polish account is 26 digits in seven groups)
        return False
    if _YEAR_OR_TIME.fullmatch(value) or _is_a_date(value) or (
            _IP_OR_VERSION.fullmatch(value) and not _THOUSANDS_GROUPS.fullmatch(value)):
        return False
    if _QUANTITY_BEFORE.search(text, max(0, start - 16), start):
        return False
    if bare and " " in value and any(len(group) > (6 if index == 0 else 5) for index, group in enumerate(value.split(" "))):
        return False  # columns of numbers ("2431088 512344" in `top`), not one number in groups
    if value.count(".") == 1 and not any(sep in value for sep in " -/"):
        return False  # 1234.56, an amount or a measure
    if value.isdigit() and value.endswith("000"):
        return False  # a round count ("enrolled 4500000 residents"); an id ends in 000 once in a thousand
    if _CURRENCY_BEFORE.search(text, max(0, start - 5), start) or _UNIT_AFTER.match(text, end):
        return False
    if _EXAMPLE_NEAR.search(text, max(0, start - 40), min(len(text), end + 30)):
        return False  # "123456789 is an example", "e.g. 12345678"
    if bare and _TIME_WORD_BEFORE.search(text, max(0, start - 16), start):
        return False  # "UTC 1712345678", "epoch 1712345678": a timestamp
    thing = _THING_BEFORE.search(text, max(0, start - 32), start)
    if thing is not None and (thing.group("word").lower() in _THING_WORDS or thing.group("word").lower() in _TEXT_PARTS):
        return False
    return True


def _is_a_date(value: str) -> bool:
    """Three groups that read as a day, a month and a year in some order (`12.03.1985`, `1985-03-12`, `3/4/85`)."""
    groups = _THREE_GROUPS.fullmatch(value)
    if groups is None:
        return False
    first, second, third = (int(group) for group in groups.groups())
    if len(groups.group(1)) == 4:
        return 1 <= second <= 12 and 1 <= third <= 31
    return 1 <= second <= 31 and 1 <= first <= 31 and (first <= 12 or second <= 12)


def _nearest_cue_kind(text: str, cues: list[tuple[int, int, str]], starts: list[int], start: int,
                      end: int) -> str | None:
    """The kind of the nearest cue before the value (within _BEFORE, at most _MAX_LINE_BREAKS line breaks) or after it
    on its line (within _AFTER); None without one."""
    best: tuple[int, str] | None = None
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0:
        cue_start, cue_end, kind = cues[index]
        if cue_end <= start and start - cue_start <= _BEFORE and text.count("\n", cue_end, start) <= _MAX_LINE_BREAKS:
            best = (start - cue_end, kind)
    after = bisect.bisect_left(starts, end)
    if after < len(cues):
        cue_start, _, kind = cues[after]
        if cue_start - end <= _AFTER and "\n" not in text[end:cue_start] and (best is None or cue_start - end < best[0]):
            best = (cue_start - end, kind)
    return best[1] if best is not None else None


# --- a long number in prose with no cue at all --------------------------------------------------------------------------
# "it's 85031212345", "sure: 7105 1258 0008 1", "mine is 4471-2093-55": in a chat or a ticket, a number of eight digits or
# more, alone or in groups, that is no date, time, amount, count, version, IP, phone already found nor a thing's number
# (order, ticket, tracking ...) is somebody's identifier more often than anything else; on the wire it is redacted as a
# doubtful ID_NUMBER (a wrong guess is a placeholder restored in the reply). Lines of logs (a clock time or a log level)
# are left alone: request ids, sizes and timestamps fill them.
_BARE_MIN_DIGITS = 8
_LINE_REACH = 200
_BARE_VALUE = DigitFirstPattern(re.compile(
    r"\d(?<![\w.,/:+#$€£¥₹@*^~|-]\d)\d*(?:(?:[ .\-/]|\. |- | - )\d+){0,6}(?:-?[A-Z](?![A-Za-z]))?"
    r"(?:\([0-9A-Z]\))?(?![\w@+*^~|]|[.,/:-]\d)"))  # (not a field of an EDI or HL7 segment, nor `123+bot@`)
_BARE_RUN = re.compile(r"[0-9][0-9 .\-/]{7,}")
_LOG_LINE = re.compile(r"\d\d:\d\d:\d\d|\b(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b|\b(?:GET|POST|PUT|DELETE) /")


def find_bare_id_numbers(text: str, segment_kind: str = "prose") -> Iterator[tuple[int, int]]:
    """[start, end) of numbers of eight digits or more that read as nothing but an identifier (above)."""
    if segment_kind == "code":
        return
    for run in _BARE_RUN.finditer(text):  # stretches of digits and separators that can hold eight digits (cheap)
        chunk = run.group(0)
        if len(chunk) - chunk.count(" ") - chunk.count(".") - chunk.count("-") - chunk.count("/") < _BARE_MIN_DIGITS:
            continue
        yield from _bare_values_in(text, run.start(), run.end())


def _bare_values_in(text: str, run_start: int, run_end: int) -> Iterator[tuple[int, int]]:
    for match in _BARE_VALUE.finditer(text, run_start, min(len(text), run_end + 8)):
        if match.start() >= run_end:
            break
        value = match.group(0)
        if len(value) - value.count(" ") - value.count(".") - value.count("-") - value.count("/") < _BARE_MIN_DIGITS:
            continue  # (a check letter counted as a digit here: _looks_like_an_id counts exactly)
        start, end = match.span()
        if not _looks_like_an_id(text, value, start, end, bare=True):
            continue
        if start >= 2 and text[start - 1] == "(" and (text[start - 2].isalnum() or text[start - 2] == "_"):
            continue  # an argument of a call (`format_amount(123456789)`): code read as prose
        # the line around it, at most _LINE_REACH characters each way (a text of one long line stays linear)
        line_start = max(text.rfind("\n", max(0, start - _LINE_REACH), start) + 1, start - _LINE_REACH)
        line_end = text.find("\n", end, end + _LINE_REACH)
        if _LOG_LINE.search(text, line_start, min(len(text), end + _LINE_REACH) if line_end == -1 else line_end):
            continue
        yield start, end
