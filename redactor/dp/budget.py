"""Budget queries: the `GET /v1/redactor/budget` payload and the `redactor budget` command."""
from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import typer

from redactor.dp.accountant import prv_epsilon, spent_epsilon
from redactor.dp.ledger import BudgetLedger, report_key
from redactor.policy import Policy, PolicyError
from redactor.vault.base import Vault, VaultError

if TYPE_CHECKING:
    from redactor.pipeline import Pipeline


def budget_report(pipeline: "Pipeline", principal: str) -> dict[str, Any]:
    """What `principal` has spent of its budget in the current window (no sensitive values)."""
    return budget_report_for(pipeline.vault, pipeline.policy, principal)


def budget_report_for(vault: Vault, policy: Policy, principal: str) -> dict[str, Any]:
    budget = policy.budget
    releases = BudgetLedger(vault, budget).releases(report_key(budget, principal))
    spent = spent_epsilon(releases, budget.delta)
    return {
        "principal": principal,
        "epsilon_spent": spent,
        "epsilon_remaining": max(budget.epsilon - spent, 0.0),
        "epsilon_limit": budget.epsilon,
        "delta": budget.delta,
        "window_seconds": budget.window_seconds,
        "releases": sum(release.count for release in releases),
        # Tighter figure for information (PRV accounting); the budget is enforced on epsilon_spent.
        "epsilon_spent_prv": prv_epsilon(releases, budget.delta) if releases else 0.0,
    }


def budget_command(
    principal: str = typer.Option(..., "--principal", help="Whose budget to show (as the proxy names it)."),
    policy: str = typer.Option("dp-analytics", "--policy", help="Policy name or path."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
    vault: str | None = typer.Option(None, "--vault", help="Vault URL (default: the policy's)."),
) -> None:
    """Show the privacy budget (epsilon) a principal has spent and has left."""
    from redactor.policy import load_policy
    from redactor.runtime import open_policy_vault

    opened = None
    try:
        loaded = load_policy(policy)
        opened, _ = open_policy_vault(loaded, vault)
        report = budget_report_for(opened, loaded, principal)
    except (PolicyError, VaultError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise typer.Exit(1) from None
    finally:
        if opened is not None:
            opened.close()
    if json_output:
        print(json.dumps(report, sort_keys=True))
        return
    print(f"principal {principal}: epsilon spent {report['epsilon_spent']:.4g} of {report['epsilon_limit']:g}, "
          f"remaining {report['epsilon_remaining']:.4g} (delta {report['delta']:g}, "
          f"window {report['window_seconds']} s, {report['releases']} releases)")
