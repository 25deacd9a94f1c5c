"""Round 12 (ids12): birth dates written before their cue, any adult's full date on the wire, password hashes of
the other schemes.

- birth_date_layouts.find_birth_dates_before_cues: a date (or year) right before the words that say it is a birth date,
  in English ("12/03/1985 is my date of birth", "1991-06-22 (dob)") and in the languages whose birth word follows the
  date (`1985年3月12日生まれ`, `1990년 3월 5일생`, `12.05.1983 doğumlu`, `14.08.1979 г.р.`, `der am 03.04.2011 geboren`).
- birth_date_layouts.find_old_full_dates: any full date of a living adult's birth year (12 to 110 years ago), doubtful,
  unless it says it is another date (a label, a preposition of events, a range, a timestamp, a table header naming
  another date).
- secret_formats.yaml password_hash_other_schemes: passlib, phpass, Drupal, LDAP and Django/Werkzeug hashes, whole.

Dev examples first (written before the change), then check sets written after it; negatives for each mechanism.
"""
from __future__ import annotations

import pytest

from redactor.detect.birth_date_layouts import find_birth_dates_before_cues, find_old_full_dates
from redactor.detect.engine import DetectionEngine
from redactor.detect.pii import (_DATE, _OTHER_DATE_LABEL, _TIME_AFTER, PiiDetector, _plausible_birth_date,
                                 _year_of)
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.growth import assert_linear_growth


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered_as(engine: DetectionEngine, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    spans = engine.detect([Segment(text, kind="prose")])[0]
    return any(span.start <= start and start + len(value) <= span.end and span.kind == kind for span in spans)


def kinds_found(engine: DetectionEngine, text: str, kind: str) -> list[str]:
    return [text[span.start:span.end] for span in engine.detect([Segment(text, kind="prose")])[0] if span.kind == kind]


# --- birth dates before their cue -------------------------------------------------------------------------------------
BEFORE_DEV = [
    ("田中 太郎\n1985年3月12日生まれ\n東京都在住", "1985年3月12日"),
    ("김민수 (1990년 3월 5일생) 고객님 계정 잠김 문의", "1990년 3월 5일"),
    ("Name on the card: Emre Yılmaz\n12.05.1983 doğumlu, İzmir", "12.05.1983"),
    ("12/03/1985 is my date of birth, the form keeps rejecting it", "12/03/1985"),
    ("[09:14] Dana: 1991-06-22 (dob) and postcode 2000", "1991-06-22"),
    ("Tom: the kid on the booking is 2015-09-30 born, does he need a seat?", "2015-09-30"),
    ("priya_k: 1996/04/17 is when i was born, the app shows 1996/07/14", "1996/04/17"),
    ("王芳，1989年7月2日出生，身份证已上传", "1989年7月2日"),
    ("User: I'm 1992 born, can I still apply for the youth railcard?", "1992"),
    ("Заявитель: Смирнова Анна Петровна, 14.08.1979 г.р., паспорт приложен", "14.08.1979"),
    ("Mein Sohn, der am 03.04.2011 geboren ist, braucht einen eigenen Ausweis", "03.04.2011"),
    ("ok so 7/22/1964 - that's his birthday, the bank has 7/24", "7/22/1964"),
    ("re the claim: policyholder Jan de Vries, 18-11-1957 geboren te Utrecht", "18-11-1957"),
    ("Klient: Kovács Péter, 1978. 04. 09. született, Budapest", "1978. 04. 09."),
    ("mijn dochter is op 12-02-2009 geboren en heeft nu een eigen rekening nodig", "12-02-2009"),
    ('She wrote "1983-10-30 = DOB" on the back of the form', "1983-10-30"),
    ("Ahmed (born 1979) and his wife, 1982 doğumlu, both on the lease", "1982"),
    ("申请人：李娜，1993年生，现居上海", "1993年"),
    ("90년생 남성 고객 문의입니다", "90년"),
]
# written after the change
BEFORE_CHECK = [
    ("Sorry, typo in my last message - 02.11.1990 is my birthday, not 11.02.1990", "02.11.1990"),
    ("佐藤花子（1978年11月3日生）の保険証の件です", "1978年11月3日"),
    ("Pacjentka: 1954-02-17 urodzona w Krakowie, skierowanie w załączniku", "1954-02-17"),
    ("Ребёнок: Петров Илья, 2016 г.р., группа 3", "2016"),
    ("customer says 1/9/1975 was her DOB on the old account", "1/9/1975"),
    ("이영희 님 1985년 7월 21일 출생, 서울 거주", "1985년 7월 21일"),
    ("Hasta kaydı: Ayşe Demir, 1969 doğumlu, Ankara", "1969"),
    ("dad's passport says 30.06.1951 (date of birth) but the visa form says 1952", "30.06.1951"),
]
BEFORE_NEGATIVES = [
    "该批次于2023年生产，出厂日期见标签",
    "新规定自2020年生效，请查阅",
    "제품은 2023년 3월 5일 생산되었습니다",
    "うちの3年生の息子が受験します",
    "2024-03-12 INFO patient dob updated by nurse station",
    "Since 1998 DOB fields were optional in that schema",
    "Version 2.1 shipped 2021-06-01; the birthday reminder feature came later",
    "the 1990s born generation grew up online",
    "from 2010 birthdays are stored as ISO strings",
    "Invoice 2023-11-02 - born digital archive subscription",
    "Meeting on 2024-02-14: discuss the born-in-cloud migration",
    "Updated 2023-05-05: birthday emails now go out at 9am",
    # from the findings snapshot (our clean texts): a payment's date and, in another cell, its description
    '"Date","Type","Description","Paid out"\n"23 Oct 2025","SO","GRETA LINDQVIST BIRTHDAY","20.00"',
    "2025-10-23,SO,GRETA BIRTHDAY,20.00",
]


@pytest.mark.parametrize("text, value", BEFORE_DEV + BEFORE_CHECK)
def test_a_birth_date_before_its_cue_is_redacted(engine: DetectionEngine, text: str, value: str) -> None:
    assert covered_as(engine, text, value, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", BEFORE_NEGATIVES)
def test_dates_before_other_words_stay(engine: DetectionEngine, text: str) -> None:
    assert kinds_found(engine, text, "DATE_OF_BIRTH") == []


def _before(text: str) -> list[tuple[str, float]]:
    return [(text[start:end], score) for start, end, score in
            find_birth_dates_before_cues(text, _DATE, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL)]


def test_before_cue_scores_and_limits() -> None:
    assert _before("12/03/1985 is my date of birth") == [("12/03/1985", 0.7)]
    assert _before("the kid is 2019-09-30 born") == [("2019-09-30", 0.55)]  # a recent date: a child's, or an event's
    assert _before("2024-01-05, born on 12/03/1985") == []  # the cue's own date follows it (the cue rule reads it)
    assert _before("12/03/1985 and then, much later, after everything else, born") == []  # too far
    assert _before("12/03/1985. Born in Leeds") == []  # another sentence
    assert _before("joined 2001-03-04, then the birthday party") == []  # another date's label
    assert _before("1985年3月12日 生产") == []


def test_the_cue_after_a_date_claims_nothing_after_it(engine: DetectionEngine) -> None:
    # "(dob)" names the date before it; the next number is not a birth year
    assert kinds_found(engine, "1991-06-22 (dob) and postcode 2000", "DATE_OF_BIRTH") == ["1991-06-22"]


def test_before_cue_growth_is_linear() -> None:
    def work(size: int):
        text = "Anna: 12/03/1985 is my birthday, 1990년 3월 5일생, 2023年生产 and born digital. " * size
        return lambda: _before(text)
    assert_linear_growth(work, 3000)


# --- any adult's full date, doubtful ------------------------------------------------------------------------------------
OLD_DEV = [
    ("Please add to the policy\nAnna Berg 12.03.1985\nthanks", "12.03.1985"),
    ("Berg, Anna 1985-03-12", "1985-03-12"),
    ("travellers:\nme - 12/03/1985\nwife - 04/07/1987\nson - 11/11/2015", "04/07/1987"),
    ("Husband: 22.10.1979\nMe: 03.01.1982", "22.10.1979"),
    ("the new hire paperwork has\nSANTOS, MARIA L.\n02-14-1993\nthat's all I have", "02-14-1993"),
    ("my mother - 1949-06-30 - needs the senior fare", "1949-06-30"),
    ("Child 1: 2012-02-29\nChild 2: 2011-07-04", "2012-02-29"),
    ("user: its 04/11/79\nbot: thanks, and the postcode?", "04/11/79"),
    ("père : 03/05/1958", "03/05/1958"),
    ("Geburtsdaten der Familie\nVater 14.02.1970\nMutter 30.09.1972", "14.02.1970"),
    ("Jonas (12.3.1988)", "12.3.1988"),
    ("Spouse DOB\n12.12.1980", "12.12.1980"),
    ("kids:\nEmma 2012-05-09\nNoah 2010-12-01", "2012-05-09"),
    ("Please add to the policy\nAnna Berg,w,12.03.1985", "12.03.1985"),
    ("Pt. seen in clinic. 67 y/o. 03/22/1957. BP 140/90.", "03/22/1957"),
]
# written after the change
OLD_CHECK = [
    ("> 17.05.1973\nthat's the one on her licence", "17.05.1973"),
    ("Gast 2: Sofia Marino, 1990-08-08", "1990-08-08"),
    ("Ich bin Jahrgang 1968, genau 21.06.1968", "21.06.1968"),
    ("Insured persons\nOKAFOR Chidi 05/05/1980\nOKAFOR Ada 09/09/1982", "09/09/1982"),
    pytest.param("ticket #4411: customer wants the date corrected to 28-02-1991 everywhere", "28-02-1991",
                 marks=pytest.mark.xfail(reason="check-set miss: 'to' before a date reads as an event's (a move)")),
    ("Lucía: 14/02/1996 🎂", "14/02/1996"),
    ("wife is 1984.12.01, please add her as second driver", "1984.12.01"),
    ("emergency contact Tomasz Wójcik 1962-10-10 tel in file", "1962-10-10"),
]
OLD_NEGATIVES = [
    "Python 2.7 was released on 2010-07-03 and reached end of life in 2020.",
    "The contract dated 15/03/2009 between Acme and Globex was renewed.",
    "Data covers 1990-01-01 to 2005-12-31, monthly granularity.",
    "Valid 01.01.1999 – 31.12.2004",
    "The Unix epoch is 1970-01-01T00:00:00Z",
    "order_id,order_date,amount\n1001,2011-03-04,19.99\n1002,2011-03-05,5.00",
    "| Version | Date |\n|---|---|\n| 1.0 | 2009-05-01 |\n| 1.1 | 2010-02-11 |",
    "CHANGELOG\n## 1.2.0 - released 2012-05-04\n- fixed parser",
    "As of 31/12/2010 the balance was 4,200 EUR.",
    "Lehman Brothers filed for bankruptcy on September 15, 2008.",
    "The Berlin Wall fell on 9 November 1989.",
    "Date: 12/03/2005\nSubject: quarterly numbers",
    "Between 03/04/2001 and 05/06/2002 the plant was closed.",
    "the backup from 2013-08-19 is the last good one",
    "2011-06-30 14:22:01 ERROR disk full",
    "Meeting moved to 2025-03-04, see you then",  # this decade: no adult's birth date
    # from the findings snapshot (our clean texts): versions that read as dates with two-digit years
    '"@babel/code-frame@^7.22.13":\n  version "7.24.2"\n    buffer-equal-constant-time "1.0.11"',
    "npm i lodash@4.17.21 and ecdsa-sig-formatter 1.0.11",
    # a second set of clean texts written after the change (7 of 12 flagged; 3 after reading past participles and
    # series values as events): the rest stay doubtful DOBs on the wire ("First commit: 2008-02-08", "examples:
    # 2007-04-05", "Load the 2005-06-30 snapshot"), the measured price of the rule
    "Our lease started 01/07/2012 and the landlord wants to raise the rent now.",
    "The SQL Server 2008 R2 instance (installed 2011-04-18) still runs the payroll DB.",
    "The photo EXIF says 2009:06:14 but the file was copied 2010-01-03.",
    "Debian 6.0 was released 6 February 2011.",
    "| Ticker | Date | Close |\n|---|---|---|\n| AAPL | 2008-09-15 | 20.11 |",
    "The warranty ran out on 30/11/2013, so the repair is billable.",
    "Netscape Navigator 1.0 shipped December 15, 1994.",
    "The patent was filed 1998-03-12 and granted in 2001.",
    "Historical rates\n1999-01-04 1.1789\n1999-01-05 1.1790",
]


@pytest.mark.parametrize("text, value", OLD_DEV + OLD_CHECK)
def test_an_adults_full_date_is_redacted(engine: DetectionEngine, text: str, value: str) -> None:
    assert covered_as(engine, text, value, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", OLD_NEGATIVES)
def test_dates_that_say_they_are_events_stay(engine: DetectionEngine, text: str) -> None:
    assert kinds_found(engine, text, "DATE_OF_BIRTH") == []


def _old(text: str) -> list[tuple[str, float]]:
    return [(text[start:end], score) for start, end, score in find_old_full_dates(
        text, PiiDetector._full_dates, _plausible_birth_date, _year_of, _OTHER_DATE_LABEL, _TIME_AFTER)]


def test_old_dates_are_doubtful_and_leave_code(engine: DetectionEngine) -> None:
    assert _old("me - 12/03/1985") == [("12/03/1985", 0.55)]
    assert _old("name,joined,dob\nAnna,2001-02-03,1985-03-12") == [("1985-03-12", 0.55)]  # the header says which
    spans = engine.detect([Segment('born = "1985-03-12"\nrelease = "2001-02-03"', kind="code")])[0]
    assert [span.kind for span in spans if span.kind == "DATE_OF_BIRTH" and span.start > 20] == []


def test_old_dates_growth_is_linear() -> None:
    def work(size: int):
        text = "id,name,created\n" + "".join(f"{index},Anna Berg,12.03.1985\n" for index in range(size))
        return lambda: _old(text)
    assert_linear_growth(work, 4000)


# --- password hashes of the other schemes -----------------------------------------------------------------------------
HASH_DEV = [
    "django: pbkdf2_sha256$600000$kL9mN2bV5cX8$Wq3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2e=",
    "ldap userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g5cXh4",
    "scrypt: $scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
    "htpasswd sha: bob:{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=",
    "drupal7 $S$DqxT3vP9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS",
    "wp_users row: user_pass = $P$BxT7q9eR2tY5uI8oP1aS4dF7gH0jK3l.",
]
# written after the change
HASH_CHECK = [
    "passlib gave me $pbkdf2-sha256$29000$N2YuFKIsZc35X6t1rvY.YA$Vyk0ZVskE9uOE2LXvYZoGUwTFMs0xXxTr5oKJyhZnhc",
    "werkzeug: pbkdf2:sha256:600000$Xk2mQ9pL$9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "openldap olcRootPW {SSHA512}Z2V0c29tZXNhbHR5aGFzaGVkdmFsdWVzaGVyZWFuZG1vcmU=",
    "old django user row: sha1$a1b2c$6f1ed002ab5595859014ebf0951522d9f7d4f3a5",
]
HASH_NEGATIVES = [
    "The price is $5$ per unit in the spreadsheet template",
    "use {SHA} as the scheme prefix in the LDAP config docs",
    "echo $PATH$HOME",
]


@pytest.mark.parametrize("text", HASH_DEV + HASH_CHECK)
def test_a_password_hash_is_redacted_whole(engine: DetectionEngine, text: str) -> None:
    value = text.split()[-1].split(":", 1)[-1] if "bob:" in text else text.split()[-1]
    assert covered_as(engine, text, value, "PASSWORD_HASH")


@pytest.mark.parametrize("text", HASH_NEGATIVES)
def test_hash_scheme_words_alone_stay(engine: DetectionEngine, text: str) -> None:
    assert kinds_found(engine, text, "PASSWORD_HASH") == []
