"""Round 10 (ids10): birth dates in the layouts and keys still missed, record ids after a foreign "is", and
letter-prefixed codes of split digit groups without a label.

- `5. 4. 1982` (a day and month with a dot and a space: Czech, Slovak, German, Slovenian forms) is one of `_DATE`'s
  layouts; a day written as a word before a year in digits (`the fourth of May 1982`) and `March the 12th, 1985`
  after a birth cue (birth_date_layouts.py);
- birth keys of other languages joined by `_` or `-` (`date_naissance`, `data_nascita`, `dt_nasc`, `geb_datum`) head a
  CSV column like `dob` does; `F. NACIMIENTO`, `D/O/B`; a form's dotted leader (`DOB ........ 12-03-1985`) no longer
  ends the cue's clause;
- record_ids.py: "is" in the languages of its labels (`Versichertennummer lautet A123`, `número de socio es el 4471`);
  a letter prefix and two or three dashed digit groups (`MBR-4471-2093`) without any label is doubtful;
- pii_fields.py: a person-role key's code needs its three digits inside the code (`Customer: sure, 1985` is a chat line).

Dev examples first (written before the change), then a check set written after it; negatives for each mechanism.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.pii import PiiDetector
from redactor.detect.record_ids import find_segmented_codes
from tests.growth import assert_linear_growth

_ID_KINDS = frozenset({"ID_NUMBER", "NATIONAL_ID", "TAX_ID", "PASSPORT", "DRIVER_LICENSE", "SSN"})


@pytest.fixture(scope="module")
def pii() -> PiiDetector:
    return PiiDetector()


def covered(pii: PiiDetector, text: str, value: str, kinds: frozenset[str]) -> float | None:
    start = text.index(value)
    scores = [s.score for s in pii.detect(DetectionInput(text, "prose"))
              if s.kind in kinds and s.start <= start and start + len(value) <= s.end]
    return max(scores) if scores else None


def kinds_found(pii: PiiDetector, text: str, kinds: frozenset[str]) -> list[str]:
    return [text[s.start:s.end] for s in pii.detect(DetectionInput(text, "prose")) if s.kind in kinds]


def confident_found(pii: PiiDetector, text: str, kinds: frozenset[str]) -> list[str]:
    return [text[s.start:s.end] for s in pii.detect(DetectionInput(text, "prose")) if s.kind in kinds and s.score >= 0.6]


_DOB = frozenset({"DATE_OF_BIRTH"})

# --- birth dates after a cue, in the layouts still missed --------------------------------------------------------------
BIRTH_LAYOUTS_DEV = [
    ("Date of birth: 5. 4. 1982", "5. 4. 1982"),
    ("Datum narození: 12. 3. 1985", "12. 3. 1985"),
    ("Patient was born on the fourth of May 1982.", "fourth of May 1982"),
    ("Born: March the 12th, 1985", "March the 12th, 1985"),
    ("DATE OF BIRTH (DD-MM-YYYY) ........ 12-03-1985", "12-03-1985"),
    ("F. NACIMIENTO: 12/03/1985", "12/03/1985"),
    ("D/O/B: 12/03/1985", "12/03/1985"),
]
BIRTH_LAYOUTS_CHECK = [  # written after the change
    ("Geburtsdatum: 7. 11. 1969, Ort: Graz", "7. 11. 1969"),
    ("rojen: 30. 1. 1958", "30. 1. 1958"),
    ("she was born on the twenty-first of June, 1990", "twenty-first of June, 1990"),
    ("DOB: May the 4th 1977", "May the 4th 1977"),
    ("Date of Birth ............ 04/07/1966", "04/07/1966"),
    ("f. nacimiento 03-11-1971", "03-11-1971"),
    ("d/o/b 1966-07-04", "1966-07-04"),
]


@pytest.mark.parametrize("text, value", BIRTH_LAYOUTS_DEV + BIRTH_LAYOUTS_CHECK)
def test_birth_dates_in_more_layouts_after_a_cue(pii, text, value):
    score = covered(pii, text, value, _DOB)
    assert score is not None and score >= AUDIT_MIN_SCORE, value


@pytest.mark.parametrize("text", [
    "See section 5. 4. 2019 of the handbook",  # no birth cue: a date, not a birth date
    "Track four of the May 2019 set list",  # no birth cue
    "DOB field left empty ........ see page 4",
    "Dates: the fourth of May 2031 is our launch",  # a future year
    "Dear Sir, the first of many. 2020 was hard.",
])
def test_no_birth_date_in_these(pii, text):
    assert kinds_found(pii, text, _DOB) == []


# --- birth-date columns under keys of other languages ---------------------------------------------------------------------
BIRTH_COLUMNS_DEV = [
    ("id;nom;prénom;date_naissance;ville\n7;Durand;Claire;21/06/1975;Lyon\n8;Martin;Hugo;05/12/1969;Nantes",
     ["21/06/1975", "05/12/1969"]),
    ("rec,data_nascita,cognome\n1,12/03/1984,Rossi", ["12/03/1984"]),
    ("n,dt_nasc,nome\n1,12/03/1984,Joao", ["12/03/1984"]),
]
BIRTH_COLUMNS_CHECK = [
    ("pid\tdata_de_nascimento\tcidade\n4\t1979-02-11\tPorto", ["1979-02-11"]),
    ("matricola|data-nascita|reparto\n77|03.04.1962|B", ["03.04.1962"]),
    ("nr,geburts_datum,ort\n3,12.11.1955,Linz", ["12.11.1955"]),
    ("id,data_urodzenia,miasto\n9,1981-05-05,Lodz", ["1981-05-05"]),
]


@pytest.mark.parametrize("text, values", BIRTH_COLUMNS_DEV + BIRTH_COLUMNS_CHECK)
def test_foreign_birth_keys_head_a_column(pii, text, values):
    for value in values:
        assert covered(pii, text, value, _DOB) is not None, value


@pytest.mark.parametrize("text", [
    "order_id,customer,order_date,total\n5511,Maria Lopez,2023-03-12,99.00",
    "id;date_livraison;ville\n7;21/06/2024;Lyon",
    "n,data_consegna,nome\n1,12/03/2024,Joao",
])
def test_other_date_columns_are_no_birth_dates(pii, text):
    assert kinds_found(pii, text, _DOB) == []


# --- record ids after a foreign "is", and prefixed codes of split digit groups ----------------------------------------
RECORD_IDS_DEV = [
    ("Meine Versichertennummer lautet A123456789.", "A123456789"),
    ("Mi número de socio es el 4471-2093.", "4471-2093"),
    ("his personnummer är 850312-1234", "850312-1234"),
    ("It's registered under MBR-4471-2093, the account of my late father.", "MBR-4471-2093"),
    ("Can you check A-2291-7713 against the roster? That's Jenny's.", "A-2291-7713"),
    ("I'm Ana Ruiz, file RZ-4471-09, calling about my test results.", "RZ-4471-09"),
    ("You can find me as AR-1984-0312 in the HR system.", "AR-1984-0312"),
    ("2024-05-01 10:22:11 INFO sync: AR-1984-0312 updated", "AR-1984-0312"),
]
RECORD_IDS_CHECK = [
    ("Mon numéro client est le 88120447.", "88120447"),
    ("Il numero tessera è 4471-2093", "4471-2093"),
    ("Kundennummer ist K-4471209", "K-4471209"),
    ("please merge HK-2291-4471 into HK-2291-4470, same person", "HK-2291-4471"),
    ("[warn] duplicate profile DX-30091-22 (created twice)", "DX-30091-22"),
    ("Transferring Mrs. Ito's file (JP-0093-551) to Osaka", "JP-0093-551"),
]


@pytest.mark.parametrize("text, value", RECORD_IDS_DEV + RECORD_IDS_CHECK)
def test_record_ids_after_a_foreign_is_and_split_codes(pii, text, value):
    score = covered(pii, text, value, _ID_KINDS)
    assert score is not None and score >= WIRE_MIN_SCORE, value


def test_an_unlabelled_split_code_is_doubtful(pii):
    score = covered(pii, "You can find me as AR-1984-0312 in the HR system.", "AR-1984-0312", _ID_KINDS)
    assert score is not None and score < AUDIT_MIN_SCORE


@pytest.mark.parametrize("text", [
    "Patched CVE-2024-3094 and CVE-2021-44228 today.",
    "Encoding is ISO-8859-15, see RFC-2616-10 for details",
    "Tagged REL-2024-05-12 and REL-2024-05",
    "The AB-12-34 adapter and PROJ-1234 ticket",
    "We use AES-256-GCM and SHA-256 everywhere",
    "Range 10-2000-30 in the config",
])
def test_no_split_code_in_these(text):
    assert list(find_segmented_codes(text)) == []


def test_a_chat_speaker_label_is_no_code(pii):
    assert kinds_found(pii, "Customer: sure, 1985", _ID_KINDS) == []
    assert kinds_found(pii, "Patient: ok, 2019 was the last visit", _ID_KINDS) == []
    assert covered(pii, "patient=PT-2024-0041 action=view", "PT-2024-0041", _ID_KINDS) is not None


def test_split_codes_grow_linearly():
    def work(size: int):
        text = "merge HK-2291-4471 into HK-2291-4470; CVE-2024-3094 fixed; A-1 B-22-33 ok\n" * (size // 70)
        return lambda: list(find_segmented_codes(text))
    assert_linear_growth(work, 60000)


# --- birth dates in rows of a people table without a header: quoted cells, names in any case, sex cells -------------
ROWS_DEV = [
    ('"RUIZ, ANA","03/12/1984","F","MADRID"', "03/12/1984"),
    ('"ANA RUIZ","12-MAR-1984"', "12-MAR-1984"),
    ('"ana ruiz","1984-03-12","madrid"', "1984-03-12"),
    ('"1042","F","03/12/1984","Madrid"', "03/12/1984"),
    ("1042\tF\t03/12/1984\tMadrid", "03/12/1984"),
    ("'P-22','M','1961-04-12'", "1961-04-12"),
]
ROWS_CHECK = [  # written after the change
    ('"GARCIA, MARIA";"1979-02-11";"Sevilla"', "1979-02-11"),
    ('"Okafor, Amara","12.04.1961"', "12.04.1961"),
    ("JOHN MILLER\t1958-07-30\tDenver\tCO", "1958-07-30"),
    ('"C0091"\t"M"\t"1990-01-23"\t"retail"', "1990-01-23"),
    ('"david brown","05/06/1972","leeds"', "05/06/1972"),
]


@pytest.mark.parametrize("text, value", ROWS_DEV + ROWS_CHECK)
def test_birth_dates_in_rows_of_people(pii, text, value):
    assert covered(pii, text, value, _DOB) is not None, value


@pytest.mark.parametrize("text", [
    '"SKU-1","M","2021-04-12","blue"',  # a recent date
    '"TOTAL AMOUNT","1984-03-12","x"',  # no listed names
    '"build","release","1999-03-12"',
    "ORDER SHIPPED\t1998-01-02\tDHL",
    '"Acme, Inc","1984-03-12","Madrid"',
])
def test_no_birth_date_in_these_rows(pii, text):
    # (since round 12 any adult's full date is a doubtful birth date on the wire: find_old_full_dates; never confident)
    assert confident_found(pii, text, _DOB) == []


# --- a national id's number later in the sentence that names it (python-stdnum's check decides) -----------------------
LATER_DEV = [
    ("My PESEL has a typo in the system: it should read 85031212343.", "85031212343"),
    ("Het BSN dat jullie hebben klopt niet, het juiste is 123456009.", "123456009"),
    ("TC kimlik no sistemde hatalı görünüyor; doğrusu 10000001204", "10000001204"),
    ("Die Steuer-ID auf der Lohnabrechnung ist falsch, richtig wäre 12345678911", "12345678911"),
    ("El DNI que figura en la factura no es el mío; el mío es 48291734Z.", "48291734Z"),
    ("TFN was entered with a missing digit, full one: 123456009", "123456009"),
]
LATER_CHECK = [  # written after the change
    ("the PESEL on the prescription belongs to my daughter, 92071501236, not to me", "92071501236"),
    ("Can you swap the BSN in the contract for my partner's (223456007)?", "223456007"),
    ("the personnummer on my booking should be 770914-4567 instead", "770914-4567"),
]


@pytest.mark.parametrize("text, value", LATER_DEV + LATER_CHECK)
def test_a_checked_number_later_in_the_sentence_of_its_label(pii, text, value):
    assert covered(pii, text, value, _ID_KINDS) is not None, value


@pytest.mark.parametrize("text", [
    "My PESEL changed in 2019 and my phone is 600 700 800.",
    "BSN is required, see article 12345678 of the law.",
    "PESEL validation.\nOrder 85031212343 shipped",  # the next line is another sentence
    "the Steuer-ID on page 2 of form 12345678 is missing",  # eight digits: no Steuer-ID passes
])
def test_no_later_number_in_these(pii, text):
    assert [v for v in kinds_found(pii, text, frozenset({"NATIONAL_ID"})) if v[0].isdigit()] == []


def test_labels_with_later_numbers_grow_linearly():
    from redactor.detect.national_ids import find_labelled_national_ids

    def work(size: int):
        text = "My PESEL has a typo in the system: it should read 85031212343. The BSN too, see page 4.\n" * (size // 90)
        return lambda: list(find_labelled_national_ids(text))
    assert_linear_growth(work, 40000)


# --- a form's birth date with spaces, "B'day" -------------------------------------------------------------------------
SPACED_DEV = [
    ("Date of birth: 12 / 03 / 1985", "12 / 03 / 1985"),
    ("Date of birth: 1985 03 12", "1985 03 12"),
    ("B'day: 12/03/1985", "12/03/1985"),
]
SPACED_CHECK = [  # written after the change
    ("DOB  04 07 1966  Sex F", "04 07 1966"),
    ("Geburtsdatum: 30 . 01 . 1958", "30 . 01 . 1958"),
    ("date of birth (dd-mm-yy): 07 - 11 - 69", "07 - 11 - 69"),
    ("his b’day is 3/4/1990", "3/4/1990"),
]


@pytest.mark.parametrize("text, value", SPACED_DEV + SPACED_CHECK)
def test_spaced_birth_dates_after_a_cue(pii, text, value):
    assert covered(pii, text, value, _DOB) is not None, value


@pytest.mark.parametrize("text", [
    "DOB 12 34 5678 is not a date",
    "born 3 of 4 children",
    "Date of birth: 12 03 2099",  # the future
    "12 / 03 / 1985 was the release of the album",  # no cue
])
def test_no_spaced_birth_date_in_these(pii, text):
    assert not any(" " in value for value in kinds_found(pii, text, _DOB))  # ("2099" alone is a partial date's)


# --- rows whose name cell is surname first, an initial, or first and last name in two cells ---------------------------
NAME_CELLS_DEV = [
    ("Tanaka Hiroshi,1985/03/12,Tokyo", "1985/03/12"),
    ("Zhang Wei, 1985-03-12, Beijing", "1985-03-12"),
    ("K. Mensah,12 March 1985,Accra", "12 March 1985"),
    ("Priya,Sharma,12 March 1985,Pune", "12 March 1985"),
]
NAME_CELLS_CHECK = [  # written after the change
    ("Kim Minjun;1979-02-11;Seoul;M", "1979-02-11"),
    ("J. Okafor\t1966-05-30\tAbuja", "1966-05-30"),
    ('"Maria","Rossi","1971-12-01","Roma"', "1971-12-01"),
    ("Mehmet,Demir,12.04.1961,Ankara", "12.04.1961"),
]


@pytest.mark.parametrize("text, value", NAME_CELLS_DEV + NAME_CELLS_CHECK)
def test_birth_dates_in_rows_with_other_name_cells(pii, text, value):
    assert covered(pii, text, value, _DOB) is not None, value


@pytest.mark.parametrize("text", [
    "Grand Hotel,1985-03-12,Vienna",
    "A. Release,2019-03-12,done",  # a recent date
    "Launch,Product,1999-01-02,Berlin",
    "v. Main,1980-01-01,x",
])
def test_no_birth_date_in_these_rows_either(pii, text):
    assert confident_found(pii, text, _DOB) == []  # (doubtful since round 12, as above)


def test_a_long_row_of_dates_grows_linearly():
    from redactor.detect.personal_records import name_in_row

    def work(size: int):
        text = '"ANA RUIZ",' + ",".join('"x","1984-03-12"' for _ in range(size // 17))
        starts = [index for index in range(len(text)) if text.startswith("1984", index)]
        return lambda: [name_in_row(text, start) for start in starts]
    assert_linear_growth(work, 60000)


# --- a national id asked for on one line and answered on the next (the check decides) ---------------------------------
ANSWERS_DEV = [
    ("Q: DNI?\nA: 48291734Z", "48291734Z"),
    ("What's the TFN on file?\nCaller: 123456009", "123456009"),
    ("Rep: Steuer-ID bitte?\nKunde: 12345678911", "12345678911"),
]
ANSWERS_CHECK = [  # written after the change
    ("Agent: and your PESEL?\nJan: 90112300004", "90112300004"),
    ("necesito su DNI\n77123456V", "77123456V"),
    ("> BSN?\n> it's 223456007", "223456007"),
]


@pytest.mark.parametrize("text, value", ANSWERS_DEV + ANSWERS_CHECK)
def test_a_checked_national_id_answered_on_the_next_line(pii, text, value):
    assert covered(pii, text, value, _ID_KINDS) is not None, value


@pytest.mark.parametrize("text", [
    "What's the TFN format?\nIt has 9 digits: 123456789 is an example",  # the check fails
    "Your PESEL is required. Call 600700800 for help.",  # another sentence, a phone
])
def test_no_answer_in_these(pii, text):
    assert [v for v in kinds_found(pii, text, frozenset({"NATIONAL_ID"})) if v[0].isdigit()] == []


def test_an_id_field_keeps_its_score_over_an_unlabelled_code(pii):
    text = '{"insured": {"policyNumber": "AUT-4471-0921"}}'
    assert covered(pii, text, "AUT-4471-0921", frozenset({"ID_NUMBER"})) >= AUDIT_MIN_SCORE


def test_a_login_field_keeps_its_score_over_a_doubtful_login(pii):
    # standalone_logins finds "kasia.w" as a doubtful login (round 16); the field name says it is one, so an
    # audit reports it as it did before.
    text = "loaded Member(id=55120, displayName=kasia.w, active=true)"
    assert covered(pii, text, "kasia.w", frozenset({"USERNAME"})) >= AUDIT_MIN_SCORE


def test_account_columns_stay_ids_next_to_an_initialled_name(pii):
    text = "routing_number,account_number,name\n011000015,5550001234,K. Lee"
    spans = {text[s.start:s.end]: (s.kind, s.score) for s in pii.detect(DetectionInput(text, "prose"))}
    assert spans.get("5550001234", ("", 0))[0] == "ID_NUMBER"
