"""Organisations named by their legal form in scripts without capitals (redactor/detect/org_legal_forms.py)."""
from __future__ import annotations

import pytest

from redactor.detect.org_legal_forms import organisations_by_legal_form


def organisations(text: str) -> list[str]:
    return [text[s.start:s.end] for s in organisations_by_legal_form(text, "test")
            if s.kind == "ORGANIZATION" and s.category == "org"]


@pytest.mark.parametrize("text, organisation", [
    ("ご契約先: 株式会社ミナトシステムズ\n", "株式会社ミナトシステムズ"),
    ("発注元は東邦精機株式会社です。", "東邦精機株式会社"),
    ("供应商：深圳市星河电子有限公司\n", "深圳市星河电子有限公司"),
    ("계약 상대방: (주)한빛소프트웨어, 담당: 정다은", "(주)한빛소프트웨어"),
    ("한빛소프트웨어 주식회사와 계약했습니다.", "한빛소프트웨어 주식회사"),
    ("Договор с ООО «Северный Ветер» продлён до марта", "ООО «Северный Ветер»"),
    ('счёт выставлен АО "Техноресурс".', 'АО "Техноресурс"'),
    ("العقد مع شركة النور للتجارة\n", "شركة النور للتجارة"),
])
def test_a_name_beside_a_legal_form_is_an_organisation(text: str, organisation: str) -> None:
    assert organisations(text) == [organisation]


def test_a_chinese_name_in_running_text_is_taken_with_at_most_twelve_characters_before_the_form() -> None:
    text = "我们上周已经和北京远航国际物流科技发展有限公司签了合同"
    (found,) = organisations(text)
    assert found.endswith("有限公司") and "远航" in found and len(found) <= 12 + len("有限公司")


@pytest.mark.parametrize("text", [
    "株式会社とは何かを説明してください。",
    "有限公司的英文是什么？",
    "Это полный хаос, а не план.",  # "ао" inside a word is no legal form
    "Plain English text about Acme GmbH has no form of these scripts.",
])
def test_a_legal_form_with_no_name_beside_it_is_no_organisation(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize("text, organisation", [
    ("Signed by OOO Romashka yesterday.", "OOO Romashka"),
    ("Invoice from PT Sinar Mas Agro for Q3.", "PT Sinar Mas Agro"),
    ('Supplier: UAB „Baltic Data“, VAT pending', "UAB „Baltic Data“"),
    ("The buyer is ACME LOGISTICS GMBH according to the contract.", "ACME LOGISTICS GMBH"),
    ("SHIPPER: SHENZHEN XINGHE ELECTRONICS CO., LTD.\nNo. 8 Road", "SHENZHEN XINGHE ELECTRONICS CO., LTD."),
    ("PAYMENT TO THE BLUE HERON LLC REF 4471", "BLUE HERON LLC"),
])
def test_a_latin_legal_form_before_a_name_or_after_a_name_in_capitals_makes_an_organisation(text, organisation):
    assert organisations(text) == [organisation]


@pytest.mark.parametrize("text", [
    "Patient PT 3 times a week, SIA Report attached.",
    "SET AG\nRUN AS ROOT\nMAX_RETRIES INC\nHTTP 200 OK",
    "I AM AT THE INC",
])
def test_form_like_words_in_capitals_without_a_name_are_no_organisation(text):
    assert organisations(text) == []
