"""Logins named by a link to their account page: a forge account page without a repository (in a table cell
too), a fediverse `host/@login` page, a pip VCS link (`git+https://...@main`) and a service cue before a URL."""
from __future__ import annotations

import pytest

from redactor.detect.usernames import find_usernames


def _found(text: str) -> set[str]:
    return {text[span[0]:span[1]] for span in find_usernames(text)}


# Dev set: written before the code.
@pytest.mark.parametrize("text, login", [
    ("name,email,profile\nAna Kovac,ana@kovac.dev,github.com/anakovac\n", "anakovac"),
    ("Ben Ito,ben@ito.dev,gitlab.com/ben-ito\n", "ben-ito"),
    ("| Maya Roth | maya@roth.dev | codeberg.org/mroth |\n", "mroth"),
    ("my mastodon is hachyderm.io/@jpark\n", "jpark"),
    ("Mastodon: https://fosstodon.org/@dkrause\n", "dkrause"),
    ("boosted by https://mas.to/@lucia_ferrante/111928374655\n", "lucia_ferrante"),
    ("pip install git+https://github.com/tomasz-nowak/fastgrid.git@main\n", "tomasz-nowak"),
])
def test_dev_set_logins_in_profile_links_are_found(text: str, login: str) -> None:
    assert login in _found(text)


@pytest.mark.parametrize("text, kept", [
    ("deps,github.com/spf13/cobra,v1.8.0\n", "spf13"),
    ("<script src=\"https://unpkg.com/@babel/standalone/babel.min.js\"></script>\n", "babel"),
    ("import x from 'https://esm.sh/@preact/signals'\n", "preact"),
    ("| docs | github.com/features |\n", "features"),
    ("my mastodon is hachyderm.io/@jpark\n", "hachyderm"),
    ("require github.com/lib/pq v1.10.9\n", "lib"),
])
def test_dev_set_public_names_in_links_stay(text: str, kept: str) -> None:
    assert kept not in _found(text)


# Check set: written after the code, not tuned on.
@pytest.mark.parametrize("text, login", [
    ("contributors.tsv\nIrene Salo\tirene@salo.fi\tgithub.com/isalo\n", "isalo"),
    ("Speakers: Dev Anand (gitlab.com/dev.anand), Lin Wu (github.com/linwu-k)\n", "dev.anand"),
    ("Follow me: https://infosec.exchange/@okoro_b for updates\n", "okoro_b"),
    ("reposted from social.vivaldi.net/@tmarsh/112004998123\n", "tmarsh"),
    ("pip install -U \"git+https://gitlab.com/rjalali/tabkit.git@dev\"\n", "rjalali"),
    ("my github is github.com/ewinters\n", "ewinters"),
])
def test_check_set_logins_in_profile_links_are_found(text: str, login: str) -> None:
    assert login in _found(text)


@pytest.mark.parametrize("text, kept", [
    ("| upstream | github.com/kubernetes |\n", "kubernetes"),
    ("<script src=\"https://cdn.jsdelivr.net/npm/@popperjs/core@2/dist/umd/popper.min.js\"></script>\n", "popperjs"),
    ("Sponsors page: github.com/sponsors\n", "sponsors"),
    ("vendor,github.com/acme-labs\n", "acme-labs"),
    ("Docs live at https://fosstodon.org/about and https://example.org/@media\n", "media"),
])
def test_check_set_public_names_in_links_stay(text: str, kept: str) -> None:
    assert kept not in _found(text)
