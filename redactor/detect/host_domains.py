"""The organisation an internal host's domain names: its domain's own label, written elsewhere in the conversation.

A found internal host (`erp01.kechi.local`, `pg.corp.lagerhaus.de`) is redacted, but the same conversation names its
domain's label in other forms no host rule reads: an Active Directory domain before a user (`KECHI\\jdoe`), a project
or environment slug (`kechi-prod`), a database (`kechi_billing`), a name under the same domain that no rule found
(`_ldap._tcp.kechi-ad.local`). That label says whose network it is. So a found host adds its organisation's names to
the engine's propagation labels the way a found e-mail's domain does (email_domains.names_of_label: ORGANIZATION,
doubtful, in every letter case and as a piece of identifiers).

The organisation's domain is the registrable one under a public suffix (`lagerhaus.de`), or, under a private suffix
(.local, .lan, .corp, .internal: infra.private_suffix), the label before that suffix (`kechi` of `kechi.local`).
The machine itself is written alone too: "db2 is at 95% disk" after `db2.corp.velmarine.net`, `grafton` in a
summary after `grafton.ops.lan`. So a found host's first label is a propagation value of the host's kind (doubtful)
when it names that machine and nothing else: a digit with letters (`db2`, `web-07`), a dash, or a coined word no
list knows (`grafton`); ordinary words and roles (`mail`, `api`, `gateway`) and short forms (`s3`, `v2`) stay.

Left alone: a host that is its domain, or one label before a private suffix (`gitlab.lan`: the label names the
machine, not an organisation); public sites, vendors and multi-tenant services (`acme.okta.com` is Okta's site); and
what email_domains leaves (ordinary words such as `cluster` of `svc.cluster.local`, short labels, labels with digits).
"""
from __future__ import annotations

import functools

from redactor.detect.base import Span
from redactor.detect.email_domains import names_of_label
from redactor.detect.infra import private_suffix, registrable_domain
from redactor.detect.infra_estate import is_known_label, is_public_site, is_vendor_domain
from redactor.detect.infra_single_labels import PUBLIC_NAMESPACES
from redactor.detect.rule_files import term_list

SCORE = 0.55  # as email_domains.SCORE: a name the domain implies, doubtful
DETECTOR = "host-domain"


@functools.lru_cache(maxsize=4096)
def organisation_names_of_host(host: str) -> tuple[str, ...]:
    """The names a host's domain gives its organisation, as they would be written; () when none."""
    host = host.strip().rstrip(".").lower()
    labels = host.split(".")
    suffix = private_suffix(host)
    if suffix is not None:
        below = labels[:len(labels) - suffix.count(".") - 1]
        return _names_with_netbios_form(below[-1]) if len(below) >= 2 else ()
    registrable = registrable_domain(host)
    if registrable is None or registrable == host:
        return ()
    if (is_public_site(registrable) or is_vendor_domain(registrable)
            or registrable in term_list("saas_tenant_domains")):
        return ()
    return _names_with_netbios_form(registrable.split(".", 1)[0])


# Labels shaped like a machine that name software or a service everywhere (`k8s.corp.x` is not the only k8s).
_SHARED_MACHINE_LABELS = frozenset("k8s k3s ec2 ipv4 ipv6 http2 utf-8 x86-64 log4j".split())
_MIN_MACHINE_LABEL_LENGTH = 3


@functools.lru_cache(maxsize=4096)
def machine_name_of_host(host: str) -> str | None:
    """The first label a found host's machine is also written by alone (see the module docstring), or None."""
    labels = host.strip().rstrip(".").split(".")
    if len(labels) < 2:
        return None
    machine = labels[0]
    lowered = machine.lower()
    if len(machine) < _MIN_MACHINE_LABEL_LENGTH or lowered in _SHARED_MACHINE_LABELS or lowered == "www":
        return None
    if not any(character.isalpha() for character in machine):
        return None  # an address's first number
    if any(character.isdigit() for character in machine) or "-" in machine:
        return machine
    return machine if machine.isalpha() and len(machine) >= 4 and not is_known_label(lowered) else None


def _names_with_netbios_form(label: str) -> tuple[str, ...]:
    # Windows writes an Active Directory domain by its NetBIOS name, the DNS label in capitals (`KECHI\jdoe` of
    # kechi.local): a compound of words ("Marrowgate") is no case-blind value in the engine, so it is its own name.
    names = names_of_label(label)
    return (*names, label.upper()) if names and label.upper() not in names else names


# A Kubernetes service's cluster DNS name: `<service>.<namespace>.svc[.<cluster domain>]`.
_SERVICE_HOST_TAIL = ("svc", "svc.cluster.local")


@functools.lru_cache(maxsize=4096)
def namespace_of_service_host(host: str) -> str | None:
    """The namespace a found service's cluster DNS name holds (`ksk-risk` of `fraud-scoring.ksk-risk.svc.cluster.local`).

    The namespace is the organisation's estate (a team's, a product's), and the conversation names it alone ("allow
    the sidecar to reach ksk-risk", `kubectl -n ksk-risk`), where no rule reads it: its place in the found name
    says what it is. Namespaces every cluster has (`default`, `kube-system`) and one ordinary word stay.
    """
    lowered = host.strip().rstrip(".").lower()
    for tail in _SERVICE_HOST_TAIL:
        if lowered.endswith("." + tail):
            labels = lowered[:-len(tail) - 1].split(".")
            if len(labels) != 2:
                return None
            namespace = host.strip().split(".")[1]
            if (len(namespace) < _MIN_MACHINE_LABEL_LENGTH or namespace.lower() in PUBLIC_NAMESPACES
                    or namespace.isalpha() and is_known_label(namespace.lower())):
                return None
            return namespace
    return None


# The score a host needs before its domain names anyone: a confident internal host, as infra.py spreads its domain.
CONFIDENT_HOST_SCORE = 0.6


def label_span() -> Span:
    """The propagation label of a name a host's domain gives (doubtful: on the wire, not in an audit)."""
    return Span(0, 0, "ORGANIZATION", "org", SCORE, DETECTOR)
