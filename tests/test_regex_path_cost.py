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
