"""A person's record number after its label in Chinese, Japanese or Korean: `工号A12345`, `员工编号：E-20931`,
`会员号MB88120`, `社員番号：S-4821`, `학번 2019-12345`, `환자번호: P-44210`, `病历号：BL-20931`.

pii.py's labelled ids read labels in Latin letters between word boundaries; CJK text has no spaces between the
label, the value and the next words (`工号A12345，部门财务`), so those labels are read here: the label, then a colon
(full-width or not), a space, or `是`/`は`/`은`/`는`, then a code of ASCII letters and digits with a digit in it, ended
by anything that is not a letter, digit or dash. Labels of national ids and passports are left to national_ids.py:
these are the numbers of employees, students, members, customers, patients and policy holders (0.75, as for
`employee no.` in pii.py).
"""
from __future__ import annotations

import re
from typing import Iterator

from redactor.detect.keywords import ANY_TEXT, needs_marks

_LABELS = (
    # Chinese (simplified and traditional)
    "员工编号", "員工編號", "员工号", "員工號", "工号", "工號", "学号", "學號", "学籍号", "學籍號", "会员卡号", "會員卡號",
    "会员编号", "會員編號", "会员号", "會員號", "客户编号", "客戶編號", "客户号", "客戶號", "病历号", "病歷號", "病案号",
    "住院号", "住院號", "门诊号", "門診號", "就诊卡号", "就診卡號", "患者编号", "患者編號", "保单号", "保單號", "保险单号",
    "保險單號", "用户编号", "用戶編號", "用户ID", "用戶ID", "考生号", "考生號", "准考证号", "准考證號", "医保卡号", "醫保卡號",
    "社保卡号", "社保卡號",
    # Japanese
    "社員番号", "従業員番号", "職員番号", "会員番号", "顧客番号", "お客様番号", "学籍番号", "学生番号", "患者番号", "診察券番号",
    "保険証番号", "証券番号", "契約者番号", "受験番号", "カルテ番号",
    # Korean
    "학번", "사번", "직원번호", "사원번호", "회원번호", "고객번호", "환자번호", "진료번호", "보험번호", "증권번호", "수험번호",
    "등록번호", "병록번호",
)
_LABELLED = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True)) + ")"
    r"[ \t]*(?:[:：=]|是|は|은|는|이|가)?[ \t]*[#＃]?[ \t]*"
    r"(?P<value>(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9](?:[A-Za-z0-9/-]{0,22}[A-Za-z0-9])?)(?![A-Za-z0-9/-])")
_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_SCORE = 0.75


@needs_marks(ANY_TEXT)  # (no narrower pre-condition proved: it runs on every text)
def find_cjk_labelled_ids(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each code after a CJK label of a person's record number."""
    if _CJK.search(text) is None:
        return
    for match in _LABELLED.finditer(text):
        value = match.group("value")
        if len(value) >= 4:
            yield match.start("value"), match.end("value"), _SCORE
