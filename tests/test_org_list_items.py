"""The other items of an inline list where organisations were found are organisations: org_list_items.py.

DEV is the set written before the change (own examples of the mechanism); CHECK was written after it, without
looking at any corpus, and not tuned on; CLEAN are look-alikes that must stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.engine import DetectionEngine
from redactor.detect.org_list_items import organisations_in_lists
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine.from_policy(load_policy("default"))


def covered(engine: DetectionEngine, text: str, value: str) -> bool:
    """Whether every non-blank character of `value` in `text` is inside a finding."""
    (spans,) = engine.detect([Segment(text, role="user", kind="prose")])
    start = text.index(value)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value))
               if not text[i].isspace())


def touched(engine: DetectionEngine, text: str, value: str) -> bool:
    """Whether an ORGANIZATION finding overlaps `value` (places are the place finders' business)."""
    (spans,) = engine.detect([Segment(text, role="user", kind="prose")])
    start = text.index(value)
    return any(s.kind == "ORGANIZATION" and s.start < start + len(value) and start < s.end for s in spans)


DEV = [
    ("Please tag these suppliers by region: Hartwell Joinery Ltd, Brackenfield Mills, Tessaly Verpackungen GmbH, "
     "Oyelaran Foods.", ["Brackenfield Mills", "Oyelaran Foods"]),
    ("取引先一覧：株式会社ヤマブキ製作所、有限会社しらかば、こもれび歯科、合同会社ソラテック。", ["こもれび歯科"]),
    ("供应商：苏州华锦纺织有限公司、宁波海澄物流有限公司、老李面馆。", ["老李面馆"]),
    ("Kunden: Bäckerei Sommer GmbH, Zimmerei Holzwurm KG, Café Lindenblatt und Obsthof Renner e.K.",
     ["Café Lindenblatt"]),
]
CHECK = [
    # Written after the change, not tuned on.
    ("Vendors we owe money: Pinecrest Roofing LLC, Marlowe & Daughters, Quinto Tiles S.r.l., Old Mill Bakery.",
     ["Old Mill Bakery"]),
    ("Klantenlijst: Bakkerij De Korenaar B.V., Slagerij Van Dam, Installatiebedrijf Smit B.V., Tuincentrum Groenrijk.",
     ["Slagerij Van Dam", "Tuincentrum Groenrijk"]),
    ("Партнёры: ООО «Лесная Поляна», АО «СтройТехМонтаж», кафе Берёзка.", ["Берёзка"]),
]
CLEAN = [
    ("Compare Shopify, WooCommerce and Magento for a small shop selling candles.", "WooCommerce"),
    ("We route logs through Datadog, Sentry and Grafana; which one is cheapest?", "Grafana"),
    ("Offices: Berlin, Munich, Hamburg, Vienna.", "Vienna"),
    ("Kessler GmbH and Okafor Ltd both sent invoices, but the finance team, the legal team and I disagree.",
     "the legal team"),
]


@pytest.mark.parametrize("text, values", DEV + CHECK)
def test_the_other_items_of_a_list_of_organisations_are_found(engine, text, values):
    for value in values:
        assert covered(engine, text, value), value


@pytest.mark.parametrize("text, value", CLEAN)
def test_lists_of_public_names_and_places_stay(engine, text, value):
    assert not touched(engine, text, value), value



def test_a_list_of_legal_forms_is_no_list_of_parties():
    text = "Forms we met: Kessler GmbH, Okafor Ltd, SARL, S.r.l., e.V."
    spans = [Span(text.index(name), text.index(name) + len(name), "ORGANIZATION", "org", 0.8, "ner")
             for name in ("Kessler GmbH", "Okafor Ltd")]
    assert organisations_in_lists(text, spans) == []


def test_a_csv_row_is_no_list():
    text = "S-1046,Ningbo Haoyu Mould Co., Ltd.,CN,TT,Chen Haoyu"
    spans = [Span(7, 36, "ORGANIZATION", "org", 0.8, "ner"), Span(46, 56, "ORGANIZATION", "org", 0.8, "ner")]
    assert organisations_in_lists(text, spans) == []
