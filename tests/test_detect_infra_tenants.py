"""Customers' subdomains of multi-tenant services name the customer (redactor.detect.infra_tenants)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector
from redactor.detect.infra_tenants import find_tenant_hosts


def _hosts(text: str) -> list[str]:
    return [text[start:end] for start, end in find_tenant_hosts(text)]


@pytest.mark.parametrize("text,host", [
    ("OKTA_ISSUER=https://northwind-health.okta.com/oauth2/default", "northwind-health.okta.com"),
    ('domain: "brightline.us.auth0.com"', "brightline.us.auth0.com"),
    ("docker push fabrikamacr.azurecr.io/api:1.4", "fabrikamacr.azurecr.io"),
    ("Server=tcp:ledger-prod.database.windows.net,1433;Database=ledger", "ledger-prod.database.windows.net"),
    ("DB_URL=mongodb+srv://svc:pw@orders.k2x9q.mongodb.net/orders", "orders.k2x9q.mongodb.net"),
    ("the board is at https://tailspin.atlassian.net/jira/software/projects/OPS", "tailspin.atlassian.net"),
    ("login to adatum.my.salesforce.com fails with SSO", "adatum.my.salesforce.com"),
    # Managed databases and caches: the endpoint's first labels are the customer's cluster name.
    ('"rds_endpoint": {"value": "ledger-db.c1x2y3z4w5.eu-west-1.rds.amazonaws.com"}',
     "ledger-db.c1x2y3z4w5.eu-west-1.rds.amazonaws.com"),
    ("REDIS_URL=redis://sessions.q1w2e3.ng.0001.euw1.cache.amazonaws.com:6379/0",
     "sessions.q1w2e3.ng.0001.euw1.cache.amazonaws.com"),
    ("pip install --index-url https://fabrikam.jfrog.io/artifactory/api/pypi/pypi/simple x",
     "fabrikam.jfrog.io"),
])
def test_a_customers_subdomain_of_a_multi_tenant_service_is_an_internal_host(text, host):
    assert _hosts(text) == [host]
    assert any(text[s.start:s.end] == host and s.kind == "INTERNAL_HOSTNAME"
               for s in InfraDetector().detect(DetectionInput(text)))


@pytest.mark.parametrize("text", [
    "see https://api.slack.com/apps and https://developer.okta.com/docs/guides",
    "Okta (okta.com) and Auth0 (auth0.com) are both identity providers",
    "write to support@fabrikam.zendesk.com",  # an e-mail address: the e-mail detector's
    "a look-alike: login.okta.com.example.net",
    "the RDS docs at https://docs.aws.amazon.com/rds/ mention rds.amazonaws.com endpoints",
])
def test_the_services_own_sites_bare_domains_and_mail_domains_are_no_tenant(text):
    assert _hosts(text) == []
