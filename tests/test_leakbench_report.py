"""leakbench reports: a verdict per policy in plain words, a terminal table that fits 100 columns."""
from __future__ import annotations

import re

import pytest
from rich.console import Console

from leakbench.report import _TERMINAL_COLUMNS, headline_for, render_html, render_markdown, results_table, verdicts
from leakbench.runner import run_benchmark


@pytest.fixture(scope="module")
def report():
    # default protects names and credentials but not quasi-identifiers; secrets-only protects secrets only.
    return run_benchmark(["default", "secrets-only", "local-only"],
                         workloads=["implicit_identity", "secrets_config", "pii_prose"], limit=6, resamples=100)


def _rendered(table, width: int) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))
    console.print(table)
    return console.export_text()


def test_the_terminal_table_fits_100_columns_with_every_header_whole(report):
    text = _rendered(results_table(report), 100)
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "…" not in text
    header = next(line for line in text.splitlines() if line.lstrip().startswith("policy"))
    for _, title in _TERMINAL_COLUMNS:
        assert title in header
    for label in report["policies"]:
        assert label in text


def test_the_verdict_names_what_leaks_and_what_to_use_instead(report):
    headline = headline_for("default", report)
    overall = report["policies"]["default"]["overall"]
    quasi = overall["per_category"]["quasi"]["combined"]["hits"]
    assert quasi and quasi == max(block["combined"]["hits"] for block in overall["per_category"].values())
    assert headline.startswith(f"default leaks {overall['combined']['rate'] * 100:.1f}%")
    assert "implicit identity" in headline and "`rephrase`" in headline


def test_a_leak_outside_the_threat_model_is_called_by_design_with_the_in_scope_rate(report):
    secrets_only = [v for v in verdicts(report) if v.startswith("secrets-only")][0]
    assert "not in its threat model" in secrets_only
    secret = report["policies"]["secrets-only"]["overall"]["per_category"]["secret"]["combined"]
    assert f"of what it protects it leaks {secret['hits']} of {secret['total']} spans" in secrets_only


def test_a_policy_that_sends_nothing_says_so_instead_of_a_leak_rate(report):
    assert headline_for("local-only", report) == "local-only sends nothing (everything stays local)"


def test_reports_open_with_the_verdict_and_never_say_nothing_to_note(report):
    markdown = render_markdown(report)
    assert markdown.index("## Verdict") < markdown.index("| policy |")
    assert "nothing to note" not in markdown.lower()
    page = render_html(report)
    assert page.index('class="verdict"') < page.index("<table>")
    for label in report["policies"]:
        assert re.search(rf"<b>{re.escape(label)} (leaks|sends)", page)
