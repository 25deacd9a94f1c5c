"""Hosts deep in a company's own domain (round 15).

Deep names. A public site is reached by its registrable domain or one label under it
(`github.com`, `docs.python.org`, `api.stripe.com`). A name two or more labels below a
registrable domain (`kb.it.hollis-university.edu`, `billing.apps.corvid.fr`,
`pgsql.siege.lumiere-assurances.fr`) is how an organisation lays out its own estate: a
department, a site, a cluster, an environment between the machine and the domain. No word list
says which of those labels are private, so the depth itself is the mark, in any syntax (prose, a
bare line, a log field, a config value, a URL). Public platforms that go that deep (cloud
providers' suffixes, documentation mirrors such as `docs.aws.amazon.com`) are excluded by the
Public Suffix List's private section, a short list of public site domains and the names of public
software vendors (`api.eu.mailgun.net`: the domain's name is a software name). Doubtful: redacted
on the wire, not reported by an audit.

Coined names (round 16). One label under a registrable domain is a doubtful host too when both the machine
label and the domain's name are coined: no word list, name list, software list or wordfreq (Zipf 2.5) knows
them (`kelvra.ostmer.io`); a public site one label deep writes words the web knows (`docs.python.org`). And a name
three or more labels deep under no public suffix is one when its last label is a coined private top-level
name (or an internal-network word, `home`) and the label before it is coined or an estate word
(`orders.svc.zentra`, `dbx.prod.ostmer`): code chains and config keys end in words.

Not hosts: code attribute chains that happen to end in a TLD (`self.config.app`,
`org.apache.commons.io`, `request.user.name`), module paths of public packages, file names,
version strings, e-mail addresses (the e-mail rule's), paths and identifiers.

A URL whose host this module finds is redacted whole since round 32 (infra_locators.urls_on_internal_hosts: the
lead's decision, recall first); tried here first in round 15, it cost +0.4/+0.5 points of over-redaction on the
blind12/13 secrets files, which annotate the host alone.

Cost: the deep-name finder's gate is a "." with a letter or digit on both sides, found by
`str.find` (a sentence's full stop followed by a space is refused on one character test); each
host character is read at most twice (back and forward walk from a dot, then the next dot search
starts after the name).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterator

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.keywords import needs_marks
from redactor.detect.login_code_paths import reads_as_code_path
from redactor.detect.public_packages import public_python_modules
from redactor.detect.rule_files import term_list
from redactor.detect.term_lists import term_list as word_list

DEEP_HOST_SCORE = DOUBTFUL_SCORE
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
# Characters before a name that make it part of something else: an e-mail's domain, a path, an identifier,
# a variable, a package scope. A URL's "//" is handled apart; after "=" or ":" a name is a value (`host=`).
_NOT_BEFORE = frozenset("@/\\_$%#&+~")
# ... and after it: an e-mail's local part, an identifier, a call, an index, a version's build part.
_NOT_AFTER = frozenset("@_([{+~")
# Top-level domains that are also common attribute, file or type names in code (`x.config.app`, `user.profile.id`,
# `pkg.module.py`): a chain ending so is code more often than a host.
_CODE_LIKE_TLDS = frozenset("app id name info run zip mov py sh rs md pl pm so js ts go java php rb cs cpp h c "
                            "map new now top one xyz test example localhost invalid local data page link "
                            "show list tools props style city".split())
# Public sites that lay out public names two or more labels deep (documentation, mirrors, CDNs, consoles).
_PUBLIC_SITE_DOMAINS = frozenset((
    "amazon.com amazonaws.com aws.dev awsstatic.com cloudfront.net azure.com azureedge.net windows.net "
    "microsoftonline.com microsoft.com live.com office.com office365.com sharepointonline.com msn.com bing.com "
    "google.com googleapis.com gstatic.com googleusercontent.com googlesource.com goog youtube.com appspot.com "
    "apple.com icloud.com mozilla.org mozilla.net firefox.com wikipedia.org wikimedia.org wiktionary.org "
    "github.com githubusercontent.com github.io githubassets.com gitlab.com gitlab.io bitbucket.org atlassian.com "
    "cloudflare.com cloudflare.net akamai.net akamaized.net akamaiedge.net fastly.net fastly.com edgekey.net "
    "kernel.org debian.org ubuntu.com canonical.com launchpad.net fedoraproject.org redhat.com centos.org "
    "archlinux.org alpinelinux.org opensuse.org gnu.org apache.org python.org pypi.org pythonhosted.org "
    "readthedocs.io readthedocs.org rtfd.io npmjs.org npmjs.com yarnpkg.com docker.com docker.io "
    "oracle.com ibm.com salesforce.com force.com stripe.com paypal.com twitter.com x.com facebook.com fbcdn.net "
    "linkedin.com licdn.com instagram.com whatsapp.net slack.com slack-edge.com zoom.us stackoverflow.com "
    "stackexchange.com reddit.com medium.com digicert.com letsencrypt.org sectigo.com godaddy.com "
    "mit.edu stanford.edu berkeley.edu harvard.edu ox.ac.uk cam.ac.uk ietf.org w3.org iana.org icann.org "
    "nist.gov nih.gov gov.uk europa.eu who.int un.org "
    "example.com example.org example.net test.com"
).split())


@lru_cache(maxsize=1)
def _public_domains() -> frozenset[str]:
    return _PUBLIC_SITE_DOMAINS | term_list("public_package_registries") | term_list("saas_tenant_domains")


def is_public_site(registrable: str) -> bool:
    """Subdomains of this domain are a public company's public sites (docs, registries, CDNs), nobody's machine.

    Tenant domains (`*.jfrog.io`, `*.blob.core.windows.net`) are not: their subdomain names a customer.
    """
    return registrable in _PUBLIC_SITE_DOMAINS or registrable in term_list("public_package_registries")


@lru_cache(maxsize=1)
def _vendor_names() -> frozenset[str]:
    """Names of public software and tech vendors (`mailgun`, `datadog`, `sentry`): their domains' regional
    endpoints (`api.eu.mailgun.net`, `http-intake.logs.datadoghq.eu`) are public services, not an estate."""
    return word_list("software_names") | word_list("tech_terms")


def is_vendor_domain(registrable: str) -> bool:
    """The domain's name is a public software or tech vendor's (`stripe.com`, `datadoghq.eu`)."""
    return _vendor_domain(registrable)


def _vendor_domain(registrable: str) -> bool:
    name = registrable.split(".", 1)[0]
    names = _vendor_names()
    return name in names or name.endswith("hq") and name[:-2] in names or name.replace("-", "") in names


# A first label that is a TLD reads as a reversed name: a Java or Android package (`com.acme.billing.io`).
_REVERSED_DNS_FIRST = frozenset("com org net io edu gov de fr uk nl eu co me dev app biz info mil int ch at se no dk fi "
                                "es it pl be jp cn ru br in au ca us".split())


def _is_public(registrable: str, host: str) -> bool:
    public = _public_domains()
    if registrable in public:
        return True
    # a public entry below the registrable domain (`my.salesforce.com`, `cloud.databricks.com` style)
    labels = host.split(".")
    return any(".".join(labels[i:]) in public for i in range(1, len(labels) - registrable.count(".")))


@needs_marks(".")
def find_deep_hosts(text: str, registrable_domain: Callable[[str], str | None],
                    under_cloud_suffix: Callable[[str], bool], file_extensions: frozenset[str],
                    code_receivers: frozenset[str], code_attributes: frozenset[str]) -> Iterator[tuple[int, int]]:
    """[start, end) of names two or more labels under a registrable, non-public domain, anywhere in the text,
    and of the coined names of round 16 (one label under a coined domain; a coined private top-level name).

    Gate: a "." between two letters or digits (`str.find`); a sentence's full stop is refused on the next
    character. See the module docstring for what it rules out.
    """
    length = len(text)
    dot = text.find(".")
    while dot != -1:
        if not (0 < dot < length - 1 and text[dot + 1].isalnum() and text[dot - 1].isalnum()):
            dot = text.find(".", dot + 1)
            continue
        start = dot
        while start > 0 and dot - start < 253 and text[start - 1] in _HOST_CHARS:
            start -= 1
        end = dot + 1
        while end < length and end - start < 253 and text[end] in _HOST_CHARS:
            end += 1
        next_dot = text.find(".", end)
        found = _deep_host(text, start, end, registrable_domain, under_cloud_suffix, file_extensions,
                           code_receivers, code_attributes)
        if found is not None:
            yield found
        dot = next_dot


def _deep_host(text: str, start: int, end: int, registrable_domain, under_cloud_suffix, file_extensions,
               code_receivers, code_attributes) -> tuple[int, int] | None:
    while start < end and text[start] in ".-":
        start += 1
    while end > start and text[end - 1] in ".-":
        end -= 1
    if end - start < 8:
        return None
    if start > 0:
        before = text[start - 1]
        if before in _NOT_BEFORE and not (before == "/" and text[max(0, start - 2):start] == "//"):
            return None  # an e-mail's domain (the e-mail rule's), a path, an identifier; a URL's host is a host
        if before == "." or before.isalnum():
            return None
    if end < len(text) and (text[end] in _NOT_AFTER or text[end].isalnum()):
        return None
    host = text[start:end]
    if host != host.lower() and host != host.upper():
        return None  # camelCase or Title.Case: code, or a sentence glued to a word
    lowered = host.lower()
    if ".." in lowered or "-." in lowered or ".-" in lowered:
        return None
    labels = lowered.split(".")
    if len(labels) < 3:
        return None
    last = labels[-1]
    if not last.isalpha() or last in file_extensions or last in _CODE_LIKE_TLDS:
        return None
    first = labels[0]
    if first in _REVERSED_DNS_FIRST or first in code_receivers or first in public_python_modules():
        return None
    if any(label in code_attributes for label in labels[-2:]) or first.isdigit():
        return None
    if any(label[:1].isdigit() and label.replace("-", "").isdigit() for label in labels[:2]):
        return None  # 1.2.example.com, a version glued to a name
    registrable = registrable_domain(lowered)
    if registrable is None:
        # an unknown suffix: the private-suffix and host-context rules decide, but for a company's own coined
        # top-level name (`orders.svc.zentra`, `rs0-a.dbfarm.vexa`)
        if any(label in file_extensions for label in labels) or not _under_coined_private_name(labels):
            return None
        if reads_as_code_path(lowered):
            return None  # `np.linalg.eigh`: a code path ending in an identifier (login_code_paths.py)
        return start, end
    depth = len(labels) - registrable.count(".") - 1
    if depth < 1 or labels[0] == "www" and depth < 3:
        return None
    if _is_public(registrable, lowered) or under_cloud_suffix(lowered) or _vendor_domain(registrable):
        return None
    if depth == 1 and not _coined_name(labels[0], labels[1]):
        return None
    return start, end


# A label the web writes this often (wordfreq's Zipf scale, English) is a public name (`github`, `pkg`, `go`).
_KNOWN_LABEL_ZIPF = 2.5


@lru_cache(maxsize=8192)
def is_known_label(label: str) -> bool:
    """A label some list or the web's word counts know: an ordinary word, a name, a tech term, a vendor."""
    from redactor.detect.name_parts import english_zipf, is_common_word
    from redactor.detect.term_lists import first_names, surnames, world_first_names

    long_parts = 0
    for part in label.split("-"):
        letters = part.strip("0123456789")
        if len(letters) < 3:
            continue  # `eu1`, `zo`, `42`: too short to say anything either way
        long_parts += 1
        if is_common_word(letters) or letters in first_names() or letters in surnames() \
                or letters in world_first_names() or letters in _vendor_names() \
                or english_zipf(letters) >= _KNOWN_LABEL_ZIPF:
            return True
    return long_parts == 0


# Labels that say "environment or network" right under a private top-level name (`dbx.prod.ostmer`).
# The internal-network markers of infra.py's host rules (`.corp`, `.intra`, `.dmz` ...), read from the same list
# (infra.py imports this module: a module-level import back would be a cycle).
_INTERNAL_MARKERS = frozenset(term_list("host_internal_markers"))
_ESTATE_LABELS = frozenset("prod prd stg stage staging uat qa dev test svc ad dc k8s cluster eng net lab".split())


def _under_coined_private_name(labels: list[str]) -> bool:
    """`orders.svc.zentra`, `mx-relay.kovra.home`: three or more labels under no public suffix whose last label
    is a coined word (no word list, name list or vendor list holds it, the web rarely writes it) and whose
    label before it is coined too or names an estate (an internal-network marker, an environment, `svc`).

    Code attribute chains and config keys are written in words (`model.encoder.attn`, `spring.datasource.url`),
    so two coined labels at the end are rare there; receivers and reversed package names are refused before.
    """
    last, before = labels[-1], labels[-2]
    if last in _INTERNAL_MARKERS or last == "home":  # `.dmz`, `.intra`, `.home`: a private network's name
        pass
    elif not last.isalpha() or len(last) < 3 or is_known_label(last):
        return False
    return before in _ESTATE_LABELS or before in _INTERNAL_MARKERS or (
        any(ch.isalpha() for ch in before) and not is_known_label(before))


def _coined_name(machine: str, domain: str) -> bool:
    """`kelvra.ostmer.io`, `gandr.yuvelo.co.uk`: a machine label (3+ characters) and a domain name both coined,
    known to no word list, name list, vendor list, nor to wordfreq at Zipf 2.5 (round 16).

    A public site one label under its domain writes words or names the web knows (`docs.python.org`,
    `news.ycombinator.com`, `pkg.go.dev`); a company's own machine under its own coined domain writes neither.
    Two-letter first labels are refused (`df.iloc.at`: a code receiver).
    """
    if len(machine) < 3 or not any(ch.isalpha() for ch in machine) or not any(ch.isalpha() for ch in domain):
        return False
    return not is_known_label(machine) and not is_known_label(domain)
