"""leakbench.local_answers: answers are judged by their facts, and code by running it in a subprocess."""
from __future__ import annotations

from leakbench.local_answers import judge, load_questions

REVERSE = {"id": "r", "ask": "reverse", "code": {"check": 'f("ab") == "ba"'}}


def test_a_factual_answer_passes_only_with_every_expected_fact():
    question = {"id": "q", "ask": "?", "facts": ["Paris", "France|French"]}
    assert judge(question, "The capital of France is paris.")[0]
    assert not judge(question, "It is Lyon, in France.")[0]


def test_code_passes_only_when_it_runs_and_meets_the_check():
    good = "Here:\n```python\ndef reverse(s):\n    return s[::-1]\n```\n"
    wrong = "```python\ndef reverse(s):\n    return s\n```"
    broken = "```python\ndef reverse(s):\n    return s[::-1\n```"
    assert judge(REVERSE, good) == (True, "the code runs and passes the check")
    assert judge(REVERSE, wrong) == (False, "the code fails the check")
    assert judge(REVERSE, broken) == (False, "the code does not run")
    assert judge(REVERSE, "def reverse(s): return s[::-1]") == (False, "no fenced code block")


def test_the_fixed_question_set_has_facts_and_code_questions():
    questions = load_questions()
    assert len({question["id"] for question in questions}) == len(questions) >= 10
    assert any("facts" in question for question in questions) and any("code" in question for question in questions)
