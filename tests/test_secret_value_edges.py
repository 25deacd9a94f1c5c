"""secret_value_edges: a password typed in ASCII ends where the writer's script without spaces resumes, so the rest
of the sentence stays and the value is found again in other messages (sentences written here)."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.secret_value_edges import secrets_within_script_edges
from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


def _cut(text: str, taken: str, kind: str = "PASSWORD", category: str = "secret") -> str:
    start = text.index(taken)
    span = Span(start, start + len(taken), kind, category, 0.55, "test")
    (kept,) = secrets_within_script_edges(text, [span])
    return text[kept.start:kept.end]


@pytest.mark.parametrize("text, taken, value", [
    ("路由器的密码 Qz7-lamp，记得改一下", "Qz7-lamp，记得改一下", "Qz7-lamp"),       # a full-width comma
    ("パスワードはhanabi2031です。", "hanabi2031です。", "hanabi2031"),               # kana right after the value
    ("와이파이 비번 sunny0911입니다", "sunny0911입니다", "sunny0911"),                 # Hangul right after it
])
def test_a_latin_script_password_ends_where_the_unspaced_script_resumes(text, taken, value):
    assert _cut(text, taken) == value


def test_a_passphrase_in_the_writer_s_script_and_a_structured_secret_keep_their_edges():
    assert _cut("口令：春天来了", "春天来了") == "春天来了"
    dsn = "Server=db1;Database=客户库;Password=Tk7!x"
    assert _cut(dsn, dsn, kind="CONNECTION_STRING") == dsn
    assert _cut("she said 张伟 Lee", "张伟 Lee", kind="PERSON", category="pii") == "张伟 Lee"


def test_a_password_cut_at_its_edge_is_found_again_in_the_next_message():
    engine = DetectionEngine.from_policy(load_policy("default"))
    segments = [Segment(text="门禁密码 Lotus8826，别告诉别人", role="user", kind="prose"),
                Segment(text="好的，已保存：门禁 Lotus8826。", role="assistant", kind="prose")]
    spans = engine.detect(segments)
    found = [[segment.text[span.start:span.end] for span in found if span.category == "secret"]
             for segment, found in zip(segments, spans)]
    assert found == [["Lotus8826"], ["Lotus8826"]]
