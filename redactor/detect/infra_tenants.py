"""Customers' subdomains of multi-tenant services: `acme.okta.com`, `contoso.sharepoint.com`.

A SaaS identity provider, ticketing system, database cloud or container registry
gives each customer a subdomain of its own domain, so the label in front of the
domain names the customer as surely as an internal hostname names its owner:
`lisburn-energy.okta.com` says who runs the Okta tenant, `catalog-prod.xyz12.mongodb.net`
which cluster. Found anywhere (URLs, config values, CLI arguments, prose): the
service domain is rare enough that its presence is the context. The service's own
sites (`api.slack.com`, `status.okta.com`, `developer.okta.com`) stay.

The domains are a list in rules/term_lists.yaml (`saas_tenant_domains`): the Public
Suffix List's private section covers hosting platforms (herokuapp.com,
azurewebsites.net) and leaves out these services.

Hosting platforms (round 26): a name directly under a suffix of the Public Suffix List's private
section (`fenwick-orders.herokuapp.com`, `qzkvbnrtwxlmpdfa.supabase.co`, `x7k2.myfritz.net`) is one
customer's app, project or home router, found anywhere (the list is the context). The platforms' own
public hosts stay: suffixes under a public site domain (`raw.githubusercontent.com`,
`storage.googleapis.com`: infra_estate.is_public_site), service labels (`www`, `api`) and
documentation placeholders (`myapp`, `your-app`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from redactor.detect.keywords import (DOT_BEFORE_LABEL, keyword_positions, lowered_same_length, matches_at_starts,
                                      needs_marks, starts_read_backwards)
from redactor.detect.infra_estate import is_public_site
from redactor.detect.rule_files import term_list

TENANT_SCORE = 0.6
_HOST_CHAR = re.compile(r"[A-Za-z0-9-]")


@lru_cache(maxsize=1)
def _tenant_domains() -> tuple[str, ...]:
    # Found as ".okta.com" so that the domain itself (a link to okta.com) is no tenant.
    return tuple(sorted("." + domain for domain in term_list("saas_tenant_domains")))


@needs_marks(".")  # (a tenant is a name under a service's domain)
def find_tenant_hosts(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each host under a tenant domain whose first label is a customer's, in order."""
    domains = _tenant_domains()
    lowered = lowered_same_length(text)
    service_labels = term_list("saas_service_labels")
    resume = 0
    for position in keyword_positions(lowered, domains):
        if position < resume:
            continue
        # The longest domain found here ("my.salesforce.com" before "salesforce.com" is not listed; "enterprise.slack.com").
        domain = max((d for d in domains if lowered.startswith(d, position)), key=len)
        end = position + len(domain)
        if end < len(text) and (_HOST_CHAR.match(text[end]) or (text[end] == "." and end + 1 < len(text)
                                                               and text[end + 1].isalnum())):
            continue  # "x.okta.com.evil.net", "x.zoom.usa": another host
        start = position
        while start > 0 and (_HOST_CHAR.match(text[start - 1]) or (text[start - 1] == "." and start > 1
                                                                    and _HOST_CHAR.match(text[start - 2]))):
            start -= 1
        if start == position or (start > 0 and text[start - 1] == "_"):
            continue  # the bare domain
        if start > 0 and text[start - 1] == "@" and "://" not in _token_before(text, start - 1):
            continue  # an e-mail address's domain (the e-mail detector's); `scheme://user:pw@host` is a host
        labels = lowered[start:position].split(".")
        if len(labels) == 1 and labels[0] in service_labels:
            continue
        resume = end
        yield start, end


def _token_before(text: str, end: int) -> str:
    """The run of non-space, non-quote characters ending at `end`."""
    start = end
    while start > 0 and end - start < 512 and not text[start - 1].isspace() and text[start - 1] not in "\"'`(<[{=,":
        start -= 1
    return text[start:end]


# A dotted name of three or more labels; a URL's "//" may stand before it, no other path, address or identifier.
_DOTTED_NAME = re.compile(r"(?<![\w.@\\-])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+){2,}(?![\w@-]|\.\w)")
# A dot, then (reading backwards) a whole run of label characters: where a `_DOTTED_NAME` can start (its first label
# is the whole run before a dot: its look-behind refuses a label character before it).
_DOT_THEN_LABEL_RUN_REVERSED = re.compile(r"\.[A-Za-z0-9-]++")
# Documentation's stand-ins for "your app" (`myapp.herokuapp.com`, `your-project.supabase.co`).
_PLACEHOLDER_LABEL = re.compile(r"(?:my|your|example|sample|demo|foo|bar|test)(?:-?(?:app|site|project|name|domain))?"
                                r"|(?:app|project|site)-?name|x+|abc|xyz", re.IGNORECASE)


@needs_marks(DOT_BEFORE_LABEL)  # (_DOTTED_NAME holds one)
def find_platform_tenant_hosts(text: str, registrable_domain: Callable[[str], str | None],
                               icann_registrable: Callable[[str], str | None]) -> Iterator[tuple[int, int]]:
    """[start, end) of each name directly under a hosting platform's suffix (the PSL's private section), in order.

    `registrable_domain` reads the whole Public Suffix List, `icann_registrable` its ICANN section alone (infra.py
    loads both): where they differ the suffix is a platform's and the label before it its customer's.
    """
    if "." not in text:
        return
    service_labels = term_list("saas_service_labels")
    # (tried where one can start: the pattern's leading look-behind made `re` try every position of the text)
    for match in matches_at_starts(_DOTTED_NAME, text, starts_read_backwards(_DOT_THEN_LABEL_RUN_REVERSED, text)):
        start = match.start()
        if start and text[start - 1] == "/" and not text.startswith("://", start - 3):
            continue  # a path's piece
        host = match.group(0).lower()
        registrable = registrable_domain(host)
        if registrable is None or registrable.count(".") < 2 or registrable == icann_registrable(host):
            continue
        tenant, platform = registrable.split(".", 1)
        if (tenant in service_labels or _PLACEHOLDER_LABEL.fullmatch(tenant)
                or is_public_site(icann_registrable(platform) or platform)):
            continue
        yield start, match.end()
