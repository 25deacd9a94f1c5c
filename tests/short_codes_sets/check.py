"""Check set for short letter-prefixed codes (written after the code, never tuned on)."""
POSITIVES = [
    ("Hi, following up on BV-30217, did the insurer reply?", "BV-30217"),
    ("Subject: FW: HM-7740 signed lease attached", "HM-7740"),
    ("TL-5508\nTL-5512\nTL-5519\nwaiting for the three of them", "TL-5512"),
    ("It's under W-88104 if you need to look it up.", "W-88104"),
    ('"caseRef": "DF-4402"', "DF-4402"),
    ("| SZ-6631 | approved | 14 days |", "SZ-6631"),
    ("Please merge the two duplicates: GK-2019 and GK-2290.", "GK-2290"),
    ("can u check MX-77310 pls, she says the payment bounced", "MX-77310"),
]
NEGATIVES = [
    "Closes PR-5508 and reverts the change from last sprint.",
    "The GTX-1080 and the RX-5700 both run it at 60 fps.",
    "Follow ADR-0042 when adding a new service.",
    "Per IEC-6100 and EN-5502 the device passes.",
    "Tracked in TL-5508 on the backlog; will fix next sprint.",
    "Flight LH-4402 to Munich was delayed two hours.",
    "Use the WD-4000 drive model for the NAS build.",
    "The fix for BUG-7740 landed in release 3.2.",
]
