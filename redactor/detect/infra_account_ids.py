"""Vendors' account, tenant and workspace ids by their format in the slot their vendor's words give them.

`"homeTenantId": "5b1c...-...."` (`az account show`), `Directory (tenant) ID: ...` (a portal copy),
`organizationId`, `workspace id is ...`, `https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`,
`api.cloudflare.com/client/v4/accounts/<32 hex>/...`: an opaque id (a GUID, 32 hex digits, an Oracle
OCID) after a word that names an account of a cloud or SaaS vendor (account, tenant, tenancy,
subscription, directory, organisation, workspace, compartment), in whatever casing the key has
(`homeTenantId`, `TENANT_ID`, `Tenant ID`), or in the URL path segment the vendor's API gives it,
is the organisation's own account there. So is such an id after a word for what an account holds (a project, a
DNS zone, a cluster, an environment, an org: `zone_id = "<32 hex>"`, "the cluster <guid>") and after a localised
portal's account word (`Abonnement : <guid>`, `ID de suscripción`); a GUID after any other word (a request, a
trace) is left alone. The value's shape is the check: a GUID or a run of hex
is never an ordinary word, and a key with an account word and no such value (`account: Savings`)
is left to the detectors that know those labels (infra_accounts.py, the PII record numbers).
The same ids under such a column header of a table (`az account list -o table`'s `SubscriptionId` and
`TenantId` columns, a CSV export's `tenant_id`): the header is the vendor's word for every row. Twelve-digit AWS account numbers and `/subscriptions/<guid>` paths have their own rules in infra.py.

Talk about an Azure/Entra account names its id a few words away, not right after a key: "the tenant we moved to is
<guid>", "which tenant? → <guid>", `# prod subscription (finance) <guid>`, `Get-AzSubscription | Export-Csv`'s `Id`
column beside `TenantId`, a subscription object's `id` above its `tenantId`. A GUID on a line that says tenant or
subscription, within a few lines after one or a line or two before one, is such
an account's id (doubtful: a GUID in that talk may be another object's) unless the words just before it name the
other object (a request, correlation, trace, application, object, principal id...) or it stands in a path (`/`).
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from redactor.detect.keywords import keyword_positions, lowered_same_length, matches_at_starts, needs_cues
from redactor.detect.table_columns import column_cells

ACCOUNT_ID_SCORE = 0.8
_ID = (r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"  # a GUID
       r"|[0-9a-fA-F]{32}"  # a GUID without its hyphens (Cloudflare, Databricks accounts)
       r"|ocid1\.[a-z0-9]+\.oc\d+\.[a-z0-9-]*\.[a-z0-9]{20,}")  # an Oracle Cloud id
# The vendor's account words; the resources an account holds (a project, a DNS zone, a cluster, an environment);
# the issuer App Store Connect's API keys name (round 31: `issuer_id: <guid>`, `(issuer <guid>)`: the team's account;
# an OpenID issuer is a URL, which is no GUID);
# and the account words of localised portals (Azure's French, German and Dutch "Abonnement", Spanish "suscripción",
# Portuguese "assinatura", Italian "sottoscrizione"; a tenant is a "Mandant", "locataire", "inquilino").
_ACCOUNT_WORDS = ("account", "tenant", "tenancy", "subscription", "directory", "organization", "organisation",
                  "workspace", "compartment", "org", "project", "zone", "cluster", "environment", "issuer",
                  "abonnement", "suscripción", "suscripcion", "assinatura", "sottoscrizione", "mandant", "locataire",
                  "inquilino")
# The key or label: an account word, perhaps plural, "(tenant)", and an id word, then a separator.
_KEYED_ID = re.compile(
    r"(?i:account|tenant|tenancy|subscription|directory|organi[sz]ation|workspace|compartment|org|project|zone|cluster"
    r"|environment|issuer|abonnement|suscripci[oó]n|assinatura|sottoscrizione|mandant|locataire|inquilino)s?"
    r"(?:[ \t]?\((?i:tenant|directory|account)\))?"
    r"(?:[ _.-]?(?i:id|identifier|guid|uuid|ocid))?"
    r"[\"']?[ \t]*(?:[:=|]|->|=>|(?i:is))?[ \t]*[\"'`]?"
    rf"(?P<value>{_ID})(?![\w-])"
)
# The URL path segments vendors put an account id in.
_PATH_CUES = ("login.microsoftonline.", "login.windows.net/", "sts.windows.net/", "/accounts/", "/tenants/",
              "/organizations/", "/organisations/", "/workspaces/", "/directories/", "/compartments/")
_PATH_ID = re.compile(
    r"(?i:login\.microsoftonline\.(?:com|us|de)/|login\.windows\.net/|sts\.windows\.net/"
    r"|/(?:accounts|tenants|organi[sz]ations|workspaces|directories|compartments)/)"
    rf"(?P<value>{_ID})(?![\w-])"
)


# Ids by the place their vendor's tool gives them (round 26b): the service principal `az login` signs in as, an Apple
# developer team (fastlane's `team_id("...")`, Xcode's DEVELOPMENT_TEAM, App Store Connect's `itc_team_id`: a bare
# `team_id = 123456` is any application's row), the tenant a SaaS API path or a client's
# settings name (`/api/gateway.php/<tenant>/`, `"lastTenant": "..."`), a managed control plane's, a MongoDB Atlas
# project's or organisation's (24 hex digits after `projectId`, `groupId`, `orgId`) and a Route 53 hosted zone's
# (`Z` and capitals with a digit after `hosted-zone-id`, `HostedZoneId`, `zone_id`).
# (A Cloudflare tunnel's id, `tunnel ID <guid>`, `"TunnelID":`, found 5 more leaks on blind20/22 but took blind8
# secrets' over-redaction to 10.07%: left out for the lead to decide.)
_PLACE_CUES = ("--service-principal", "team_id", "itc_team_id", "teamid", "development_team", "gateway.php/", "tenant",
               "control plane", "control-plane", "project", "group", "org", "zone", "hosted")
_PLACED_ID = re.compile(
    r"--service-principal\b[^\n|;&]{0,60}?(?<![\w-])(?:-u|--username)(?:[ \t]+|=)[\"']?"
    r"(?P<principal>[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})(?![\w-])"
    r"|(?i:team_?id|development_team)[\"']?[ \t]*(?:\(|[:=]|=>)[ \t]*[\"']?(?P<team>(?=[A-Z]*\d)[A-Z0-9]{10})(?![\w-])"
    r"|itc_team_id[\"']?[ \t]*(?:\(|[:=]|=>)[ \t]*[\"']?(?P<itc_team>\d{6,12})(?![\w-])"
    r"|(?i:control[ -]plane(?:[ _-]?id)?)[\"']?[ \t]*(?:[:=]|(?i:is))?[ \t]*[\"']?"
    r"(?P<control_plane>[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})(?![\w-])"
    r"|(?i:project|group|org)[ _-]?(?i:id)[\"']?[ \t]*(?:[:=]|=>)?[ \t]*[\"']?(?P<atlas>[0-9a-f]{24})(?![\w-])"
    r"|(?i:(?:hosted[ _-]?)?zone[ _-]?id)[\"']?[ \t]*(?:[:=]|=>)?[ \t]*[\"']?(?P<zone>Z(?=[A-Z]*\d)[0-9A-Z]{9,31})(?![\w-])"
    r"|gateway\.php/(?P<gateway>[A-Za-z0-9][A-Za-z0-9-]{1,62})/"
    r"|(?<![\w-])(?:last|current|default|active)?_?(?i:tenant)(?:[_-]?(?i:name|slug|key))?[\"']?[ \t]*[:=][ \t]*[\"']"
    r"(?P<tenant>[a-z0-9][a-z0-9_-]{2,62})[\"']")
# Tenant settings that name no one (Azure's shared authorities, placeholders).
_SHARED_TENANTS = frozenset("common organizations consumers default none null true false tenant example test demo "
                            "public".split())


@needs_cues(_PLACE_CUES, _ACCOUNT_WORDS, _PATH_CUES)  # (every finding is read from their positions)
def find_account_ids_in_slots(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each vendor account id after its account word or in its vendor's URL path slot."""
    lowered = lowered_same_length(text)
    for position in keyword_positions(lowered, _PLACE_CUES):
        match = _PLACED_ID.match(text, _key_start(text, position))
        if match and not (match.lastgroup == "tenant" and match.group("tenant") in _SHARED_TENANTS):
            yield match.span(match.lastgroup)
    word_starts = [position for position in keyword_positions(lowered, _ACCOUNT_WORDS)
                   if _starts_a_word(text, position)]
    for match in matches_at_starts(_KEYED_ID, text, word_starts):
        yield match.start("value"), match.end("value")
    for match in matches_at_starts(_PATH_ID, text, keyword_positions(lowered, _PATH_CUES)):
        yield match.start("value"), match.end("value")
    newlines = [match.start() for match in _NEWLINE.finditer(text)] if word_starts else []
    for position in word_starts:
        header = _header_cell_around(text, position)
        if header is None:
            continue
        # The header's line by bisection (a search back and forth from every account word of one long line
        # was quadratic); a line this long is prose or a log, no table's header.
        index = bisect.bisect_left(newlines, position)
        line_start = newlines[index - 1] + 1 if index else 0
        line_end = newlines[index] if index < len(newlines) else len(text)
        if line_end - line_start > _LONGEST_HEADER_LINE:
            continue
        cells = column_cells(text, *header) if _SEPARATORS.search(text, line_start, line_end) else \
            _aligned_cells(text, *header)
        for start, end in cells:
            if _WHOLE_ID.fullmatch(text, start, end):
                yield start, end


# Words of talk about an Azure/Entra account (substrings: `TenantId`, `subscriptions`), and how far before a GUID
# they may stand (a few lines: a header row, "Switching subscription:" then the id) or after it (the next keys of
# a subscription object: `"id": <guid>,` then `"tenantId"`).
_ACCOUNT_TALK_WORDS = ("tenant", "subscription")
_TALK_REACH = 150
_TALK_REACH_AFTER = 80
_GUID = re.compile(r"(?<![\w/.-])[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}(?![\w/-])")
# Words naming what else a GUID in that talk identifies; looked for in the few words before the GUID.
# A word starts after a non-letter or at a camelCase hump (`principalId`, `servicePrincipalId`, `client_id`).
_OTHER_OBJECT_WORDS = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
    r"(?i:request|correlation|trace|tracking|activity|session|operation|object|client|app|application|principal"
    r"|event|message|run|job|build|deployment|role|policy|assignment|key|secret|resource|device|user|group"
    r"|transaction|instance|uuid|guid|x-ms-[a-z-]+)(?i:s|[_ -]?ids?)?(?![a-z])")
_OTHER_OBJECT_REACH = 40


# (text.lower() finds these words where lowered_same_length does: the one letter whose lower case is two characters,
# `İ`, gives an `i` and a combining dot, and no `i` of these words is followed by one)
@needs_cues(_ACCOUNT_TALK_WORDS)  # (it returns at once without one)
def find_account_ids_in_account_talk(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each GUID in talk about an Azure/Entra account (module docstring, last paragraph)."""
    lowered = text.lower()
    # (`/subscriptions/<guid>/resourceGroups/...` is a path, no talk: ARM JSON holds one per resource)
    talk_positions = sorted(position for word in _ACCOUNT_TALK_WORDS for position in _all_positions(lowered, word)
                            if not position or text[position - 1] != "/")
    if not talk_positions:
        return
    for match in _GUID.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        reach_start = min(line_start, max(0, match.start() - _TALK_REACH))
        reach_end = max(line_end, match.end() + _TALK_REACH_AFTER)
        index = bisect.bisect_left(talk_positions, reach_start)
        if index == len(talk_positions) or talk_positions[index] >= reach_end:
            continue
        before = text[max(line_start, match.start() - _OTHER_OBJECT_REACH):match.start()]
        if _OTHER_OBJECT_WORDS.search(before):
            continue
        yield match.start(), match.end()


def _key_start(text: str, position: int) -> int:
    """The start of the key holding the cue at `position` (`lastTenant`, `itc_team_id`), walked back over letters."""
    start = position
    while start > 0 and position - start < 12 and (text[start - 1].isalpha() or text[start - 1] == "_"):
        start -= 1
    return start


def _all_positions(lowered: str, word: str) -> Iterator[int]:
    position = lowered.find(word)
    while position != -1:
        yield position
        position = lowered.find(word, position + 1)


def _starts_a_word(text: str, position: int) -> bool:
    """Whether the account word at `position` starts a word or a camelCase part (`homeTenantId`), not `subaccount`."""
    if position == 0 or not text[position - 1].isalnum():
        return True
    return text[position].isupper() and text[position - 1].islower()


_WHOLE_ID = re.compile(_ID)
_SEPARATORS = re.compile(r"[|\t,;]")
# A header cell naming an account column: `SubscriptionId`, `TenantId`, `tenant_id`, `ACCOUNT`, `"workspaceId"`.
_ACCOUNT_HEADER = re.compile(
    r"[\"'`*]*(?:[A-Za-z]+[_-]?)?(?i:account|tenant|tenancy|subscription|directory|organi[sz]ation|workspace|compartment)"
    r"(?:[ _-]?(?i:id|identifier|guid|uuid|ocid))?[\"'`*:]*"
)
# Table rows read below a header, at most.
_MAX_ROWS = 500
# Characters of a header cell, at most (`"subscriptionId":` is 17), and of a header line.
_LONGEST_HEADER = 48
_LONGEST_HEADER_LINE = 1024
_NEWLINE = re.compile("\n")


def _header_cell_around(text: str, position: int) -> tuple[int, int] | None:
    """[start, end) of the header word holding the account word at `position`, when it is a whole account header."""
    # A header is a short word: the walk stops after _LONGEST_HEADER characters (a long run without a
    # separator, `/subscriptions//subscriptions/...`, would make every account word in it cost the whole run).
    start = position
    while start and position - start <= _LONGEST_HEADER and not text[start - 1].isspace() and text[start - 1] not in "|,;":
        start -= 1
    end = position
    while end < len(text) and end - position <= _LONGEST_HEADER and not text[end].isspace() and text[end] not in "|,;":
        end += 1
    if end - start > _LONGEST_HEADER or not _ACCOUNT_HEADER.fullmatch(text, start, end):
        return None
    cell = text[start:end].strip("\"'`*:")
    cell_start = text.index(cell, start)
    return cell_start, cell_start + len(cell)


def _aligned_cells(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) of each word below the header word text[start:end] of whitespace-aligned tool output (`az ...
    -o table`, `gcloud ... list`) that overlaps its character columns; rows are read until a blank line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1 or len(text[line_start:line_end].split()) < 2:
        return  # no row below, or a single word on its line: no table header
    first_column, last_column = start - line_start, end - line_start
    position = line_end + 1
    for _ in range(_MAX_ROWS):
        row_end = text.find("\n", position)
        row_end = len(text) if row_end == -1 else row_end
        row = text[position:row_end]
        if not row.strip():
            return
        for word in _WORD.finditer(row):
            if word.start() < last_column + 4 and word.end() > first_column:  # (ids run past a short header)
                yield position + word.start(), position + word.end()
                break
        if row_end >= len(text):
            return
        position = row_end + 1


_WORD = re.compile(r"\S+")
