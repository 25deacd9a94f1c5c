"""Round 16 (infra16): hosts under a coined name are doubtful internal hosts on the wire.

A name one label under a registrable domain where both labels are coined, known to no list
(`kelvra.ostmer.io`), and a name three labels deep under a private top-level name that is coined
(`orders.svc.zentra`, `rs0-a.dbfarm.vexa`). Dev sets were written before the change, check sets after
it (not tuned on; their misses stay listed as misses). Every host here is invented.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import AUDIT_MIN_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.infra_estate import find_deep_hosts
from redactor.detect.infra import InfraDetector, registrable_domain, under_cloud_suffix
from redactor.detect.base import DetectionInput
from redactor.policy import load_policy
from tests.growth import assert_linear_growth
from tests.wire_coverage import covered_on_wire, wire_spans


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


HOSTS_DEV = [
    ("can't reach vmtrx.qorvane.lan from the jump box", "vmtrx.qorvane.lan"),
    ("deploying to bfr-zel.tovik.net tonight", "bfr-zel.tovik.net"),
    ("alice: is kelvra.ostmer.io down again?", "kelvra.ostmer.io"),
    ("[10:42] bob: restarted nx4.dravel.cloud", "nx4.dravel.cloud"),
    ("host = pyxo-grel.vantiq.dev", "pyxo-grel.vantiq.dev"),
    ("ssh into trelq7.harbo.corp", "trelq7.harbo.corp"),
    ("Ping fails for omvu.skarda.local but works for the IP", "omvu.skarda.local"),
    ("the cert for zevrin-api.quollo.app expired", "zevrin-api.quollo.app"),
    ("added ferlo.brimtac.com to the allowlist", "ferlo.brimtac.com"),
    ("DNS: mq-plix.ottrava.internal -> 10.2.3.4", "mq-plix.ottrava.internal"),
    ("webhook goes to gandr.yuvelo.co.uk", "gandr.yuvelo.co.uk"),
    ("connect to postgres on dbx2.morvik.eu port 5432", "dbx2.morvik.eu"),
    ("The site ilvera.tasko.org returns 503", "ilvera.tasko.org"),
    ("nginx proxy_pass http://kwen-zo.trivant.io;", "kwen-zo.trivant.io"),
    ("server: a1b2.sklen.net", "a1b2.sklen.net"),
    ("carol: moved the DB to plenx.ardoq.systems", "plenx.ardoq.systems"),
    ("please whitelist brovex-stg.quenta.hr", "brovex-stg.quenta.hr"),
    ("Hostname vyr9.celmo.de changed owner", "vyr9.celmo.de"),
]

HOSTS_DEV2 = [  # private top-level names
    ("dbx.prod.ostmer", "dbx.prod.ostmer"),
    ("  server: billing-db.ostmer.prod", "billing-db.ostmer.prod"),
    ("smtp relay: mx-relay.kovra.home", "mx-relay.kovra.home"),
    ("URL: oryx-gw.palten.dmz", "oryx-gw.palten.dmz"),
    ("grpc target: orders.svc.zentra", "orders.svc.zentra"),
    ("mongo: rs0-a.dbfarm.vexa", "rs0-a.dbfarm.vexa"),
    ("DB_HOST=pg-main.qorvane.internal", "pg-main.qorvane.internal"),
    ("host: ldap-ro.skarda.corp", "ldap-ro.skarda.corp"),
    ("Server=sqlprd.trevik.int;Database=hr", "sqlprd.trevik.int"),
    ("dc01.ad.brimtac", "dc01.ad.brimtac"),
]

HOSTS_CHECK = [
    ("Mira: the build agent on qastro.fenwyck.eu keeps dying", "qastro.fenwyck.eu"),
    ("Ticket #4412: users cannot log in to portal at zumbra.delvix.com.br", "zumbra.delvix.com.br"),
    ("traceroute stops at gw-orvel.naxtrup.net", "gw-orvel.naxtrup.net"),
    ("  upstream: yeltro.brannoc.io:8443", "yeltro.brannoc.io"),
    ("hostname,ip\nsqvera.pomlit.de,10.1.1.4", "sqvera.pomlit.de"),
    ("Bitte prüft trenvo.quaslin.at, der Dienst hängt", "trenvo.quaslin.at"),
    ("se cayó olvanto.xerpia.es otra vez", "olvanto.xerpia.es"),
    ('{"target": "vexlor.undrit.co"}', "vexlor.undrit.co"),
    ("certbot failed for plumvo.graskin.nl", "plumvo.graskin.nl"),
    ("- kryzo.falmet.se (primary)", "kryzo.falmet.se"),
    ("  server: pgb.primar.halvex", "pgb.primar.halvex"),
    ("router at gw.vantor.home", "gw.vantor.home"),
    ("deploy target: api.stg.quenvik", "api.stg.quenvik"),
]


# Check-set misses, kept as they are: `queue` is a Python module's name, `kelso` a surname, `storage` a word.
CHECK_MISSES = [
    ("2026-12-01T10:00Z WARN retry to queue.ombrelo.eu", "queue.ombrelo.eu"),
    ("ping mail-gw.kelso.dmz", "mail-gw.kelso.dmz"),
    ("nfs mount nas01.storage.brelvo", "nas01.storage.brelvo"),
]


@pytest.mark.parametrize("text,host", HOSTS_DEV + HOSTS_DEV2 + HOSTS_CHECK)
def test_a_host_under_a_coined_domain_is_redacted_on_the_wire(engine, text, host):
    assert covered_on_wire(engine, text, host)


@pytest.mark.parametrize("text", [
    "see docs.pydantic.dev for validators",
    "check pkg.go.dev/net/http",
    "use cdn.jsdelivr.net for the script",
    "the docs at docs.gunicorn.org say so",
    "try api.openai.com with the new model",
    "call np.linalg.norm on it",
    "set df.iloc.at to zero",
    "the file model.ckpt.pt is 2 GB",
    "open blog.rust-lang.org",
    "mirror: mirrors.kernel.org",
    "the crate on docs.rs and crates.io",
    "repo.maven.apache.org is slow",
    "pull from quay.io and registry.k8s.io",
    "the docs at fastapi.tiangolo.com cover it",
    "see docs.djangoproject.com for the ORM",
    "news.ycombinator.com had a thread on it",
    "status page status.hetzner.com",
    "use cdnjs.cloudflare.com",
    "the result is in result.stdout.decode",
    "read the guide at learn.microsoft.com",
    "docs at docs.sqlalchemy.org",
    "see the thread on lobste.rs",
    "weights: model.safetensors.index.json",
    "ran pytest tests.unit.parsers",
    "out = model.encoder.attn(x)",
    "print(x.shape.ndim)",
    "cfg.model.nhead = 8",
    "spring.datasource.url=jdbc:postgresql://localhost/db",
    "logging.level.root=INFO",
    "np.linalg.eigh(a)",
    "return self.conv1.weight",
    "metadata.labels.app must match spec.selector.matchLabels",
    "see django.contrib.auth.models",
    "the field user.profile.home is empty",
    "import com.fasterxml.jackson.databind",
    "value of req.query.qs",
    "the event order.item.shipped fires",
    "kafka topic payments.refunds.dlq",
    "the metric http.server.duration",
    "span name db.redis.hgetall",
])
def test_public_sites_and_code_one_label_deep_stay(engine, text):
    assert not [s for s in wire_spans(engine, text) if s.kind == "INTERNAL_HOSTNAME"]


def test_a_coined_host_is_doubtful_not_an_audit_finding():
    text = "alice: is kelvra.ostmer.io down again?"
    spans = [s for s in InfraDetector().detect(DetectionInput(text)) if text[s.start:s.end] == "kelvra.ostmer.io"]
    assert spans and all(s.score < AUDIT_MIN_SCORE for s in spans)


def test_the_host_finder_grows_linearly_with_coined_hosts():
    from redactor.detect.infra import _CODE_ATTRIBUTE_LABELS, _CODE_RECEIVERS, _FILE_EXTENSIONS

    def work(n: int):
        text = " ".join(f"qv{i}zr.blorf{i % 7}x.io" for i in range(n))
        return lambda: list(find_deep_hosts(text, registrable_domain, under_cloud_suffix, _FILE_EXTENSIONS,
                                            _CODE_RECEIVERS, _CODE_ATTRIBUTE_LABELS))
    assert_linear_growth(work, 4000)
