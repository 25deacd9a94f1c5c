"""org_checkout_names: the coined first word of a checkout's folders is the organisation or project it is for."""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.org_checkout_names import checkout_names
from redactor.detect.org_owner_folders import organisations_owning_checkouts
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _names(text: str) -> list[str]:
    spans = list(checkout_names(text, "test"))
    assert all(span.kind == "ORGANIZATION" and span.score == DOUBTFUL_SCORE for span in spans)
    return [text[span.start:span.end] for span in spans]


@pytest.mark.parametrize("text, names", [
    ("Working directory: /home/rkowal/src/brenvik-ledger. Platform: linux.", ["brenvik"]),
    ("cwd: ~/work/tolmaris-api-gateway", ["tolmaris"]),
    ("Arbeitsverzeichnis: /Users/anke/dev/quorvel_etl/jobs/daily", ["quorvel"]),
    ("Repo: /work/saxbury-rx/claims", ["saxbury"]),
    (r"Directorio: D:\repos\zentalia\Pagos.Api", ["zentalia"]),
    ("$ pwd\n/builds/ostrava-mobility/velkor-dispatch\n", ["velkor"]),  # the project under its owner
    ("/home/dev/go/src/github.com/prenwick/orlisse-bidder", ["prenwick", "orlisse"]),
])
def test_a_coined_first_word_of_a_checkout_is_a_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "cwd: ~/work/billing-api",  # words of the language
    "Working directory: /home/dev/fares-engine/src",
    "~/src/ripgrep/crates/core",  # public software
    "~/code/fastapi-users",
    "vim ~/code/brenvik-notes.md",  # a file
    "/home/dev/projects/website",
    "/usr/local/lib/python3.11/site-packages",  # no checkout root
    "/builds/ostrava-mobility/sportsbook-gateway",  # a compound of words under an owner: what the code does
    "cd ~/dev/rechnungen/src",  # a word of another language (German)
    r"cwd: C:\Users\ana\source\repos\InvoiceTracker",  # words joined in CamelCase
    "Working directory: /home/dev/src/myshop",  # a placeholder
    "/workspace/changelog and ~/code/healthcheck",  # compounds the language writes
    "Workspace: /Users/dev/projects/brenvik-demo",  # a demo's folder
    "Found in cache @ /opt/hostedtoolcache/node/22.11.0/x64",  # a CI runner's tool cache
])
def test_words_software_files_and_other_roots_stay(text: str) -> None:
    assert _names(text) == []


def test_more_roots_hold_an_owner_folder() -> None:
    text = r"cwd: C:\src\velmora\Wallet.Api and /builds/tessaro/fare-engine"
    assert [text[s.start:s.end] for s in organisations_owning_checkouts(text, "test")] == ["velmora", "tessaro"]


def test_the_name_spreads_to_the_code_the_agent_reads(engine: DetectionEngine) -> None:
    system = "You are a coding agent. Working directory: /Users/lee/code/brenvik-checkout. Shell: zsh."
    tool = ("$ npm owner ls @brenvik/seat-widget\npackage nl.brenvik.checkout;\n"
            "ERROR BRENVIK-WEB-2J1 in brenvik_claims_2026-11.parquet")
    spans = engine.detect([Segment(system, role="system"), Segment(tool, role="tool", kind="code")])
    found = [tool[s.start:s.end] for s in spans[1]]
    assert sum("brenvik" in value.lower() for value in found) >= 3
    assert all(value.lower() == "brenvik" or "brenvik" not in value.lower() for value in found)
