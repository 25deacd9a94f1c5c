"""secret_urls: a shared link's own key in its query (`?rlkey=`, `?linkkey=`, `?access=` with a generated value)
makes the URL the credential; plain values after such names and other parameters stay (forms written here)."""
from __future__ import annotations

import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.secrets import SecretsDetector

_DETECTOR = SecretsDetector()


def _urls(text: str) -> list[str]:
    return [text[span.start:span.end] for span in _DETECTOR.detect(DetectionInput(text)) if span.kind.endswith("URL")]


@pytest.mark.parametrize("text", [
    "Les photos : https://photos.example.fr/album/ete?access=Qm7tR2xWv9LpZ0aK4dNs",
    "file here https://files.example.net/s/9981/plan.pdf?linkkey=h3k9q0zmw2p5t7r1c8v4&dl=1 thanks",
])
def test_a_shared_links_own_key_makes_the_url_a_secret(text):
    assert len(_urls(text)) == 1


@pytest.mark.parametrize("text", [
    "https://shop.example.com/list?sortkey=price&access=public",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://docs.example.com/d/abc?usp=sharing",
])
def test_links_without_a_key_stay(text):
    assert _urls(text) == []
