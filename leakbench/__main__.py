"""`python -m leakbench bench|tune|org-policy ...`: the benchmark commands without the redactor CLI."""
from __future__ import annotations

import typer

from leakbench.runner import bench_command, org_policy_command
from leakbench.tuner import tune_command

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="leakbench: measure what each redactor policy lets reach the wire.")
app.command("bench")(bench_command)
app.command("tune")(tune_command)
app.command("org-policy")(org_policy_command)

if __name__ == "__main__":
    app()
