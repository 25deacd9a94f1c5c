"""secrets_config: credentials inside .env, YAML, JSON, TOML, INI, Terraform, shell, k8s, logs and code.

Every file also carries look-alikes that are not secrets (commit SHAs, image
digests, UUIDs, regions, ports), so over-redaction shows up in the numbers.
"""
from __future__ import annotations

import random
import uuid

from leakbench.samples import AnnotatedSegment, TextBuilder, Value
from leakbench.workloads import credentials
from leakbench.workloads.persons import make_person
from leakbench.workloads.suite import Suite

DEFAULT_COUNT = 500

_ENV = """# <%service%> service configuration
APP_ENV=production
LOG_LEVEL=info
PORT=<%port%>
AWS_REGION=<%region%>
AWS_ACCESS_KEY_ID=<%aws_key%>
AWS_SECRET_ACCESS_KEY=<%aws_secret%>
DATABASE_URL=<%conn%>
STRIPE_SECRET_KEY=<%stripe%>
GIT_COMMIT=<%sha%>
FEATURE_NEW_CHECKOUT=true
"""
_YAML = """service: <%service%>
replicas: 3
region: <%region%>
image: registry.example.com/<%service%>@sha256:<%digest%>
database:
  url: <%conn%>
  pool_size: 20
integrations:
  slack:
    token: <%slack%>
    channel: "#deploys"
  openai:
    api_key: <%openai%>
    model: gpt-4o-mini
admin:
  email: <%email%>
  password: "<%password%>"
"""
_JSON = """{
  "name": "<%service%>",
  "version": "2.<%minor%>.0",
  "requestId": "<%uuid%>",
  "auth": {
    "github_token": "<%github%>",
    "jwt": "<%jwt%>"
  },
  "stripe": {"secret_key": "<%stripe%>", "currency": "eur"},
  "timeout_ms": 3000
}
"""
_TOML = """[server]
host = "0.0.0.0"
port = <%port%>

[database]
url = "<%conn%>"
max_connections = 16

[secrets]
openai_api_key = "<%openai%>"
webhook_signing_key = "<%api_key%>"

[build]
commit = "<%sha%>"
"""
_INI = """[default]
region = <%region%>
output = json

[profile deploy]
aws_access_key_id = <%aws_key%>
aws_secret_access_key = <%aws_secret%>

[smtp]
server = <%smtp_host%>
user = <%email%>
password = <%password%>
"""
_TERRAFORM = """provider "aws" {
  region     = "<%region%>"
  access_key = "<%aws_key%>"
  secret_key = "<%aws_secret%>"
}

resource "aws_db_instance" "<%service%>" {
  identifier        = "<%service%>-prod"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  username          = "app"
  password          = "<%password%>"
  allocated_storage = 50
}
"""
_SHELL = """#!/usr/bin/env bash
set -euo pipefail
export GITHUB_TOKEN=<%github%>
export OPENAI_API_KEY=<%openai%>
curl -sS -H "Authorization: Bearer <%jwt%>" https://<%api_host%>/v1/<%service%>/status
psql "<%conn%>" -c 'select count(*) from orders;'
echo "deployed commit <%sha%> to <%region%>"
"""
_K8S = """apiVersion: v1
kind: Secret
metadata:
  name: <%service%>-credentials
  namespace: <%service%>
  uid: <%uuid%>
type: Opaque
data:
  DB_PASSWORD: <%k8s_password%>
  STRIPE_KEY: <%k8s_stripe%>
stringData:
  SLACK_TOKEN: <%slack%>
"""
_LOG = """2024-<%month%>-11T08:14:02.113Z INFO  <%service%> starting, commit=<%sha%> region=<%region%>
2024-<%month%>-11T08:14:02.412Z DEBUG config loaded: db=<%conn%>
2024-<%month%>-11T08:14:03.008Z WARN  retrying request <%uuid%> with header Authorization: Bearer <%jwt%>
2024-<%month%>-11T08:14:03.551Z ERROR stripe call failed (key=<%stripe%>): rate limited
2024-<%month%>-11T08:14:04.001Z INFO  user <%email%> logged in from <%ip%>
"""
_PYTHON = '''import os
import boto3
import stripe

# TODO: move these to the secret manager before the audit
AWS_ACCESS_KEY_ID = "<%aws_key%>"
AWS_SECRET_ACCESS_KEY = "<%aws_secret%>"
stripe.api_key = "<%stripe%>"
SLACK_BOT_TOKEN = "<%slack%>"

PRIVATE_KEY = """<%private_key%>"""


def client(region: str = "<%region%>"):
    return boto3.client("s3", region_name=region,
                        aws_access_key_id=AWS_ACCESS_KEY_ID,
                        aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
'''
_PEM_FILE = """# deploy key for <%service%> (do not commit)
<%private_key%>
"""

FORMATS = {"env": _ENV, "yaml": _YAML, "json": _JSON, "toml": _TOML, "ini": _INI,
           "terraform": _TERRAFORM, "shell": _SHELL, "k8s": _K8S, "log": _LOG, "python": _PYTHON,
           "pem": _PEM_FILE}
_REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2"]
_QUESTIONS = ["Why does this config fail to load?", "Can you check this file for mistakes?",
              "The deploy broke after this change, any idea?", "Please convert this to the new format.",
              "What does this do?"]


def connection_string(rng: random.Random, host: str, password: str) -> str:
    scheme = rng.choice(["postgres", "postgresql", "mysql", "mongodb", "redis"])
    user = rng.choice(["app", "admin", "svc_reader", "etl"])
    port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379}[scheme]
    if scheme == "redis":
        return f"redis://:{password}@{host}:{port}/0"
    return f"{scheme}://{user}:{password}@{host}:{port}/{rng.choice(['app', 'orders', 'billing'])}"


def secret_values(rng: random.Random, suite: Suite) -> dict[str, Value | str]:
    """Every marker the templates above use, with fresh random credentials."""
    person = make_person(rng, domain=suite.org.domain)
    db_host = rng.choice(suite.org.hosts + [f"db-{rng.randint(1, 9)}.{rng.choice(_REGIONS)}.rds.amazonaws.com"])
    db_password = credentials.password(rng)
    k8s_password = credentials.password(rng)
    return {
        "service": rng.choice(suite.org.services), "port": str(rng.choice([8080, 8000, 3000, 9090])),
        "region": rng.choice(_REGIONS), "minor": str(rng.randint(0, 30)),
        "month": f"{rng.randint(1, 12):02d}",
        "sha": rng.randbytes(20).hex(), "digest": rng.randbytes(32).hex(),
        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "aws_key": Value(credentials.aws_access_key(rng), "AWS_ACCESS_KEY"),
        "aws_secret": Value(credentials.aws_secret_key(rng), "AWS_SECRET_KEY"),
        "github": Value(credentials.github_token(rng), "GITHUB_TOKEN"),
        "slack": Value(credentials.slack_token(rng), "SLACK_TOKEN"),
        "stripe": Value(credentials.stripe_key(rng), "STRIPE_KEY"),
        "openai": Value(credentials.openai_key(rng), "OPENAI_KEY"),
        "jwt": Value(credentials.jwt(rng, subject=str(rng.randint(1000, 99999))), "JWT"),
        "private_key": Value(credentials.private_key(rng), "PRIVATE_KEY"),
        "conn": Value(connection_string(rng, db_host, db_password), "CONNECTION_STRING"),
        "password": Value(credentials.password(rng), "PASSWORD"),
        "api_key": Value(credentials.api_key_hex(rng, rng.choice([32, 40])), "API_KEY"),
        "k8s_password": Value(credentials.k8s_b64(k8s_password), "K8S_SECRET_VALUE"),
        "k8s_stripe": Value(credentials.k8s_b64(credentials.stripe_key(rng)), "K8S_SECRET_VALUE"),
        "email": Value(person.email, "EMAIL"),
        "smtp_host": Value(f"smtp.{suite.org.internal_domain}", "INTERNAL_HOST"),
        "api_host": Value(rng.choice(suite.org.hosts), "INTERNAL_HOST"),
        "ip": Value(f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", "IP_ADDRESS"),
    }


def build(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
    file_format = rng.choice(list(FORMATS))
    values = secret_values(rng, suite)
    segments = []
    if rng.random() < 0.4:
        segments.append(TextBuilder().add(rng.choice(_QUESTIONS)).segment("user", "prose"))
    # Pasted into a chat message: the chat wire format makes every user text "prose".
    segments.append(TextBuilder().fill(FORMATS[file_format], values).segment("user", "prose"))
    return segments, {"format": file_format}
