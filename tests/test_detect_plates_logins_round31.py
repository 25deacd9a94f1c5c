"""Round 31 (ids31dev): a plate beside a vehicle word of more languages, a plate found once is found again however
it is grouped, and the staff member a shop or call-centre log names by login (`agent=`, `cashier=`)."""
import pytest

from redactor.detect.base import DetectionInput
from redactor.detect.engine import DetectionEngine
from redactor.detect.pii import PiiDetector
from redactor.detect.vehicle_plates import plate_forms
from redactor.policy import parse_policy
from redactor.segments import Segment

PII = PiiDetector()


def found(text: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in PII.detect(DetectionInput(text, "prose", None)) if s.kind == kind]


@pytest.mark.parametrize(("text", "value"), [
    ("A viatura 34-XZ-12 ficou no parque da oficina.", "34-XZ-12"),
    ("La furgoneta 4821 KLM estaba mal aparcada.", "4821 KLM"),
    ("Lastbilen ABC 123 stod vid lastkajen hela natten.", "ABC 123"),
    ("Il furgone GH 417 ZK è in officina da lunedì.", "GH 417 ZK"),
])
def test_a_plate_beside_a_vehicle_word_of_another_language_is_a_plate(text, value):
    assert value in found(text, "LICENSE_PLATE")


def test_a_plate_layout_beside_no_vehicle_word_is_no_plate():
    assert found("Ticket GH 417 ZK was closed by the second runner.", "LICENSE_PLATE") == []


def test_a_plate_is_searched_again_in_its_other_groupings_and_without_what_rode_along():
    assert {"KX21PLM", "KX21-PLM"} <= set(plate_forms("KX21 PLM"))
    assert "7KXP482" in plate_forms("7KXP482 CA")
    assert "CA" not in plate_forms("7KXP482 CA")  # a state alone is no plate
    assert plate_forms("KX21PLM") == ()  # written together: where its groups break is unknown
    assert all(any(c.isdigit() for c in form) and any(c.isalpha() for c in form)
               for form in plate_forms("4821 KLM 77"))


def test_a_plate_found_in_a_table_is_redacted_in_the_reply_that_drops_its_state():
    engine = DetectionEngine.from_policy(parse_policy(
        "name: t\nstages: [placeholders]\ndetection:\n  ner:\n    enabled: false\n"))
    table = "TOW-1182  6ZRT903 NV  Toyota Corolla  lot B"
    reply = "The car 6ZRT903 is in lot B."
    spans = engine.detect([Segment(table, "tool", "tool_result"), Segment(reply, "assistant", "prose")])
    assert any(reply[s.start:s.end] == "6ZRT903" and s.kind == "LICENSE_PLATE" for s in spans[1])


@pytest.mark.parametrize(("text", "value"), [
    ("2026-01-04 09:12 REFUND_OK order=88213 cashier=tnowak_77 amount=12.50", "tnowak_77"),
    ("ts=1767517920 event=port_out agent=shop_lds_ab3 status=held", "shop_lds_ab3"),
    ('{"operator": "m.keller2", "action": "unlock"}', "m.keller2"),
])
def test_a_staff_login_under_an_agent_or_cashier_key_is_a_login(text, value):
    assert value in found(text, "USERNAME")


@pytest.mark.parametrize("text", ["agent: docker\noperator: admin", "agent=any stage=build"])
def test_a_word_under_an_agent_key_is_no_login(text):
    assert found(text, "USERNAME") == []


@pytest.mark.parametrize(("text", "value"), [
    ("我的车是粤A 3F8K2，停在B2层", "粤A 3F8K2"),
    ("ナンバー: 品川 330 ね 41-07", "品川 330 ね 41-07"),
    ("제 차는 152가 3391 입니다", "152가 3391"),
    ("لوحة السيارة: أ ب ج ١٢٣٤", "أ ب ج ١٢٣٤"),
])
def test_a_plate_in_a_layout_only_one_country_writes_is_a_plate_alone(text, value):
    assert value in found(text, "LICENSE_PLATE")


@pytest.mark.parametrize("text", ["2024年3月5日 12時30分 品川駅", "京东 订单 A12345 已发货", "السلام عليكم، الطلب رقم 4821 جاهز"])
def test_dates_orders_and_numbers_in_those_scripts_are_no_plates(text):
    assert found(text, "LICENSE_PLATE") == []


def test_a_layout_shown_as_an_example_of_how_plates_are_written_is_no_plate():
    assert found("表記は、例えば「横浜 300 さ 56-78」のようになります。", "LICENSE_PLATE") == []
    assert "横浜 300 さ 56-78" in found("駐車場の車は横浜 300 さ 56-78 です。", "LICENSE_PLATE")
