"""Round 11 (ids11): identifiers of people in sentences and chat lines, and birth dates in a record whose cue is
elsewhere.

- ids_near_cues.py: a number of an identifier's length near a cue word naming an id kind (several words before it,
  after it on its line, or in the question a line or two above, in several languages; grouped by spaces, dots or
  dashes) is that kind of number, doubtful. Not a date, year, time, amount, count, IP, version or a thing's number.
- ids_near_cues.find_bare_id_numbers: with no cue at all, a number of eight digits or more in prose that reads as
  nothing else (the same exclusions; not on log lines, not in code) is a doubtful ID_NUMBER.
- birth_date_layouts.find_birth_dates_standing_alone: a full date of a living adult's birth year standing alone as a
  value (its line, quotes, a cell) in a text whose birth cue is elsewhere (a header, a column list) is doubtful.

Dev examples first (written before the change), then a check set written after it; negatives for each mechanism.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.birth_date_layouts import find_birth_dates_standing_alone
from redactor.detect.ids_near_cues import find_bare_id_numbers, find_ids_near_cues
from redactor.detect.pii import _BIRTH_YEAR_HINT, _DATE, _OTHER_DATE_LABEL, _TIME_AFTER, _plausible_birth_date, _year_of
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.detection_support import covered
from tests.growth import assert_linear_growth


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def found_values(engine: DetectionEngine, text: str) -> list[str]:
    return [text[span.start:span.end] for span in engine.detect([Segment(text, kind="prose")])[0]]


# --- ids near a cue word ----------------------------------------------------------------------------------------------
NEAR_DEV = [
    ('Quick question about my tax return - the SSN I put down was 523 41 8870, is that the right format?', '523 41 8870'),
    ('hi, renewing my passport. the old one, number 548213907, expires next month', '548213907'),
    ('Meu CPF mudou? não, continua 39053344705 mas o sistema recusa', '39053344705'),
    ('Agent: Can you confirm your BSN please?\nCustomer: sure 1234 56 782', '1234 56 782'),
    ('For the Aadhaar linking I entered 4821 7730 9152 twice and it failed', '4821 7730 9152'),
    ('my personnummer, if you need it for the form, should be 19850312-4471 i think', '19850312-4471'),
    ("I think the NIN they have on file (it's 38291044712) belongs to my brother", '38291044712'),
    ('The member ID on the back of my card reads 88213-0041-7 but the portal says not found', '88213-0041-7'),
    ('Hola, les paso mi DNI para el trámite, es el 48291734 sin la letra', '48291734'),
    ('Die Mitgliedsnummer steht auf der Karte: vermutlich 4471 2093 55, bitte prüfen', '4471 2093 55'),
    ('Employee 30918842 (national insurance details on file) asked for payslips', '30918842'),
    ("77082514178 - that's the PESEL from her old ID card, the new one differs", '77082514178'),
    ('User: what do you need from me?\nBot: your tax file number so payroll can lodge it\nUser: 123 456 782', '123 456 782'),
    ('Customer says the policy number printed on the renewal letter, 0041882731, no longer works.', '0041882731'),
    ("student number? 2019004471, I'm in second year of the nursing course", '2019004471'),
    ("il numero della carta d'identità è CA12345 e scade a giugno", 'CA12345'),
    ('Lookup result: driver licence for that applicant on record as D4821773, status valid', 'D4821773'),
    ('We wired the refund to account number ending... actually full one is 40221873 at Barclays', '40221873'),
    ('Her NHS number got typed as 943.476.5919 on the referral letter', '943.476.5919'),
    ('caller gave patient ID M-204518 and asked about lab results', 'M-204518'),
]
# written after the change
NEAR_CHECK = [
    ("Bonjour, le numéro de client qu'on m'a donné au téléphone c'était 7730418, pas l'autre", '7730418'),
    ('My SIN got rejected; the clerk typed 0464 54286 instead', '0464 54286'),
    ('{"note": "caller verified with their Medicare card, number 2953 41870 1"}', '2953 41870 1'),
    ('Kundennummer? Die alte war 10048823, die neue kommt per Post.', '10048823'),
    ('He read out 5029 1187 4436 as his voter ID, twice.', '5029 1187 4436'),
    ('Support: please send the passport details.\nMe: ok\nMe: X4471920', 'X4471920'),
    ('Patient number for Mrs Dube, per the ward sheet, was 0071-4482, can you pull her chart', '0071-4482'),
    ('the clinic wants your IC number again, the one you gave was 880312-14-5566', '880312-14-5566'),
    ('Sent the pension number (7720 1183 09) to HR yesterday', '7720 1183 09'),
    ('numer klienta w systemie to 55120934 - sprawdź proszę', '55120934'),
    ('For the visa form: passeport n° 19AB44211, délivré à Lyon', '19AB44211'),
    ('The insurance card shows subscriber ID 88 2210 4471 01 under the barcode.', '88 2210 4471 01'),
    ('Bank says the account number is wrong: they have 0012 4471 8830 on file', '0012 4471 8830'),
    ('registration went through with my ID number 7105125800081 finally', '7105125800081'),
    ('Mi cédula es la 1.020.445.318 y el nombre está bien escrito', '1.020.445.318'),
    ("staff no. is on my lanyard... 004471, sorry it's faded", '004471'),
]
NEAR_NEGATIVES = [
    'The passport office sold 1250000 forms in 2024, about 12.5 percent more.',
    'Our employee count grew from 2019 to 2024; 1500 people joined.',
    'Member ID lookups take 250 ms on average and 1200 ms at p99.',
    'A national insurance rise of 1.25 percent was announced in 2021.',
    'Version 10.2.3 of the student portal fixes the login bug.',
    'The tax number field accepts up to 20 characters since release 4.1.',
    'The national ID program enrolled 4500000 residents by 2023.',
    'Passport photos cost 15 euros; the shop at the corner is open till 6.',
    'Employee handbook section 4.2.1 covers ID badges.',
    'Tax numbers are validated by a nine-digit regex in module 2 since 2019.',
    'Customer number formats changed in 2022, see RFC 4122 for UUIDs.',
    'Member ID cards were mailed to 120000 households in week 14.',
    'The student number field was widened from 8 to 12 digits in release 2024.03.',
]


@pytest.mark.parametrize("text, value", NEAR_DEV + NEAR_CHECK)
def test_an_id_near_its_cue_is_redacted(engine: DetectionEngine, text: str, value: str) -> None:
    assert covered(engine, text, value)


@pytest.mark.parametrize("text", NEAR_NEGATIVES)
def test_counts_versions_and_things_near_a_cue_stay(engine: DetectionEngine, text: str) -> None:
    assert found_values(engine, text) == []


def test_a_ticket_number_near_a_passport_cue_is_no_passport(engine: DetectionEngine) -> None:
    # Round 26 (ids26): a number of four digits or more after a case word is a ticket's id (it numbers one person's
    # matter, doubtful, on the wire only); the passport cue beside it still does not make it a passport number.
    text = 'Ticket 558213 about a passport renewal was closed on Friday.'
    spans = engine.detect([Segment(text, kind="prose")])[0]
    assert [(text[span.start:span.end], span.kind) for span in spans] == [('558213', 'ID_NUMBER')]


def test_near_cue_kinds_and_limits() -> None:
    assert [kind for _, _, kind in find_ids_near_cues("the SSN I put down was 523 41 8870")] == ["NATIONAL_ID"]
    assert [kind for _, _, kind in find_ids_near_cues("renewing my passport, old number 548213907")] == ["PASSPORT"]
    assert [kind for _, _, kind in find_ids_near_cues("my TIN? it is 98-7654321 i think")] == ["TAX_ID"]
    # acronyms that are words too count only in capitals; column heads of `top` are no cue
    assert list(find_ids_near_cues("a sin, they said, 548213907 times")) == []
    assert list(find_ids_near_cues("  PID USER  PR  NI    VIRT    RES\n 4211 dev  20   0 2431088 512344")) == []
    # too far: a cue more than a few lines above, or after the number on another line
    assert list(find_ids_near_cues("passport\n\n\n\nnumber 548213907")) == []
    assert list(find_ids_near_cues("548213907\nis the passport")) == []
    # code segments are left to the key and field rules
    assert list(find_ids_near_cues("passport_no = 548213907", "code")) == []


def test_near_cue_growth_is_linear() -> None:
    def work(size: int):
        text = ("Customer asked about her passport renewal and gave 548213907 and 4471 2093 55 again. " * size)
        return lambda: list(find_ids_near_cues(text))
    assert_linear_growth(work, 4000)


# --- long numbers in prose with no cue ---------------------------------------------------------------------------------
BARE_DEV = [
    ('User: ok here it is 85031212345\nAgent: thanks, one moment', '85031212345'),
    ('sure: 7105 1258 0008 1', '7105 1258 0008 1'),
    ('mine is 4471-2093-55, the one ending 55', '4471-2093-55'),
    ('Hi, following up - 19850312-4471 was rejected again by the form', '19850312-4471'),
    ('Tool: lookup("600-12-3384-7") returned no match', '600-12-3384-7'),
    ('can u check 2310 8851 1207 pls', '2310 8851 1207'),
    ("Forwarding from Lina: 'the one on the card is 0045 2281 9930'", '0045 2281 9930'),
    ('I typed 29 04 85 1203 44 but it says invalid', '29 04 85 1203 44'),
    ('Résultat: 1 84 12 75 114 082 37, vérifié', '1 84 12 75 114 082 37'),
    ('Der Wert 65929970489 wurde abgelehnt.', '65929970489'),
    ("yes that's right, 770825/1417", '770825/1417'),
    ('Got it. Saved 20040131-8823 to her profile.', '20040131-8823'),
    ("> 9001015009087\nthat one's hers", '9001015009087'),
    ('can you redo the letter with 88-12-44-1093 instead of the old one', '88-12-44-1093'),
    ('El mío es 4829173-4, el de mi esposa termina en 2', '4829173-4'),
]
# written after the change
BARE_CHECK = [
    ('Asistente: ¿me confirma el número?\nCliente: 30.112.448', '30.112.448'),
    ('I already sent it twice!! 8805 2914 4471', '8805 2914 4471'),
    ('pls update: 0412-77-3390-18 (old one was wrong)', '0412-77-3390-18'),
    ('{"role": "user", "content": "here: 640823-2418 and my wife 670104-1122"}', '670104-1122'),
    ('Ok, das ist 12 345 678 903, bitte nicht weitergeben', '12 345 678 903'),
    ('she wrote 2201894417 on the back of the photo', '2201894417'),
    ('Tiket dibuka ulang, nomornya 3174052809850003 masih belum cocok', '3174052809850003'),
    ('> 49 85 12 03 114 22\nthis was on the scan', '49 85 12 03 114 22'),
]
BARE_NEGATIVES = [
    'The project raised 12,500,000 dollars in 2023.',
    'Build 20240512.3 passed all 1342 tests.',
    'Unix time 1700000000 is in November 2023.',
    'Stream latency was 12345678 ns at peak.',
    'ISBN 9780306406157 is the reference edition.',
    'Commit 4f3c2a1 fixed it; PR 18273 merged.',
    'Total downloads reached 48213907 last quarter.',
    'The migration moved 73019246 rows in 41 minutes.',
    'Cache hit ratio rose after key 99120388 was evicted.',
    'The satellite is at 35786 km; the catalogue lists it as object 40258.',
    'Between 2015 and 2019, 12 of 30 sites closed.',
]


@pytest.mark.parametrize("text, value", BARE_DEV + BARE_CHECK)
def test_a_long_number_in_prose_is_redacted(engine: DetectionEngine, text: str, value: str) -> None:
    assert covered(engine, text, value)


@pytest.mark.parametrize("text", BARE_NEGATIVES)
def test_counts_amounts_and_things_stay(engine: DetectionEngine, text: str) -> None:
    assert found_values(engine, text) == []


def test_bare_numbers_leave_logs_tables_and_code() -> None:
    assert list(find_bare_id_numbers("2026-11-25 10:07:55 INFO job done in 48213907 ns")) == []
    assert list(find_bare_id_numbers(" 4211 dev  20   0 2431088 512344  98.0 python3")) == []
    assert list(find_bare_id_numbers("MSH|^~\\&|LAB|LAB|202611250830||ORU^R01")) == []
    assert list(find_bare_id_numbers("x = 85031212345", "code")) == []


def test_bare_growth_is_linear() -> None:
    def work(size: int):
        text = "ok it's 8503 1212 345 and 2201894417, not 12345 or 2024-05-01. " * size
        return lambda: list(find_bare_id_numbers(text))
    assert_linear_growth(work, 4000)


# --- a birth date standing alone, its cue elsewhere in the record ------------------------------------------------------
DOB_DEV = [
    ('{"columns": ["name", "dob", "city"],\n "rows": [\n  ["A. Mensah", "1984-07-19", "Accra"]]}', '1984-07-19'),
    ('fields: name, birth_date, postcode\n[\n  "Kowalski, Jan",\n  "19.07.1984",\n  "00-950"\n]', '19.07.1984'),
    ("cursor.fetchall() -> [('Lina', 'Haddad', '03/11/1979', 'F')]\ncolumns: first, last, date_of_birth, sex", '03/11/1979'),
    ('PERSONAL DETAILS (date of birth, address)\nAmaka Eze\n12.05.1988\n14 Allen Ave, Ikeja', '12.05.1988'),
    ('INFO verify_identity birth_date_check failed value="1979-11-30"', '1979-11-30'),
    ('Geburtsdaten der Teilnehmer:\n"Müller";"02.03.1981"\n"Schulz";"17.09.1979"', '17.09.1979'),
    ('fecha de nacimiento en la columna 3\nLuis Pérez|Madrid|1986-04-21', '1986-04-21'),
    ('BIRTH DATE FIELD: see below\n"12-MAR-1985"', '12-MAR-1985'),
    ('Result of get_member(4471):\nborn / joined\n1969-04-07\n2019-02-01', '1969-04-07'),
    ('dob list from the import (no header):\n  2001/09/30\n  1994/12/02', '1994/12/02'),
    ('<row><c>Ola Nordmann</c><c>1980-01-15</c></row>\n<!-- c2 = fødselsdato -->', '1980-01-15'),
    ("Spreadsheet 'Birthdays' export\nKim, 04.08.1990\nLee, 15.10.1987", '04.08.1990'),
    ('The form asks for the date of birth. I filled in:\n> 07/22/1975', '07/22/1975'),
    ('record = {"n": "Sato Ken", "d": "1975-12-01"}  # d = date of birth', '1975-12-01'),
    ('applicant | nationality | birth\n---|---|---\nR. Diallo | SN | 1992-06-18', '1992-06-18'),
]
# written after the change (the last one, `nascimento / 21-04-1976 / Porto`, still missed)
DOB_CHECK = [
    ('query: SELECT name, birthdate FROM people LIMIT 2\n| "Ines Duarte" | "1983-10-05" |', '1983-10-05'),
    ('Export columns (name;geburtsdatum;ort)\nWeber;14.01.1972;Kassel', '14.01.1972'),
    ('dob=1961-08-30, status=active', '1961-08-30'),
    ("[birth dates as received]\n'12/31/1977'\n'05/06/1980'", '05/06/1980'),
    ('Members table, 3rd column is date of birth:\nmbr_01\tOlu Ade\t1995-02-27\tLagos', '1995-02-27'),
    ('<patient><born>1948-03-09</born></patient>', '1948-03-09'),
    ('ok here are both: (1990-07-14) and the other one (1988-11-02), those are our birthdays', '1988-11-02'),
]
DOB_NEGATIVES = [
    'The birthday paradox: with 23 people the odds pass 50%. First described 1939.',
    'Release history: 2009-05-01, 2011-07-12 (born-digital archive launched)',
    'The dob column is nullable; migration ran at 2010-01-01 00:00:00',
]


@pytest.mark.parametrize("text, value", DOB_DEV + DOB_CHECK)
def test_a_birth_date_standing_alone_is_redacted(engine: DetectionEngine, text: str, value: str) -> None:
    assert covered(engine, text, value)


@pytest.mark.parametrize("text", DOB_NEGATIVES)
def test_other_dates_near_a_birth_word_stay(engine: DetectionEngine, text: str) -> None:
    assert [value for value in found_values(engine, text) if value[:1].isdigit()] == []


def _standing(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_birth_dates_standing_alone(
        text, _DATE, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL, _TIME_AFTER, _BIRTH_YEAR_HINT)]


def test_standing_alone_needs_a_cue_a_value_position_and_an_adult_year() -> None:
    assert _standing('columns: name, dob\n"1984-07-19"') == ["1984-07-19"]
    assert _standing('columns: name, city\n"1984-07-19"') == []  # no birth cue
    assert _standing("dob column: we met on 1984-07-19 in Accra") == []  # inside a sentence
    assert _standing('dob list\n"2024-07-19"') == []  # too recent for a living adult
    assert _standing('dob list\n"1984-07-19 10:30"') == []  # a time after it


def test_standing_alone_growth_is_linear() -> None:
    def work(size: int):
        text = 'rows (name, dob):\n' + '["Ana Souza", "1984-07-19", "Lyon"],\n' * size
        return lambda: _standing(text)
    assert_linear_growth(work, 3000)
