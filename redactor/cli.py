"""The `redactor` command line: redact, restore, detect, policies, and the services.

Every command is scriptable: data on stdin/stdout, diagnostics on stderr, and
bad input (unreadable file, invalid UTF-8, empty input, invalid policy) gives
one clear line on stderr and a non-zero exit code, never a traceback.
"""
from __future__ import annotations

import json
import sys
import uuid
from typing import Optional

import typer

from redactor.cli_options import version_option
from redactor.policy import PolicyError, load_policy

# -h as well as --help, on every command (click contexts inherit it from the root).
_CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(add_completion=False, no_args_is_help=True, context_settings=_CONTEXT,
                  help="Privacy-preserving proxy for LLM requests.")
policy_app = typer.Typer(no_args_is_help=True, context_settings=_CONTEXT, help="Check, explain and tune policy files.")
app.add_typer(policy_app, name="policy")


@app.callback()
def _root(version: bool = version_option()) -> None:
    """Privacy-preserving proxy for LLM requests."""


def _flags_take_no_value() -> None:
    # typer's rich help prints a type for every option, so an on/off flag reads
    # "--json <bool>" as if it took a value. A flag's type column stays empty.
    from typer.core import TyperOption

    original = TyperOption.display_type_rich
    if getattr(original, "_redactor_flags", False):
        return

    def display_type_rich(self, ctx):
        return None if self.is_flag else original(self, ctx)

    display_type_rich._redactor_flags = True
    TyperOption.display_type_rich = display_type_rich


_flags_take_no_value()

# Exit codes: 1 = findings / refusal the user asked to be told about, 2 = bad input or usage.
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A user-facing failure: printed as one line on stderr."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _fail(message: str, exit_code: int = EXIT_BAD_INPUT) -> None:
    raise CliError(message, exit_code)


def _read_stdin_text(allow_empty: bool = False) -> str:
    if sys.stdin is None:
        _fail("no input: pipe text on stdin")
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        _fail(f"input is not valid UTF-8 (byte {exc.start})")
    if not text.strip() and not allow_empty:
        _fail("empty input: pipe text on stdin")
    return text


def _pipeline(policy: str, vault: Optional[str]):
    from redactor.extras import check_policy_extras
    from redactor.runtime import build_pipeline
    from redactor.vault.base import VaultError

    try:
        loaded = load_policy(policy)
        check_policy_extras(loaded)
        return build_pipeline(loaded, vault_url=vault)
    except PolicyError as exc:
        _fail(str(exc))
    except VaultError as exc:
        _fail(f"vault: {exc}")


def _span_records(spans) -> list[dict]:
    return [{"start": s.start, "end": s.end, "kind": s.kind, "category": s.category,
             "score": round(s.score, 3), "detector": s.detector} for s in spans]


def _process_text(pipeline, text: str, conversation: str, principal: Optional[str]):
    from redactor.core import RequestContext
    from redactor.segments import Segment

    context = RequestContext(conversation=conversation, principal=principal, api="cli")
    result = pipeline.process([Segment(text, role="user", kind="prose")], context)
    return result


PolicyOption = typer.Option("default", "--policy", "-p", help="Policy name or YAML file.")
VaultOption = typer.Option(None, "--vault", help="Vault URL (memory://, sqlite:///FILE, redis://HOST:PORT/DB).")


@app.command()
def redact(
    policy: str = PolicyOption,
    json_output: bool = typer.Option(False, "--json", help="Write {text, spans, conversation}."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Batch: each stdin line {id, text} is its own conversation."),
    conversation: Optional[str] = typer.Option(None, "--conversation", help="Continue this conversation."),
    principal: Optional[str] = typer.Option(None, "--principal", help="Whose privacy budget is charged."),
    vault: Optional[str] = VaultOption,
) -> None:
    """Read text on stdin, write the redacted text on stdout."""
    from redactor.core import PipelineError

    pipeline = _pipeline(policy, vault)
    if jsonl:
        _redact_jsonl(pipeline, principal)
        return
    text = _read_stdin_text()
    conversation_id = conversation or pipeline.conversation_id([], explicit=f"cli:{uuid.uuid4()}")
    try:
        result = _process_text(pipeline, text, conversation_id, principal)
    except PipelineError as exc:
        _fail(str(exc), exit_code=1)
    if result.route == "local":
        _fail(f"policy '{pipeline.policy.name}' keeps this text local ({result.decision.route_reason}); "
              "nothing to send", exit_code=1)
    outgoing = result.segments[0].text
    if json_output:
        typer.echo(json.dumps({"text": outgoing, "spans": _span_records(result.spans[0]),
                               "conversation": conversation_id,
                               "epsilon_spent": result.decision.epsilon_spent}, ensure_ascii=False))
    else:
        sys.stdout.write(outgoing)
        sys.stdout.flush()
        typer.echo(f"conversation: {conversation_id}", err=True)


def _redact_jsonl(pipeline, principal: Optional[str]) -> None:
    from redactor.core import PipelineError

    text = _read_stdin_text()
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            _fail(f"stdin line {line_number}: not valid JSON")
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            _fail(f"stdin line {line_number}: expected an object with a string 'text'")
        conversation_id = pipeline.conversation_id([], explicit=f"jsonl:{uuid.uuid4()}")
        try:
            result = _process_text(pipeline, item["text"], conversation_id, principal)
        except PipelineError as exc:
            typer.echo(json.dumps({"id": item.get("id"), "error": str(exc)}, ensure_ascii=False))
            continue
        outgoing = None if result.route == "local" else result.segments[0].text
        typer.echo(json.dumps({"id": item.get("id"), "text": outgoing,
                               "spans": _span_records(result.spans[0]),
                               "conversation": conversation_id, "route": result.route},
                              ensure_ascii=False))


@app.command()
def restore(
    conversation: str = typer.Option(..., "--conversation", help="The id `redact` printed."),
    policy: str = PolicyOption,
    vault: Optional[str] = VaultOption,
) -> None:
    """Read text on stdin, restore the conversation's placeholders, write it on stdout."""
    from redactor.core import PipelineError

    pipeline = _pipeline(policy, vault)
    text = _read_stdin_text(allow_empty=True)
    try:
        restorer = pipeline.restorer(conversation)
    except PipelineError as exc:
        _fail(str(exc), exit_code=1)
    if not restorer.mapping:
        # Exiting 0 here would let a script believe the text was restored.
        _fail(f"unknown conversation '{conversation}': this vault holds no placeholders for it "
              "(a mistyped or expired id, or another --vault / vault key than `redact` used)", exit_code=1)
    restored, count = restorer.restore(text)
    sys.stdout.write(restored)
    sys.stdout.flush()
    typer.echo(f"restored {count} placeholder(s)", err=True)


@app.command()
def detect(
    policy: str = PolicyOption,
    json_output: bool = typer.Option(False, "--json", help="Machine-readable findings (values masked)."),
) -> None:
    """List what the policy's detectors find in stdin (values masked)."""
    from redactor.detect.engine import DetectionEngine
    from redactor.masking import mask_value
    from redactor.segments import Segment

    try:
        loaded = load_policy(policy)
    except PolicyError as exc:
        _fail(str(exc))
    text = _read_stdin_text()
    spans = DetectionEngine.from_policy(loaded).detect([Segment(text)])[0]
    findings = []
    for span in spans:
        line = text.count("\n", 0, span.start) + 1
        column = span.start - (text.rfind("\n", 0, span.start) + 1) + 1
        findings.append({"kind": span.kind, "category": span.category, "line": line, "column": column,
                         "start": span.start, "end": span.end, "score": round(span.score, 3),
                         "detector": span.detector, "masked": mask_value(text[span.start:span.end]),
                         "action": loaded.action_for(span.kind, span.category)})
    if json_output:
        typer.echo(json.dumps({"findings": findings, "count": len(findings)}))
        return
    if not findings:
        typer.echo("no findings")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(findings)} finding(s) — policy {loaded.name}")
    for column_name in ("line:col", "kind", "category", "action", "score", "value (masked)"):
        table.add_column(column_name)
    for finding in findings:
        table.add_row(f"{finding['line']}:{finding['column']}", finding["kind"], finding["category"],
                      finding["action"], f"{finding['score']:.2f}", finding["masked"])
    Console().print(table)


@policy_app.command("check")
def policy_check(file: str = typer.Argument(..., help="Policy YAML file.")) -> None:
    """Validate a policy file; errors name the file, the key and the problem."""
    try:
        loaded = load_policy(file)
    except PolicyError as exc:
        _fail(str(exc), exit_code=1)
    typer.echo(f"{loaded.source}: ok (policy '{loaded.name}', stages: {', '.join(loaded.stages) or 'none'})")


@policy_app.command("schema")
def policy_schema() -> None:
    """Print the JSON Schema of policy files (for editor validation)."""
    from redactor.policy import policy_json_schema

    typer.echo(json.dumps(policy_json_schema(), indent=2))


@policy_app.command("kinds")
def policy_kinds() -> None:
    """List the finding kinds the built-in detectors can emit (for kind_actions)."""
    from redactor.detect.kinds import catalogue_rule_kinds, detector_kinds

    typer.echo("\n".join(sorted(detector_kinds() | catalogue_rule_kinds())))


@policy_app.command("explain")
def policy_explain(file: str = typer.Argument(..., help="Policy YAML file or shipped name.")) -> None:
    """Print in plain words what a policy does."""
    from redactor.policy_explain import explain_policy

    try:
        loaded = load_policy(file)
    except PolicyError as exc:
        _fail(str(exc), exit_code=1)
    typer.echo(explain_policy(loaded))


# Commands whose modules live elsewhere, and import much more than the core
# commands need (web server, MCP, benchmark, torch accounting):
# (group, name, module, function, the extra it needs or None).
_OPTIONAL_COMMANDS = [
    (None, "serve", "redactor.server.cli", "serve_command", None),
    (None, "mcp", "redactor.mcp_server", "mcp_command", None),
    (None, "audit", "redactor.audit_scan.command", "audit_command", None),
    (None, "bench", "leakbench.runner", "bench_command", "bench"),
    (None, "budget", "redactor.dp.budget", "budget_command", None),
    ("policy", "tune", "leakbench.tuner", "tune_command", "bench"),
]
_CORE_COMMANDS = ("redact", "restore", "detect")


def _needs_extra(command_name: str, extra: str):
    """Stands in for a command whose extra is not installed: one line saying what to install."""
    def command() -> None:
        from redactor.extras import missing_extra_message

        _fail(missing_extra_message(extra, f"`redactor {command_name}`"))

    command.__doc__ = f"(needs the '{extra}' extra: pip install 'redactor[{extra}]')"
    return command


def _register_optional_commands(arguments: list[str]) -> None:
    """Register only what this invocation can run, so `redact` starts fast.

    With no command, `--help` or an unknown word, everything is registered so
    help and usage errors list every command.
    """
    import importlib

    requested = next((argument for argument in arguments if not argument.startswith("-")), None)
    known = {*_CORE_COMMANDS, *(group or name for group, name, _, _, _ in _OPTIONAL_COMMANDS)}
    for group, name, module_name, attribute, extra in _OPTIONAL_COMMANDS:
        if requested in known and requested != (group or name):
            continue
        target = policy_app if group == "policy" else app
        from redactor.extras import extra_installed

        if extra is not None and not extra_installed(extra):
            target.command(name, context_settings={"allow_extra_args": True, "ignore_unknown_options": True})(
                _needs_extra(f"{group} {name}" if group else name, extra))
            continue
        target.command(name)(getattr(importlib.import_module(module_name), attribute))


def main() -> None:
    _register_optional_commands(sys.argv[1:])
    try:
        # Without standalone mode click returns (not raises) a command's exit code.
        exit_code = app(standalone_mode=False)
    except CliError as exc:
        typer.echo(f"redactor: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("redactor: aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # click usage errors and anything unexpected: one line, no traceback
        import click

        # typer vendors its own copy of click: usage errors come from either.
        if isinstance(exc, (click.exceptions.ClickException, typer.exceptions.TyperException)):
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            typer.echo(f"redactor: {message}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        typer.echo(f"redactor: internal error ({exc.__class__.__name__}); nothing was sent", err=True)
        sys.exit(1)
    sys.exit(exit_code if isinstance(exit_code, int) else 0)


if __name__ == "__main__":
    main()
