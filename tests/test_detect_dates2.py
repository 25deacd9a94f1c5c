"""Round 9, wave 2 (dates2): a date alone after a person's first name on its line, keyed lists of birth dates under a
heading with blank lines below it, compact birth dates after a cue (DDMMYYYY, YYMMDD), abbreviated person labels of
ids in log lines (Pt#, Mbr#, Rx#). Dev examples first, then a check set written after the change; negatives for each;
a linear-growth check for the new loop over lines."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.birth_date_layouts import find_birth_dates_after_names
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.pii import _DATE, _OTHER_DATE_LABEL, PiiDetector, _plausible_birth_date, _year_of
from tests.growth import assert_linear_growth


@pytest.fixture(scope="module")
def pii() -> PiiDetector:
    return PiiDetector()


def found(pii: PiiDetector, text: str, kind: str) -> dict[str, float]:
    return {text[s.start:s.end]: s.score for s in pii.detect(DetectionInput(text, "prose")) if s.kind == kind}


def covered(pii: PiiDetector, text: str, value: str, kind: str) -> float | None:
    start = text.index(value)
    scores = [s.score for s in pii.detect(DetectionInput(text, "prose"))
              if s.kind == kind and s.start <= start and start + len(value) <= s.end]
    return max(scores) if scores else None


# --- a date alone after a first name ------------------------------------------------------------------------------
NAME_LINES_DEV = [
    ("Team birthdays for the cake rota:\nNils: 12-MAR-1985\nAmara: 3rd of March 1985", ["12-MAR-1985", "3rd of March 1985"]),
    ("Team birthdays:\nJiho: 1990년 3월 5일\nLukas: March 3rd '85", ["1990년 3월 5일", "March 3rd '85"]),
    ("Can you sort these by age?\nNils: 12/03/1985\nAmara: 5 de mayo de 1982\nChiamaka: 07/11/1990",
     ["12/03/1985", "5 de mayo de 1982", "07/11/1990"]),
    ("birth dates:\nNils - 12/03/1985", ["12/03/1985"]),
    ("Amara Okafor\n12/03/1985\nLagos, Nigeria", ["12/03/1985"]),  # the name alone on the line above
    ("Nils\n12-MAR-1985", ["12-MAR-1985"]),
]
NAME_LINES_CHECK = [  # written after the change
    ("who is the oldest?\n- Priya: 1979-08-14\n- Tomasz: 22.11.1983", ["1979-08-14", "22.11.1983"]),
    ("Kids' birthdays\nEmma — 14 June 2016\nOscar — 2 Feb 2019", ["14 June 2016", "2 Feb 2019"]),
    ("Sofia Rossi: 1988-04-02\nMarco Bianchi: 1990-12-30", ["1988-04-02", "1990-12-30"]),
    ("Ingrid: 4 Oct. 1971", ["4 Oct. 1971"]),
    ("Contact card\nPriya Shah\n1979-08-14\nLeeds", ["1979-08-14"]),
    ("Oscar\n  2 Feb 1975", ["2 Feb 1975"]),
]


@pytest.mark.parametrize("text, values", NAME_LINES_DEV + NAME_LINES_CHECK)
def test_a_date_alone_after_a_first_name_is_a_birth_date(pii, text, values):
    for value in values:
        score = covered(pii, text, value, "DATE_OF_BIRTH")
        assert score is not None and score >= WIRE_MIN_SCORE, value


def test_under_a_cue_the_date_counts_for_an_audit_without_one_it_is_doubtful(pii):
    assert covered(pii, "Birthdays:\nNils: 12-MAR-1985", "12-MAR-1985", "DATE_OF_BIRTH") >= AUDIT_MIN_SCORE
    score = covered(pii, "Nils: 12-MAR-1985", "12-MAR-1985", "DATE_OF_BIRTH")
    assert score is not None and WIRE_MIN_SCORE <= score < AUDIT_MIN_SCORE


@pytest.mark.parametrize("text", [
    "Alice: 2024-03-05\nBob: ok see you then",  # a chat's recent date
    "Released: 12/03/2019\nDeadline: 03/04/2020",
    "Meeting notes\nPaul: 2023-11-02\nAnna: 2023-11-09",
    "Holiday page\nChristmas: 25/12/2024\nEaster: 31/03/2024",
    "Updated 2019-01-02",
    "Nils: the build from 12/03/1985 still runs",  # the date does not fill the line
    "Changelog\nMaria\n2024-01-02\nfixed the export",  # a recent date below a name
])
def test_no_birth_date_without_a_name_a_cue_or_an_old_date(pii, text):
    assert found(pii, text, "DATE_OF_BIRTH") == {}


def test_an_old_date_after_any_label_is_only_doubtful(pii):
    # round 12: any adult's full date is a doubtful birth date on the wire (find_old_full_dates), never for an audit
    score = covered(pii, "Total: 12/03/1985", "12/03/1985", "DATE_OF_BIRTH")
    assert score is not None and WIRE_MIN_SCORE <= score < AUDIT_MIN_SCORE


def test_name_lines_grow_linearly():
    def work(size: int):
        text = "Birthdays\n" + "Nils: 12-MAR-1985\nAmara: 3rd of March 1985\nPaul: 2023-11-02\n" * (size // 60)
        return lambda: list(find_birth_dates_after_names(text, _DATE, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL))
    assert_linear_growth(work, 40000)


# --- keyed lists with blank lines under their heading -----------------------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ('Import errors in the birth_date column:\n\nrow 12: "12MAR85"\nrow 13: "12.MAR.1985"', ["12MAR85", "12.MAR.1985"]),
    ("DOBs to normalise:\n\nline 4 -> 03/12/85\nline 9 -> 12-Mar-1985", ["03/12/85", "12-Mar-1985"]),
    # (a heading without a colon still ends at a blank line; since round 12 the dates are found as any adult's full
    # date, doubtful: birth_date_layouts.find_old_full_dates)
    ("DOBs to normalise\n\n\nline 4 -> 03/12/85\nline 9 -> 12-Mar-1985", ["03/12/85", "12-Mar-1985"]),
])
def test_a_keyed_list_may_start_after_blank_lines(pii, text, values):
    for value in values:
        assert covered(pii, text, value, "DATE_OF_BIRTH") is not None, value


def test_a_keyed_list_ends_at_a_blank_line_after_its_items(pii):
    text = 'Birth dates that failed:\nrow 12: "12MAR85"\n\nBuild log\nrow 40: 2024-01-02'
    assert "2024-01-02" not in found(pii, text, "DATE_OF_BIRTH")


# --- compact birth dates after a cue --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Date of birth: 12031985", "12031985"),
    ("Fecha de nacimiento: 850312", "850312"),
    ("DOB 031285 per the scanned form", "031285"),  # check
    ("geboortedatum: 01021979", "01021979"),  # check
])
def test_compact_birth_dates_after_a_cue(pii, text, value):
    assert covered(pii, text, value, "DATE_OF_BIRTH") is not None


@pytest.mark.parametrize("text", [
    "born to run, track 123456 on the album",
    "Date of birth: unknown. Order 12345678 shipped.",
    "DOB 999999 placeholder",  # no calendar reading
])
def test_no_compact_birth_date_without_a_date_right_after_the_cue(pii, text):
    assert found(pii, text, "DATE_OF_BIRTH") == {}


# --- abbreviated person labels of ids --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("2024-03-05 10:22:01 INFO sync Pt# AB-48213 3 rows", "AB-48213"),
    ("2024-03-05 10:22:01 INFO sync Mbr# MB-20931 1 row", "MB-20931"),
    ("2024-03-05 10:22:01 INFO sync Rx# RX-55120 2 fills", "RX-55120"),
    ("[10:22] donor# D-77812 matched", "D-77812"),  # check
    ("Holder # HC-33190 updated", "HC-33190"),  # check
    ("pat no. P-44210 discharged", "P-44210"),  # check
])
def test_ids_after_abbreviated_person_labels(pii, text, value):
    assert covered(pii, text, value, "ID_NUMBER") is not None


@pytest.mark.parametrize("text", [
    "2024-03-05 10:22:01 INFO Build# B-4821 2 warnings",
    "see the path /var/pt/12 and pattern 4-2",
])
def test_no_id_after_other_labels(pii, text):
    assert found(pii, text, "ID_NUMBER") == {}


# --- CJK labels of a person's record number ---------------------------------------------------------------------------
CJK_DEV = [
    ("张伟，工号A12345，部门财务", "A12345"), ("员工编号：E-20931，入职2019年", "E-20931"), ("会员号MB88120，积分300", "MB88120"),
    ("李娜，学号2019A0312，专业数学", "2019A0312"), ("社員番号：S-4821、田中太郎", "S-4821"), ("학번 2019-12345, 김민수", "2019-12345"),
    ("환자번호: P-44210", "P-44210"), ("病历号：BL-20931，患者王芳", "BL-20931"),
]
CJK_CHECK = [  # written after the change
    ("客户编号: C20931 请核对", "C20931"), ("会員番号は M-77120 です", "M-77120"), ("고객번호는 88120331입니다", "88120331"),
    ("住院號：Z-55012（王小明）", "Z-55012"), ("사번: HR2291 홍길동", "HR2291"),
]


@pytest.mark.parametrize("text, value", CJK_DEV + CJK_CHECK)
def test_ids_after_cjk_labels(pii, text, value):
    assert covered(pii, text, value, "ID_NUMBER") is not None


@pytest.mark.parametrize("text", ["学号未填写，请补充", "工号 ABC 待分配", "版本号 1.2.3，构建 4821", "会员号：无"])
def test_no_id_after_cjk_labels_without_a_code(pii, text):
    assert found(pii, text, "ID_NUMBER") == {}


def test_cjk_labels_grow_linearly():
    from redactor.detect.cjk_id_labels import find_cjk_labelled_ids

    def work(size: int):
        text = "张伟，工号A12345，部门财务。学号未填写，版本号 1.2.3。\n" * (size // 30)
        return lambda: list(find_cjk_labelled_ids(text))
    assert_linear_growth(work, 40000)
