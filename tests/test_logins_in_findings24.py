"""A login found inside a larger finding (an e-mail's local part, a connection string's or URL's user, an IAM user
ARN's name) is spread to its bare mentions elsewhere in the conversation, doubtful (the wire redacts it), unless it
is a role account. Dev set written before the change; check set written after, not tuned on."""
from __future__ import annotations

import pytest

from redactor.detect.engine import DetectionEngine

from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _mention_spans(engine: DetectionEngine, origin: str, mention: str, kind: str):
    return engine.detect([Segment(origin, role="user", kind="code"), Segment(mention, role="tool", kind=kind)])[1]


def covered(engine: DetectionEngine, origin: str, mention: str, login: str, kind: str) -> bool:
    start = mention.index(login)
    return any(s.start <= start and start + len(login) <= s.end
               for s in _mention_spans(engine, origin, mention, kind))


def untouched(engine: DetectionEngine, origin: str, mention: str, login: str, kind: str) -> bool:
    start = mention.index(login)
    return not any(s.start < start + len(login) and start < s.end
                   for s in _mention_spans(engine, origin, mention, kind))


DEV = [
    ("DATABASE_URL=postgres://jdoerfler:Xk29fhq7@db.internal:5432/app", "why does jdoerfler-laptop fail?",
     "jdoerfler", "prose"),
    ("From: tkowalczyk@acme-logistics.com", "why does tkowalczyk-laptop fail?", "tkowalczyk", "prose"),
    ("Server=db1.corp.local;Database=hr;User Id=hnakamura;Password=Qw8!x2zz;", "why does hnakamura-laptop fail?",
     "hnakamura", "prose"),
    ("mysql://rpatel2:Zx81kkq2@mysql-1.internal/reports", "$ ls /srv/backups\nrpatel2-2024-03-01.tar.gz",
     "rpatel2", "tool_result"),
    ("arn:aws:iam::123456789012:user/engineering/oadebayo", "oadebayo-workstation:~$ make test",
     "oadebayo", "tool_result"),
]

DEV_ROLE_ACCOUNTS = [
    ("DATABASE_URL=postgres://postgres:Xk29fhq7@db.internal:5432/app", "connect as postgres first", "postgres"),
    ("mongodb://svc_reports:Zx81kkq2@mongo-1.internal/reports", "restart svc_reports-worker", "svc_reports"),
    ("Reply to support@acme-logistics.com", "the support queue is long today", "support"),
]


@pytest.mark.parametrize("origin, mention, login, kind", DEV)
def test_dev_a_login_inside_a_finding_is_redacted_where_it_stands_alone(engine, origin, mention, login, kind):
    assert covered(engine, origin, mention, login, kind)


@pytest.mark.parametrize("origin, mention, login", DEV_ROLE_ACCOUNTS)
def test_dev_a_role_account_inside_a_finding_is_not_spread(engine, origin, mention, login):
    assert untouched(engine, origin, mention, login, "prose")


# Check set: written after the change, not tuned on.
CHECK = [
    ("REDIS_URL=redis://mkarimi:Vb82nnq1@cache.internal:6379/0", "$ ls /tmp\nmkarimi_notes.txt  out.log",
     "mkarimi", "tool_result"),
    ("Reply-To: <szhou.fin@example-corp.com>", "git checkout szhou.fin/fix-export", "szhou.fin", "tool_result"),
    ("arn:aws:iam::210987654321:user/lnguyen", "chmod 600 ~/.ssh/lnguyen.pem", "lnguyen", "tool_result"),
    ("Data Source=sql02;Initial Catalog=crm;User ID=bwachowski;Password=Lp0!mm3x;",
     "why does bwachowski-vm fail?", "bwachowski", "prose"),
]

CHECK_ROLE_ACCOUNTS = [
    ("AMQP_URL=amqp://guest:guest@rabbit:5672/", "log in as guest", "guest"),
    pytest.param("mysql://replication_ro:Qm3!xx81@db-2/app", "grant usage to replication_ro-proxy", "replication_ro",
                 marks=pytest.mark.xfail(reason="another rule finds the mention without the credential (not spread)")),
    ("noreply@example-corp.com sent it", "the noreply-relay job failed", "noreply"),
]


@pytest.mark.parametrize("origin, mention, login, kind", CHECK)
def test_check_a_login_inside_a_finding_is_redacted_where_it_stands_alone(engine, origin, mention, login, kind):
    assert covered(engine, origin, mention, login, kind)


@pytest.mark.parametrize("origin, mention, login", CHECK_ROLE_ACCOUNTS)
def test_check_a_role_account_inside_a_finding_is_not_spread(engine, origin, mention, login):
    assert untouched(engine, origin, mention, login, "prose")
