"""Dev set for short letter-prefixed codes beside people (written before the code; tuned on)."""
POSITIVES = [
    ("Maria Lopez (EMP-4471) asked about her leave balance.", "EMP-4471"),
    ("EMP-4471, Maria Lopez, Finance, started 2021", "EMP-4471"),
    ("| CX-2210 | Jonas Weber | Berlin | active |", "CX-2210"),
    ("id,name,city\nMB-3301,Anna Kowalska,Krakow\nMB-3302,Piotr Nowak,Gdansk\n", "MB-3302"),
    ("Please update the record for Daniel Okafor, PT-8812, before Friday.", "PT-8812"),
    ("SR-4410 Sofia Rossi called twice about the refund", "SR-4410"),
    ("- K-90213: Lena Fischer (lena.fischer@example.org)", "K-90213"),
    ('{"member": "Chen Wei", "ref": "AC-7710"}', "AC-7710"),
    ("Applicant Tomás Silva, file GR-5521, interview moved to Tuesday.", "GR-5521"),
    ("ST-1192 | Aisha Khan | Year 9 | 2 absences", "ST-1192"),
]
NEGATIVES = [
    "Fixed in PR-4471, see the changelog for details.",
    "Maria Lopez reviewed JIRA-2210 and PROJ-3301 yesterday.",
    "We use SHA-256 and AES-128 for the payload; see RFC-7519.",
    "The Boeing B-737 and the F-150 were in the ad.",
    "| PROJ-101 | Fix login redirect | done |",
    "Daniel Okafor closed INC-8812 and CHG-4410.",
    "ISO-8601 dates and UTF-8 text, per CVE-2024-3094 advisory",
    "2024-05-01 12:00:01 ERROR EMP-4471 failed to sync",
    "Lena Fischer wrote: ticket SUP-9021 is fixed in build BLD-4410.",
    "Port 8080, COVID-19 notes, Q3-2024 plan by Sofia Rossi",
]
