"""Wire modules: every text-bearing field becomes a segment, and new texts go back without breaking JSON."""
from __future__ import annotations

import copy
import json

import pytest

from redactor.restore import Restorer
from redactor.wire import WireError, anthropic, embeddings, openai_chat, openai_responses


def _shout(extraction, body):
    """Write back every segment upper-cased, as a stand-in for redaction."""
    return extraction.write_back(body, [s.with_text(s.text.upper()) for s in extraction.segments])


def _by_path(extraction):
    return {segment.path: segment for segment in extraction.segments}


CHAT = {
    "model": "m",
    "messages": [
        {"role": "developer", "content": "dev rules"},
        {"role": "system", "content": [{"type": "text", "text": "sys part"}]},
        {"role": "user", "content": [{"type": "text", "text": "hello"},
                                     {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAA"}},
                                     {"type": "input_audio", "input_audio": {"data": "AAA", "format": "wav"}}]},
        {"role": "assistant", "content": "sure", "refusal": "no way",
         "tool_calls": [{"id": "c1", "type": "function",
                         "function": {"name": "f", "arguments": '{"path": "/x", "n": 4111111111111111, "ok": true}'}},
                        {"id": "c2", "type": "function", "function": {"name": "g", "arguments": "not json {"}},
                        {"id": "c3", "type": "custom", "custom": {"name": "patch", "input": "*** patch"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "FILE CONTENTS"},
        {"role": "function", "name": "f", "content": "legacy result"},
    ],
    "tools": [{"type": "function", "function": {"name": "f", "description": "reads",
                                                "parameters": {"type": "object", "properties": {
                                                    "path": {"type": "string", "description": "the path"},
                                                    "description": {"type": "string", "title": "a field named description"}}}}}],
    "response_format": {"type": "json_schema", "json_schema": {"name": "s", "description": "out",
                                                               "schema": {"description": "root"}}},
    "prediction": {"type": "content", "content": "predicted file"},
}


def test_openai_chat_covers_every_text_field_with_the_right_kind_and_position():
    extraction = openai_chat.extract(copy.deepcopy(CHAT))
    found = {(s.text, s.kind, s.position, s.field_name) for s in extraction.segments}
    assert found == {
        ("dev rules", "prose", "system", None), ("sys part", "prose", "system", None),
        ("hello", "prose", "user", None), ("sure", "prose", "assistant", None),
        ("no way", "prose", "assistant", None),
        ("/x", "json_value", "tool_arguments", "path"),
        ("4111111111111111", "json_value", "tool_arguments", "n"),
        ("not json {", "code", "tool_arguments", None), ("*** patch", "code", "tool_arguments", None),
        ("FILE CONTENTS", "tool_result", "tool_result", None), ("legacy result", "tool_result", "tool_result", None),
        ("reads", "prose", "tool_definition", None), ("the path", "prose", "tool_definition", None),
        ("a field named description", "prose", "tool_definition", None),
        ("out", "prose", "tool_definition", None), ("root", "prose", "tool_definition", None),
        ("predicted file", "code", "user", None),
        # Keys are scanned too: in tool-call arguments (data) and property names in schemas.
        ("path", "json_value", "tool_arguments", None), ("n", "json_value", "tool_arguments", None),
        ("ok", "json_value", "tool_arguments", None), ("path", "code", "tool_definition", None),
        ("description", "code", "tool_definition", None),
        # Fields no family walker knows are scanned as well (deny by default).
        ("f", "code", "metadata", None),
        # Ids are scanned as well (they cost little and no id is trusted to be an id).
        ("c1", "code", "metadata", None), ("c2", "code", "metadata", None), ("c3", "code", "metadata", None),
    }
    assert extraction.binary_parts == 2
    assert extraction.anchors == ["dev rules", "sys part", "hello"]


def test_openai_chat_write_back_keeps_json_valid_and_binary_parts_untouched():
    body = _shout(openai_chat.extract(copy.deepcopy(CHAT)), copy.deepcopy(CHAT))
    calls = body["messages"][3]["tool_calls"]
    # Only string leaves change; the document is re-serialised in the style it came in.
    # Keys are rewritten in place, keeping their order.
    assert calls[0]["function"]["arguments"] == '{"PATH": "/X", "N": 4111111111111111, "OK": true}'
    assert calls[1]["function"]["arguments"] == "NOT JSON {"
    assert body["messages"][2]["content"][1:] == CHAT["messages"][2]["content"][1:]
    assert body["tools"][0]["function"]["parameters"]["properties"]["PATH"] == {"type": "string",
                                                                                "description": "THE PATH"}


def test_a_redacted_number_leaf_becomes_a_string_and_json_stays_valid():
    body = copy.deepcopy(CHAT)
    extraction = openai_chat.extract(body)
    outgoing = [s.with_text("[[CARD_1]]" if s.text == "4111111111111111" else s.text) for s in extraction.segments]
    arguments = extraction.write_back(body, outgoing)["messages"][3]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(arguments) == {"path": "/x", "n": "[[CARD_1]]", "ok": True}


def test_compact_arguments_stay_compact_and_unicode_stays_unescaped():
    body = {"messages": [{"role": "assistant", "tool_calls": [{"function": {
        "arguments": '{"a":"é x","b":["y"]}'}}]}]}
    extraction = openai_chat.extract(body)
    out = extraction.write_back(body, [s.with_text(s.text.replace("x", "[[P_1]]")) for s in extraction.segments
])
    assert out["messages"][0]["tool_calls"][0]["function"]["arguments"] == '{"a":"é [[P_1]]","b":["y"]}'


def test_the_same_message_is_the_same_segment_in_every_turn():
    turn_one = {"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "first"}]}
    turn_two = copy.deepcopy(turn_one)
    turn_two["messages"] += [{"role": "assistant", "content": "answer"}, {"role": "user", "content": "next"}]
    one, two = openai_chat.extract(turn_one), openai_chat.extract(turn_two)
    assert two.segments[:2] == one.segments
    assert one.anchors == two.anchors


@pytest.mark.parametrize("body, message", [
    ({"messages": {"role": "user"}}, "'messages' must be a list"),
    ({"messages": ["hi"]}, "'messages[0]' must be an object"),
    ({"messages": [{"content": "x"}]}, "'messages[0].role' must be a string"),
    ({"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": 5}}]}]},
     "'messages[0].tool_calls[0].function.arguments' must be a string"),
    ({"messages": [], "tools": {}}, "'tools' must be a list"),
])
def test_openai_chat_shape_errors_name_the_field(body, message):
    with pytest.raises(WireError) as caught:
        openai_chat.extract(body)
    assert str(caught.value) == message


def test_unknown_content_parts_are_scanned_not_skipped():
    body = {"messages": [{"role": "user", "content": [{"type": "future_part", "note": "secret text",
                                                        "id": "opaque-id"}]}]}
    extraction = openai_chat.extract(body)
    # Every string and key but the part's enum type word.
    assert [s.text for s in extraction.segments] == ["note", "secret text", "opaque-id"]


def test_openai_chat_restore_response_restores_text_and_escapes_json_arguments():
    restorer = Restorer({"[[SECRET_1]]": 'pa"ss\\word'})
    body = {"choices": [{"index": 0, "message": {
        "role": "assistant", "content": "use [[SECRET_1]]",
        "tool_calls": [{"function": {"name": "f", "arguments": '{"p":"[[SECRET_1]]"}'}}]}}]}
    restored = openai_chat.restore_response(body, restorer)["choices"][0]["message"]
    assert restored["content"] == 'use pa"ss\\word'
    assert json.loads(restored["tool_calls"][0]["function"]["arguments"]) == {"p": 'pa"ss\\word'}


RESPONSES = {
    "instructions": "be brief",
    "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "question"},
                                     {"type": "input_image", "image_url": "data:..."}]},
        {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "answer"}]},
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "I thought"}],
         "encrypted_content": "gAAAA-opaque"},
        {"type": "function_call", "call_id": "c", "name": "f", "arguments": '{"q": "v"}'},
        {"type": "function_call_output", "call_id": "c", "output": "tool said"},
        {"type": "custom_tool_call", "call_id": "p", "name": "apply_patch", "input": "+line"},
        {"type": "custom_tool_call_output", "call_id": "p", "output": "patched"},
        {"type": "local_shell_call", "call_id": "s", "action": {"type": "exec", "command": ["cat", "f"],
                                                                "env": {"TOKEN": "t"}}},
        {"type": "local_shell_call_output", "call_id": "s", "output": "shell out"},
        {"type": "shell_call_output", "call_id": "s2", "output": [{"stdout": "so", "stderr": "se"}]},
        {"type": "brand_new_item", "id": "x", "payload": {"words": "unknown text"}},
        {"type": "item_reference", "id": "ref_1"},
    ],
    "tools": [{"type": "function", "name": "f", "description": "tool desc",
               "parameters": {"properties": {"q": {"description": "param desc"}}}},
              {"type": "custom", "name": "apply_patch", "description": "patch desc"},
              {"type": "web_search"}],
    "text": {"format": {"type": "json_schema", "name": "x", "description": "fmt", "schema": {"title": "T"}}},
    "prompt": {"id": "pmpt_1", "variables": {"customer": "Jane"}},
}


def test_responses_covers_instructions_items_tools_and_variables():
    extraction = openai_responses.extract(copy.deepcopy(RESPONSES))
    found = {(s.text, s.kind, s.position) for s in extraction.segments}
    assert found == {
        ("be brief", "prose", "system"), ("question", "prose", "user"), ("answer", "prose", "assistant"),
        ("I thought", "prose", "assistant"), ("v", "json_value", "tool_arguments"),
        ("tool said", "tool_result", "tool_result"), ("+line", "code", "tool_arguments"),
        ("patched", "tool_result", "tool_result"), ("exec", "json_value", "tool_arguments"),
        ("cat", "json_value", "tool_arguments"), ("f", "json_value", "tool_arguments"),
        ("t", "json_value", "tool_arguments"), ("shell out", "tool_result", "tool_result"),
        ("so", "tool_result", "tool_result"), ("se", "tool_result", "tool_result"),
        ("unknown text", "json_value", "assistant"), ("tool desc", "prose", "tool_definition"),
        ("param desc", "prose", "tool_definition"), ("patch desc", "prose", "tool_definition"),
        ("fmt", "prose", "tool_definition"), ("T", "prose", "tool_definition"), ("Jane", "prose", "user"),
        # Keys of data documents, property names, opaque keys of unknown items,
        # unknown fields (deny by default).
        ("q", "json_value", "tool_arguments"), ("type", "json_value", "tool_arguments"),
        ("command", "json_value", "tool_arguments"), ("env", "json_value", "tool_arguments"),
        ("TOKEN", "json_value", "tool_arguments"), ("payload", "code", "assistant"),
        ("words", "code", "assistant"), ("q", "code", "tool_definition"), ("data:...", "code", "metadata"),
        ("customer", "code", "metadata"),
        ("x", "json_value", "assistant"), ("rs_1", "code", "metadata"), ("c", "code", "metadata"),
        ("p", "code", "metadata"), ("s", "code", "metadata"), ("s2", "code", "metadata"),
        ("ref_1", "code", "metadata"),
    }
    assert extraction.binary_parts == 1
    assert extraction.anchors == ["be brief", "question"]
    body = _shout(extraction, copy.deepcopy(RESPONSES))
    assert body["input"][2]["encrypted_content"] == "gAAAA-opaque"
    assert body["input"][3]["arguments"] == '{"Q": "V"}'


def test_responses_string_input_is_the_user_message():
    extraction = openai_responses.extract({"input": "just text"})
    assert [(s.text, s.path, s.position) for s in extraction.segments] == [("just text", ("input",), "user")]


def test_responses_restore_covers_output_items():
    restorer = Restorer({"[[EMAIL_1]]": "a@b.io"})
    body = {"id": "resp_1", "output": [
        {"type": "message", "content": [{"type": "output_text", "text": "to [[EMAIL_1]]"}]},
        {"type": "function_call", "arguments": '{"to":"[[EMAIL_1]]"}'},
        {"type": "custom_tool_call", "input": "+[[EMAIL_1]]"},
        {"type": "reasoning", "summary": [{"type": "summary_text", "text": "[[EMAIL_1]]"}],
         "encrypted_content": "[[EMAIL_1]]"}]}
    output = openai_responses.restore_response(body, restorer)["output"]
    assert output[0]["content"][0]["text"] == "to a@b.io"
    assert output[1]["arguments"] == '{"to":"a@b.io"}'
    assert output[2]["input"] == "+a@b.io"
    assert output[3]["summary"][0]["text"] == "a@b.io" and output[3]["encrypted_content"] == "[[EMAIL_1]]"


ANTHROPIC = {
    "system": [{"type": "text", "text": "sys", "cache_control": {"type": "ephemeral"}}],
    "messages": [
        {"role": "user", "content": "hello"},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "private [[EMAIL_1]] thoughts", "signature": "sig"},
            {"type": "redacted_thinking", "data": "opaque"},
            {"type": "text", "text": "calling"},
            {"type": "tool_use", "id": "t", "name": "f", "input": {"cmd": "ls", "args": ["-la", 3]}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "t", "content": "listing"},
            {"type": "tool_result", "tool_use_id": "t2", "content": [{"type": "text", "text": "blocks"},
                                                                      {"type": "image", "source": {}}]},
            {"type": "document", "title": "doc title", "source": {"type": "text", "media_type": "text/plain",
                                                                  "data": "doc body"}},
            {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBE"}},
            {"type": "search_result", "title": "sr", "source": "https://x", "content": [{"type": "text", "text": "found"}]},
        ]},
    ],
    "tools": [{"name": "f", "description": "runs", "input_schema": {"properties": {"cmd": {"description": "c"}}}},
              {"type": "web_search_20250305", "name": "web_search"}],
}


def test_anthropic_covers_every_block_but_never_touches_thinking():
    extraction = anthropic.extract(copy.deepcopy(ANTHROPIC))
    found = {(s.text, s.kind, s.position) for s in extraction.segments}
    assert found == {
        ("sys", "prose", "system"), ("hello", "prose", "user"), ("calling", "prose", "assistant"),
        ("ls", "json_value", "tool_arguments"), ("-la", "json_value", "tool_arguments"),
        ("3", "json_value", "tool_arguments"), ("listing", "tool_result", "tool_result"),
        ("blocks", "tool_result", "tool_result"), ("doc title", "prose", "user"),
        ("doc body", "tool_result", "user"), ("sr", "prose", "user"), ("https://x", "prose", "user"),
        ("found", "tool_result", "user"), ("runs", "prose", "tool_definition"), ("c", "prose", "tool_definition"),
        ("cmd", "json_value", "tool_arguments"), ("args", "json_value", "tool_arguments"),
        ("cmd", "code", "tool_definition"),
        ("t", "code", "metadata"), ("t2", "code", "metadata"), ("text/plain", "code", "metadata"),
        ("application/pdf", "code", "metadata"),
    }
    assert extraction.binary_parts == 2
    assert extraction.anchors == ["sys", "hello"]
    body = _shout(extraction, copy.deepcopy(ANTHROPIC))
    assert body["messages"][1]["content"][:2] == ANTHROPIC["messages"][1]["content"][:2]
    assert body["messages"][1]["content"][3]["input"] == {"CMD": "LS", "ARGS": ["-LA", 3]}


def test_anthropic_restore_restores_tool_input_and_leaves_thinking():
    restorer = Restorer({"[[EMAIL_1]]": "a@b.io"})
    body = {"content": [{"type": "thinking", "thinking": "[[EMAIL_1]]", "signature": "s"},
                        {"type": "text", "text": "hi [[EMAIL_1]]"},
                        {"type": "tool_use", "input": {"to": ["[[EMAIL_1]]"]}}]}
    content = anthropic.restore_response(body, restorer)["content"]
    assert [content[0]["thinking"], content[1]["text"], content[2]["input"]] == [
        "[[EMAIL_1]]", "hi a@b.io", {"to": ["a@b.io"]}]


@pytest.mark.parametrize("content", [1, None, {"type": "text"}, True])
def test_anthropic_restore_passes_content_of_the_wrong_shape_as_sent(content):
    """A broken upstream's `content` that is no list (a fuzz case: `{"content": 1}` in a message_start) is no crash."""
    assert anthropic.restore_response({"content": content}, Restorer({"[[EMAIL_1]]": "a@b.io"})) == {"content": content}


def test_anthropic_restore_restores_content_sent_as_one_string():
    body = anthropic.restore_response({"content": "hi [[EMAIL_1]]"}, Restorer({"[[EMAIL_1]]": "a@b.io"}))
    assert body == {"content": "hi a@b.io"}


def test_embeddings_inputs_become_segments_and_token_arrays_are_refused():
    extraction = embeddings.extract({"input": ["a", "b"]})
    assert [(s.text, s.path) for s in extraction.segments] == [("a", ("input", 0)), ("b", ("input", 1))]
    with pytest.raises(WireError):
        embeddings.extract({"input": [1, 2, 3]})
    with pytest.raises(WireError):
        embeddings.extract({"input": {"text": "x"}})
