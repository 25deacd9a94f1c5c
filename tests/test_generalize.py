"""Stage `generalize`: descriptions that single a person out are coarsened, deterministically, by policy level.

Runs the real Pipeline (real detectors, NER off, memory vault): placeholders
first, then generalization of what is left; risky requests are rephrased,
kept local or blocked by the policy's thresholds, and fail closed.
"""
from __future__ import annotations

import pytest

from redactor.core import BlockedError, RequestContext, UnavailableError
from redactor.policy import PolicyError, parse_policy
from redactor.runtime import build_pipeline
from redactor.segments import Segment
from redactor.stages.generalize import Generalizer

DESCRIPTION = ("Please help me write feedback for the only female VP of engineering in our Denver office, "
               "who joined in 2019 and just came back from parental leave. Her email is dana@example.org.")
IDENTIFYING = ("only", "female", "VP", "engineering", "Denver", "2019", "parental")

POLICY = """
name: generalize-test
stages: [route, placeholders, generalize]
detection: {{ner: {{enabled: {ner}}}}}
routing: {{fallback: error, backend: {{type: none}}}}
vault: {{url: "memory://"}}
quasi: {{{quasi}}}
"""


def run(text: str, quasi: str = "level: 2", segments=None, ner: bool = False):
    pipeline = build_pipeline(parse_policy(POLICY.format(quasi=quasi, ner=str(ner).lower())), vault_url="memory://")
    return pipeline.process(segments or [Segment(text)], RequestContext(conversation="c1"))


def test_a_nameless_description_is_coarsened_and_placeholders_still_apply():
    result = run(DESCRIPTION)
    sent = result.segments[0].text
    assert result.route == "cloud"
    for word in IDENTIFYING:
        assert word not in sent
    assert "[[EMAIL_1]]" in sent and "dana@example.org" not in sent
    assert sent.startswith("Please help me write feedback for a leader in our North America office, who joined "
                           "in the 2010s and just came back from a leave of absence.")
    assert "generalize" in result.decision.stages


@pytest.mark.parametrize("level, expected", [
    (1, "the late 2010s"), (2, "the 2010s"), (3, "recent years")])
def test_the_policy_level_chooses_how_coarse_a_year_becomes(level, expected):
    assert expected in Generalizer(level).generalize("She joined in 2019 as a nurse in Denver.")


@pytest.mark.parametrize("level, place, role", [
    (1, "Colorado", "clinician"), (2, "North America", "healthcare worker"), (3, "a city", "employee")])
def test_places_and_titles_climb_their_hierarchies_by_level(level, place, role):
    text = Generalizer(level).generalize("She joined in 2019 as a nurse in Denver.")
    assert place in text and role in text and "Denver" not in text and "nurse" not in text


def test_the_same_text_is_generalized_the_same_way_every_time():
    first = run(DESCRIPTION).segments[0].text
    assert all(run(DESCRIPTION).segments[0].text == first for _ in range(3))


def test_code_paths_and_identifiers_are_never_generalized():
    text = ("The only nurse in our Denver office says `deploy_denver_2019()` fails in /srv/denver/2019/run.sh "
            "since she joined in 2019.")
    sent = run(text).segments[0].text
    assert "`deploy_denver_2019()`" in sent and "/srv/denver/2019/run.sh" in sent
    assert "nurse" not in sent and "Denver office" not in sent


def test_tool_results_and_assistant_turns_are_left_alone():
    segments = [Segment("Summarise the file.", role="user", position="user"),
                Segment("the only VP of engineering in Denver", role="tool", kind="tool_result", position="tool")]
    result = run("", segments=segments)
    assert result.segments[1].text == "the only VP of engineering in Denver"


def test_low_risk_text_is_sent_unchanged():
    text = "Can you explain how a nurse call system usually prioritises alarms?"
    assert run(text, "level: 2, generalize_above: 0.5").segments[0].text == text


def test_the_decision_explains_the_risk_by_attribute_kind_without_any_value():
    notes = " ".join(run(DESCRIPTION).decision.notes)
    assert "re-identification risk 1.00" in notes and "role" in notes and "place" in notes and "-> " in notes
    for word in ("female", "VP", "engineering", "Denver", "2019", "parental"):
        assert word not in notes


def test_risk_that_remains_above_block_above_blocks_the_request():
    with pytest.raises(BlockedError, match="re-identification risk"):
        run(DESCRIPTION, "level: 1, generalize_above: null, block_above: 0.5")


def test_risk_above_local_above_without_a_local_model_fails_closed():
    with pytest.raises(UnavailableError, match="nothing was sent"):
        run(DESCRIPTION, "level: 1, generalize_above: null, local_above: 0.5")


def test_generalize_must_come_after_placeholders():
    policy = parse_policy(POLICY.format(quasi="level: 2", ner="false").replace("[route, placeholders, generalize]",
                                                                   "[route, generalize, placeholders]"))
    with pytest.raises(PolicyError, match="after 'placeholders'"):
        build_pipeline(policy, vault_url="memory://")


def test_an_unknown_level_is_a_policy_error():
    with pytest.raises(PolicyError, match="quasi.level"):
        parse_policy(POLICY.format(quasi="level: 7", ner="false"))


def test_a_person_clause_holding_an_attribute_is_suppressed_when_the_policy_says_so():
    text = "Write to the nurse, who joined in 2019 and runs the Friday quiz, about the rota."
    assert Generalizer(2, suppress_clauses=True).generalize(text) == "Write to the healthcare worker about the rota."
    # Without suppression the clause stays, coarsened: the day, and the rare hobby.
    kept = Generalizer(2).generalize(text)
    assert "joined in the 2010s and runs the weekday" in kept and "quiz" not in kept


def test_clauses_without_an_attribute_are_kept():
    text = "Ask the team who owns the payments service to fix it."
    assert Generalizer(2, suppress_clauses=True).generalize(text) == text


def test_the_ner_models_dates_and_durations_are_generalized_too():
    text = ("Please help me answer my colleague, a nurse who has worked nights for the past two summers and "
            "turns sixty next spring.")
    sent = run(text, "level: 2", ner=True).segments[0].text
    assert "two summers" not in sent and "sixty" not in sent


def test_risk_left_above_rephrase_above_has_the_local_model_rewrite_the_prose():
    from redactor.pipeline import Pipeline
    from redactor.vault.memory import MemoryVault
    from tests.test_rephrase import ScriptedModel

    model = ScriptedModel(rewrite=lambda paragraph: "Please help me write feedback for a colleague.")
    policy = parse_policy(POLICY.format(quasi="level: 1, generalize_above: null, rephrase_above: 0.5", ner="false"))
    pipeline = Pipeline(policy, MemoryVault(), local_backend=model)
    result = pipeline.process([Segment("Please help me write feedback for the only VP of engineering in Denver.")],
                              RequestContext(conversation="c1"))
    assert result.segments[0].text == "Please help me write feedback for a colleague."
    assert model.paragraphs and any("rephrased; risk now" in note for note in result.decision.notes)


def test_through_the_real_proxy_the_provider_receives_the_generalized_description(upstream):
    import openai

    from redactor.server import create_app
    from tests.upstream_server import LoopbackServer, make_pipeline

    pipeline = make_pipeline(POLICY.format(quasi="level: 2", ner="false"))
    with LoopbackServer(create_app(pipeline, upstream.url + "/v1", upstream.url, warm_up=False)) as proxy:
        client = openai.OpenAI(api_key="sk-test", base_url=proxy.url + "/v1", max_retries=0, timeout=30)
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": DESCRIPTION}])
    sent = upstream.last("/chat/completions").json["messages"][0]["content"]
    for word in IDENTIFYING:
        assert word not in sent
    assert "a leader in our North America office" in sent and "[[EMAIL_1]]" in sent


def test_headings_frequencies_and_future_dates_keep_their_sense():
    text = ("Employee: the analyst exceeded the quarterly targets and mentored two new hires; "
            "parental leave starts next month.")
    sent = Generalizer(2).generalize(text)
    assert sent.startswith("Employee: ") and "quarterly targets" in sent
    assert "took part in a workplace group" in sent and "starts soon" in sent


def test_a_describing_aside_between_commas_is_suppressed_with_the_clauses():
    text = "My colleague, a 42-year-old nurse at the clinic, asked me about the rota."
    assert Generalizer(2, suppress_clauses=True).generalize(text) == "My colleague asked me about the rota."


def test_a_sentence_about_the_person_that_holds_an_attribute_is_suppressed():
    text = ("Write a reply to our bus mechanic. He started at the depot in 1984 and rebuilt the vintage "
            "double-decker for the parade. Keep it short.")
    sent = Generalizer(2, suppress_clauses=True).generalize(text)
    assert "depot" not in sent and "1984" not in sent and "double-decker" not in sent
    assert sent.endswith("Keep it short.") and sent.startswith("Write a reply to")


def test_what_the_person_asks_for_is_kept():
    text = ("Support ticket: she is the only female firefighter at station 12; she wants her profile removed "
            "from the staff directory. What do we reply?")
    sent = Generalizer(2, suppress_clauses=True).generalize(text)
    assert "she wants her profile removed" in sent.lower() and sent.endswith("What do we reply?")
    assert "firefighter" not in sent


def test_a_rare_title_and_rare_details_are_coarsened_without_a_vocabulary():
    text = "Performance note: the falconer on contract with the airport lost a hawk. Draft a check-in email."
    sent = Generalizer(2, suppress_clauses=True).generalize(text)
    assert "falconer" not in sent and "hawk" not in sent
    assert "person" in sent and sent.endswith("Draft a check-in email.")


def test_the_rest_of_a_sentence_after_a_dropped_clause_reads_as_a_sentence():
    text = "The nurse noticed the alarm. She was the one whose twins were born in the car park, so everyone knows her."
    sent = Generalizer(2, suppress_clauses=True).generalize(text)
    assert "twins" not in sent and sent.endswith(". Everyone knows her.")


def test_technical_prose_that_mentions_a_colleague_keeps_its_rare_words():
    text = ("My colleague asked me to refactor the serializer in the ingestion pipeline; he says the memoization "
            "is broken.")
    assert Generalizer(2, suppress_clauses=True).generalize(text) == text


def test_legal_status_schedules_and_the_only_woman_in_a_group_are_generalized():
    generalizer = Generalizer(2)
    assert generalizer.generalize("Our engineer is on a visa.") == "Our technical specialist is in a formal process."
    assert "Tuesday" not in generalizer.generalize("My colleague works the Tuesday night shift.")
    assert generalizer.generalize("My colleague works the Tuesday night shift.") == "My colleague keeps regular hours."
    assert generalizer.generalize("Ask the only woman on the team.") == "Ask a colleague."
    assert generalizer.generalize("[[PERSON_1]] (22) asked for a raise.") == "[[PERSON_1]] asked for a raise."


def test_a_y_o_age_is_coarsened_through_the_pipeline_and_a_lone_shift_is_generalized():
    sent = run("Draft a reference letter for a 19 y/o intern. Keep it short.").segments[0].text
    assert "19" not in sent and "y/o" not in sent
    lone_shift = run("Write a note for my colleague who is on the 6am rota.",
                     quasi="level: 2, suppress_clauses: true, population: 1000, generalize_above: 0.01")
    assert "rota" not in lone_shift.segments[0].text


@pytest.mark.parametrize("text, expected", [
    ("Our accountant speaks fluent Tagalog and Icelandic.", "Our professional speaks other languages."),
    ("The porter at the Hillcrest campus drives a bright yellow Hummer.",
     "The worker at one of our sites has a vehicle."),
    ("Our payroll clerk competes in ultramarathons and brings his ferret to work.",
     "Our staff member has a hobby and brings his pet to work."),
    ("The clerk lives in the converted lighthouse at the end of Pier Road.", "The staff member lives locally."),
    ("Write to the release manager for Project Nightjar.", "Write to the staff member for a project."),
    ("Our tutor, a Sorbonne graduate, asked for a day off.", "Our educator, a graduate, asked for a day off."),
])
def test_languages_pastimes_vehicles_pets_homes_sites_schools_and_projects_become_a_coarser_class(text, expected):
    assert Generalizer(2).generalize(text) == expected


def test_a_rare_word_before_a_noun_is_dropped_and_one_after_an_article_becomes_something():
    generalizer = Generalizer(2)
    assert generalizer.generalize("Please thank the sommelier for the Shoreditch building tour.") \
        == "Please thank the staff member for the building tour."
    assert "lost something during the air show" in generalizer.generalize(
        "The porter lost a tiara during the air show, he says.")


def test_an_attributive_month_is_dropped_not_turned_into_recently():
    assert Generalizer(2).generalize("Email our head groundskeeper about the June mowing schedule.") \
        == "Email our leader about the mowing schedule."


def test_words_of_software_work_are_no_details_and_a_rare_participle_becomes_handled():
    text = "The flaky deploy was merged by our contractor from Lagos who speaks Yoruba; write a post-mortem."
    assert Generalizer(2).generalize(text).startswith("The deploy was handled by our contractor from Africa")
