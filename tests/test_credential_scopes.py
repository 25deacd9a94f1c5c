"""Passwords and codes listed under a heading or intro about credentials, one `what it opens — value` per line.

A handover note, a family passwords doc, a lockbox log or an account list says once, in its heading or first line,
that it lists credentials ("Logins", "Passwörter", "codes for the site", "identifiants"); each line below is then
`<what it opens> <separator> [<login> <separator>] <value> [<separator> <note>]`, and the value is a credential
whatever its shape: a plain word, a name and a year, a PIN. Lines of the same shape in a block that says nothing
about credentials (a config, a price list, a contact sheet) are left, and so are notes, references ("ask Phil"),
placeholders, masks, hosts, e-mails, dates and numbers with a unit.

DEV set: examples written for the mechanism before the code (not taken from any corpus).
"""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.credential_scopes import scoped_credential_spans
from redactor.detect.secrets import SecretsDetector

DETECTOR = SecretsDetector()


def _secrets(text: str) -> set[str]:
    return {text[span.start:span.end] for span in DETECTOR.detect(DetectionInput(text, "prose"))}


def _redacted(text: str) -> set[str]:
    """Every word inside a found span (a value may be found inside a longer span: `ssid / key`)."""
    spans = DETECTOR.detect(DetectionInput(text, "prose"))
    return {word for span in spans for word in text[span.start:span.end].split()}


@pytest.mark.parametrize("text, values", [
    ("Mum's passwords (moving them to Bitwarden):\nAmazon — marigold77\nBBC iPlayer — sunflower\n"
     "Tesco app — 4471\nHalifax — see the blue book",
     {"marigold77", "sunflower", "4471"}),
    ("Site codes for the Harwell depot\n- Front gate → 2580\n- Yard office: kestrel-mill\n- Diesel tank padlock: 319",
     {"2580", "kestrel-mill", "319"}),
    ("Logins for the new starter\nCRM — j.banerjee — Paprika2025\nShared inbox — sales — orchard-lane\n",
     {"Paprika2025", "orchard-lane"}),
    ("Zugangsdaten Büro Weber:\nDrucker | admin | tulpenfeld\nNAS | buero | Rhein&Main88",
     {"tulpenfeld", "Rhein&Main88"}),
    ("Identifiants de la salle polyvalente :\nAlarme – 7712 – changé le 3 mars par Hugo\nWi-Fi – lavande2024",
     {"7712", "lavande2024"}),
    ("Key safe log\nFlat 2 — 6604 — set 12/01 by Amir\nFlat 5 — 0917 — set 19/01 by Amir",
     {"6604", "0917"}),
])
def test_values_listed_under_a_credential_heading_are_redacted(text, values):
    assert values <= _secrets(text)


@pytest.mark.parametrize("text", [
    "Password policy for staff:\n- Minimum length — 14 characters\n- Expiry — 90 days\n- Lockout — 5 attempts",
    "Office contacts\nReception — 0161 496 0000\nFacilities — facilities@example.com\nIT — ask Priya",
    "Deploy settings\nRegion: eu-west-2\nReplicas: 3\nImage: api:1.4.2",
    "Passwords:\nPortal — ********\nVPN — <your password>\nEmail — {{temp_password}}",
    "Login page checklist\n- Button colour — #1f6feb\n- Version — 2.3.1\n- Owner — Dana",
])
def test_lines_that_hold_no_credential_are_left(text):
    assert _secrets(text) == set()


# CHECK set: written after the code, not tuned on, without looking at any corpus.
@pytest.mark.parametrize("text, values", [
    ("Contraseñas de la oficina (no compartir):\nRouter ; admin ; girasol\nCaja fuerte ; 840213",
     {"girasol", "840213"}),
    ("Holiday let — key safe and wifi\n* Key safe: 5512\n* Wifi → Seabreeze_Cottage / dunes2021",
     {"5512", "dunes2021"}),
    ("hasła do kont:\nallegro – marek.w – Bursztyn77\nbank – 19840612\n",
     {"Bursztyn77", "19840612"}),
    ("Alarm codes (Unit 7)\nMaster\t9021\nCleaner\t3378\n",
     {"9021", "3378"}),
])
def test_check_values_under_a_credential_heading_are_redacted(text, values):
    assert values <= _redacted(text)


@pytest.mark.parametrize("text", [
    "Password reset steps\n1. Open the portal — https://portal.example.com\n2. Click Forgot — then check mail",
    "Wi-Fi coverage survey\nKitchen — good\nGarden — weak\nLoft — none",
    "Login service release notes\nBuild — 2024.11.3\nDate: 2024-11-30\nOwner: Platform team",
    "Alarm engineer visit\nEngineer: Dave Holt\nPhone: 07700 900456\nArrival — 09:30",
    "Credential rotation plan\nQ1 — database\nQ2 — API keys\nQ3 — service accounts",
])
def test_check_lines_under_a_credential_heading_that_hold_no_credential_are_left(text):
    assert _secrets(text) == set()


# --- lead, integration: scope words that are other words (Claude Code's CronCreate tool description) -------------
@pytest.mark.parametrize("text", [
    "Pin minute/hour/day-of-month/month to specific values:\n"
    '  "remind me at 2:30pm" → cron: "30 14 6 12 *", recurring: false\n',
    "Passengers\nrow 12 — Okafor\nrow 14 — Lindqvist\n",
    "Ping the hosts\nweb — ok\ndb — timeout\n",
    "pass the build to CI:\nlint → green\ntests → flaky\n",
])
def test_scope_words_inside_other_words_or_as_verbs_open_no_scope(text):
    assert not list(scoped_credential_spans(text, text.lower(), []))


@pytest.mark.parametrize("text, values", [
    ("PIN codes\nfront door — 4471\nsafe — 9120\n", ["4471", "9120"]),
    ("Door pins\nfront — 4471\nback — 9120\n", ["4471", "9120"]),
    ("your pin\nbank → 8812\n", ["8812"]),
])
def test_pin_as_a_name_still_opens_a_scope(text, values):
    assert [text[s.start:s.end] for s in scoped_credential_spans(text, text.lower(), [])] == values
