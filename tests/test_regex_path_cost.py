"""The regex path's cost work (issue 14): what the latency benchmark measures, and gates that change no finding."""
from __future__ import annotations

import random
import sys
from pathlib import Path

from redactor.detect import bank_codes, coded_places

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import redaction_latency  # noqa: E402


def test_the_latency_benchmark_times_coding_agent_traffic_beside_the_mixed_text():
    assert set(redaction_latency.TEXT_SETS) == {"mixed", "traffic"}
    pieces = redaction_latency.TEXT_SETS["traffic"]
    for salt in range(len(pieces)):
        text = redaction_latency._text_of_size(1024, salt, "traffic")
        assert len(text) <= 1024 and text.startswith(f"run {salt}\n" + pieces[salt][:40])
        fresh = redaction_latency._fresh_text_of_size(1024, salt, "traffic")
        assert fresh != text and len(fresh) == len(text)
    # The mixed text is the published worst case: unchanged, whatever the salt.
    assert redaction_latency._text_of_size(1024, 3) == redaction_latency._text_of_size(1024, 3, "mixed")
    assert redaction_latency._text_of_size(1024, 3).startswith("run 3\n" + redaction_latency._PARAGRAPHS[0])


_ACCOUNT_PIECES = ["account", "Account", "ACCT", "a/c", "card", "Mastercard", "IBAN", "konto", "visa", "amex",
                   "debit", "credit", "ending", "ends in", "finishing with", "****", "xxxx-", "••", " ", " ", "\n",
                   "4471", "0005", "12", "the", "depends", "pending", "my", "-", "x", "ending in ****"]


def test_account_tails_are_read_where_the_whole_text_search_reads_them():
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(_ACCOUNT_PIECES) + rng.choice(("", " ", " ")) for _ in range(rng.randrange(2, 14)))
        expected = [(m.start("tail"), m.end("tail"), bank_codes.DOUBTFUL_SCORE)
                    for m in bank_codes._ACCOUNT_TAIL.finditer(text)]
        if not (any(w in text.lower() for w in ("ending", "ends", "finishing"))
                or any(w in text for w in ("**", "xx", "XX", "••", "··"))):
            expected = []  # (the finder's own gate, as before)
        assert list(bank_codes.find_account_tails(text)) == expected, text


_PLACE_PIECES = ["Reykjavík", "Galway", "Co. Clare", "St. Helier", "Rīga", "line", "attempt", "total", "O'Brien",
                 "x.Reykjavik", "de", "Knocknacarra", ",", ", ", " ", "  ", "\t", "101", "H91 E2K7", "LV-1012", "44",
                 "foo_Bar", "Bar-baz", "é", "Éire", "2", "-"]


def test_a_place_before_a_code_is_searched_only_after_a_capitalised_word():
    rng = random.Random(1812)
    for _ in range(4000):
        text = "".join(rng.choice(_PLACE_PIECES) + rng.choice(("", " ", " ", ", ")) for _ in range(rng.randrange(1, 10)))
        for start in range(len(text) + 1):
            if not coded_places._capitalised_word_before(text, start):
                assert coded_places._PLACE_BEFORE.search(text, max(0, start - 60), start) is None, (text, start)


def test_finder_table_shows_the_shared_cue_scan_as_its_own_row(capsys, monkeypatch):
    # Timed inside the first finder that asks for it, the scan read as the secrets catalogue's cost.
    monkeypatch.setattr(redaction_latency, "warm_up_detectors", lambda detectors: None)  # steady state not needed
    redaction_latency.finder_costs(rounds=1, top=200)
    rows = capsys.readouterr().out
    assert "keywords: shared cue scan" in rows
    assert "secrets._catalogue_spans" in rows


def _anchors_reading_every_number(monkeypatch, text):
    monkeypatch.setattr(coded_places, "_may_stand_beside_a_place", lambda text, first_digit: True)
    anchors = list(coded_places.coded_place_anchors(text))
    monkeypatch.undo()
    return anchors


# Dev set: the layouts of the module docstring as people paste them, and numbers of prose and logs.
_CODED_PLACE_DEV = [
    "Laugavegur 12, 101 Reykjavík, Iceland", "Niels Finsens gøta 5, 100 Tórshavn", "Ship to: Galway H91 E2K7",
    "Av. Corrientes 1234, C1045AAB Buenos Aires", "12 Republic St, Valletta VLT 1210", "Brīvības iela 3, Rīga, LV-1012",
    "Rua Augusta 10, 1200-095 Lisboa", "Drottninggatan 5, 111 35 Stockholm", "Co. Clare V95 XK20",
    "Knocknacarra, Galway City H91 E2K7", "Städtle 1, FL-9490 Vaduz", "Taipei City 104", "Tel Aviv 6578403",
    "AD500 Andorra la Vella", "Camana Bay, KY1-1108", "line 44 failed after 3 retries in 120 ms",
    "Room 101 is booked", "build 7550000 passed 12 of 13 checks", "total 2048 bytes\nreturned 200 OK",
]


def test_coded_place_anchors_are_the_same_when_numbers_beside_lower_case_words_are_skipped(monkeypatch):
    for text in _CODED_PLACE_DEV:
        assert list(coded_places.coded_place_anchors(text)) == _anchors_reading_every_number(monkeypatch, text), text
    assert list(coded_places.coded_place_anchors("Laugavegur 12, 101 Reykjavík"))  # the dev set holds anchors
    assert not coded_places._may_stand_beside_a_place("line 44 failed", 5)


# Check set (not tuned on): random joins of codes, places, words and separators, read at every digit.
_CODED_PLACE_PIECES = ["Reykjavík", "Galway", "Co. Clare", "Rīga", "Valletta", "Buenos Aires", "Vaduz", "Taipei",
                       "Tórshavn", "Lisboa", "Andorra la Vella", "Camana Bay", "Tel Aviv", "Galway City"] * 2 + [
                       "VLT", "LV", "FL", "KY1", "C1045AAB", "H91", "E2K7", "101", "1210", "1012", "9490", "1108", "104",
                       "100", "1200", "095", "V95", "XK20", "AD500", "6578403"] * 2 + [
                       "line", "retry", "of", "the", "44", "2", "x", "O'Brien", "é", "Éire", ",", "-", ".", ":", "#",
                       "\n", "(", "'"]


def test_skipping_numbers_never_loses_a_coded_place(monkeypatch):
    rng = random.Random(2404)
    for _ in range(3000):
        text = "".join(rng.choice(_CODED_PLACE_PIECES) + rng.choice(("", " ", " ", "\t", ", ", "-"))
                       for _ in range(rng.randrange(1, 10)))
        assert list(coded_places.coded_place_anchors(text)) == _anchors_reading_every_number(monkeypatch, text), text
