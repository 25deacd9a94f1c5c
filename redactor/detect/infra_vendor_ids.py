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
  twenty letters with no digit is a word, not an id;
- the account in a resource name of Alibaba Cloud (`acs:<service>:<region>:<uid>:<resource>`, RAM policies' and
  roles' ARN-like names) and Tencent Cloud (`qcs::<service>:<region>:uin/<uin>:...`, CAM policies' principals), and a
  Google Cloud organisation or folder in its resource name (`organizations/<number>`, `folders/<number>`) (round 31);
- a Google Cloud billing account, three groups of six capital hex digits (`billingAccounts/...`,
  `--billing-account=...`, a billing export's table name), on a text that says billing, and a Google Workspace
  customer id (`C0` and seven lower-case letters and digits with both: `gcloud organizations list`'s
  DIRECTORY_CUSTOMER_ID, `Customer ID:` of the admin console) on a text that says customer (round 31).
infra_account_ids.py reads the same OCIDs after an account word; here the form alone is enough. Reported as
CLOUD_ACCOUNT_ID (0.8): the id is the customer's, and public documentation writes placeholders (`ocid1.tenancy.
oc1..<unique_ID>`, `o-exampleorgid`), which the form refuses (angle brackets; no digit).

Cost: found from the literals `ocid1.`, `crn:v1:`, `o-`, `ou-`, `AC`, `team_`, `prj_`, `b1g`, `aje`, `acs:`,
`qcs::`, `organizations/`, `folders/` (the text's shared cue scan), one anchored regex per occurrence; billing and
customer ids by one search within reach of each billing or customer word.
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
# Alibaba Cloud's and Tencent Cloud's resource names: the account is the fourth field, or each `uin/` of the name.
_ALIBABA_ACCOUNT = re.compile(r"acs:[a-z0-9-]+:[a-z0-9*-]*:(?P<account>\d{8,20})(?=:)")
_TENCENT_NAME = re.compile(r"qcs::[^\s\"'`,;]{0,200}")
_TENCENT_ACCOUNT = re.compile(r"(?<=[:/])(?:uin|uid)/(?P<account>\d{5,15})(?![\w-])")
_GOOGLE_PARENT = re.compile(r"(?:organizations|folders)/(?P<account>\d{6,20})(?![\w-])")
# A Google Cloud billing account within a few lines of the word billing: `01A2B3-C4D5E6-F7A8B9` (or with
# underscores, as a billing export's table name writes it).
_GOOGLE_BILLING_ACCOUNT = re.compile(r"(?<![A-Za-z0-9-])[0-9A-F]{6}([-_])[0-9A-F]{6}\1[0-9A-F]{6}(?![A-Za-z0-9-])")
_BILLING_REACH = 300
_WORKSPACE_CUSTOMER = re.compile(r"(?<![\w-])C0(?=[0-9]*[a-z])(?=[a-z]*[0-9])[0-9a-z]{7}(?![\w-])")
_LITERALS = ("ocid1.", "crn:v1:", "o-", "ou-", "AC", "team_", "prj_", "pn-", "b1g", "aje", "acs:", "qcs::",
             "organizations/", "folders/", "illing", "ILLING", "ustomer", "USTOMER")


@needs_marks(_LITERALS)  # (it reads their positions only)
def find_vendor_ids(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of Oracle Cloud ids, IBM Cloud accounts, AWS Organizations ids, Twilio accounts, Vercel
    teams and projects, Yandex Cloud clouds, folders and IAM ids, Alibaba and Tencent Cloud accounts and Google Cloud
    organisations, folders and billing accounts, by their own form."""
    billing_until = customer_until = -1
    for position in keyword_positions(text, _LITERALS):
        if text.startswith(("illing", "ILLING"), position):
            if position > billing_until:  # (a billing word's reach, read once)
                for match in _GOOGLE_BILLING_ACCOUNT.finditer(
                        text, max(billing_until, position - _BILLING_REACH, 0), position + _BILLING_REACH):
                    if any(character.isdigit() for character in match.group(0)):
                        yield match.span()
                billing_until = position + _BILLING_REACH
            continue
        if text.startswith(("ustomer", "USTOMER"), position):
            if position > customer_until:  # (a customer word's reach, read once)
                yield from (match.span() for match in _WORKSPACE_CUSTOMER.finditer(
                    text, max(customer_until, position - _BILLING_REACH, 0), position + _BILLING_REACH))
                customer_until = position + _BILLING_REACH
            continue
        if text.startswith(("organizations/", "folders/"), position):
            match = _GOOGLE_PARENT.match(text, position)
            if match:
                yield match.span("account")
            continue
        if position and (text[position - 1].isalnum() or text[position - 1] in "_-."):
            continue
        if text.startswith("acs:", position):
            match = _ALIBABA_ACCOUNT.match(text, position)
            if match:
                yield match.span("account")
            continue
        if text.startswith("qcs::", position):
            name = _TENCENT_NAME.match(text, position)
            for match in _TENCENT_ACCOUNT.finditer(text, position, name.end()):
                yield match.span("account")
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
