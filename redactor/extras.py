"""Optional parts of the package (pip extras), and what needs them.

`pip install redactor` is the proxy, CLI, MCP server and detection. A policy
that runs stage H (noise) needs the `dp` extra, one whose local backend is an
in-process llama.cpp model needs `local`, and `redactor bench` / `policy tune`
need `bench`. Without them, the service refuses to start with one line naming
the extra to install, instead of starting and failing every request.
"""
from __future__ import annotations

import importlib.util

from redactor.policy import Policy, PolicyError

# The import that proves an extra is installed.
# (Faker is a core dependency: its person locales are the world first-name list.)
EXTRA_PROBES = {"dp": "opacus", "local": "llama_cpp", "bench": "matplotlib"}


def missing_extra_message(extra: str, what: str) -> str:
    return f"{what} needs the '{extra}' extra: pip install 'redactor[{extra}]'"


def extra_installed(extra: str) -> bool:
    return importlib.util.find_spec(EXTRA_PROBES[extra]) is not None


def check_policy_extras(policy: Policy) -> None:
    """Raise PolicyError naming the extra a policy needs and this installation lacks."""
    needs = []
    if "noise" in policy.stages:
        needs.append(("dp", "stage 'noise'"))
    if policy.routing.backend.type == "llama":
        needs.append(("local", "the llama local backend"))
    for extra, what in needs:
        if not extra_installed(extra):
            raise PolicyError(f"{policy.source}: policy '{policy.name}': {missing_extra_message(extra, what)}")
