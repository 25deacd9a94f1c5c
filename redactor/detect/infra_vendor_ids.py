"""Cloud ids whose own form names their vendor, anywhere in a text (round 22).

Some vendors write the vendor and the kind of object into the id itself, so no account word is needed beside it:
- an Oracle Cloud id, `ocid1.<type>.<realm>.[<region>].<unique>` (`ocid1.instance.oc1.iad.anuwcljt...`): a
  tenancy's compartments, instances and buckets, under whatever key holds it (`"id":`, a log field, prose);
- an IBM Cloud resource name, `crn:v1:<cloud>:<type>:<service>:<location>:a/<account>:...`: the `a/` part is the
  account (32 hex digits);
- an AWS Organizations id: `o-` (organisation), `ou-<root>-<unit>` (organisational unit), ten or more lower-case
  letters and digits with both in them (`o-k7x2q9m4pw`), which no word or version has;
- a Twilio account SID, `AC` and 32 lower-case hex digits (`AC5f2d...`): its other objects take other prefixes;
- an OVHcloud vRack private network, `pn-` and five to nine digits (`pn-1149280`);
- a Vercel team or project id, `team_` or `prj_` and twenty or more letters and digits of both cases with a digit
  (`.vercel/project.json`'s `orgId` and `projectId`), which no code identifier (`team_members`) has;
- a Yandex Cloud id of the account's own objects (round 31): twenty lower-case letters and digits whose first three
  name the service that issued them, `b1g` for the resource manager's clouds and folders and `aje` for IAM's
  users, service accounts and keys (`folder_id = "b1g..."`, `"service_account_id": "aje..."`, a Russian error
  message "каталог b1g..."). Ids of compute objects (`fhm...`, `epd...`) are not the account's and stay. A run of
  twenty letters with no digit is a word, not an id.
infra_account_ids.py reads the same OCIDs after an account word; here the form alone is enough. Reported as
CLOUD_ACCOUNT_ID (0.8): the id is the customer's, and public documentation writes placeholders (`ocid1.tenancy.
oc1..<unique_ID>`, `o-exampleorgid`), which the form refuses (angle brackets; no digit).

Cost: found from the literals `ocid1.`, `crn:v1:`, `o-`, `ou-`, `AC`, `team_`, `prj_`, `b1g`, `aje` (the text's
shared cue scan);
one anchored regex per occurrence.
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import keyword_positions, needs_marks

VENDOR_ID_SCORE = 0.8

_OCID = re.compile(r"ocid1\.[a-z][a-z0-9]*\.oc\d+\.[a-z0-9-]*\.[a-z0-9]{20,}(?![\w.<-])")
_CRN_ACCOUNT = re.compile(r"crn:v1:[\w-]+:[\w-]*:[\w-]+:[\w-]*:a/(?P<account>[0-9a-f]{32})(?![\w-])")
_AWS_ORGANIZATION = re.compile(r"(?:o-[a-z0-9]{10,32}|ou-[a-z0-9]{4,32}-[a-z0-9]{8,32})(?![\w-])")
_TWILIO_ACCOUNT = re.compile(r"AC[0-9a-f]{32}(?![\w-])")
_VERCEL_ID = re.compile(r"(?:team|prj)_(?P<unique>[A-Za-z0-9]{20,32})(?![\w-])")
_OVH_PRIVATE_NETWORK = re.compile(r"pn-\d{5,9}(?![\w-])")
# Yandex Cloud: the issuing service's prefix and seventeen more lower-case letters and digits (twenty in all).
_YANDEX_ACCOUNT_ID = re.compile(r"(?:b1g|aje)(?P<unique>[a-z0-9]{17})(?![\w-])")
_LITERALS = ("ocid1.", "crn:v1:", "o-", "ou-", "AC", "team_", "prj_", "pn-", "b1g", "aje")


@needs_marks(_LITERALS)  # (it reads their positions only)
def find_vendor_ids(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of Oracle Cloud ids, IBM Cloud accounts, AWS Organizations ids, Twilio accounts, Vercel
    teams and projects and Yandex Cloud clouds, folders and IAM ids, by their own form."""
    for position in keyword_positions(text, _LITERALS):
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-."):
            continue
        if text.startswith("ocid1.", position):
            match = _OCID.match(text, position)
            if match:
                yield match.span()
        elif text.startswith("crn:v1:", position):
            match = _CRN_ACCOUNT.match(text, position)
            if match:
                yield match.span("account")
        elif text.startswith("AC", position):
            match = _TWILIO_ACCOUNT.match(text, position)
            if match:
                yield match.span()
        elif text.startswith("pn-", position):
            match = _OVH_PRIVATE_NETWORK.match(text, position)
            if match:
                yield match.span()
        elif text.startswith(("b1g", "aje"), position):
            match = _YANDEX_ACCOUNT_ID.match(text, position)
            if match and any(character.isdigit() for character in match.group("unique")):
                yield match.span()
        elif text.startswith(("team_", "prj_"), position):
            match = _VERCEL_ID.match(text, position)
            if match and _has_both_cases_and_digit(match.group("unique")):
                yield match.span()
        else:
            match = _AWS_ORGANIZATION.match(text, position)
            if match and _has_letter_and_digit(match.group(0).split("-", 1)[1]):
                yield match.span()


def _has_both_cases_and_digit(value: str) -> bool:
    return value != value.lower() and value != value.upper() and any(character.isdigit() for character in value)


def _has_letter_and_digit(value: str) -> bool:
    return any(character.isdigit() for character in value) and any(character.isalpha() for character in value)
