"""Pre-checks answered from the text's shared cue scan give the answers of the scans they replace (speed13)."""
from __future__ import annotations

from redactor.detect import usernames
from redactor.detect.keywords import lowered_same_length


def _profile_sites_by_find(lowered: str) -> list[tuple[int, str]]:
    """The one-str.find-per-ending reading _profile_sites had before (the reference)."""
    found = []
    for tld, sites in usernames._PROFILE_SITES_BY_TLD.items():
        at = lowered.find(tld)
        while at != -1:
            for site, offset in sites:
                if lowered.startswith(site, at - offset):
                    found.append((at - offset, site))
                    break
            at = lowered.find(tld, at + 1)
    return found


def test_profile_sites_on_long_texts_are_those_found_by_find():
    lines = [
        "see https://github.com/octocat and https://gitlab.com/jdoe42/project for the fork",
        "her profile: linkedin.com/in/maria-gonzalez-1a2b3c, and twitter.com/mgonz",
        "ping me on mastodon.social/@kt_vance or https://www.twitch.tv/streamer99",
        "GITHUB.COM/UPPERCASE-USER and medium.com/@writer and dev.to/someone",
        "no site here at all, just prose about the deploy window tonight",
    ]
    for count in (1, 3, 9, 40):  # short texts take str.find, long ones the shared scan
        text = "\n".join(lines[index % len(lines)] + f" #{index}" for index in range(count))
        lowered = lowered_same_length(text)
        assert list(usernames._profile_sites(lowered)) == _profile_sites_by_find(lowered), len(text)


def test_record_codes_tried_at_their_cues_are_the_codes_found_by_a_search_of_the_whole_text():
    import re

    from redactor.detect.keywords import matches_at_word_start
    from redactor.detect.pii import _RECORD_CODE, _RECORD_CODE_CUES

    alternatives = re.search(r"\(\?:([A-Z|]+)\)", _RECORD_CODE.pattern).group(1).split("|")
    assert sorted(word.lower() for word in alternatives) == sorted(_RECORD_CODE_CUES)  # a cue for every prefix
    texts = [
        "Employee EMP-204518 and EMP204519 moved; MRN 0048213 is not a code, MRN0048213 is",
        "temp_EMP-204518 x-PT-88231 PT-88231 PAT#120045 ACCT_99812233 ACC-123456 CUST-7781234",
        "claims CLM-88120, CLM-88121 (BEN-554433) INS-20240001 HR-100200 SUB-3344556 SID 12345 STU-20231",
        "seeing the script, employee ees ptr: PID-77812 MBR4455667 MEM-889900 POL-12345678 CID-1234",
        "Ärztin: PT-88231 Zürich, EE-12345 — HR_2024001",
    ]
    for text in texts + ["\n".join(texts * 30)]:  # short texts and a long one
        expected = [match.span() for match in matches_at_word_start(_RECORD_CODE, text)]
        assert [match.span() for match in matches_at_word_start(_RECORD_CODE, text, cues=_RECORD_CODE_CUES)] == expected
