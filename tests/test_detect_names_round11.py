"""One-word names in data cells, names in capitals and unlisted capitalised words in prose (round 11).

Three broad mechanisms for the commonest leaked person on unread text, a name of one word:
- a word standing as a whole data cell (CSV/TSV/pipe cell, listing line, parenthesised list, blank-aligned column)
  in tool output, or on a table row in prose: a listed name at 0.7, an unlisted word no list explains doubtful;
- a word in capitals outside code that a name list holds or no list explains: doubtful;
- a capitalised word no list explains in a sentence of English prose: doubtful.
Dev cases were written before the change; check cases after it and never tuned on. Measured on the full
detector (main -> branch): cells dev 15/34 -> 33/34, check 5/18 -> 15/18; capitals dev 1/16 -> 15/16,
check 2/8 -> 6/8; prose dev 37/39 -> 37/39, check 7/8 -> 7/8 (the model finds most there). Misses kept out of the
asserted lists: a log line "packed by Wojcik", a header cell "passenger" over a two-letter cell row, an indented
listing line, a caps cell under a numbered row, caps words over ten letters no list holds, "Ebere" beside "Invite".
"""
from __future__ import annotations

import pytest

from tests.growth import assert_linear_growth
from redactor.detect.base import DetectionInput
from redactor.detect.confidence import AUDIT_MIN_SCORE, WIRE_MIN_SCORE
from redactor.detect.name_cells import names_in_capitals, one_word_name_score, one_word_names_in_cells
from redactor.detect.ner import NerDetector, _unlisted_capitalised_words


@pytest.fixture(scope="module")
def ner() -> NerDetector:
    return NerDetector()


def covered(ner: NerDetector, text: str, kind: str, name: str) -> bool:
    """Whether the wire redacts `name` (as a person, or as what the model took it for)."""
    start = text.index(name)
    return any(s.score >= WIRE_MIN_SCORE and s.start <= start and start + len(name) <= s.end
               for s in ner.detect(DetectionInput(text, kind)))


def people(ner: NerDetector, text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in ner.detect(DetectionInput(text, kind)) if s.kind == "PERSON"]


@pytest.mark.parametrize("text, kind, name", [
    # dev
    ('id,assignee,status\n1042,Okafor,open\n1043,Lindqvist,closed', 'tool_result', 'Okafor'),
    ('id,assignee,status\n1042,Okafor,open\n1043,Lindqvist,closed', 'tool_result', 'Lindqvist'),
    ('| ticket | owner | prio |\n|---|---|---|\n| T-12 | Ferreira | P2 |\n| T-13 | Abernathy | P1 |', 'tool_result', 'Ferreira'),
    ('| ticket | owner | prio |\n|---|---|---|\n| T-12 | Ferreira | P2 |\n| T-13 | Abernathy | P1 |', 'tool_result', 'Abernathy'),
    ('Attendees:\nMarguerite\nTakumi\nBolanle', 'tool_result', 'Marguerite'),
    ('Attendees:\nMarguerite\nTakumi\nBolanle', 'tool_result', 'Takumi'),
    ('Attendees:\nMarguerite\nTakumi\nBolanle', 'tool_result', 'Bolanle'),
    ('2024-03-01\tRefund\tAlvarez\t49.00\n2024-03-02\tCharge\tMbatha\t12.50', 'tool_result', 'Alvarez'),
    ('2024-03-01\tRefund\tAlvarez\t49.00\n2024-03-02\tCharge\tMbatha\t12.50', 'tool_result', 'Mbatha'),
    ('| 17 | Mbeki | Cape Town | active |\n| 18 | Halvorsen | Oslo | inactive |', 'tool_result', 'Mbeki'),
    ('| 17 | Mbeki | Cape Town | active |\n| 18 | Halvorsen | Oslo | inactive |', 'tool_result', 'Halvorsen'),
    ('SURNAME    GIVEN     DEPT\nKOVACS     ILONA     FIN\nOYELOWO    DAVID     OPS', 'tool_result', 'KOVACS'),
    ('SURNAME    GIVEN     DEPT\nKOVACS     ILONA     FIN\nOYELOWO    DAVID     OPS', 'tool_result', 'OYELOWO'),
    ('09:00  Standup  (Rahel, Dmitri, Oskar)', 'tool_result', 'Rahel'),
    ('09:00  Standup  (Rahel, Dmitri, Oskar)', 'tool_result', 'Dmitri'),
    ('09:00  Standup  (Rahel, Dmitri, Oskar)', 'tool_result', 'Oskar'),
    ('    12\tTiago\n     7\tAyodele\n     3\tSandrine', 'tool_result', 'Tiago'),
    ('    12\tTiago\n     7\tAyodele\n     3\tSandrine', 'tool_result', 'Ayodele'),
    ('    12\tTiago\n     7\tAyodele\n     3\tSandrine', 'tool_result', 'Sandrine'),
    ('5519,Delacroix,2023-11-02,paid\n5520,Nakashima,2023-11-03,refunded', 'tool_result', 'Delacroix'),
    ('5519,Delacroix,2023-11-02,paid\n5520,Nakashima,2023-11-03,refunded', 'tool_result', 'Nakashima'),
    ('1. Svetlana  - 1420 pts\n2. Kiran - 1315 pts', 'tool_result', 'Svetlana'),
    ('1. Svetlana  - 1420 pts\n2. Kiran - 1315 pts', 'tool_result', 'Kiran'),
    ('Room 204: Eszter\nRoom 205: Bartholomew\nRoom 206: (empty)', 'tool_result', 'Eszter'),
    ('Room 204: Eszter\nRoom 205: Bartholomew\nRoom 206: (empty)', 'tool_result', 'Bartholomew'),
    ('Found 2 matches:\n  Castellanos (score 0.91)\n  Adeyemi (score 0.77)', 'tool_result', 'Castellanos'),
    ('Found 2 matches:\n  Castellanos (score 0.91)\n  Adeyemi (score 0.77)', 'tool_result', 'Adeyemi'),
    ('shift_log.txt\nMON  early  NDLOVU\nTUE  late   FERNANDES', 'tool_result', 'NDLOVU'),
    ('shift_log.txt\nMON  early  NDLOVU\nTUE  late   FERNANDES', 'tool_result', 'FERNANDES'),
    ('Results: Quigley; Zielinski; Arrowsmith', 'tool_result', 'Quigley'),
    ('Results: Quigley; Zielinski; Arrowsmith', 'tool_result', 'Zielinski'),
    ('Results: Quigley; Zielinski; Arrowsmith', 'tool_result', 'Arrowsmith'),
    ('order 881 | customer: Gallagher | total 42.10 EUR', 'tool_result', 'Gallagher'),
    # check
    ('courier,parcel,depot\nAbiodun,PX-221,North\nSkarsgard,PX-222,South', 'tool_result', 'Abiodun'),
    ('courier,parcel,depot\nAbiodun,PX-221,North\nSkarsgard,PX-222,South', 'tool_result', 'Skarsgard'),
    ('| seat | passenger |\n|------|-----------|\n| 3A | Moyo |\n| 3B | Lemaire |', 'tool_result', 'Lemaire'),
    ('On call rota\n  Jaroslav\n  Imogen\n  Tunde', 'tool_result', 'Imogen'),
    ('On call rota\n  Jaroslav\n  Imogen\n  Tunde', 'tool_result', 'Tunde'),
    ('2025-01-07\t14:00\tDentist\tHalloran\n2025-01-08\t09:30\tCheck-up\tEzeji', 'tool_result', 'Halloran'),
    ('2025-01-07\t14:00\tDentist\tHalloran\n2025-01-08\t09:30\tCheck-up\tEzeji', 'tool_result', 'Ezeji'),
    ('Top contributors (Mirela, Kasimir, Odalys) merged 41 PRs', 'tool_result', 'Mirela'),
    ('Top contributors (Mirela, Kasimir, Odalys) merged 41 PRs', 'tool_result', 'Kasimir'),
    ('Top contributors (Mirela, Kasimir, Odalys) merged 41 PRs', 'tool_result', 'Odalys'),
    ('ROW  CLIENT       BALANCE\n1    VILLANUEVA   120.00\n2    ACHTERBERG   15.50', 'tool_result', 'ACHTERBERG'),
    ('Seat 12: Thandeka\nSeat 13: Ruslan', 'tool_result', 'Thandeka'),
    ('Seat 12: Thandeka\nSeat 13: Ruslan', 'tool_result', 'Ruslan'),
    ('matches; Fairweather; Oduya; Lindgren', 'tool_result', 'Oduya'),
    ('matches; Fairweather; Oduya; Lindgren', 'tool_result', 'Lindgren'),
])
def test_one_word_name_in_a_data_cell(ner: NerDetector, text: str, kind: str, name: str) -> None:
    assert covered(ner, text, kind, name)


@pytest.mark.parametrize("text, kind, name", [
    # dev
    ('PICKUP FOR ADEYEMI AT GATE 4', 'prose', 'ADEYEMI'),
    ('hey can you check the parcel for MBEKI, it was marked undeliverable', 'prose', 'MBEKI'),
    ('Room 12 - GALLAGHER - checkout 11am', 'prose', 'GALLAGHER'),
    ('TODO: ask FITZGERALD about the lease', 'prose', 'FITZGERALD'),
    ('The form says SURNAME: blank, so I wrote NWOSU by hand.', 'prose', 'NWOSU'),
    ('NOTE TO SELF: PAY OYELARAN BACK 40 EUR', 'prose', 'OYELARAN'),
    ('Order #5512 shipped to HALVORSEN via DHL', 'prose', 'HALVORSEN'),
    ("The badge printer shows ZIELINSKI instead of the new hire's name.", 'prose', 'ZIELINSKI'),
    ('[09:14] TUOMINEN: restarted the pump', 'prose', 'TUOMINEN'),
    ('Winner of the raffle: QUIGLEY (ticket 221)', 'prose', 'QUIGLEY'),
    ('patient CASTELLANOS, bed 7, nil by mouth', 'prose', 'CASTELLANOS'),
    ('ATTN ACCOUNTS - INVOICE DISPUTE RAISED BY DELACROIX', 'prose', 'DELACROIX'),
    ('Seat 14C: MWANGI OTIENO', 'prose', 'MWANGI OTIENO'),
    ('Who is KOWALCZYK? He keeps emailing support.', 'prose', 'KOWALCZYK'),
    ('re: refund for BRANNIGAN - approved', 'prose', 'BRANNIGAN'),
    # check
    ('DELIVER TO OKORIE, REAR ENTRANCE', 'prose', 'OKORIE'),
    ('VISITOR LOG - LINDQVIST - 10:40 - MEETING ROOM B', 'prose', 'LINDQVIST'),
    ('lol the cake says HAPPY BIRTHDAY SEGUN', 'prose', 'SEGUN'),
    ('Parking permit issued to MACHARIA, bay 22', 'prose', 'MACHARIA'),
    ('CASE 4471: CLAIMANT ABERNETHY VS ACME LTD', 'prose', 'ABERNETHY'),
    ('Reservation under RAMANATHAN for 6 people', 'prose', 'RAMANATHAN'),
])
def test_name_in_capitals(ner: NerDetector, text: str, kind: str, name: str) -> None:
    assert covered(ner, text, kind, name)


@pytest.mark.parametrize("text, kind, name", [
    # dev
    ('Can you loop in Oyelaran on the vendor thread before Friday?', 'prose', 'Oyelaran'),
    ('Per Thorvaldsen, the shipment left the port on time.', 'prose', 'Thorvaldsen'),
    ('Ticket reassigned to Nwachukwu after the escalation on Monday.', 'prose', 'Nwachukwu'),
    ('Okonjo and I reviewed the draft; comments are inline.', 'prose', 'Okonjo'),
    ('We still owe Baptiste a refund for the damaged chair.', 'prose', 'Baptiste'),
    ('Apparently Grzegorz already rebooted the router twice.', 'prose', 'Grzegorz'),
    ('lunch with Anneliese moved to 1pm, can you update the invite', 'prose', 'Anneliese'),
    ('I told Haruto the deadline is firm and he agreed.', 'prose', 'Haruto'),
    ('Feedback from Ximena on the onboarding flow: it is confusing on mobile.', 'prose', 'Ximena'),
    ("Vikram's laptop still won't join the VPN after the update.", 'prose', 'Vikram'),
    ('Forwarding this to Dagny since she handles payroll questions.', 'prose', 'Dagny'),
    ('Spoke to Tuominen at the bank; the transfer is still pending.', 'prose', 'Tuominen'),
    ("The quote Rasmussen sent is 20% higher than last year's.", 'prose', 'Rasmussen'),
    ('My landlord, Papadakis, keeps ignoring the repair requests.', 'prose', 'Papadakis'),
    ('When Brannigan signs off we can release the funds.', 'prose', 'Brannigan'),
    ('Could you check whether Ekwueme got the parcel? Tracking says delivered.', 'prose', 'Ekwueme'),
    ('Reminder: Szabolcs needs the laptop back by the 14th.', 'prose', 'Szabolcs'),
    ('Ngozi wants the figures by Friday.', 'prose', 'Ngozi'),
    ('Tariq: can you re-run the export? the last one was truncated', 'prose', 'Tariq'),
    ('ok so Tendai says the invoice is wrong again', 'prose', 'Tendai'),
    ('Marisol is out today, covering for her.', 'prose', 'Marisol'),
    ('Sent the contract over. Kjetil will countersign tomorrow.', 'prose', 'Kjetil'),
    ('please cc Yevgenia on the reply', 'prose', 'Yevgenia'),
    ('Meeting notes\nPresent: Obiora, Lucienne\nApologies: Radka', 'prose', 'Obiora'),
    ('Meeting notes\nPresent: Obiora, Lucienne\nApologies: Radka', 'prose', 'Lucienne'),
    ('Meeting notes\nPresent: Obiora, Lucienne\nApologies: Radka', 'prose', 'Radka'),
    ('The report Aoife wrote is attached below.', 'prose', 'Aoife'),
    ('Thanks Bongani, that fixed it!', 'prose', 'Bongani'),
    ('Hi team, Zsofia from accounts here. Where is the Q2 file?', 'prose', 'Zsofia'),
    ('We had a call with Eero yesterday about the renewal.', 'prose', 'Eero'),
    ('Ask Wanjiru whether the van is free on Saturday', 'prose', 'Wanjiru'),
    ('Ruairi and Phuong both flagged the same bug.', 'prose', 'Phuong'),
    ('My son Kofi has a peanut allergy, please note it on his file.', 'prose', 'Kofi'),
    ('Draft reply to Ingibjorg below - make it more polite.', 'prose', 'Ingibjorg'),
    ('Status: waiting on Dragomir for the signed copy.', 'prose', 'Dragomir'),
    ('BOOKING REF 88X - GUEST OKONKWO - 2 NIGHTS', 'prose', 'OKONKWO'),
    ('Landlord is Mr Vasquez-Rourke and he never answers.', 'prose', 'Vasquez-Rourke'),
    # check
    ('Quick one: did Obafemi ever send the receipts?', 'prose', 'Obafemi'),
    ('I think Maelle is handling the Lyon account now.', 'prose', 'Maelle'),
    ('Sunniva called twice this morning about the boiler.', 'prose', 'Sunniva'),
    ("The flat is under Kowalewska's name, not mine.", 'prose', 'Kowalewska'),
    ('we should give Thuy the admin rights before she starts', 'prose', 'Thuy'),
    ('Apparently Rangi booked the same room for Thursday.', 'prose', 'Rangi'),
    ("Can Ilkka approve the expense while I'm away?", 'prose', 'Ilkka'),
])
def test_one_word_name_in_prose(ner: NerDetector, text: str, kind: str, name: str) -> None:
    assert covered(ner, text, kind, name)


@pytest.mark.parametrize("text, kind", [
    ('id,status,region\n1042,open,EU\n1043,closed,US', 'tool_result'),
    ('| service | state | version |\n|---|---|---|\n| Gateway | Running | 1.4.2 |\n| Scheduler | Degraded | 2.0.0 |', 'tool_result'),
    ('NAME        READY   STATUS    RESTARTS\nredis-0     1/1     Running   0\nnginx-7d9   1/1     Pending   2', 'tool_result'),
    ('PASSED tests/test_api.py::test_login\nFAILED tests/test_api.py::test_logout - AssertionError', 'tool_result'),
    ('Package    Version\n---------- -------\nDjango     4.2.1\nCelery     5.3.0\nPydantic   2.5.0', 'tool_result'),
    ('2024-05-02 10:11:03 WARN Retrying connection to Postgres (attempt 3)', 'tool_result'),
    ('Month,Revenue,Churn\nJanuary,1200,0.02\nFebruary,1350,0.03', 'tool_result'),
    ('Country | Capital\nFrance | Paris\nKenya | Nairobi', 'tool_result'),
    ('drwxr-xr-x  5 root root 4096 Mar  3 10:02 Documents\n-rw-r--r--  1 root root  220 Mar  3 10:02 Makefile', 'tool_result'),
    ('region,tier,status\nNorth,Gold,Active\nSouth,Silver,Suspended', 'tool_result'),
    ('| step | result |\n|---|---|\n| Build | Passed |\n| Deploy | Skipped |', 'tool_result'),
    ('Plugins loaded (Prettier, Eslint, Stylelint)', 'tool_result'),
    ('STAGE      STATUS\nCompile    OK\nPackage    FAILED', 'tool_result'),
    ('Colour: Turquoise\nSize: Medium\nMaterial: Cotton', 'tool_result'),
    ('lang,share\nPython,41\nTypeScript,33\nKotlin,9', 'tool_result'),
])
def test_cells_of_things_stay_clean(ner: NerDetector, text: str, kind: str) -> None:
    assert people(ner, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ('URGENT: THE SERVER IS DOWN, PLEASE RESTART IT ASAP', 'prose'),
    ('ERROR: connection refused (ECONNREFUSED) while calling the API', 'prose'),
    ('SELECT name FROM users WHERE active = TRUE', 'prose'),
    ('Set DEBUG=false and LOGLEVEL to WARNING before shipping.', 'prose'),
    ('IMPORTANT NOTICE: OFFICE CLOSED FOR MAINTENANCE ON FRIDAY', 'prose'),
    ('Export as JSON or YAML, not XML.', 'prose'),
    ('WARNING: DISK USAGE ABOVE 90 PERCENT ON VOLUME DATA', 'prose'),
    ('The CHANGELOG lists a BREAKING CHANGE in the AUTH module.', 'prose'),
    ('I LOVE THIS PRODUCT, BEST PURCHASE EVER!!!', 'prose'),
    ('Use GZIP compression and enable HTTPS on the load balancer.', 'prose'),
    ('FINAL REMINDER: SUBMIT YOUR TIMESHEETS BY FRIDAY', 'prose'),
    ('The API returns UNAUTHORIZED when the token has expired.', 'prose'),
    ('Set the TIMEZONE variable and restart the SCHEDULER.', 'prose'),
    ('CAUTION: WET FLOOR', 'prose'),
    ('Our GDPR and HIPAA obligations differ; ask LEGAL.', 'prose'),
    ('TOTAL DUE INCLUDING SHIPPING AND HANDLING', 'prose'),
])
def test_words_in_capitals_stay_clean(ner: NerDetector, text: str, kind: str) -> None:
    assert people(ner, text, kind) == []


def test_scores_listed_names_confident_and_unlisted_words_doubtful() -> None:
    assert one_word_name_score("Fernandes") >= AUDIT_MIN_SCORE  # a census surname
    assert WIRE_MIN_SCORE <= one_word_name_score("Oyelaran") < AUDIT_MIN_SCORE  # no list: the wire only
    for word in ("Running", "Django", "Berlin", "Europe", "Arabic", "Kenyan", "Senderid", "Workdir", "VEVENT", "RAD",
                 "NGINX", "Monday"):
        assert one_word_name_score(word) == 0.0, word


def test_header_rows_code_and_json_leaves_are_not_cells() -> None:
    assert one_word_names_in_cells("Firma,Abteilung\nAcme,Einkauf", "tool_result", "t")[0].start > 14
    assert one_word_names_in_cells("kind: Deployment\nname: Okafor", "code", "t") == []
    assert one_word_names_in_cells("Okafor", "json_value", "t") == []
    assert names_in_capitals("MAX_RETRIES = OKONKWO", "code", "t") == []


def test_new_passes_grow_linearly() -> None:
    row = "1042,Okafor,open | Lindqvist | (Rahel, Dmitri)  NDLOVU  Oyelaran wants the figures.\n"
    assert_linear_growth(lambda n: lambda: one_word_names_in_cells(row * (n // len(row)), "tool_result", "t"), 200_000)
    assert_linear_growth(lambda n: lambda: names_in_capitals(row * (n // len(row)), "prose", "t"), 200_000)
    assert_linear_growth(lambda n: lambda: _unlisted_capitalised_words(row * (n // len(row)), [], "t"), 200_000)
