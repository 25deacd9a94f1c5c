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
