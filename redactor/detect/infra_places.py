"""Machines and cloud ids named in places infra.py's rules do not read.

- the keys under `hosts:` in a YAML Ansible inventory (`redis-a.tailspin.net:`, `web7:`): there
  only a machine can stand;
- a machine named without a domain after a word that acts on a machine ("ssh to gpu-box-3",
  "rebooted build7", "drained k8s-worker-12", "ping cache-b"): a name with a number or a dash;
- a dotted name whose first label joins a role word with another word (`smtp-relay.zenbank.de`,
  `db-primary.acme.io`, `auth-gw.shop.net`): doubtful, since no list says whether such a name is
  someone's own machine or a public site (redacted on the wire, not reported by an audit);
- the host of an scp-style remote (`git@git.brightwave.nl:platform/api.git`, `deploy@build.acme.io:/srv`)
  when it is a subdomain (a bare `github.com` is a public forge);
- a subdomain after a word that says a machine is meant: "502s from auth.acme.io", "on
  pypi-mirror.acme.io", "whitelist reports.acme.io", or after a remote-access or file-transfer command
  ("sftp to exchange.partner-bank.se", "rdp to term.clinic-x.de", "rsync to archive.backup.acme.com")
  (doubtful: no list says which sites are public);
- the NAME column of `kubectl get nodes` (a header with ROLES): every cell is a machine;
- AWS account ids in a list after an account label (`allowed_account_ids = ["7182...", ...]`), and
  any twelve-digit number on a line that names an AWS account ("sandbox is 1182..., prod is 2283...");
- the GCP project of a Cloud Run resource path (`namespaces/tailspin-web-prod/services/api`), and a
  project number after "project ... number";
- cells under a cloud-id column of CLI output (`gcloud projects list`: PROJECT_ID, PROJECT_NUMBER;
  SubscriptionId; Account);
- cells under a machine column of a CMDB, IPAM or inventory export or of aligned tool output (`hostname`, `FQDN`,
  `Server Name`, `NODE`, `Device name`, `domain`): a dotted name below a registrable domain that is no public
  site nor a vendor's, a name under a suffix no public list knows, or one label with a digit or a dash
  (`web-07`, `SQLPRD02`); bare registrable domains, addresses and ordinary words stay.

Found spans are (start, end, kind, score); infra.py makes them its own and passes in its Public
Suffix List lookup (`registrable_domain`), so this module imports nothing above it.
"""
from __future__ import annotations

import itertools
import re
from typing import Callable, Iterator

from redactor.detect.keywords import ANY_TEXT, contains_any, keyword_positions, lowered_same_length, needs_marks
from redactor.detect.infra_accounts import twelve_digit_numbers
from redactor.detect.infra_estate import is_known_label, is_public_site, is_vendor_domain
from redactor.detect.rule_files import term_list
from redactor.detect.table_columns import aligned_column_cells, column_cells

_ROLES = term_list("host_roles") | term_list("host_internal_tool_labels")

_YAML_HOSTS_KEY = re.compile(r"(?m)^(?P<indent>[ \t]*)hosts:[ \t]*(?:#.*)?$")
_YAML_KEY_LINE = re.compile(r"(?P<indent>[ \t]*)(?P<host>[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]):(?:[ \t].*)?$")

# Words that act on a machine, then the machine's name (a dash or a digit makes it a name, not a word).
_MACHINE_VERB = re.compile(
    r"(?i:(?:ssh(?:[ \t]+(?:to|into))?|ping|reboot(?:ed|ing)?|restart(?:ed|ing)?[ \t]+(?:the[ \t]+)?(?:box|host|node|server|vm)"
    r"|log(?:ged)?[ \t]+(?:in(?:to)?|on)(?:[ \t]+to)?|drain(?:ed|ing)?|cordon(?:ed|ing)?|reimag(?:e|ed|ing)"
    r"|decommission(?:ed|ing)?|provision(?:ed|ing)?|power[ \t]?cycl(?:e|ed|ing)|failover[ \t]+to|fail(?:ed)?[ \t]+over[ \t]+to"
    r"|(?:box|host|node|server|vm|machine)(?:[ \t]+named)?))"
    r"[ \t]+`?(?P<host>[a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]{2,}\d{1,4}[a-z]?)(?![\w/@.-]|\.\w)"
)
# The literal each alternative of _MACHINE_VERB starts with, found in one pass.
_MACHINE_VERB_WORDS = ("ssh", "ping", "reboot", "restart", "log in", "log on", "logged", "drain", "cordon", "reimag",
                       "decommission", "provision", "power", "failover", "fail", "box ", "host ", "node ", "server ",
                       "vm ", "machine ")
_MACHINE_PREPOSITION_WORDS = ("from", "on", "via", "against", "behind", "whitelist", "allowlist", "blocklist",
                              "unblock", "block")
_SUBDOMAIN_AFTER_PREPOSITION = re.compile(
    r"(?i:from|on|via|against|behind|whitelist(?:ed|ing)?|allowlist(?:ed|ing)?|blocklist(?:ed|ing)?|unblock(?:ed|ing)?"
    r"|block(?:ed|ing)?)[ \t]+(?:the[ \t]+)?[`'\"]?"
    r"(?P<host>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){2,})(?![\w(@/-]|\.[A-Za-z0-9])"
)
# A remote-access or file-transfer command (or its verb in prose), maybe with flags, then a subdomain:
# "sftp to exchange.partner-bank.se", "rdp to term.clinic-x.de", "sftp -P 2222 drop.files.partner.org".
_REMOTE_ACCESS_WORDS = ("ssh", "sftp", "scp", "rdp", "telnet", "ping", "mount", "rsync", "mosh", "winrm")
_SUBDOMAIN_AFTER_REMOTE_ACCESS = re.compile(
    r"(?i:ssh|sftp|scp|rdp|telnet|ping|mount|rsync|mosh|winrm)(?:[ \t]+-{1,2}[A-Za-z][\w-]{0,15}(?:[ \t]+\d{1,5})?){0,3}"
    r"(?:[ \t]+(?i:to|into|onto|on))?[ \t]+[`'\"]?"
    r"(?P<host>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){2,})(?![\w(@/-]|\.[A-Za-z0-9])"
)
# One literal pass finds both families' words.
_MACHINE_AND_REMOTE_ACCESS_WORDS = tuple(dict.fromkeys((*_MACHINE_VERB_WORDS, *_REMOTE_ACCESS_WORDS)))
_IMPORT_AFTER = re.compile(r"[ \t]+(?:c?import)\b")
_KUBECTL_NODES_HEADER = re.compile(r"(?m)^(?P<name>NAME)[ \t]+STATUS[ \t]+ROLES\b")
_PROJECT_NUMBER = re.compile(r"(?i:\bproject\b)[^\n]{0,60}?\bnumber\b[ \t]*[:=#]?[ \t]*(?P<number>\d{6,19})(?![\w-])")
_NOT_MACHINES = frozenset("utf-8 utf-16 x86-64 sha-256 sha-1 md5 ipv4 ipv6 mp4 h264 http2 oauth2 s3 ec2 k8s".split())

# The last dash of a hyphenated first label ("smtp-relay.", "db-primary."): a literal the engine searches for.
_DASH_IN_FIRST_LABEL = re.compile(r"-[a-z0-9]+\.[a-z]")
_ROLE_FIRST_LABEL = re.compile(
    r"(?<![\w.@/-])(?P<host>(?P<label>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)\.(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.[a-z]{2,})(?![\w(-]|\.\w)"
)

_ACCOUNT_LIST = re.compile(r"(?i:account[_-]?ids?)[\"']?[ \t]*[:=][ \t]*\[(?P<items>[^\]\n]{12,400})\]")
# A line naming an AWS account: every twelve-digit number on it is one (doubtful).
_AWS_ACCOUNT_LINE = re.compile(r"\b(?:aws|amazon)\b.*\baccounts?\b|\baccounts?\b.*\baws\b")
_SCP_REMOTE = re.compile(
    r"@(?P<host>[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+):(?![\d/]{0,5}\d(?![\w./-]))(?=[\w~./-])"
)
_CLOUD_ID_HEADER = re.compile(
    r"(?i)(?<![\w])(?P<label>project[_ ]?id|project[_ ]?number|subscription[_ ]?id|account[_ ]?id|account)(?![\w])"
)
_CLOUD_ID_KINDS = {"projectid": "GCP_PROJECT", "projectnumber": "GCP_PROJECT", "subscriptionid": "AZURE_SUBSCRIPTION",
                   "accountid": "AWS_ACCOUNT_ID", "account": "AWS_ACCOUNT_ID"}
_CLOUD_ID_VALUE = {"GCP_PROJECT": re.compile(r"[a-z][a-z0-9-]{4,28}[a-z0-9]|\d{6,19}"),
                   "AZURE_SUBSCRIPTION": re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"),
                   "AWS_ACCOUNT_ID": re.compile(r"\d{12}")}
# (A digit first, its look-behind after it: a leading look-behind made re try every position of the text.)
_CLOUD_RUN_PATH = re.compile(
    r"\bnamespaces/(?P<project>[a-z][a-z0-9-]{4,28}[a-z0-9])/(?:services|revisions|configurations|routes|domainmappings)\b"
)


@needs_marks(ANY_TEXT)  # (a column of machines needs only a line break)
def find_infra_places(text: str, registrable_domain: Callable[[str], str | None]
                      ) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, kind, score) of the hosts and cloud ids described in the module docstring."""
    if contains_any(text, ("hosts:",)):
        yield from _inventory_hosts(text)
    lowered = lowered_same_length(text)
    resume = 0
    dotted = "." in text
    for position in keyword_positions(lowered, _MACHINE_AND_REMOTE_ACCESS_WORDS):
        if position and lowered[position - 1].isalnum():
            continue
        if dotted and lowered.startswith(_REMOTE_ACCESS_WORDS, position):
            yield from _subdomain_after_remote_access(text, position, registrable_domain)
        if position < resume:
            continue
        match = _MACHINE_VERB.match(text, position)
        if match is not None and match.group("host").lower() not in _NOT_MACHINES:
            resume = match.end()
            yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.65
    if "-" in text and "." in text:
        yield from _role_named_hosts(text, lowered, registrable_domain)
    if "@" in text:
        for match in _scp_remotes(text):
            host = match.group("host").lower()
            registrable = registrable_domain(host)
            if registrable is not None and registrable != host and registrable not in _PUBLIC_FORGES:
                yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.7
    if contains_any(text, ("ccount", "CCOUNT")):
        for listing in _ACCOUNT_LIST.finditer(text):
            for number in twelve_digit_numbers(listing.group("items")):
                offset = listing.start("items")
                yield offset + number.start(), offset + number.end(), "AWS_ACCOUNT_ID", 0.8
        if "aws" in lowered or "amazon" in lowered:
            yield from _numbers_on_aws_account_lines(text, lowered)
        yield from _cloud_id_columns(text, lowered, ("account",))
    if contains_any(lowered, ("roject", "ubscription")):
        yield from _cloud_id_columns(text, lowered, ("project", "subscription"))
    if "." in text:
        yield from _subdomains_after_machine_prepositions(text, lowered, registrable_domain)
    if contains_any(text, ("ROLES",)):
        for header in _KUBECTL_NODES_HEADER.finditer(text):
            for start, end in aligned_column_cells(text, header.start("name"), header.end("name")):
                yield start, end, "INTERNAL_HOSTNAME", 0.75
    if "\n" in text:
        yield from _machine_column_cells(text, lowered, registrable_domain)
    if contains_any(lowered, ("number",)):
        for match in _PROJECT_NUMBER.finditer(text):
            yield match.start("number"), match.end("number"), "GCP_PROJECT", 0.7
    if contains_any(text, ("namespaces/",)):
        for match in _CLOUD_RUN_PATH.finditer(text):
            yield match.start("project"), match.end("project"), "GCP_PROJECT", 0.75


# Public code forges whose subdomains serve everyone (ssh.dev.azure.com, altssh.gitlab.com).
_PUBLIC_FORGES = frozenset("github.com gitlab.com bitbucket.org azure.com visualstudio.com codeberg.org gitee.com "
                           "sr.ht sourceforge.net launchpad.net".split())


def _subdomains_after_machine_prepositions(text: str, lowered: str, registrable_domain: Callable[[str], str | None]
                                           ) -> Iterator[tuple[int, int, str, float]]:
    for position in keyword_positions(lowered, _MACHINE_PREPOSITION_WORDS):
        if position and lowered[position - 1].isalnum():
            continue
        match = _SUBDOMAIN_AFTER_PREPOSITION.match(text, position)
        if match is None or _IMPORT_AFTER.match(text, match.end()):
            continue  # "from app.config.settings.prod import X": a module
        host = match.group("host").lower()
        registrable = registrable_domain(host)
        if (registrable is not None and registrable != host and not host.startswith("www.")
                and not is_public_site(registrable)):
            yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.55


def _subdomain_after_remote_access(text: str, position: int, registrable_domain: Callable[[str], str | None]
                                   ) -> Iterator[tuple[int, int, str, float]]:
    """A subdomain someone logs into, copies files to or pings is a machine (public forges and www. stay)."""
    match = _SUBDOMAIN_AFTER_REMOTE_ACCESS.match(text, position)
    if match is None:
        return
    host = match.group("host").lower()
    registrable = registrable_domain(host)
    if (registrable is not None and registrable != host and not host.startswith("www.")
            and registrable not in _PUBLIC_FORGES and not is_public_site(registrable)):
        yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.55


def _scp_remotes(text: str) -> Iterator[re.Match]:
    """`_SCP_REMOTE` tried at each "@" after a user name (a regex pass over every character costs far more)."""
    at = text.find("@")
    while at != -1:
        if at and (text[at - 1].isalnum() or text[at - 1] in "._-"):
            match = _SCP_REMOTE.match(text, at)
            if match is not None:
                yield match
        at = text.find("@", at + 1)


def _numbers_on_aws_account_lines(text: str, lowered: str) -> Iterator[tuple[int, int, str, float]]:
    for number in twelve_digit_numbers(text):
        line_start = lowered.rfind("\n", 0, number.start()) + 1
        line_end = lowered.find("\n", number.end())
        line = lowered[line_start:len(lowered) if line_end == -1 else line_end]
        if _AWS_ACCOUNT_LINE.search(line):
            yield number.start(), number.end(), "AWS_ACCOUNT_ID", 0.6


def _cloud_id_columns(text: str, lowered: str, words: tuple[str, ...]) -> Iterator[tuple[int, int, str, float]]:
    """Cells under a cloud-id column header, tried only where one of the header `words` occurs."""
    headers = []
    for position in keyword_positions(lowered, words):
        header = _CLOUD_ID_HEADER.match(text, position)
        if header is not None and (position == 0 or not text[position - 1].isalnum()):
            headers.append(header)
    for header in headers:
        kind = _CLOUD_ID_KINDS[re.sub(r"[_ ]", "", header.group("label").lower())]
        value = _CLOUD_ID_VALUE[kind]
        for start, end in itertools.chain(column_cells(text, header.start(), header.end()),
                                          aligned_column_cells(text, header.start(), header.end())):
            if value.fullmatch(text, start, end):
                yield start, end, kind, 0.75


# A header cell naming a machine column, and the words it starts with (found by the text's shared cue scan).
_MACHINE_HEADER = re.compile(
    r"(?i)(?P<label>(?:host|server|node|machine|computer|device|dns)[ _-]?name|hostname|host|fqdn|server|node"
    r"|machine|computer|domain)(?![\w-])"
)
_MACHINE_HEADER_WORDS = ("host", "server", "node", "machine", "computer", "device", "dns", "fqdn", "domain")
_MACHINE_CELL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
MACHINE_COLUMN_SCORE = 0.7
# Shorter coined words are as often abbreviations of roles or sites (`ams`, `lhr`, `dbx`).
_MIN_COINED_MACHINE_LENGTH = 5


def _machine_column_cells(text: str, lowered: str, registrable_domain: Callable[[str], str | None]
                          ) -> Iterator[tuple[int, int, str, float]]:
    """Machines in the cells under a machine column's header (separated or whitespace-aligned tables)."""
    for position in keyword_positions(lowered, _MACHINE_HEADER_WORDS):
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-"):
            continue
        header = _MACHINE_HEADER.match(text, position)
        if header is None:
            continue
        for start, end in itertools.chain(column_cells(text, header.start(), header.end()),
                                          aligned_column_cells(text, header.start(), header.end())):
            cell = text[start:end].strip(" \t\"'`*")
            start = text.index(cell, start) if cell else start
            if cell and _MACHINE_CELL.fullmatch(cell) and _names_a_machine(cell, registrable_domain):
                yield start, start + len(cell), "INTERNAL_HOSTNAME", MACHINE_COLUMN_SCORE


def _names_a_machine(cell: str, registrable_domain: Callable[[str], str | None]) -> bool:
    """A table cell's value as a machine: see the module docstring's machine column."""
    labels = cell.lower().split(".")
    if len(labels) == 1:
        if cell.isalpha():
            # A coined word (`tarnwick`) is a machine's name; an ordinary word or a product (`primary`, `nginx`)
            # is a role or a placeholder the column also holds.
            return len(cell) >= _MIN_COINED_MACHINE_LENGTH and not is_known_label(cell.lower())
        return (any(character.isdigit() for character in cell) or "-" in cell) and not cell.isdigit() \
            and any(character.isalpha() for character in cell) and cell.lower() not in _NOT_MACHINES
    if not labels[-1].isalpha():
        return False  # an address or a version
    registrable = registrable_domain(cell.lower())
    if registrable is None:
        return True
    return registrable != cell.lower() and labels[0] != "www" and not is_public_site(registrable) \
        and not is_vendor_domain(registrable)


def _inventory_hosts(text: str) -> Iterator[tuple[int, int, str, float]]:
    for hosts in _YAML_HOSTS_KEY.finditer(text):
        parent_indent = len(hosts.group("indent").expandtabs())
        child_indent = None
        position = hosts.end() + 1
        while position < len(text):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            line = text[position:line_end]
            if line.strip() and not line.lstrip().startswith("#"):
                entry = _YAML_KEY_LINE.fullmatch(line)
                indent = len(line) - len(line.lstrip())
                if indent <= parent_indent or entry is None:
                    break
                if child_indent is None:
                    child_indent = indent
                if indent == child_indent:
                    start = position + entry.start("host")
                    yield start, position + entry.end("host"), "INTERNAL_HOSTNAME", 0.75
            position = line_end + 1


def _role_named_hosts(text: str, lowered: str, registrable_domain: Callable[[str], str | None]
                      ) -> Iterator[tuple[int, int, str, float]]:
    resume = 0
    for dash in _DASH_IN_FIRST_LABEL.finditer(lowered):
        if dash.start() < resume:
            continue
        start = dash.start()
        while start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] == "-"):
            start -= 1  # back to the first label's start
        match = _ROLE_FIRST_LABEL.match(text, start)
        resume = dash.end()
        if match is None or match.end("label") < dash.start():
            continue
        resume = match.end()
        parts = match.group("label").split("-")
        if not any(part in _ROLES or part.rstrip("0123456789") in _ROLES for part in parts):
            continue
        host = match.group("host")
        registrable = registrable_domain(host)
        if registrable is not None and registrable != host:
            yield match.start("host"), match.end("host"), "INTERNAL_HOSTNAME", 0.55
