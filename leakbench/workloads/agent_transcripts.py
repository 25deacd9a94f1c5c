"""agent_transcripts: multi-turn coding-agent conversations as an OpenAI chat request.

System prompt, user turns, assistant tool calls with JSON arguments, and tool
results carrying config files, environment dumps and stack traces. Each text
place is one Segment whose `path` points into the OpenAI chat body, and whose
kind is what the proxy's wire layer gives it (tool-call argument leaves are
`json_value` with their key as `field_name`; tool output is `tool_result`).
"""
from __future__ import annotations

import random

from leakbench.samples import AnnotatedSegment, TextBuilder, Value
from leakbench.workloads import credentials
from leakbench.workloads.persons import make_person
from leakbench.workloads.secrets_config import FORMATS, secret_values
from leakbench.workloads.suite import Suite

DEFAULT_COUNT = 300

_SYSTEM = ("You are a coding agent working in the repository <%org_pkg%>/<%codename_pkg%> on behalf of "
           "<%user%> (<%user_email%>). Use the tools to read files and run commands. Never push to main.")
_FIRST_TURN = [
    "The <%service%> tests fail on CI since this morning. Can you find out why and fix it? "
    "The staging database is <%conn%> if you need it.",
    "Please figure out why the <%codename%> deploy is broken. <%other%> said it started after the config change.",
    "Our nightly job crashed again. Check the logs on <%host%> and tell me what happened.",
]
_FOLLOW_UP = [
    "Thanks. Please also send a short summary to <%other%> at <%other_email%>.",
    "Great. Can you open a PR and tag <%other%> for review?",
    "OK. Do not touch the production config, only staging.",
]
_CONFIG_FILES = ["yaml", "env", "toml", "json", "ini"]
_ENV_DUMP = """HOME=/home/<%username%>
USER=<%username%>
LANG=en_US.UTF-8
PATH=/usr/local/bin:/usr/bin:/bin
DB_HOST=<%host%>
AWS_ACCESS_KEY_ID=<%aws_key%>
AWS_SECRET_ACCESS_KEY=<%aws_secret%>
GITHUB_TOKEN=<%github%>
CI=true
"""
_TRACEBACK = """Traceback (most recent call last):
  File "/home/<%username%>/src/<%codename_pkg%>/worker.py", line 88, in run
    conn = psycopg2.connect(settings.DATABASE_URL)
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "<%host%>" (<%ip%>), port 5432 failed: FATAL:  password authentication failed for user "<%username%>"
"""
_ASSISTANT_NOTES = [
    "Let me look at the configuration first.",
    "I'll check the environment of the CI runner.",
    "Reading the file now.",
]
_FINAL = [
    "The database password in the staging config is out of date, so the worker cannot connect. "
    "I updated the config to read it from the environment instead.",
    "The failure comes from an expired token in the CI environment; rotating it should fix the job.",
]


def build(rng: random.Random, suite: Suite) -> tuple[list[AnnotatedSegment], dict]:
    org = suite.org
    user, other = make_person(rng, domain=org.domain), make_person(rng, domain=org.domain)
    codename = rng.choice(org.codenames)
    values = dict(secret_values(rng, suite))
    values.update({
        "org_pkg": Value(org.name.lower(), "ORG_NAME"),
        "codename": Value(codename, "PROJECT_CODENAME"),
        "codename_pkg": Value(codename.lower(), "PROJECT_CODENAME"),
        "user": Value(user.name, "PERSON"), "user_email": Value(user.email, "EMAIL"),
        "other": Value(other.name, "PERSON"), "other_email": Value(other.email, "EMAIL"),
        "username": Value(user.username, "USERNAME"),
        "host": Value(rng.choice(org.hosts), "INTERNAL_HOST"),
        "ip": Value(f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", "IP_ADDRESS"),
    })
    config_format = rng.choice(_CONFIG_FILES)
    config_path = f"/home/<%username%>/src/<%codename_pkg%>/config/settings.{config_format}"
    second_tool = rng.choice(["env", "traceback"])
    second_command = "env" if second_tool == "env" else "python -m <%codename_pkg%>.worker --once"

    segments: list[AnnotatedSegment] = []
    skeleton: list[dict] = []

    def add(template: str, role: str, kind: str, position: str, path: tuple,
            field_name: str | None = None) -> None:
        builder = TextBuilder().fill(template, values)
        segments.append(builder.segment(role, kind, position, path, field_name))

    skeleton.append({"role": "system", "content": None})
    add(_SYSTEM, "system", "prose", "system", ("messages", 0, "content"))
    skeleton.append({"role": "user", "content": None})
    add(rng.choice(_FIRST_TURN), "user", "prose", "user", ("messages", 1, "content"))
    for turn, (command_key, command, tool_text) in enumerate([
        ("path", config_path, FORMATS[config_format]),
        ("command", second_command, _ENV_DUMP if second_tool == "env" else _TRACEBACK),
    ]):
        assistant_index, tool_index = len(skeleton), len(skeleton) + 1
        call_id = f"call_{turn}_{rng.getrandbits(32):08x}"
        function = "read_file" if command_key == "path" else "run_shell"
        skeleton.append({"role": "assistant", "content": None, "tool_calls": [
            {"id": call_id, "type": "function", "function": {"name": function, "arguments": {command_key: None}}}]})
        add(rng.choice(_ASSISTANT_NOTES), "assistant", "prose", "assistant", ("messages", assistant_index, "content"))
        add(command, "assistant", "json_value", "tool_arguments",
            ("messages", assistant_index, "tool_calls", 0, "function", "arguments", command_key), command_key)
        skeleton.append({"role": "tool", "tool_call_id": call_id, "content": None})
        add(tool_text, "tool", "tool_result", "tool_result", ("messages", tool_index, "content"))
    # The fix: an edit whose JSON arguments carry a new secret.
    edit_index = len(skeleton)
    values["new_password"] = Value(credentials.password(rng), "PASSWORD")
    skeleton.append({"role": "assistant", "content": None, "tool_calls": [
        {"id": f"call_edit_{rng.getrandbits(32):08x}", "type": "function",
         "function": {"name": "edit_file", "arguments": {"path": None, "content": None}}}]})
    add(rng.choice(_FINAL), "assistant", "prose", "assistant", ("messages", edit_index, "content"))
    add(config_path, "assistant", "json_value", "tool_arguments",
        ("messages", edit_index, "tool_calls", 0, "function", "arguments", "path"), "path")
    add("database:\n  host: <%host%>\n  password: <%new_password%>\n", "assistant", "json_value",
        "tool_arguments", ("messages", edit_index, "tool_calls", 0, "function", "arguments", "content"), "content")
    skeleton.append({"role": "tool", "tool_call_id": skeleton[-1]["tool_calls"][0]["id"], "content": None})
    add("ok: 1 file changed", "tool", "tool_result", "tool_result", ("messages", edit_index + 1, "content"))
    skeleton.append({"role": "user", "content": None})
    add(rng.choice(_FOLLOW_UP), "user", "prose", "user", ("messages", edit_index + 2, "content"))
    return segments, {"openai_messages": skeleton, "config_format": config_format, "second_tool": second_tool}
