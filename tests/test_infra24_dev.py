"""Round 24 dev set: infrastructure names by their place or by their vendor's form (issue 12).

Written before the change, from forms developers paste: tenant subdomains of hosting services, hosts whose
name spells out an address, account ids after a resource word or a localised account word, vendor ids by form.
"""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.infra import InfraDetector

_GUID = "3f9a6c21-7b4e-4d88-a1c5-90e2b7d4f613"
_HEX = "a41f09c3d2be47e8915c6a7d0f3b28e5"


def _found(text: str) -> dict[str, str]:
    return {text[span.start:span.end]: span.kind for span in InfraDetector().detect(DetectionInput(text))}


@pytest.mark.parametrize("text,host", [
    ("SHOPIFY_SHOP=larkspur-goods.myshopify.com", "larkspur-goods.myshopify.com"),
    ("the admin is at https://brackenfield-tea.myshopify.com/admin/products", "brackenfield-tea.myshopify.com"),
    ("MagicDNS suffix: tail4c21e.ts.net", "tail4c21e.ts.net"),
    ("ssh into buildbox.tail4c21e.ts.net then rerun", "buildbox.tail4c21e.ts.net"),
])
def test_a_customers_subdomain_of_a_store_or_tailnet_service_is_its_host(text, host):
    assert _found(text).get(host) == "INTERNAL_HOSTNAME"


@pytest.mark.parametrize("text,host", [
    ("Hôte : ns3094512.ip-51-91-20.eu", "ns3094512.ip-51-91-20.eu"),
    ("reverse DNS: vps-2c1.ip-149-202-7.net", "vps-2c1.ip-149-202-7.net"),
    ("the box answers as ec2-18-133-47-201.eu-west-2.compute.amazonaws.com", "ec2-18-133-47-201.eu-west-2.compute.amazonaws.com"),
    ("PTR record 203-0-113-9.static.fibrenet.de", "203-0-113-9.static.fibrenet.de"),
])
def test_a_host_whose_name_spells_out_its_address_is_one_machine(text, host):
    assert _found(text).get(host) == "INTERNAL_HOSTNAME"


@pytest.mark.parametrize("text,value", [
    (f'zone_id = "{_HEX}"', _HEX),  # a Cloudflare zone
    (f"default_project_id: {_GUID}", _GUID),
    (f"the cluster {_GUID} is the one in eu", _GUID),
    (f"Abonnement : {_GUID}", _GUID),  # a French or German portal's subscription
    (f"ID de suscripción: {_GUID}", _GUID),
    (f"(org {_GUID})", _GUID),
])
def test_an_opaque_id_after_a_resource_or_localised_account_word_is_an_account(text, value):
    assert _found(text).get(value) == "CLOUD_ACCOUNT_ID"


@pytest.mark.parametrize("text,value", [
    ("export TWILIO_ACCOUNT_SID=AC5f2d8e91b3c04a7e6d19f0b2c8a3e457", "AC5f2d8e91b3c04a7e6d19f0b2c8a3e457"),
    ('client = Client("AC5f2d8e91b3c04a7e6d19f0b2c8a3e457", token)', "AC5f2d8e91b3c04a7e6d19f0b2c8a3e457"),
    ("set `VERCEL_ORG_ID=team_x8Kd2LqP0vN7wRt3Zc5Yh1Ma` in CI", "team_x8Kd2LqP0vN7wRt3Zc5Yh1Ma"),
    ('{"orgId":"team_x8Kd2LqP0vN7wRt3Zc5Yh1Ma","projectId":"prj_Q3w9Er7Ty1Ui5Op2As8Df4Gh6Jk0L"}',
     "team_x8Kd2LqP0vN7wRt3Zc5Yh1Ma"),
    ("sbatch --account=genomics-lab-3 run.sh", "genomics-lab-3"),
])
def test_vendor_account_ids_by_their_setting_or_their_own_form(text, value):
    assert _found(text).get(value) == "CLOUD_ACCOUNT_ID"


@pytest.mark.parametrize("text", [
    "see https://shopify.dev/docs and myshopify.com pricing",  # the vendor's own domains
    "the trace id 4b7e2a90-1c3d-4e5f-8a9b-0c1d2e3f4a5b timed out",  # an id after no resource word
    "released 2024-01-15.notes.example.com",  # a date is no address
    "call team_members() before prj_setup",  # code identifiers, not vendor ids
    "the availability zone us-east-1a",
])
def test_public_names_and_ordinary_ids_stay(text):
    assert not any(kind in ("INTERNAL_HOSTNAME", "CLOUD_ACCOUNT_ID") for kind in _found(text).values())


@pytest.mark.parametrize("text,host", [
    ("hostname,ip,owner,os\nweb-07.kestrel-retail.com,10.2.3.4,ops,ubuntu\nSQLPRD02,10.2.3.5,dba,windows\n", "SQLPRD02"),
    ("| Server | Role |\n|---|---|\n| ledger-db.brightwave.io | primary |\n", "ledger-db.brightwave.io"),
    ("domain,registrar,expires\nshop.fernhollow.co.uk,gandi,2026-03\n", "shop.fernhollow.co.uk"),
    ("NAME        READY   STATUS    NODE\napi-7f9c    1/1     Running   gke-prod-pool-1-a1b2\n", "gke-prod-pool-1-a1b2"),
])
def test_a_cell_under_a_machine_column_is_a_machine(text, host):
    assert _found(text).get(host) == "INTERNAL_HOSTNAME"


@pytest.mark.parametrize("text", [
    "| Server | Role |\n|---|---|\n| www.google.com | search |\n| nginx | proxy |\n",
    "domain,registrar\nfernhollow.co.uk,gandi\n",  # a bare registrable domain: the organisation's site
    "host,port\n10.0.0.4,5432\n",  # an address is the PII detector's
])
def test_public_sites_software_and_bare_domains_in_a_machine_column_stay(text):
    assert not any(kind == "INTERNAL_HOSTNAME" for kind in _found(text).values())


def _db_names(text: str) -> list[str]:
    from redactor.detect.infra_queues import find_named_queues
    return [text[start:end] for start, end, kind, _ in find_named_queues(text) if kind == "DB"]


@pytest.mark.parametrize("text,name", [
    ("SNOWFLAKE_DATABASE=ANALYTICS_PROD", "ANALYTICS_PROD"),  # Snowflake and Oracle names are upper-case
    ("Server: sqlprd02\nDatabase: FINANCE_DW\n", "FINANCE_DW"),
    ("  :database => 'storefront_prod',", "storefront_prod"),  # a Ruby hash
    ('"Database": "ClaimsArchive2019"', "ClaimsArchive2019"),
])
def test_a_database_name_after_its_key_in_any_case(text, name):
    assert _db_names(text) == [name]


@pytest.mark.parametrize("text", [
    "db: DATABASE_URL",  # a variable's name, not the database's
    "Database: PostgreSQL",  # the software
    'database = DATABASES["default"]',
    "DB_ENGINE=MYSQL",
])
def test_software_and_variable_names_after_a_database_key_stay(text):
    assert _db_names(text) == []
