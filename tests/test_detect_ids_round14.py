"""Round 14 (ids14): identifiers and birth dates read as classes (blind9..12 were read only as coarse tables).

- Month words of more languages (`pii._FOREIGN_MONTHS`, `_MORE_MONTHS`): Slavic, Baltic, Finnish, Hungarian, Romanian,
  Greek, Indonesian, Catalan, Cyrillic, Hebrew, Arabic, Thai (Buddhist-era years), Hindi, in the forms dates take
  (genitives, partitives), so every reader of `_DATE` reads them; Hungarian year-first dates (`1984. március 12.`).
- The year of birth in more languages (`Geburtsjahr`, `Jahrgang`, `année de naissance`, `rok urodzenia`,
  `год рождения`, `出生年份`) and "born" in more languages, as birth cues; a year alone in a birth column's cell;
  "born in '84".
- Id, record and bank-account words of more languages and scripts as cues of `ids_near_cues.py` (`счёт`, `numer konta`,
  `číslo účtu`, `nomor rekening`, `Patientennummer`, `kimlik numarası` ...); a bank account under any key naming one
  (`to_account=`, `payee_account`), six digits or more; a labelled id's last space-separated group up to ten digits;
  a near-cue value wider than a finding that holds only a piece of it.
- A table column named by a plate word (`kenteken`, `Kennzeichen`, `licence_plate`) holds plates without a vehicle
  header.

Dev examples were written before each change, check sets after it; negatives for each mechanism.
"""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment
from tests.detection_support import covered
from tests.growth import assert_linear_growth

ID_KINDS = {"ID_NUMBER", "NATIONAL_ID", "TAX_ID", "SSN", "DATE_OF_BIRTH", "LICENSE_PLATE", "PASSPORT", "IBAN"}
KNOWN_MISSES = {'10 44 71 / 3': "a check digit after ' / ' is not read as part of the number", '1985 m. kovo 12 d.': "Lithuanian 'YYYY m. month DD d.' layout not read", '12 במרץ 1985': "a date after a Hebrew prefix and a dash ('ב-12') is refused by _DATE's look-behind", '1968': "'classe 1968' (Italian) is no birth cue: too ambiguous", '1966': "'f. 1966' (Norwegian) is no birth cue: too ambiguous", '4510': 'a four-digit passport series alone is too short for ids_near_cues', '1984. március 12.': 'the trailing dot of the Hungarian date stays outside the span (the date is covered)'}


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


# --- dev sets (written before the changes) ------------------------------------------------------------------------------
LABELLED_DEV = [
    ('Hi, my Kontonummer is 12 3456 7890, please refund there.', '12 3456 7890'),
    ('N° de compte : 00012 34567 89 — banque postale', '00012 34567 89'),
    ('Rekeningnummer: 1234.56.789 t.n.v. J. de Vries', '1234.56.789'),
    ('número de cuenta: 0049-1500-05-1234567890', '0049-1500-05-1234567890'),
    ('{"customer": "Rosa Lind", "account_no": "0412 558 193", "status": "active"}', '0412 558 193'),
    ('Номер счёта: 40817 810 0 9999 1234567', '40817 810 0 9999 1234567'),
    ('Personalausweisnummer: L01X00T47 (gültig bis 2031)', 'L01X00T47'),
    ('ID nr. 8501 0112 345 — please mask this before sending', '8501 0112 345'),
    ('Numéro de sécurité sociale : 1 85 05 78 006 084 36', '1 85 05 78 006 084 36'),
    ('Серия и номер паспорта: 45 09 123456', '45 09 123456'),
    ('Member No. 4471 2093 55\nPlan: Gold', '4471 2093 55'),
    ('Kundennummer: 10 44 71 / 3', '10 44 71 / 3'),
    ('{"nationalId": "850312 1234", "country": "SE"}', '850312 1234'),
    ('Kennzeichen: B-MW 4471, Halter: Stefan Kuhn', 'B-MW 4471'),
    ('Matrícula del coche: 1234 BCD', '1234 BCD'),
    ('name;kenteken;datum\nP. Jansen;12-ABC-3;2024-02-01\nK. Smit;GH-442-K;2024-02-03', 'GH-442-K'),
    ('Name,Plate,Model\nAisha Khan,KT19 XRW,Golf\nLiam Roy,LD68 PNV,Polo', 'LD68 PNV'),
    ('Cuenta bancaria 2100 0418 45 0200051332', '2100 0418 45 0200051332'),
    ('patient id - 44 1093 27', '44 1093 27'),
    ("Carte d'identité n° 0907 75 12345 6", '0907 75 12345 6'),
    ('Konto: 1234 567 89, BLZ 37040044', '1234 567 89'),
    ('user: Dmitri K.\nИНН 7707 0830 8934', '7707 0830 8934'),
]

BIRTH_DEV = [
    ('Jan Novák, nar. 3. března 1982, bytem Brno', '3. března 1982'),
    ('Sie ist am 12. März 1985 in Graz geboren.', '12. März 1985'),
    ('Mme Leroy, née le 3 février 1979 à Lyon', '3 février 1979'),
    ('El paciente, nacido el 5 de mayo de 1990, refiere dolor.', '5 de mayo de 1990'),
    ('дата рождения: 12 марта 1985 г.', '12 марта 1985'),
    ("DOB 3rd Jan '85, NHS no on file", "3rd Jan '85"),
    ('data di nascita 12 aprile 1988', '12 aprile 1988'),
    ('urodzony 12 marca 1985 w Krakowie', '12 marca 1985'),
    ('Mia Okafor (b. 1991) joined the board in March.', '1991'),
    ('Birth year: 1988\nGender: F', '1988'),
    ('fødselsdato: 12.03.85', '12.03.85'),
    ('Jane Doe, 12.3.1985, female, London', '12.3.1985'),
    ('Geburtsdatum\n1.2.1985', '1.2.1985'),
    ('생년월일: 1985년 3월 12일', '1985년 3월 12일'),
    ('تاريخ الميلاد: 12 مارس 1985', '12 مارس 1985'),
    ('YOB 1964, non-smoker', '1964'),
    ('name,born,city\nAna Sousa,1984,Porto\nTom Reyes,1979,Lima', '1979'),
    ('he was born in 1972 and moved here after the war', '1972'),
    ('Geboren: 4 juli 1966', '4 juli 1966'),
    ('Born: 14 Sept 1979', '14 Sept 1979'),
    ('My daughter was born on the 2nd of November 2009.', '2nd of November 2009'),
    ('doğum tarihi: 12 Mart 1985', '12 Mart 1985'),
]

TRANSFER_DEV = [
    ('Please transfer £250 to sort code 20-00-00 account 55779911 by Friday.', '55779911'),
    ('wire it to routing 021000021, account 483920117, Chase', '483920117'),
    ('Can you send the refund to account 12345678? thanks', '12345678'),
    ("I paid it into acct 0012345678 yesterday but it hasn't cleared", '0012345678'),
    ('Bitte die Überweisung auf Konto 1234567890 bei der Sparkasse', '1234567890'),
    ('Faites le virement sur le compte 12345678901 avant lundi', '12345678901'),
    ('necesito transferir a la cuenta 0123456789 hoy', '0123456789'),
    ('deposit to 4471 2093 5581 (my Chase checking)', '4471 2093 5581'),
    ('BSB 062-000 Acc 1234 5678', '1234 5678'),
    ('2024-03-01 12:00:01 INFO transfer from_account=1234567890 to_account=9876543210 amount=100.00', '9876543210'),
    ('{"beneficiary_account": "0001234567", "amount": 100, "currency": "USD"}', '0001234567'),
    ('переведите на счёт 40817810099991234567, пожалуйста', '40817810099991234567'),
    ('Graag overmaken op rekening 1234567 t.n.v. Jansen', '1234567'),
    ('NZ bank a/c 12-3456-7890123-00 for the bond', '12-3456-7890123-00'),
    ('the direct debit from 12345678 failed twice this month', '12345678'),
    ('Pay the invoice to: Lloyds, 30-94-57, 01234567', '01234567'),
    ('Remittance: ACH to 026009593 / 8841 2290 11', '8841 2290 11'),
]

MONTHS_DEV = [
    ('Pacient: Jan Novák\n3. března 1982\nBrno', '3. března 1982'),
    ('Иванов Пётр Сергеевич, 12 марта 1985, Москва', '12 марта 1985'),
    ('Петренко Олена, 4 квітня 1979 р., Київ', '4 квітня 1979'),
    ('Ana Horvat, rođena 14. svibnja 1983.', '14. svibnja 1983'),
    ('Kovács Éva, 1984. március 12., Szeged', '1984. március 12.'),
    ('Mikko Virtanen, s. 12. maaliskuuta 1985', '12. maaliskuuta 1985'),
    ('Γεώργιος Παπαδόπουλος, 12 Μαρτίου 1985', '12 Μαρτίου 1985'),
    ('Ion Popescu, născut pe 3 martie 1979', '3 martie 1979'),
    ('Jonas Kazlauskas, 1985 m. kovo 12 d.', '1985 m. kovo 12 d.'),
    ('สมชาย ใจดี เกิดวันที่ 12 มีนาคม 2528', '12 มีนาคม 2528'),
    ('דוד כהן, נולד ב-12 במרץ 1985', '12 במרץ 1985'),
    ('Budi Santoso, lahir 17 Agustus 1980 di Bandung', '17 Agustus 1980'),
    ('Marta Puig, nascuda el 3 de març de 1987', '3 de març de 1987'),
    ('Lars Berg, født 12. august 1971 i Bergen', '12. august 1971'),
    ('Ayşe Yılmaz, 12 Mart 1985 doğumlu', '12 Mart 1985'),
    ('name,birthday\nJiho Park,1985년3월12일', '1985년3월12일'),
    ('Mme Dubois (3 mars 1948) habite à Nantes', '3 mars 1948'),
]

YEARS_DEV = [
    ('Geburtsjahr: 1984', '1984'),
    ('Jahrgang 1979, wohnhaft in Köln', '1979'),
    ('année de naissance : 1990', '1990'),
    ('año de nacimiento 1986', '1986'),
    ('rok urodzenia: 1975', '1975'),
    ('год рождения — 1982', '1982'),
    ('出生年份：1988', '1988'),
    ('nom,prenom,annee_naissance\nMartin,Paul,1971', '1971'),
    ('Kim Lee (born 1993) is the applicant', '1993'),
    ('Paolo Rossi, classe 1968, residente a Torino', '1968'),
    ('| Name | Born |\n|---|---|\n| Eva Blom | 1958 |', '1958'),
    ('Ole Hansen, f. 1966', '1966'),
    ("I was born in '84 in Leeds", "'84"),
    ('geboortejaar 1977', '1977'),
    ('Ms Chen, DOB 1961, lives alone', '1961'),
]

# --- check sets (written after the changes) -----------------------------------------------------------------------------
MONTHS_CHECK = [
    ('Klientka: Petra Dvořáková, datum: 21. října 1979, tel. na recepci', '21. října 1979'),
    ('Олег Смирнов — 7 ноября 1981 — Санкт-Петербург', '7 ноября 1981'),
    ('Ivana Marić (2. veljače 1990.) prijavila se jučer', '2. veljače 1990'),
    ('| Nagy Péter | 1975. június 3. | Debrecen |', '1975. június 3'),
    ('Anna Nowak; 14 lutego 1986; Gdańsk', '14 lutego 1986'),
    ('Ελένη Κωνσταντίνου, 30 Ιουνίου 1972, Αθήνα', '30 Ιουνίου 1972'),
    ('Siti Rahmawati - 5 Desember 1988 - Surabaya', '5 Desember 1988'),
    ('Pau Ferrer, 9 de juliol de 1983, Girona', '9 de juliol de 1983'),
    ('Jonna Laine 24. helmikuuta 1969 Tampere', '24. helmikuuta 1969'),
    ('Тарас Шевченко, 9 березня 1984, Львів', '9 березня 1984'),
    ('Kaisa Tamm, sündinud 12. märts 1977', '12. märts 1977'),
    ('Ioana Dumitrescu — 19 septembrie 1991', '19 septembrie 1991'),
]

YEARS_CHECK = [
    ('Geburtsjahr 1959, verwitwet, zwei Kinder', '1959'),
    ('Data: sexo F, año de nacimiento: 1993', '1993'),
    ('first,last,birth_year\nOmar,Haddad,1987\nLena,Fischer,1990', '1990'),
    ('Opiekun: Jan Kowal, rok urodzenia 1948', '1948'),
    ('Год рождения: 1979; гражданство: РФ', '1979'),
    ('Naam;Geboortejaar\nSanne de Wit;1995', '1995'),
    ("she was born in '79, I think", "'79"),
    ('Kovács Anna, születési év: 1982', '1982'),
]

IDS_CHECK = [
    ('Прошу вернуть деньги на счёт 40702 810 3 3800 0012345', '40702 810 3 3800 0012345'),
    ('Mój numer konta to 61 1090 1014 0000 0712 1981 2874', '61 1090 1014 0000 0712 1981 2874'),
    ('Číslo účtu: 19-2000145399/0800', '19-2000145399/0800'),
    ('Nomor rekening BCA saya 523 078 4411 a.n. Dewi', '523 078 4411'),
    ('{"payee_account": "40817810500001234567", "sum": 1500}', '40817810500001234567'),
    ('ts=2024-05-02T10:11:12Z level=info msg=payout dest_account=0011223344 status=ok', '0011223344'),
    ('Kimlik numarası 10000000146 olan müşteri aradı', '10000000146'),
    ('Мой СНИЛС и паспорт: паспорта серия 4510 номер 123456', '4510'),
    ('Számlaszám: 11773016-11111018-00000000', '11773016-11111018-00000000'),
    ('seu número do cliente é 88 1120 443', '88 1120 443'),
    ('Patientennummer 77 0412 9 bitte auf dem Rezept ergänzen', '77 0412 9'),
    ('Tilinumero FI: 123456-785 (vanha muoto)', '123456-785'),
]

PLATES_CHECK = [
    ('naam,kenteken\nJ. Bakker,KZ-418-T\nM. Visser,3-TRK-91', 'KZ-418-T'),
    ('Fahrer;Kennzeichen;Abteilung\nT. Krüger;HH-TK 812;Vertrieb', 'HH-TK 812'),
    ('| Owner | Plate |\n|---|---|\n| Rita Gomes | 45-QZ-19 |', '45-QZ-19'),
    ('nombre,matrícula\nLuis Pardo,4471 KLM', '4471 KLM'),
]

NEGATIVES = [
    'Release 3 mars 2021 brought the new parser; see the changelog.',
    'The meeting is on 12 марта 2024 at 10:00 in room 4.',
    'Sprint report: 14 lutego 2023 velocity 42, 28 lutego 2023 velocity 39.',
    'Our account team will call you about the 2024 renewal.',
    'Please account for 1250000 users in the capacity plan.',
    'tenir compte de la version 12345678 du protocole',
    'name,plate,dish\nAna,P12,soup\nTom,P14,salad',
    # Known false finding: the birth-year cue reads a journal's volume year. Until round 33 the model's false person
    # 'Jahrgang 2019' swallowed it (so no id kind showed); dropping that person exposed the year.
    pytest.param('Jahrgang 2019 of the Zeitschrift has 12 issues.', marks=pytest.mark.xfail(
        strict=True, reason="the birth-year cue 'Jahrgang' takes a publication's volume year")),
    'account: staging\nregion: eu-west-1',
    'rok 2023 był dobry dla firmy',
]

ALL = (LABELLED_DEV + BIRTH_DEV + TRANSFER_DEV + MONTHS_DEV + YEARS_DEV + MONTHS_CHECK + YEARS_CHECK + IDS_CHECK
       + PLATES_CHECK)


@pytest.mark.parametrize("text,value", ALL)
def test_value_is_covered(engine: DetectionEngine, text: str, value: str) -> None:
    if value in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[value])
    assert covered(engine, text, value)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_stay_clean(engine: DetectionEngine, text: str) -> None:
    spans = engine.detect([Segment(text, kind="prose")])[0]
    assert not [text[span.start:span.end] for span in spans if span.kind in ID_KINDS]


def test_thai_buddhist_year_and_future_dates(engine: DetectionEngine) -> None:
    assert covered(engine, "วันเกิด 12 มีนาคม 2528", "12 มีนาคม 2528")
    spans = engine.detect([Segment("Termin: 12 марта 2031 года", kind="prose")])[0]
    assert not [span for span in spans if span.kind == "DATE_OF_BIRTH"]  # a future date is nobody's birth


def test_bank_key_wants_a_number(engine: DetectionEngine) -> None:
    spans = engine.detect([Segment('{"account": "ops-7", "konto": "main"}', kind="prose")])[0]
    assert not [span for span in spans if span.kind == "ID_NUMBER"]


def test_month_words_and_cues_grow_linearly(engine: DetectionEngine) -> None:
    line = "Олег, 7 ноября 1981; konto 1234 5678 90; Geburtsjahr 1959; 3. března 1982 | kenteken | KZ-418-T\n"

    def work(size: int):
        text = line * (size // len(line))
        return lambda: engine.detect([Segment(text, kind="prose")])

    assert_linear_growth(work, 8000)
