"""Round 25 check set (hosts25), written after the change and not tuned on: other forms of the same places."""
import pytest

from tests.test_infra24b_dev import _redacted, engine  # noqa: F401  (engine is a fixture)


@pytest.mark.parametrize("text, names", [
    # BIND with a TTL before the class, an MX with its preference, a CNAME target with its trailing dot
    ("$TTL 300\nbrisvane  300  IN  A  192.168.40.3\n@ IN MX 10 porlock\nwiki IN CNAME brisvane.\n",
     ("brisvane", "porlock")),
    ("[k8s_masters]\ncp-ferrow-01 ansible_host=10.1.0.11\n[k8s_workers]\nwk-ferrow-01\n\n[k8s:children]\nk8s_masters\n",
     ("cp-ferrow-01", "wk-ferrow-01")),
    ("[all:vars]\nansible_user=deploy\n\n[app]\nmarlstone\nhelvick.internal\n", ("marlstone", "helvick.internal")),
    ("Server,Owner,Env\nostravale,team-payments,prod\ncallowmere,team-payments,stage\n", ("ostravale", "callowmere")),
    ("helm upgrade --install api ./chart --namespace tessmoor-billing -f values.yaml", ("tessmoor-billing",)),
    ("az aks show -g rg-orvell-aks-neu -n aks-orvell-01", ("rg-orvell-aks-neu",)),
    ("Name:         api-7d9f\nNamespace:    ledgermint-core\nPriority:     0\n", ("ledgermint-core",)),
    ("kubectl --context=ferrow-eks-prod get ns", ("ferrow-eks-prod",)),
    ("pgbackrest on pgsql07.dbs.hallward.lan failed again; pgsql07 has no space left", ("pgsql07",)),
])
def test_single_label_machine_is_redacted_by_its_place(engine, text, names):
    redacted, = _redacted(engine, text)
    words = redacted.replace("#", " ").replace(",", " ").replace(";", " ").split()
    for name in names:
        assert name not in words, name


@pytest.mark.parametrize("text, kept", [
    ("kubectl -n default get svc", "default"),
    ("  namespace: kube-system\n", "kube-system"),
    ("kubectl config use-context docker-desktop", "docker-desktop"),
    ("[servers]\nretries = 3\ntimeout=30\n", "retries"),
    ("Server,Owner\nprimary,dba\nbackup,dba\n", "backup"),
    ("The wiki says to take a backup before the upgrade.", "wiki"),
])
def test_generic_words_stay(engine, text, kept):
    redacted, = _redacted(engine, text)
    assert kept in redacted


def test_a_zone_record_names_its_owner_even_when_it_is_a_word(engine):
    # In a zone file `wiki` is the organisation's machine (wiki.<zone>): the place decides, and doubt redacts.
    redacted, = _redacted(engine, "wiki IN CNAME brisvane.\n")
    assert "wiki" not in redacted and "brisvane" not in redacted
