"""Organisations in code and data: the value of an organisation key (org_keys.py), and a found organisation's
word as a piece of an identifier (org_identifier_pieces.py, through the engine's propagation).

Dev set (written before the code) and check set (written after it): our own snippets of Python, Go, Ruby,
TypeScript, Java-like enums, Terraform, YAML, INI, TOML, env files, JSON, CSV and shell, each naming a customer,
supplier or partner. On main: dev 9 to 13 of 19 mentions reached the wire (NER's findings vary with the
machine's load), check 4/12; after: dev 0/19, check 0/12. Values that are no organisation's name stay.
"""
from __future__ import annotations

import pytest

from redactor.core import RequestContext
from redactor.detect.identifier_pieces import at_identifier_piece_edges
from redactor.detect.org_identifier_pieces import takes_identifier_pieces
from redactor.detect.org_keys import organisations_by_key
from redactor.policy import load_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment

DEV = [
    ([("Ticket from Brackenfield Logistics Ltd: their exports fail.", "prose"),
      ("class BrackenfieldClient:\n    BASE = BRACKENFIELD_API_URL\n", "code")],
     ["BrackenfieldClient", "BRACKENFIELD_API_URL"]),
    ([("We onboarded Quorley Pharmaceuticals last month.", "prose"),
      ("FEATURE_FLAGS = {'enable_quorley_export': True}\naws s3 cp out.csv s3://acme-exports/quorley/2026/\n", "code")],
     ["quorley"]),
    ([('{"tenant": "marrowvale", "plan": "enterprise", "seats": 40}', "json_value")], ["marrowvale"]),
    ([("customer: ostbridge\nregion: eu-west-1\nreplicas: 3\n", "code")], ["ostbridge"]),
    ([("client = ApiClient(customer='fennimore', timeout=30)\n", "code")], ["fennimore"]),
    ([("[billing]\nvendor = Calderwood Supplies\ncurrency = EUR\n", "code")], ["Calderwood"]),
    ([("export COMPANY_NAME=\"Tresham Dental Group\"\nexport LOG_LEVEL=debug\n", "code")], ["Tresham"]),
    ([("merchant_id,merchant_name,amount\n1001,Pellow Bakery,12.50\n1002,Ashgrove Florists,40.00\n", "tool_result")],
     ["Pellow", "Ashgrove"]),
    ([("invoice = Invoice(supplier=\"Kettlewell Metals\", total=4200)\n", "code")], ["Kettlewell"]),
    ([("Our partner Harlowe Insurance needs the report.", "prose"),
      ("def sync_harlowe_policies(conn):\n    return conn.get('/harlowe/policies')\n", "code")], ["harlowe"]),
    ([("partner_name: Stainforth Energy\nbrand: Glimmerwick\n", "code")], ["Stainforth", "Glimmerwick"]),
    ([("employer: Ravensworth Hospital Trust\nposition: nurse\n", "code")], ["Ravensworth"]),
    ([("Contract with Northmoor Freight GmbH renewed.", "prose"),
      ("enum Customer { NORTHMOOR, ACME_DEMO }\nif (c == Customer.NORTHMOOR) { applyDiscount(); }\n", "code")],
     ["NORTHMOOR"]),
]
CHECK = [
    ([("The Pemberly Textiles Ltd integration keeps timing out.", "prose"),
      ("type PemberlyAdapter struct {\n\tclient *http.Client\n}\nconst pemberlyTimeout = 30\n", "code")],
     ["PemberlyAdapter", "pemberlyTimeout"]),
    ([("[tenants.primary]\ntenant_name = \"Oswaldkirk Brewing\"\nregion = \"eu-central-1\"\n", "code")], ["Oswaldkirk"]),
    ([("const config = { customerName: 'Drumlanrig Estates', retries: 3 };\n", "code")], ["Drumlanrig"]),
    ([("Escalation: Thistlecombe Foods Inc says invoices are duplicated.", "prose"),
      ("Invoice.where(vendor: :thistlecombe).destroy_all\nTHISTLECOMBE_SFTP_HOST = ENV['SFTP']\n", "code")],
     ["THISTLECOMBE_SFTP_HOST"]),
    ([("supplier: Ambleworth Packaging\nlead_time_days: 14\n", "code")], ["Ambleworth"]),
    ([('{"org": "quenby-analytics", "role": "admin"}', "json_value")], ["quenby"]),
    ([("We renewed with Halsgrove Medical Group.", "prose"),
      ("aws s3 sync ./out s3://exports-prod/halsgrove/ --delete\n./scripts/run.sh --tenant=halsgrove\n", "tool_result")],
     ["halsgrove"]),
    ([("resource \"aws_iam_user\" \"x\" {\n  tags = {\n    Customer = \"Carrowmore Freight\"\n  }\n}\n", "code")],
     ["Carrowmore"]),
    ([("EMPLOYER_NAME=Fothergill Cartwright\nPORT=8080\n", "code")], ["Fothergill"]),
    ([("merchant,amount,currency\nBrindlecombe Cafe,4.50,GBP\nOakvale Books,12.00,GBP\n", "tool_result")],
     ["Brindlecombe", "Oakvale"]),
]
# What is no organisation's name, or a public company's or software's, stays.
KEEP = [
    ([('{"vendor": "stripe", "company": "Google", "customer": "default", "org": "example"}', "json_value")],
     ["stripe", "Google", "default", "example"]),
    ([("provider: aws\ntenant: common\nclient: web\n", "code")], ["aws", "common", "web"]),
    ([("client = OpenAI(organization=None)\nvendor='microsoft'\n", "code")], ["OpenAI", "microsoft"]),
    ([("client = redis.Redis(host='cache')\ncustomer = order.customer\ntenant = tenant_slug\n", "code")],
     ["redis.Redis", "order.customer", "tenant_slug"]),
    ([("Client: Thanks, that fixed it!\nAgent: Great, closing the ticket.\n", "prose")], ["Thanks", "Great"]),
    ([('{"vendor": "Oracle", "brand": "Nike", "company": "Apple", "partner": "Salesforce"}', "json_value")],
     ["Oracle", "Nike", "Apple", "Salesforce"]),
    ([("org: kubernetes\nvendor: postgres\nclient: mobile\n", "code")], ["kubernetes", "postgres", "mobile"]),
    ([("Our partner Redwick Labs Ltd shipped.", "prose"), ("def get_redwood_config():\n    return RedisClient()\n", "code")],
     ["get_redwood_config", "RedisClient"]),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_policy("policies/default.yaml"))


def _wire(pipeline, segments, conversation: str) -> str:
    out = pipeline.process([Segment(text, kind=kind) for text, kind in segments], RequestContext(conversation=conversation))
    return "\n".join(segment.text for segment in out.segments)


@pytest.mark.parametrize("segments,mentions", DEV + CHECK)
def test_organisations_named_in_code_and_data_do_not_reach_the_wire(pipeline, segments, mentions):
    wire = _wire(pipeline, segments, f"org-keys-{mentions[0]}").casefold()
    assert [mention for mention in mentions if mention.casefold() in wire] == []


@pytest.mark.parametrize("segments,kept", KEEP)
def test_values_that_name_no_private_organisation_stay(pipeline, segments, kept):
    wire = _wire(pipeline, segments, f"org-keys-keep-{kept[0]}")
    assert [word for word in kept if word not in wire] == []


@pytest.mark.parametrize("text,value", [
    ('{"tenant": "marrowvale"}', "marrowvale"),
    ("customer_slug: ostbridge-eu\n", "ostbridge-eu"),
    ("vendor = Calderwood Supplies  # since 2021\n", "Calderwood Supplies"),
    ("tenant_name: 'Halvard & Sons'", "Halvard & Sons"),
    ("ACCOUNT_NAME='bellhaven-foods'\n", "bellhaven-foods"),
])
def test_the_value_of_an_organisation_key_is_a_doubtful_organisation(text, value):
    spans = list(organisations_by_key(text, "pii"))
    assert [(text[span.start:span.end], span.kind, span.score) for span in spans] == [(value, "ORGANIZATION", 0.55)]


@pytest.mark.parametrize("text", [
    "customer_id: 48213\norg_url: example\n",  # fields of an organisation, not its name
    "Client: Bonjour, je voudrais un rendez-vous\n",  # a chat line
    "Customer: Ostrander complained about the invoice\n",  # a sentence
    "Customer: Maria Lopez\n",  # a person
    "f(customer=fennimore, x=1)\n",  # a variable
    "account: enterprise\n",  # `account` alone is a cloud account (infra_accounts.py)
])
def test_what_no_organisation_key_holds_is_not_taken(text):
    assert list(organisations_by_key(text, "pii")) == []


@pytest.mark.parametrize("text,value,found", [
    ("NorthwindClient", "Northwind", True),
    ("getNorthwindClient()", "Northwind", True),
    ("NORTHWIND_API_URL", "NORTHWIND", True),
    ("enable_northwind_export", "northwind", True),
    ("s3://bucket/northwind/2026", "northwind", True),
    ("Customer.NORTHWIND", "NORTHWIND", True),
    ("Northwinds", "Northwind", False),
    ("overnorthwind", "northwind", False),
    ("XNORTHWIND", "NORTHWIND", False),
])
def test_a_found_name_is_found_as_a_piece_of_an_identifier(text, value, found):
    start = text.index(value)
    assert at_identifier_piece_edges(text, start, start + len(value), value) is found


@pytest.mark.parametrize("value,takes", [
    ("Northwind", True), ("NORTHMOOR", True), ("Shell", False), ("Redis", False), ("Berlin", False),
    ("workflow", False), ("Acm", False),
])
def test_only_distinctive_names_are_looked_for_inside_identifiers(value, takes):
    assert takes_identifier_pieces(value) is takes
