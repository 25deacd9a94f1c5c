"""Round 12's contact mechanisms (contact12). Dev sets were written before each change, check sets after."""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _covered(engine, text, value):
    spans = engine.detect([Segment(text, kind="prose")])[0]
    at = text.find(value)
    return any(span.start <= at and span.end >= at + len(value) and span.score >= 0.5 for span in spans)


# --- Logins built of a name, written in quotes or backticks (standalone_logins._whole_words) -----------------------
QUOTED_DEV = [
    ("Can you check why `mtorres` keeps getting locked out after the VPN change?", ["mtorres"]),
    ("Ticket 4471: account 'r.okafor' shows two sessions, one from Lagos and one from Leeds.", ["r.okafor"]),
    ('"2024-03-11","sam.ortiz3","export finished","ok"\n"2024-03-11","kt_vance","export failed","retry"',
     ["sam.ortiz3", "kt_vance"]),
    ("ok so I grep'd the audit log for \"jkowalski\" and nothing came back since Tuesday", ["jkowalski"]),
    ("Please remove 'ejohansson' from the finance share, she moved to the Oslo office last week.", ["ejohansson"]),
    ("INSERT INTO approvals (approver, amount) VALUES ('dnguyen', 1200.00);", ["dnguyen"]),
    ("owner: \"priya.raman\"\nteam: payments\nslack_channel: \"#pay-oncall\"", ["priya.raman"]),
    ("The Jenkins job was triggered by `lpadilla-adm` at 03:12, which nobody expected.", ["lpadilla-adm"]),
    ("Slack export row: {\"ts\": \"1712.44\", \"text\": \"ping\", \"who\": \"hwatanabe\"}", ["hwatanabe"]),
    ("We saw 'tomasz_k' and 'pjoshi_ext' both pushing to main on Friday night.", ["tomasz_k", "pjoshi_ext"]),
    ("| id | who | action |\n|----|-----|--------|\n| 1 | `cfischer` | rotated key |\n| 2 | `a.singh` | revoked key |",
     ["cfischer", "a.singh"]),
    ("Why does git blame show \"wchen\" on every line of this file?", ["wchen"]),
    ("Der Benutzer 'tschneider' hat keine Rechte mehr auf das Laufwerk.", ["tschneider"]),
    ("The reviewer field says \u201cmlopez\u201d but she left the company in March.", ["mlopez"]),
    ("Locked: `anna.kovacs`, `pjoshi_ext` (three failed MFA prompts each)", ["anna.kovacs", "pjoshi_ext"]),
]
QUOTED_CLEAN = [
    'Set `max_retries` to 5 and pass "utf-8" as the encoding.',
    "Run 'npm install react-dom' then 'npm run build'.",
    'The column "created_at" should be a timestamp, not "updated".',
]


@pytest.mark.parametrize("text, logins", QUOTED_DEV)
def test_quoted_logins_dev(engine, text, logins):
    for login in logins:
        assert _covered(engine, text, login), login


@pytest.mark.parametrize("text", QUOTED_CLEAN)
def test_quoted_words_stay(engine, text):
    assert engine.detect([Segment(text, kind="prose")])[0] == []
