"""A generated organisation: name, codenames, customers, internal domains and hosts.

The benchmark hands the profile's terms to the policy's `org` section (as a
real deployment would configure its own terms), and the proprietary_code and
agent_transcripts workloads write code and logs that mention them.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from redactor.policy import OrgConfig, Policy

_NAME_HEADS = ["Zen", "Quor", "Vel", "Tor", "Nex", "Kal", "Bry", "Xan", "Ober", "Lum", "Sor",
               "Prax", "Vant", "Cyr", "Dax", "Ilm", "Jor", "Myr", "Ost", "Tal"]
_NAME_TAILS = ["trix", "via", "ora", "ionyx", "etica", "antis", "yxo", "ara", "ium", "opia", "enza",
               "ulon", "arix", "evo"]
_CODENAMES = ["Bluefin", "Kestrel", "Obsidian", "Halcyon", "Marlin", "Tundra", "Sequoia", "Nimbus",
              "Basilisk", "Starling", "Ironwood", "Mistral", "Pelican", "Quasar", "Saffron", "Tamarind",
              "Vireo", "Wolverine", "Zephyr", "Albatross", "Calypso", "Driftwood"]
_SERVICES = ["billing", "ledger", "payments", "auth", "search", "orders", "inventory", "reporting",
             "notifications", "gateway", "catalog", "settlement", "risk", "profile"]
_ROLES = ["db", "api", "cache", "queue", "worker", "web", "etl"]
_REGIONS = ["us-east", "us-west", "eu-central", "ap-south", "dc1", "dc2"]
_CUSTOMER_SUFFIX = ["Logistics", "Health", "Capital", "Foods", "Robotics", "Energy", "Media",
                    "Analytics", "Pharma", "Motors"]


@dataclass
class OrgProfile:
    name: str
    domain: str
    internal_domain: str
    codenames: list[str]
    customers: list[str]
    services: list[str]
    hosts: list[str] = field(default_factory=list)

    def org_config(self, base: OrgConfig | None = None) -> OrgConfig:
        """The policy `org` section with this profile's terms added to `base`'s."""
        base = base or OrgConfig()
        return OrgConfig(
            names=_merge(base.names, [self.name]),
            codenames=_merge(base.codenames, self.codenames),
            customers=_merge(base.customers, self.customers),
            internal_domains=_merge(base.internal_domains, [self.internal_domain]),
            hostname_patterns=_merge(base.hostname_patterns, [f"*.{self.internal_domain}"]),
            allow=list(base.allow),
        )

    def apply_to(self, policy: Policy) -> Policy:
        """A copy of `policy` whose org section also names this organisation."""
        return policy.model_copy(update={"org": self.org_config(policy.org)})


def _merge(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def generate_org(seed: int, other: int = 0) -> OrgProfile:
    """The organisation for a suite seed (`other` > 0 gives unrelated organisations)."""
    rng = random.Random(f"org:{seed}:{other}")
    name = rng.choice(_NAME_HEADS) + rng.choice(_NAME_TAILS)
    domain = f"{name.lower()}.com"
    internal = f"corp.{domain}"
    codenames = rng.sample(_CODENAMES, 5)
    customers = [f"{rng.choice(_NAME_HEADS)}{rng.choice(['ex', 'on', 'ar', 'is'])} {rng.choice(_CUSTOMER_SUFFIX)}"
                 for _ in range(5)]
    services = rng.sample(_SERVICES, 8)
    hosts = []
    for service in services:
        for _ in range(2):
            hosts.append(f"{service}-{rng.choice(_ROLES)}-{rng.randint(1, 12):02d}."
                         f"{rng.choice(_REGIONS)}.{internal}")
    return OrgProfile(name=name, domain=domain, internal_domain=internal, codenames=codenames,
                      customers=list(dict.fromkeys(customers)), services=services, hosts=hosts)
