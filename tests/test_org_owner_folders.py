"""The owner of a working repository (org_owner_folders.py) and its slug across a coding agent's request.

- The folder above the repository in a checkout's path (`<home>/<owner>/<repo>`), after the folders everyone has
  (`code`, `src`, `github.com`), is a doubtful organisation; a lone repository, a repository's own folders, files,
  everyday words, software and listed companies stay.
- A capitalised run in the possessive before the repository's slug ("X's billing-api") is too.
- The engine reads both as the deployer: the slug then spreads to code positions of the other texts, in screaming
  case too, and a deployer's word up to Zipf 3 of a name of two words.
- An internal host followed by a port and a path takes the port in (infra_registry_ports.py).
Forms written for these tests, in other layouts than the corpus that showed the class.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.engine import DetectionEngine
from redactor.detect.org_code_spellings import code_spellings
from redactor.detect.org_owner_folders import organisations_owning_checkouts, owners_before_repositories
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def _owners(text: str) -> list[str]:
    spans = list(organisations_owning_checkouts(text, "test"))
    assert all(span.kind == "ORGANIZATION" and span.score == DOUBTFUL_SCORE for span in spans)
    return [text[span.start:span.end] for span in spans]


@pytest.mark.parametrize("text, owner", [
    ("$ pwd\n/home/ci/brackenfold/ledger-sync\n", "brackenfold"),
    ("Arbeitsverzeichnis: /Users/jana/code/tessmoor/app-mobile.", "tessmoor"),
    ("cd ~/src/gitlab.com/quillbeck/billing_api && make", "quillbeck"),
    (r"PS C:\Users\amaru\source\repos\wendlow\portal> dotnet build", "wendlow"),
    ('{"cwd": "/srv/harlowmere/intake-svc"}', "harlowmere"),
    ("répertoire de travail : /opt/vexaro/paie-core", "vexaro"),
])
def test_the_folder_above_a_checkout_is_its_owner(text: str, owner: str) -> None:
    assert _owners(text) == [owner]


@pytest.mark.parametrize("text", [
    "cwd: ~/work/billing-api",  # the repository alone
    "/home/dev/billing-api/src/handlers",  # a repository's own folders: its owner cannot be told apart
    "vim ~/code/brackenfold/notes.md",  # a file
    "/home/dev/projects/website",  # skipped folders only
    "~/personal/dotfiles and ~/archive/thesis",  # everyday words
    "/usr/local/lib/python3.11",  # no checkout root
    "~/src/github.com/google/go-github",  # a listed company's public checkout
    "/home/dev/nginx/conf-templates",  # software
])
def test_lone_repositories_inner_folders_files_and_public_words_stay(text: str) -> None:
    assert _owners(text) == []


@pytest.mark.parametrize("text, owner", [
    ("Context: you are editing Marrowgate Freight's dispatch-api today.", "Marrowgate Freight"),
    ("Workspace: /work/rota. Note: this is Pelloway Care's rota, keep it tidy.", "Pelloway Care"),
    ("Then Quenby Lettings' `tenancy_core` needs a fix.", "Quenby Lettings"),
])
def test_a_possessive_run_before_the_repository_slug_is_its_owner(text: str, owner: str) -> None:
    assert [text[s.start:s.end] for s in owners_before_repositories(text, "test")] == [owner]


@pytest.mark.parametrize("text", [
    "Google's go-github client is fine.",
    "Conway's game-of-life runs in the browser.",
    "Marrowgate Freight's team met today.",  # a word of the sentence, no repository's slug
    "You are Cursor's agent.",
])
def test_public_owners_and_possessives_before_words_stay(text: str) -> None:
    assert list(owners_before_repositories(text, "test")) == []


def test_a_slug_read_as_written_spreads_up_to_everyday_words() -> None:
    # As a deployer read from its folder ("juniper" is Zipf 3.2): the spelling is the folder's own.
    assert code_spellings("juniper", confident=False, deployer=True) == ("juniper",)
    assert code_spellings("projects", confident=False, deployer=True) == ()
    # A capitalised one-word deployer keeps the rarity test.
    assert code_spellings("Juniper", confident=False, deployer=True) == ()


def _covered(spans, text: str, value: str) -> bool:
    """Every occurrence of `value` in `text` lies inside a finding."""
    starts = [index for index in range(len(text)) if text.startswith(value, index)]
    return bool(starts) and all(any(span.start <= start and start + len(value) <= span.end for span in spans)
                                for start in starts)


def test_the_owner_slug_spreads_to_code_positions_of_other_texts(engine: DetectionEngine) -> None:
    system = "You are a coding agent. cwd=/home/build/brackenfold/ledger-sync\nTools: shell."
    user = "the alert BRACKENFOLD-LEDGER-412 fires again"
    tool = ('Traceback (most recent call last):\n  File "/app/brackenfold/ledger/sync.py", line 40, in run\n'
            "  at org.brackenfold.ledger.Sync.run(Sync.java:40)\nimage: brackenfold/worker:1.4.2")
    spans = engine.detect([Segment(system, role="system"), Segment(user, role="user"),
                           Segment(tool, role="tool", kind="code")])
    assert _covered(spans[0], system, "brackenfold")
    assert _covered(spans[1], user, "BRACKENFOLD")
    assert _covered(spans[2], tool, "brackenfold")  # a path, a Java package, an image


def test_a_possessive_owner_spreads_its_word_to_the_paths(engine: DetectionEngine) -> None:
    system = "Workspace: /work/rota. Note: this is Pelloway Care's rota, keep it tidy."
    tool = "$ git log --stat pelloway/rota/shifts.py\n cd /srv/pelloway && ./deploy.sh"
    spans = engine.detect([Segment(system, role="system"), Segment(tool, role="tool", kind="code")])
    assert _covered(spans[0], system, "Pelloway Care")
    assert _covered(spans[1], tool, "pelloway")


def test_an_image_registry_host_takes_its_port(engine: DetectionEngine) -> None:
    text = "    image: registry.tessmoor.internal:5000/tessmoor/api:3.1.0\n    brokers: mq-1.tessmoor.internal:9092"
    (spans,) = engine.detect([Segment(text, kind="code")])
    found = [text[span.start:span.end] for span in spans if span.category == "infra"]
    assert "registry.tessmoor.internal:5000" in found
    assert "mq-1.tessmoor.internal" in found  # a broker's port in a list stays outside


@pytest.mark.parametrize("text, name", [
    ('{"meta": {"tenant": "Golden Harvest Foods"}}', "Golden Harvest Foods"),
    ("employer: Main Street Bakery", "Main Street Bakery"),
    ("Kunde = \"Nordsee Fisch und Feinkost\"\ncustomer_name='Blue Ridge Outfitters'", "Blue Ridge Outfitters"),
])
def test_a_title_cased_value_of_common_words_under_an_organisation_key_is_one(text: str, name: str) -> None:
    from redactor.detect.org_keys import organisations_by_key
    assert name in [text[span.start:span.end] for span in organisations_by_key(text, "test")]


@pytest.mark.parametrize("text", ['client: "Web App"', "customer: default", 'vendor: "Google Cloud"',
                                  'client = "Mobile Home Page"'])
def test_interface_words_placeholders_and_public_names_under_those_keys_stay(text: str) -> None:
    from redactor.detect.org_keys import organisations_by_key
    assert list(organisations_by_key(text, "test")) == []
