"""Hosts under the domain a text's own people write from.

A company's staff write from its domain (`jane.ross@harborline.com`, `oncall@kestrel-bank.de`), and the same
text names the company's machines under that domain (`billing.harborline.com`, `reports.kestrel-bank.de`).
Nothing in the machine's name says it is private (one label under the domain, written in words), but the
address does: the domain is the writer's organisation, so its subdomains are that organisation's estate. Every
name one or more labels under the registrable domain of an e-mail address (or of a `user@host` login) in the
same text is a host, wherever it stands: prose, a bare line, a quoted value, a URL.

Left alone: the public mail providers and platforms of `email_domains.py` (gmail, outlook, github: everyone
writes from them), public sites and vendors' domains (`is_machine_name`), the organisation's `www.` site,
and the e-mail addresses themselves (the e-mail rule's). No list says whether a named machine faces the
public, so the finding is doubtful (0.55): redacted on the wire, not reported by an audit.

Cost: nothing unless the text holds "@"; then one e-mail regex, and one tail regex over the domains found,
whose matches are walked back to the host's start (`infra.hosts_under_domains`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import needs_marks
from redactor.detect.public_mail_providers import is_public_mail_label
from redactor.detect.infra_key_heads import is_machine_name

MAIL_DOMAIN_HOST_SCORE = DOUBTFUL_SCORE

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# An address or a login at a host: the part after "@" is a domain with at least one dot.
# (The "@" first: a leading look-behind would make re try every position of the text.)
_ADDRESS_DOMAIN = re.compile(rf"@(?P<domain>(?:{_LABEL}\.)+[A-Za-z]{{2,24}})(?![\w-]|\.\w)")


@needs_marks(".")
def find_hosts_under_mail_domains(text: str, registrable_domain: Callable[[str], str | None],
                                  hosts_under_domains: Callable[[str, Iterable[str]], Iterator[re.Match]]
                                  ) -> Iterator[tuple[int, int]]:
    """(start, end) of the names described in the module docstring."""
    if "@" not in text:
        return
    domains: set[str] = set()
    for address in _ADDRESS_DOMAIN.finditer(text):
        if address.start() == 0 or not (text[address.start() - 1].isalnum() or text[address.start() - 1] in "._%+-"):
            continue  # a mention (`@harborline.com` alone), a decorator: no address
        domain = address.group("domain").lower()
        registrable = registrable_domain(domain)
        if registrable is None or is_public_mail_label(registrable.split(".", 1)[0]):
            continue
        # `x.registrable` stands for any name under it: the public-site and vendor checks of a machine name
        if is_machine_name("x." + registrable, registrable_domain):
            domains.add(registrable)
    if not domains:
        return
    for match in hosts_under_domains(text, domains):
        name = match.group(0)
        if name.lower().startswith("www.") or name != name.lower() and name != name.upper():
            continue  # the organisation's public site; `Config.Acme.com`-style code or a sentence glued to a word
        yield match.start(), match.end()
