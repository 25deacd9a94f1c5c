"""The same text detected twice in one process gives the same findings (speed16, round 16).

Two generator finders of usernames.py were wrapped in functools.lru_cache: the second call with an equal text got
the first call's generator back, already exhausted, so a login they alone find was lost on the second sight (and
the cache kept up to 65536 whole texts alive).
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.pii import PiiDetector

_TEXTS = [
    '10.1.2.3 - jdoe [12/Nov/2026:08:14:22 +0100] "GET / HTTP/1.1" 200 12',  # an access log's user field
    "**nadia.q** 10:02 — can someone restart the runner?\n**tpham3** 10:03 — on it",  # bold chat speakers
    "please ask maria.gonzalez about the deploy",  # first.last
    "[10:02] <kvance> anyone seen the build?\n[10:03] <okafor_r> yes",  # stamped chat nicks
    "$ ssh deploy@web-01\nrpatel@web-01:~$ sudo systemctl restart app",  # a terminal session
]


@pytest.mark.parametrize("text", _TEXTS)
def test_an_equal_text_seen_again_gives_the_same_findings(text: str) -> None:
    detector = PiiDetector()
    first = [(span.kind, span.start, span.end) for span in detector.detect(DetectionInput(text))]
    again = [(span.kind, span.start, span.end) for span in detector.detect(DetectionInput("".join(list(text))))]
    same_object = [(span.kind, span.start, span.end) for span in detector.detect(DetectionInput(text))]
    assert first == again == same_object
    assert any(kind == "USERNAME" for kind, _, _ in first)


def test_standalone_logins_grow_linearly() -> None:
    """speed16: the words' shapes are counted in C over every word of the text (no loop over spans per word)."""
    from redactor.detect.standalone_logins import find_standalone_logins
    from tests.growth import assert_linear_growth

    line = "sunwoo pushed the fix, ask okwuosa or rpatel-dev; kt_vance said zyablov reviewed it\n"

    def work_at(size: int):
        text = line * (size // len(line))
        return lambda: list(find_standalone_logins(text))

    assert_linear_growth(work_at, 200_000)
