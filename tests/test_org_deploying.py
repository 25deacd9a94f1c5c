"""The organisation a system prompt's opening sentence names (org_deploying.py): the deployer, not its tools.

Forms written for this module (round 33), in several languages; public software, companies, roles, languages and
places in the same position stay.
"""
from __future__ import annotations

import pytest

from redactor.detect.confidence import DOUBTFUL_SCORE
from redactor.detect.org_deploying import deploying_organisations


def _found(text: str) -> list[str]:
    spans = list(deploying_organisations(text, "test"))
    assert all(span.kind == "ORGANIZATION" and span.score == DOUBTFUL_SCORE for span in spans)
    return [text[span.start:span.end] for span in spans]


@pytest.mark.parametrize("text, names", [
    ("You answer billing questions for Pellmore Glassworks. Be brief.", ["Pellmore Glassworks"]),
    ("You help Tarnwick Foods' planners with Jira and Grafana.", ["Tarnwick Foods"]),
    ("Tu es l'agent de support de Mutuelle Ardrevoise des Vosges-Est.", ["Mutuelle Ardrevoise des Vosges-Est"]),
    # (a name of frequent words only, "Caisse Solidaire des Vosges-Est", is left: _RARE_ZIPF)
    ("Du hjælper kundeservice i Fjordlys Andelsboligforening af 1961.", ["Fjordlys Andelsboligforening af 1961"]),
    ("Jsi asistent účtárny Brněnská strojírna a.s. a odpovídáš česky.", ["Brněnská strojírna a.s."]),
    ("Ты помогаешь отделу кадров Лесопромышленной компании Северянка.", ["Лесопромышленной", "Северянка"]),
])
def test_the_deployer_in_a_system_prompts_opening_sentence_is_a_doubtful_organisation(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "You are Claude Code, Anthropic's official CLI for Claude.",
    "You are ChatGPT, a large language model trained by OpenAI.",
    "You are a helpful assistant for Python developers. Answer in English.",
    "You are an expert Senior Software Engineer on the Platform Team.",
    "You are a friendly Customer Support agent for users in Germany.",
    "You help the IT and HR teams with Kubernetes and Slack.",
    "Reply in Spanish. Mention Pellmore Glassworks only if asked.",  # the opening sentence only
])
def test_public_names_roles_languages_and_later_sentences_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Du bist Assistent in der Personalabteilung eines Maschinenbauers.",  # German capitalises nouns (a compound
    # German does not list, "Werkzeugmaschinenherstellers", still reads as a name: a known limit)
    "Je bent IT-assistent van een woningcorporatie.",
    "You are a DevOps assistant for a car maker's platform team.",
    "You are a Raspberry Pi helper.",  # a product of frequent words
])
def test_capitalised_nouns_and_products_of_frequent_words_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, names", [
    # The deployer's own short letters, which no list of public letters holds (round 34).
    ("You are the scheduling assistant of QVR. Be brief.", ["QVR"]),
    ("Tu es l'assistant de l'équipe paie chez RNQ.", ["RNQ"]),
    # A coined name opening the prompt, with a capital inside it: written so, not capitalised for its place.
    ("# FernQuill support agent\nAnswer politely.", ["FernQuill"]),
    ("BrightLoom helpdesk bot: answer questions about orders.", ["BrightLoom"]),
])
def test_the_deployers_acronym_and_a_coined_opening_name_are_found(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "You help the HR team at a school with payroll questions.",
    "You are an AWS and SQL tutor for beginners.",
    "You are the NHS appointment guide for patients in the UK.",
    "DevOps assistant: help the on-call engineer with Kubernetes.",
    "JavaScript tutor for beginners. Explain closures.",
    "FreeRADIUS helper.",  # software writes a run of capitals into its name
    "PostgreSQL tuning assistant. Be brief.",
])
def test_public_letters_and_software_at_the_opening_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, names", [
    # A prompt titled by its role, the owner in brackets closing the opening line, in any script (round 34).
    ("Reservierungsassistent (Pension Seeblick)\nAntworte freundlich.", ["Pension Seeblick"]),
    ("Front desk helper (Fenmoor Vets).", ["Fenmoor Vets"]),
    ("ผู้ช่วยจองห้อง (โรงแรมริมน้ำ)", ["โรงแรมริมน้ำ"]),
    ("客服助手（绿洲家政）。", ["绿洲家政"]),
    ("सहायक (गंगा ट्रैवल्स).", ["गंगा ट्रैवल्स"]),
])
def test_the_owner_in_brackets_closing_a_prompts_title_is_the_deployer(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "Translation helper (English to German).",
    "Code reviewer (beta)",
    "Assistant (GPT-4)",
    "翻訳アシスタント（日本語→英語）。",
    "Support bot (v2, internal)",
    "You are a helpful assistant (be concise).",
    "(Draft) Support assistant for our shop.",
    "Helper (1/3)",
])
def test_brackets_holding_languages_versions_or_instructions_stay(text):
    assert _found(text) == []
