"""Names a structure declares as one party among several, or as a team's project: `clients/<name>/`, `#<name>-ops`.

- **A folder under a collection of parties.** A repository that serves several organisations keeps one folder per
  organisation under a folder that says what they are: `clients/<name>/overrides.yaml`, `//customers/<name>:config`
  (Bazel), `src/partners/<name>/`, `tenants/<name>.yaml`. The collection word is the declaration; the folder below it
  is a customer's, partner's or tenant's name.
- **A chat channel of a project.** Teams open a channel per project and per purpose, `#<project>-ops`,
  `#<project>-dev`, `#<project>-alerts`: the part before the purpose is the project's (or the team's) codename.

In both places the name is taken when it names something on its own: a word no language of the traffic writes often,
no public software or listed company (org_checkout_names._coined): `clients/stripe/`, `partners/google/`,
`#general-chat`, `#release-notes` stay. Doubtful (0.55) and labelled as the deployer (engine._as_deployers), so the
slug spreads to its other spellings ("Oakhurst", `OAKHURST_ID`) as a checkout's owner does.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.base import Span
from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.org_checkout_names import _coined

_KIND = "ORGANIZATION"
# The collection folders of parties (`vendor/` is left out: Go and PHP keep third-party code there).
_COLLECTION = (r"clients|customers|tenants|partners|merchants|brands|suppliers|orgs|organisations|organizations"
               r"|companies|employers|insurers|carriers|operators")
_SLUG = r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*"
# A folder (or a Bazel package's target) or a configuration file named after the party; a code file under
# `clients/` is an API client's module (`clients/ledgerx.py`), not a customer.
_PARTY_FOLDER = re.compile(rf"(?<![\w.-])(?:{_COLLECTION})[/\\](?P<slug>{_SLUG})"
                           r"(?=[/\\]|:\w|\.(?:ya?ml|json|toml|ini|env|conf|cfg|properties|xml)\b)")
_CHANNEL = re.compile(rf"(?<![\w&#/])#(?P<slug>[a-z][a-z0-9]{{2,}})-[a-z0-9][a-z0-9-]*(?![\w-])")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def organisations_in_collections(text: str, detector: str) -> Iterator[Span]:
    """Doubtful ORGANIZATION spans of a party's folder under a collection folder and a channel's codename."""
    if "/" in text or "\\" in text:
        for match in _PARTY_FOLDER.finditer(text):
            slug = match.group("slug")
            word = _FIRST_WORD.match(slug)
            if word is not None and _coined(word.group()):
                yield Span(match.start("slug"), match.end("slug"), _KIND, "org", DOUBTFUL_SCORE, detector)
    if "#" in text:
        for match in _CHANNEL.finditer(text):
            if _coined(match.group("slug")):
                yield Span(match.start("slug"), match.end("slug"), _KIND, "org", DOUBTFUL_SCORE, detector)
