"""Test-wide settings and shared fixtures: nothing in the suite may reach the internet."""
import os

import pytest

# presidio's tldextract would fetch the public suffix list; hubs are unreachable here.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Never pick up a developer's real cloud keys in tests.
os.environ.pop("OPENAI_API_KEY", None)
os.environ.pop("ANTHROPIC_API_KEY", None)
# A test builds its pipeline on a vault of its own: the default policy's vault is the user's sqlite file, where
# mappings of earlier runs (same conversation id) would be known values and find what the detector under test missed.
os.environ.setdefault("REDACTOR_VAULT_URL", "memory://")


@pytest.fixture(scope="module")
def upstream():
    """The recording loopback upstream (a stand-in for the cloud API), one per test module.

    Modules that need a different upstream (scripted faults) define their own.
    """
    from tests.upstream_server import serving_recording_upstream

    with serving_recording_upstream() as app:
        yield app
