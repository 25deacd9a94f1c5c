"""Differential privacy for stage H: mechanisms, numeric and word units, accounting, the budget ledger.

Importing this package is cheap: opacus (and torch) load only when an
accountant first computes an epsilon, the word vectors only when word noise runs.
"""
from redactor.dp.accountant import Release, prv_epsilon, rdp_epsilon, spent_epsilon
from redactor.dp.budget import budget_command, budget_report
from redactor.dp.ledger import BudgetCheck, BudgetLedger, principal_key
from redactor.dp.mechanisms import gaussian_release, gaussian_sigma, secure_random

__all__ = [
    "BudgetCheck",
    "BudgetLedger",
    "Release",
    "budget_command",
    "budget_report",
    "gaussian_release",
    "gaussian_sigma",
    "principal_key",
    "prv_epsilon",
    "rdp_epsilon",
    "secure_random",
    "spent_epsilon",
]
