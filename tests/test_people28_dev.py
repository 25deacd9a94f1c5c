"""Round 28 dev set (issue 12): people's names in scripts without letter case, found by their other mentions and
by their script's own person marks.

Written before the change, with invented names, from the forms the people28dev corpus's read half shows (not its
samples): a name found once in Han, kana, Hangul, Arabic or an Indic script is found again where the same text
repeats it alone (a surname, a given name, the whole name after a particle), and a surname before a job title or a
Chinese familiar title ("部長", "总", "律师", "老师", "警官") is a person. The clean cases must stay: station and
street names, job titles alone, and words that contain a found name's characters inside a longer common word.
"""
import pytest

from redactor.detect.engine import DetectionEngine
from redactor.policy import load_policy
from redactor.segments import Segment


@pytest.fixture(scope="module")
def engine():
    return DetectionEngine.from_policy(load_policy("default"))


def _redacted(engine, *texts: str) -> list[str]:
    """Each text with every found span blanked out."""
    results = engine.detect([Segment(text, kind="prose") for text in texts])
    out = []
    for text, spans in zip(texts, results):
        chars = list(text)
        for span in spans:
            chars[span.start:span.end] = "#" * (span.end - span.start)
        out.append("".join(chars))
    return out


@pytest.mark.parametrize("texts, names", [
    # a Japanese full name found once; its surname and given name alone later, between particles
    (("参加者: 岩崎 千夏、野口 拓真", "打ち合わせの後、岩崎が資料を送り、拓真さんが確認した。"), ("岩崎", "拓真")),
    (("担当: 小田切 彩花", "小田切から折り返します。"), ("小田切",)),
    # a Chinese name found once, repeated alone in the next message
    (("处理人：邓文博", "邓文博已经联系客户了。"), ("邓文博",)),
    # Korean: a full name, then the given name with a particle fused after it
    (("담당자: 윤지호", "지호는 내일 출근합니다."), ("지호",)),
    # Arabic: a full name, then the given name alone with a fused "and"
    (("الموظف: ياسر القحطاني", "اتصل ياسر بالعميل وأرسل التقرير."), ("ياسر",)),
    # Hindi: a full name, then the given name with "ji"
    (("मरीज़: सुरेश कुलकर्णी", "सुरेश जी को कल बुलाया है।"), ("सुरेश",)),
])
def test_a_name_found_once_in_a_script_without_case_is_found_at_its_other_mentions(engine, texts, names):
    redacted = "\n".join(_redacted(engine, *texts))
    for name in names:
        assert name not in redacted, name


@pytest.mark.parametrize("text, name", [
    ("会議の結果、北条部長が来月から担当を引き継ぎます。", "北条"),
    ("合同已经发给蒋总了，他说周五前回复。", "蒋"),
    ("这个案子由冯律师负责，下周开庭。", "冯"),
    ("谢谢贺警官帮忙找回钱包！", "贺"),
    ("期末评语由龚老师填写。", "龚"),
    ("请假期间由曾经理代理审批。", "曾"),
])
def test_a_surname_before_a_title_of_its_language_is_a_person(engine, text, name):
    [redacted] = _redacted(engine, text)
    assert name not in redacted


@pytest.mark.parametrize("texts, kept", [
    # a found name's characters inside longer words of the language stay
    (("担当: 高田 真央", "高田馬場駅で待ち合わせ。"), "馬場駅"),
    # a job title alone, with no name before it
    (("部長が来月から担当を引き継ぎます。",), "部長"),
    (("总经理办公室在三楼。",), "总经理办公室"),
    # a common word before a title-looking character
    (("总结一下今天的会议内容。",), "总结一下今天的会议内容"),
    (("请律师帮忙看一下合同。",), "请律师帮忙看一下合同"),
])
def test_words_of_the_language_around_titles_and_found_names_stay(engine, texts, kept):
    redacted = "\n".join(_redacted(engine, *texts))
    assert kept in redacted


@pytest.mark.parametrize("text", [
    "新任校长将于九月到任。",
    "本次会议由院长主持。",
    "营业部长会议在周一举行。",
    "总结一下：本周完成了三项任务。",
])
def test_a_title_after_a_word_that_is_no_surname_stays(engine, text):
    [redacted] = _redacted(engine, text)
    assert "#" not in redacted


@pytest.mark.parametrize("text, name", [
    # the same name in another script in brackets beside a found one
    ("환자: 윤서아 (尹瑞雅) 님, 외래 진료", "尹瑞雅"),
    ("被告 李明淑(이명숙)\n原告 朴正浩(박정호)", "李明淑"),
    ("Passenger Kenji Morimoto (森本 健二) missed the connection.", "森本 健二"),
    # the other items of a list of people holding a found name
    ("参加者: 岩崎 千夏、小宮山、野口 拓真", "小宮山"),
    ("参会人员：邓文博、欧阳倩、季淼", "季淼"),
])
def test_a_name_beside_a_found_name_is_a_person(engine, text, name):
    [redacted] = _redacted(engine, text)
    assert name not in redacted


@pytest.mark.parametrize("text, kept", [
    ("John Smith (CEO) and Mary Jones (CTO) joined the call.", "CTO"),
    ("保護者: 岩崎 千夏（母）", "母"),
    ("予約: 会議室A、プロジェクター、野口 拓真さん", "プロジェクター"),
    ("Owner: Priya Raman, backend, on call", "backend"),
])
def test_notes_and_words_beside_a_found_name_stay(engine, text, kept):
    [redacted] = _redacted(engine, text)
    assert kept in redacted


@pytest.mark.parametrize("text, speakers", [
    # chat exports: a time stamp, the speaker in its script, a full-width colon without a space
    ("[08:01] 阿强：今天加班吗\n[08:02] 小美：不加\n[08:05] 阿强：好的", ("阿强", "小美")),
    ("09:10 ฝน: ถึงแล้วค่ะ\n09:11 เจ๊หมวย: โอเค\n09:12 ฝน: ขอบคุณค่ะ", ("เจ๊หมวย",)),
])
def test_speakers_of_a_chat_export_in_any_script_are_people(engine, text, speakers):
    [redacted] = _redacted(engine, text)
    for speaker in speakers:
        assert speaker not in redacted


def test_a_chat_export_keeps_what_the_speakers_say(engine):
    [redacted] = _redacted(engine, "[08:01] 阿强：今天加班吗\n[08:02] 小美：不加\n[08:05] 阿强：好的")
    assert "今天加班吗" in redacted and "好的" in redacted
