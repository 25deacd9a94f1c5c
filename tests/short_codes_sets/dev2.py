"""Dev set 2: short codes with no person cue on their line (written before the code; tuned on)."""
POSITIVES = [
    ("see KT-4471 for the scanned documents", "KT-4471"),
    ("KT-4471\nstill waiting on the signed consent form", "KT-4471"),
    ("CX-2210 has been escalated to the second tier", "CX-2210"),
    ("Can you pull up RM-30871? The address on file is outdated.", "RM-30871"),
    ("| RM-3087 | pending | 2024-05-02 |\n| RM-3091 | closed | 2024-05-03 |", "RM-3091"),
    ('{"holder": "HX-5521", "status": "lapsed"}', "HX-5521"),
    ("re: LN-88213 - documents received, thanks", "LN-88213"),
    ("Our client (DZ-4410) disputes the charge.", "DZ-4410"),
    ("record,opened,status\nQP-7712,2024-03-01,open\nQP-7719,2024-03-04,closed\n", "QP-7719"),
    ("Enrolment NR-6630 was transferred, see NR-6630 history.", "NR-6630"),
]
NEGATIVES = [
    "see PR-4471 for the diff",
    "PR-2210 has been merged to main",
    "Can you pull up JIRA-3087? The build is red.",
    "| PROJ-3087 | pending | 2024-05-02 |\n| PROJ-3091 | closed | 2024-05-03 |",
    '{"sku": "HX-5521", "status": "discontinued"}',
    "re: RFC-9110 semantics of PUT",
    "Our cluster (EU-4410) failed over.",
    "model,released,status\nRTX-4090,2022-10-12,sold\nRTX-4080,2022-11-16,sold\n",
    "Upgrade the A-320 fleet and the MD-11 freighters",
    "Tracked as ADR-0012 and ADR-0013 in the docs folder.",
]
