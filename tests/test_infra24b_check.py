"""Round 24b check set (written after the change, not tuned on): a found internal host's domain label, redacted in
the other forms a conversation writes it, and the names it must leave alone."""
import pytest

# The same engine and blanking helper as the dev set: one copy of each.
from tests.test_infra24b_dev import _redacted, engine  # noqa: F401  (engine is a fixture)


@pytest.mark.parametrize("texts, word", [
    (("PS C:\\> Get-ADUser -Server dc1.velmora.local -Identity svc_backup",
      "Add-ADGroupMember -Identity 'VELMORA\\Backup Operators' -Members svc_backup"), "VELMORA"),
    (("runas /user:DRAXFIELD\\adm-jlee cmd", "the share is on files03.draxfield.corp"), "DRAXFIELD"),
    (("terraform workspace select brannock-staging", "state is read from tfstate.ops.brannock.internal"), "brannock"),
    (("PGHOST=pg-primary.halvorsen.lan", "psql -d halvorsen_ledger -c 'select 1'"), "halvorsen"),
    (("Grafana at grafana.mon.quillister.io keeps timing out", "the org in Grafana is called Quillister"),
     "Quillister"),
])
def test_a_found_hosts_domain_label_is_redacted_in_its_other_forms(engine, texts, word):
    assert all(word not in text for text in _redacted(engine, *texts))


@pytest.mark.parametrize("texts, word", [
    (("pods resolve api.payments.svc.cluster.local", "scale the cluster to five nodes"), "cluster"),
    (("the printer is at printer.office.lan", "the office closes at six"), "office"),
    (("SSO goes through contoso.okta.com", "Okta's admin console shows the app"), "Okta"),
    (("docs live at wiki.python.org", "Python 3.12 is required"), "Python"),
    (("the NAS is nas01.local", "the local mirror is stale"), "local"),
])
def test_an_ordinary_word_a_vendor_or_a_machine_label_stays(engine, texts, word):
    assert any(word in text for text in _redacted(engine, *texts))
