"""Words of agents' own instructions that round 25's rules first read as names (test_agent_boilerplate caught them).

Four mechanisms, each a place that says what a word is: a glob over public names (a vendor's, a tool's) is no
index pattern (infra_stores `claude-*`, `us.anthropic.*`); SQL's USE statement names a database and ends there, a sentence opening with "Use" does not
(infra_stores `Use TaskGet with ...`); an operation's name in Pascal case opens or closes with a verb
(org_unlisted_words `EnterWorktree`, `ToolSearch`); a word in small letters that English derives from a common word
with a productive prefix or suffix is a word (org_lower_case_names `subagents`, `scanability`).
Dev cases are the agents' sentences; the check cases were written after the change, and the found names beside them
must stay found.
"""
from __future__ import annotations

import pytest

from redactor.detect.infra_stores import find_named_stores
from redactor.detect.org_lower_case_names import unseen_small_word
from redactor.detect.org_unlisted_words import unlisted_pascal_case_word


def _stores(text: str) -> list[str]:
    return sorted({text[start:end] for start, end, _, _ in find_named_stores(text)})


@pytest.mark.parametrize("text", [
    "model ids (`claude-*`, `us.anthropic.*`, `[1m]`)",               # dev
    "Use TaskGet with a specific task ID to view full details.",      # dev
    "match files with `src/*` or `test_*`; pin `python3.*` and `gpt-4o-*`",  # check
    "Use PlanWrite with the plan's path.",                              # check
    "use staging_area when you test it locally, then ship",            # check
])
def test_words_of_instructions_are_no_stores(text):
    assert _stores(text) == []


@pytest.mark.parametrize("text, names", [
    ("USE crm_prod;\nSELECT 1;", ["crm_prod"]),
    ("mysql> use ledger_main\nDatabase changed", ["ledger_main"]),
    ("USE [Navision_PROD]\nGO", ["Navision_PROD"]),
    ("curl '_cat/indices'\nwe keep billing-events-* 90 days", ["billing-events-*"]),
    ("ILM policy: delete app-logs-* after 30 days", ["app-logs-*"]),
    ("search audit-logs-* for last week", ["audit-logs-*"]),
])
def test_statements_and_index_patterns_stay_found(text, names):
    assert _stores(text) == names


@pytest.mark.parametrize("word", ["EnterWorktree", "TaskGet", "ToolSearch",  # dev
                                  "TodoWrite", "WebFetch", "ListMcpResources", "RunTests", "FileRead"])  # check
def test_operation_names_are_no_organisations(word):
    assert not unlisted_pascal_case_word(word)


@pytest.mark.parametrize("word", ["BrightLedger", "NorthPeak", "PixelForge", "CloudNimbus", "QuantaBay"])
def test_private_names_in_pascal_case_stay_names(word):
    assert unlisted_pascal_case_word(word)


@pytest.mark.parametrize("word", ["subagents", "scanability",  # dev
                                  "reindexing", "prefetched", "overprovisioned", "microservices"])  # check
def test_english_derivations_are_words(word):
    assert not unseen_small_word(word)


@pytest.mark.parametrize("word", ["fernbrook", "brisklane", "tessaly", "thessock", "zentrova", "quorbit"])
def test_coined_and_joined_names_stay_names(word):
    assert unseen_small_word(word)
