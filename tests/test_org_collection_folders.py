"""org_collection_folders: a party's folder under a collection of parties, and a project channel's codename."""
from __future__ import annotations

import pytest

from redactor.detect.org_collection_folders import organisations_in_collections


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in organisations_in_collections(text, "test")]


@pytest.mark.parametrize("text, names", [
    ('deps = ["//customers/brenmoor:settings"]', ["brenmoor"]),  # a Bazel target
    ("M  tenants/quelvane/feature-flags.yaml", ["quelvane"]),
    ("voir src/partenaires et src/partners/tollivex-rail/sync.go", ["tollivex-rail"]),
    ("config: merchants/zarvolo.json", ["zarvolo"]),
    ("lee el hilo en #vendrisk-ops y #vendrisk-alerts", ["vendrisk", "vendrisk"]),
])
def test_a_party_folder_and_a_channel_codename(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "clients/stripe/webhooks.go and partners/google/",  # listed companies
    "src/clients/ledgerfox.py",  # a code file under clients/: an API client's module
    "clients/http/retry.go",  # words of the language
    "vendor/symfony/console",  # third-party code
    "#general-chat #release-notes and page#section-2",
])
def test_public_names_code_files_and_words_stay(text: str) -> None:
    assert _names(text) == []
