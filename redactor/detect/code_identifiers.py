"""Code identifiers: the names a codebase defines for itself (the `code-private` policy).

What is found, as kinds of the category "code" (all written as identifier-form
placeholders, ``FUNC_2_``, see placeholder_syntax.py):

- DB: database and schema names in SQL (``CREATE SCHEMA x``, ``USE x``, the
  ``x`` of ``x.table``), in driver and ORM calls (``connect(db="x")``,
  ``get_connection("x")``), in connection URLs and DSNs
  (``postgresql://host/x``, ``dbname=x``) and connection settings
  (``DB_NAME=x``, ``database: x``);
- TABLE: table and view names in SQL (``FROM``, ``JOIN``, ``INTO``,
  ``UPDATE``, ``TABLE``, ``REFERENCES``) and ORM/migration declarations
  (``__tablename__``, ``db_table``, ``Table("x")``, ``op.create_table("x")``,
  ``.from("x")``);
- FUNC and CLASS: functions, methods, classes and types the text defines
  (Python, JavaScript/TypeScript, Go, Rust, Java/Kotlin/C#, Ruby, SQL), and
  the names it imports from internal modules;
- MODULE: internal modules and packages (Python and JavaScript imports, Java
  and Go package clauses). A module is internal unless it is public: the
  standard library (``sys.stdlib_module_names``), a distribution installed
  beside redactor, one of the 5000 most downloaded PyPI packages or 10000 most
  downloaded npm packages (redactor/data/public_*.txt), a ``node:`` builtin,
  or listed in the policy's ``public_modules``. Relative imports are internal;
  a Java import is internal when it shares the package clause's organisation;
- PACKAGE, SERVICE, QUEUE, BUCKET, HOST: dependencies in manifests and
  install commands; what configuration keys announce (``service:``,
  ``topic:``, ``bucket =``, ``host=``, compose ``services:``, Kubernetes
  env name/value pairs), images, ``deployment/x``, kebab-case service names,
  queue/topic calls, ``s3://`` buckets, and internal hosts in URLs, DSNs,
  commands and text (no public suffix, private or tooling labels, numbered
  machines, or a registered domain that is no public project's name; the
  suffix list is the publicsuffixlist package's bundled snapshot, shared with infra.py), with the path of such URLs;
  segments of repository-relative paths (``src/ledger/reconcile.py``);
- PROJECT and ORG: codenames and organisation names in comments, docstrings,
  READMEs, commit messages and string literals: names before "API",
  "Service", "Platform", "Initiative"... (``Bluefin API``), after
  "Project"/"Codename", names with a corporate suffix (``Northwind Traders
  Ltd``), capitalised multi-word names, capitalised words that are not
  ordinary English, tech vocabulary or a public package, capitalised words
  used as names mid-sentence, README titles and issue-tracker keys
  (``LEDG-142``); and the policy's own lists (``org.names``, ``org.customers``
  as ORG, ``org.codenames`` as PROJECT), wherever they stand, also inside
  identifiers.

What is not: outside declarations, a name that is one ordinary English word
or a language keyword (``users``, ``run``, ``Settings``) reveals nothing
about the codebase and costs the model context, so it stays; where syntax
declares a name (a compose service, a DSN's database, a requirement, an
internal sub-module), even a word is hidden, except project layout words
(``models``, ``utils``). Field names (``batch_id``), dunders and names under
three characters stay. Every other occurrence of a found name in the
conversation, also inside longer identifiers (``get_orders_staging_conn``)
and, for one-word names, in other letter cases, is covered by the engine's
propagation. Every pattern has bounded repetitions and starts only at token
edges: hostile input is scanned in linear time.
"""
from __future__ import annotations

import bisect
import builtins
import functools
import re
from dataclasses import dataclass
from typing import Iterator

from redactor.detect.base import DetectionInput, Span
from redactor.detect.code_awareness import drop_placeholder_overlaps, line_looks_like_code
from redactor.detect.term_lists import term_list
from redactor.detect.name_parts import common_words
from redactor.detect.public_packages import public_npm_packages, public_npm_scopes, public_python_modules

CATEGORY = "code"
DB, TABLE, FUNC, CLASS, MODULE, PROJECT, ORG = "DB", "TABLE", "FUNC", "CLASS", "MODULE", "PROJECT", "ORG"
PACKAGE, SERVICE, HOST, QUEUE, BUCKET = "PACKAGE", "SERVICE", "HOST", "QUEUE", "BUCKET"


# Confidence per rule: explicit syntax is surer than capitalisation.
_LISTED = 1.0  # the policy's own org lists: win over the org detector's bracket kinds
_SYNTAX = 0.9
_IMPORT = 0.85
_MARKED_NAME = 0.8
_MULTIWORD_NAME = 0.7
_SINGLE_NAME = 0.6
_CASE_VARIANT = 0.55  # below every rule that names the kind itself

_NAME = r"[A-Za-z_][\w$]*"
_QUOTED_NAME = rf'(?:"{_NAME}"|`{_NAME}`|\[{_NAME}\]|{_NAME})'
_QUALIFIED = rf"{_QUOTED_NAME}(?:\s*\.\s*{_QUOTED_NAME}){{0,2}}"


@dataclass(frozen=True)
class CodeIdentifierSettings:
    """What the policy tells the detector (policy.detection.code_identifiers and org lists)."""

    org_names: tuple[str, ...] = ()
    customers: tuple[str, ...] = ()
    codenames: tuple[str, ...] = ()
    public_modules: tuple[str, ...] = ()  # treated as public packages, never redacted
    internal_modules: tuple[str, ...] = ()  # always the codebase's own, even if a public name
    allow: tuple[str, ...] = ()


# --- public names ---------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _public_words() -> frozenset[str]:
    """Lower-case words that name public things: package names and tech vocabulary."""
    npm = {name.rsplit("/", 1)[-1] for name in public_npm_packages()}
    return frozenset(public_python_modules() | npm | term_list("code_keywords") | term_list("tech_terms"))


# --- what is worth hiding -----------------------------------------------------------

_SINGLE_WORD = re.compile(r"^[A-Za-z][a-z]*$|^[A-Z]+$")


def is_generic_name(name: str) -> bool:
    """True for a name that reveals nothing about a codebase: one ordinary word, a keyword, a dunder."""
    bare = name.strip("\"'`[]")
    if len(bare) < 3 or (bare.startswith("__") and bare.endswith("__")):
        return True
    if not _SINGLE_WORD.match(bare):
        return False  # compound: snake_case, camelCase, digits
    folded = bare.casefold()
    if folded in term_list("code_keywords"):
        return True
    words = common_words()
    return folded in words or (folded.endswith("s") and folded[:-1] in words) or (
        folded.endswith("es") and folded[:-2] in words)


def _is_placeholder_unworthy(name: str) -> bool:
    """Too plain to be anyone's name even where syntax says it is one: keywords, dunders, one or two letters."""
    bare = name.strip("\"'`[]")
    return (len(bare) < 3 or (bare.startswith("__") and bare.endswith("__"))
            or bare.casefold() in term_list("code_keywords"))


# --- the detector ----------------------------------------------------------------------


class CodeIdentifiersDetector:
    """DB, TABLE, FUNC, CLASS, MODULE, PROJECT and ORG names in code and the prose around it."""

    name = "code_identifiers"

    def __init__(self, settings: CodeIdentifierSettings | None = None) -> None:
        self._settings = settings or CodeIdentifierSettings()
        self._public_extra = frozenset(name.lower() for name in self._settings.public_modules)
        self._internal = frozenset(name.lower() for name in self._settings.internal_modules)
        self._allow = frozenset(term.casefold() for term in self._settings.allow)
        listed = [(term, ORG) for term in (*self._settings.org_names, *self._settings.customers)]
        listed += [(term, PROJECT) for term in self._settings.codenames]
        self._listed_kind = {" ".join(term.split()).casefold(): kind for term, kind in listed if term.strip()}
        self._listed_pattern = _listed_terms_pattern(self._listed_kind) if self._listed_kind else None
        _public_words()  # load the public name lists now (start-up), not on the first request

    def detect(self, item: DetectionInput) -> list[Span]:
        text = item.text
        if not text or not any(char.isalpha() for char in text):
            return []
        found: list[Span] = []
        found.extend(self._sql(text))
        found.extend(self._connections(text))
        found.extend(self._config_values(text))
        found.extend(self._urls(text))
        found.extend(self._services(text))
        found.extend(self._packages(text))
        found.extend(self._definitions(text))
        found.extend(self._imports(text))
        found.extend(self._code_usages(text))
        found.extend(self._paths(text))
        found.extend(self._prose_names(text))
        if self._listed_pattern is not None:
            found.extend(self._listed(text))
        found.extend(self._other_cases(text, found))
        kept = [span for span in found if text[span.start:span.end].casefold() not in self._allow]
        return drop_placeholder_overlaps(text, kept)

    # -- SQL ---------------------------------------------------------------------------

    def _sql(self, text: str) -> Iterator[Span]:
        for match in _SQL_DATABASE.finditer(text):
            yield from self._names(text, match, "name", DB)
        for match in _SQL_DEFINED.finditer(text):
            kind = FUNC if match.group("what").upper() in ("FUNCTION", "PROCEDURE") else TABLE
            yield from self._qualified(text, match.start("name"), match.group("name"), kind)
        for match in _SQL_TABLE_UPPER.finditer(text):
            yield from self._table_reference(text, match)
        if _SQL_STATEMENT_ANY_CASE.search(text):
            for match in _SQL_TABLE_ANY_CASE.finditer(text):
                line = _line_at(text, match.start())
                # The clause may sit on its own line of a multi-line statement ("from ledger.entries").
                if _SQL_STATEMENT_ANY_CASE.search(line) or _SQL_CLAUSE_LINE.match(line):
                    yield from self._table_reference(text, match)

    def _table_reference(self, text: str, match: re.Match) -> Iterator[Span]:
        name = match.group("name")
        after = text[match.end("name"):match.end("name") + 12]
        keyword = match.group("keyword").upper()
        if keyword in ("FROM", "JOIN") and after.startswith("("):
            return  # a table function: FROM generate_series(...)
        if keyword == "FROM" and re.match(r"\s+import\b", after):
            return  # Python's "from x import"
        first = name.split(".")[0].strip("\"`[] ").upper()
        if first in _SQL_NOT_TABLES:
            return
        yield from self._qualified(text, match.start("name"), name, TABLE)

    def _qualified(self, text: str, start: int, name: str, last_kind: str) -> Iterator[Span]:
        """`db.schema.table`: every part but the last is a DB, the last is `last_kind`."""
        parts = [(m.start() + start, m.end() + start) for m in re.finditer(r"[A-Za-z_][\w$]*", name)]
        for index, (part_start, part_end) in enumerate(parts):
            value = text[part_start:part_end]
            if value.lower() in _WELL_KNOWN_SCHEMAS or is_generic_name(value):
                continue
            kind = last_kind if index == len(parts) - 1 else DB
            yield Span(part_start, part_end, kind, CATEGORY, _SYNTAX, self.name)

    def _names(self, text: str, match: re.Match, group: str, kind: str, score: float = _SYNTAX) -> Iterator[Span]:
        value = match.group(group)
        if value and not is_generic_name(value) and value.lower() not in _WELL_KNOWN_SCHEMAS:
            yield Span(match.start(group), match.end(group), kind, CATEGORY, score, self.name)

    # -- drivers, ORMs, connection settings -------------------------------------------------

    def _connections(self, text: str) -> Iterator[Span]:
        for pattern, kind in _CONNECTION_PATTERNS:
            for match in pattern.finditer(text):
                value = match.group("name")
                if self._declared(value) and value.lower() not in _WELL_KNOWN_SCHEMAS:
                    yield Span(match.start("name"), match.end("name"), kind, CATEGORY, _SYNTAX, self.name)
        for pattern, kind in _PROSE_NOUN_PATTERNS:
            for match in pattern.finditer(text):
                value = match.group("name")
                if not _is_placeholder_unworthy(value) and value.lower() not in _NOT_NAMES \
                        and value.lower() not in _public_words():
                    yield Span(match.start("name"), match.end("name"), kind, CATEGORY, _MARKED_NAME, self.name)

    # -- configuration: the key says what the value is ------------------------------------------

    def _config_values(self, text: str) -> Iterator[Span]:
        for match in _CONFIG_VALUE.finditer(text):
            key = match.group("key")
            kind = _kind_for_key(key)
            value = match.group("value")
            bare_name = key.lower().rsplit(".", 1)[-1].rsplit("/", 1)[-1] == "name"
            acceptable = self._worth_hiding(value) if bare_name else self._declared(value)
            if kind is None or not acceptable or _ENV_NAME.match(value):
                continue  # LEDGER_URL under "name:" is an environment variable's name
            if kind == HOST and "." not in value and value.lower() in _NOT_HOSTS:
                continue
            yield Span(match.start("value"), match.end("value"), kind, CATEGORY, _SYNTAX, self.name)
        for match in _ENV_PAIR.finditer(text):
            kind = _kind_for_key(match.group("env")) or _db_key_kind(match.group("env"))
            if kind is not None and self._declared(match.group("value")):
                yield Span(match.start("value"), match.end("value"), kind, CATEGORY, _SYNTAX, self.name)
        for block in _SERVICES_BLOCK.finditer(text):
            child_indent = None
            position = block.end()
            for line in text[block.end():].splitlines(keepends=True):
                stripped = line.strip()
                indent = len(line) - len(line.lstrip(" "))
                if stripped and indent <= len(block.group("indent")):
                    break
                key = _YAML_KEY_ONLY.match(line)
                if key and (child_indent is None or indent == child_indent):
                    child_indent = indent
                    if self._declared(key.group("key")):
                        yield Span(position + key.start("key"), position + key.end("key"), SERVICE, CATEGORY,
                                   _SYNTAX, self.name)
                position += len(line)

    def _declared(self, value: str) -> bool:
        """A value that syntax declares to be a name (a compose service, a DSN's database): even a word counts."""
        bare = value.strip("\"'`")
        if not bare or not any(char.isalpha() for char in bare) or bare.lower() in _NOT_NAMES:
            return False
        if _VERSION_LIKE.match(bare) or _is_placeholder_unworthy(bare):
            return False
        lowered = bare.lower()
        return lowered not in public_npm_packages() and lowered.replace("-", "_") not in public_python_modules() \
            and lowered not in _public_words()

    def _worth_hiding(self, value: str) -> bool:
        """A configuration value that names something of the codebase's own."""
        bare = value.strip("\"'`")
        if not bare or not any(char.isalpha() for char in bare) or bare.lower() in _NOT_NAMES:
            return False
        if _VERSION_LIKE.match(bare) or is_generic_name(bare):
            return False
        lowered = bare.lower()
        return lowered not in public_npm_packages() and lowered.replace("-", "_") not in public_python_modules()

    # -- URLs: internal hosts and buckets ---------------------------------------------------------

    def _urls(self, text: str) -> Iterator[Span]:
        for match in _URL.finditer(text):
            host = match.group("host").rstrip(".")
            scheme = match.group("scheme").lower()
            start, end = match.start("host"), match.start("host") + len(host)
            if scheme in _BUCKET_SCHEMES:
                yield Span(start, end, BUCKET, CATEGORY, _SYNTAX, self.name)
            elif _is_internal_host(host):
                yield Span(start, end, HOST, CATEGORY, _SYNTAX, self.name)
            else:
                continue
            # The path of an internal URL names internal things too (/display/LEDGER/Runbook, /rebates/v2).
            path = _URL_PATH.match(text, match.end())
            if path is None:
                continue
            for segment in re.finditer(r"[A-Za-z][\w-]*", path.group(0)):
                value = segment.group(0)
                if self._declared(value) and value.lower() not in _LAYOUT_WORDS and not _VERSION_LIKE.match(value):
                    kind = BUCKET if scheme in _BUCKET_SCHEMES else MODULE
                    yield Span(path.start() + segment.start(), path.start() + segment.end(), kind, CATEGORY,
                               _SINGLE_NAME, self.name)
        for match in _DSN_HOST.finditer(text):
            if _is_internal_host(match.group("host")):
                yield Span(match.start("host"), match.end("host"), HOST, CATEGORY, _SYNTAX, self.name)

    # -- services, queues and hosts named where code runs things ---------------------------------------

    def _services(self, text: str) -> Iterator[Span]:
        for match in _KEBAB_SERVICE.finditer(text):
            value = match.group(0)
            if _english_hyphenation(value) or text[match.end():match.end() + 1] in (":", "="):
                continue  # read-only, long-running; keys and attributes (content-type:, aria-label=)
            if self._worth_hiding(value):
                if value.lower() not in public_npm_packages() and value.lower() not in _NOT_NAMES:
                    yield Span(match.start(), match.end(), SERVICE, CATEGORY, _SINGLE_NAME, self.name)
        for match in _SERVICE_COMMAND.finditer(text):
            for name in re.finditer(r"[A-Za-z][\w.@-]*", match.group("names")):
                value = name.group(0)
                if value.startswith("-") or not self._declared(value):
                    continue
                yield Span(match.start("names") + name.start(), match.start("names") + name.end(), SERVICE,
                           CATEGORY, _SYNTAX, self.name)
        for match in _RESOURCE_NAME.finditer(text):
            if self._worth_hiding(match.group("name")):
                yield Span(match.start("name"), match.end("name"), SERVICE, CATEGORY, _SYNTAX, self.name)
        for match in _IMAGE.finditer(text):
            reference = match.group("ref")
            offset = match.start("ref")
            parts = reference.split("/")
            cursor = 0
            for index, part in enumerate(parts):
                name = part.split(":")[0].split("@")[0]
                if index == 0 and len(parts) > 1 and ("." in name or ":" in part):
                    if _is_internal_host(name) or name not in _PUBLIC_REGISTRIES:
                        yield Span(offset, offset + len(name), HOST, CATEGORY, _SYNTAX, self.name)
                elif name and not _is_placeholder_unworthy(name) and name.lower() not in _NOT_NAMES and (
                        len(parts) > 1 or self._worth_hiding(name)) and name.lower() not in _public_words():
                    kind = SERVICE if index == len(parts) - 1 else ORG
                    yield Span(offset + cursor, offset + cursor + len(name), kind, CATEGORY, _SYNTAX, self.name)
                cursor += len(part) + 1
        for match in _QUEUE_CALL.finditer(text):
            if self._worth_hiding(match.group("name")) or "." in match.group("name"):
                yield Span(match.start("name"), match.end("name"), QUEUE, CATEGORY, _SYNTAX, self.name)
        for match in _SQS_URL.finditer(text):
            yield Span(match.start("name"), match.end("name"), QUEUE, CATEGORY, _SYNTAX, self.name)
        for match in _HOST_ARGUMENT.finditer(text):
            host = match.group("host")
            if "." in host and host.rsplit(".", 1)[-1].lower() in _FILE_EXTENSIONS:
                continue
            if _is_internal_host(host) or ("." not in host and self._worth_hiding(host)):
                yield Span(match.start("host"), match.end("host"), HOST, CATEGORY, _SYNTAX, self.name)
        for match in _DOTTED_HOST.finditer(text):
            host = match.group(0)
            labels = host.lower().split(".")
            if labels[-1] in _FILE_EXTENSIONS or len(labels) < 3:
                continue
            if labels[0] in _TLD_FIRST:
                continue  # com.northwind.ledger: a Java package, not a host
            parts = _host_parts(host.lower())
            if any(label in _INTERNAL_LABELS or _NUMBERED_LABEL.match(label) for label in labels[1:-1]) \
                    or _NUMBERED_LABEL.match(labels[0]) or len(labels) >= 5 \
                    or (parts.suffix == "" and labels[-1] in _PRIVATE_SUFFIXES) \
                    or (parts.suffix and parts.domain not in _public_words() and parts.domain != "example"
                        and not _CODE_LINE_ATTRIBUTE.search(_line_at(text, match.start()))):
                yield Span(match.start(), match.end(), HOST, CATEGORY, _SYNTAX, self.name)
        for match in _TICKET.finditer(text):
            if match.group("key") not in _STANDARD_PREFIXES:
                yield Span(match.start(), match.end(), PROJECT, CATEGORY, _SINGLE_NAME, self.name)
        for match in _FILENAME.finditer(text):
            stem = match.group("stem")
            if _COMPOUND.match(stem) and not _ordinary_pair(stem) and self._worth_hiding(stem):
                yield Span(match.start("stem"), match.end("stem"), MODULE, CATEGORY, _SINGLE_NAME, self.name)

    # -- dependency manifests and install commands -------------------------------------------------

    def _packages(self, text: str) -> Iterator[Span]:
        for pattern in (_REQUIREMENT_LINE, _QUOTED_REQUIREMENT):
            for match in pattern.finditer(text):
                yield from self._package(text, match.start("name"), match.group("name"), "python")
        for match in _NPM_DEPENDENCY.finditer(text):
            yield from self._package(text, match.start("name"), match.group("name"), "npm")
        for match in _INSTALL_COMMAND.finditer(text):
            ecosystem = "npm" if match.group("tool") in ("npm", "yarn", "pnpm", "npx") else "python"
            offset = match.start("args")
            for argument in re.finditer(r"(?<!\S)(?P<name>@?[A-Za-z][\w.-]*(?:/[\w.-]+)?)", match.group("args")):
                name = re.split(r"[=<>~!\[@](?!.*/)", argument.group("name"))[0] if not argument.group(
                    "name").startswith("@") else argument.group("name").split("@")[1] and argument.group("name")
                if name in ("install", "add", "i", "get", "-e"):
                    continue
                yield from self._package(text, offset + argument.start("name"), name, ecosystem)
        for match in _MAVEN_COORDINATE.finditer(text):
            value = match.group("name")
            if match.group("tag") == "groupId":
                yield from self._java_parts(text, match.start("name"), value)
            elif not is_generic_name(value) and value.lower() not in public_npm_packages():
                yield Span(match.start("name"), match.end("name"), PACKAGE, CATEGORY, _IMPORT, self.name)
        for match in _GO_MODULE_PATH.finditer(text):
            group = next(index for index in range(1, 5) if match.group(index))
            yield from self._go_path(text, match.start(group), match.group(group))

    def _package(self, text: str, start: int, name: str, ecosystem: str) -> Iterator[Span]:
        lowered = name.lower()
        if ecosystem == "npm":
            if lowered in public_npm_packages() or lowered.split("/")[0] in public_npm_scopes():
                return
            if name.startswith("@"):
                yield from self._js_specifier_parts(text, start, name)
                return
        elif lowered.replace("-", "_").replace(".", "_") in public_python_modules() or lowered in public_npm_packages():
            return
        if self._declared(name):
            yield Span(start, start + len(name), PACKAGE, CATEGORY, _IMPORT, self.name)

    def _go_path(self, text: str, start: int, path: str) -> Iterator[Span]:
        """`git.northwind.io/ledger/sync`: an internal host hides all; on a public forge, owner and repo."""
        parts = list(re.finditer(r"[^/]+", path))
        host = parts[0].group(0)
        if host in _PUBLIC_GO_HOSTS and not host.endswith(("github.com", "gitlab.com", "bitbucket.org")):
            return
        for index, part in enumerate(parts):
            value = part.group(0)
            if index == 0:
                if _is_internal_host(value) or host not in _PUBLIC_GO_HOSTS:
                    yield Span(start + part.start(), start + part.end(), HOST, CATEGORY, _IMPORT, self.name)
                continue
            if re.fullmatch(r"v\d+", value) or _is_placeholder_unworthy(value) or value.lower() in _LAYOUT_WORDS:
                continue
            kind = ORG if index == 1 else MODULE
            yield Span(start + part.start(), start + part.end(), kind, CATEGORY, _IMPORT, self.name)

    # -- definitions ----------------------------------------------------------------------

    def _definitions(self, text: str) -> Iterator[Span]:
        for pattern, kind in _DEFINITION_PATTERNS:
            for match in pattern.finditer(text):
                yield from self._names(text, match, "name", kind)

    # -- imports ----------------------------------------------------------------------------

    def _imports(self, text: str) -> Iterator[Span]:
        for match in _PY_FROM_IMPORT.finditer(text):
            module = match.group("module")
            if not self._is_internal_python(module):
                continue
            yield from self._module_parts(text, match.start("module"), module)
            names = match.group("names")
            offset = match.start("names")
            for name_match in re.finditer(r"(?<![\w.])([A-Za-z_]\w*)(?:\s+as\s+([A-Za-z_]\w*))?", names):
                for group in (1, 2):
                    value = name_match.group(group)
                    if value and value != "as":
                        kind = CLASS if value[0].isupper() and not value.isupper() else FUNC
                        yield from self._names_at(text, offset + name_match.start(group), value, kind)
        for match in _PY_IMPORT.finditer(text):
            offset = match.start("modules")
            for module_match in re.finditer(r"[A-Za-z_][\w.]*", match.group("modules")):
                module = module_match.group(0)
                if module == "as" or not self._is_internal_python(module):
                    continue
                yield from self._module_parts(text, offset + module_match.start(), module)
        for match in _JS_IMPORT.finditer(text):
            specifier = match.group("spec")
            if not self._is_internal_js(specifier):
                continue
            yield from self._js_specifier_parts(text, match.start("spec"), specifier)
            names = match.group("names") or ""
            offset = match.start("names") if match.group("names") else 0
            for name_match in re.finditer(r"[A-Za-z_$][\w$]*", names):
                value = name_match.group(0)
                if value in ("as", "type", "default"):
                    continue
                kind = CLASS if value[0].isupper() and not value.isupper() else FUNC
                yield from self._names_at(text, offset + name_match.start(), value, kind, _IMPORT)
        package = _JAVA_PACKAGE.search(text)
        own_prefix = ".".join(package.group("name").split(".")[:2]) if package else None
        if package:
            yield from self._java_parts(text, package.start("name"), package.group("name"))
        for match in _JAVA_IMPORT.finditer(text):
            name = match.group("name")
            if own_prefix and (name == own_prefix or name.startswith(own_prefix + ".")):
                yield from self._java_parts(text, match.start("name"), name)
        for match in _CSHARP_NAMESPACE.finditer(text):
            yield from self._dotted_parts(text, match.start("name"), match.group("name"))
        roots = {m.group("name").split(".")[0] for m in _CSHARP_NAMESPACE.finditer(text)}
        for match in _CSHARP_USING.finditer(text):
            if match.group("name").split(".")[0] in roots:
                yield from self._dotted_parts(text, match.start("name"), match.group("name"))
        for match in _RUST_USE.finditer(text):
            yield from self._dotted_parts(text, match.start("path"), match.group("path"))
        for match in _FOREIGN_ROOTS.finditer(text):
            path = match.group("path")
            root = re.split(r"::|\.|/", path)[0]
            if root.lower() in _public_words() or root in ("std", "core", "alloc", "System", "Microsoft"):
                continue
            for part in re.finditer(r"[A-Za-z_][\w-]*", path):
                value = part.group(0)
                if not _is_placeholder_unworthy(value) and value.lower() not in _LAYOUT_WORDS:
                    kind = CLASS if value[0].isupper() and re.search(r"[a-z][A-Z]", value) else MODULE
                    yield Span(match.start("path") + part.start(), match.start("path") + part.end(), kind, CATEGORY,
                               _SINGLE_NAME, self.name)
        for match in _RUBY_REQUIRE_RELATIVE.finditer(text):
            for part in re.finditer(r"[A-Za-z_][\w-]*", match.group("path")):
                yield from self._names_at(text, match.start("path") + part.start(), part.group(0), MODULE)
        for block in _MODULE_LIST.finditer(text):
            for literal in re.finditer(r"""["'](?P<module>[A-Za-z_][\w.]*)["']""", block.group("items")):
                if self._is_internal_python(literal.group("module")):
                    yield from self._module_parts(text, block.start("items") + literal.start("module"),
                                                  literal.group("module"))
        for match in _PYTHON_DASH_M.finditer(text):
            if self._is_internal_python(match.group("module")):
                yield from self._module_parts(text, match.start("module"), match.group("module"))
        for match in _GO_PACKAGE.finditer(text):
            name = match.group("name")
            if name != "main" and not name.endswith("_test") and not _is_placeholder_unworthy(name):
                yield Span(match.start("name"), match.end("name"), MODULE, CATEGORY, _IMPORT, self.name)

    # -- names the code uses ---------------------------------------------------------------------

    def _code_usages(self, text: str) -> Iterator[Span]:
        """Classes and functions the code uses without defining or importing them here.

        ``self.fetch_tiers(...)`` calls the class's own method; ``RebateEngine(...)``,
        ``: LedgerClient`` and ``extends BaseReconciler`` name the codebase's own
        types unless they come from a public import in the same text or are
        builtins.
        """
        public_names, public_receivers = _public_imports(text, self)
        for match in _SELF_CALL.finditer(text):
            if not is_generic_name(match.group("name")):
                yield Span(match.start("name"), match.end("name"), FUNC, CATEGORY, _MARKED_NAME, self.name)
        for start, end in _code_line_ranges(text):
            line = text[start:end]
            for match in _PASCAL_TOKEN.finditer(line):
                name = match.group(0)
                if name in public_names or name in _BUILTIN_NAMES or is_generic_name(name):
                    continue
                receiver = _receiver(line, match.start())
                if receiver is not None and (receiver in public_receivers or receiver.lower() in public_python_modules()):
                    continue
                yield Span(start + match.start(), start + match.end(), CLASS, CATEGORY, _SINGLE_NAME, self.name)
            for match in _ATTRIBUTE_CALL.finditer(line):
                name = match.group("name")
                receiver = match.group("receiver")
                if receiver in public_receivers or receiver.lower() in public_python_modules() or \
                        name in public_names or is_generic_name(name) or _ordinary_pair(name):
                    continue
                yield Span(start + match.start("name"), start + match.end("name"), FUNC, CATEGORY, _SINGLE_NAME,
                           self.name)
            for match in _BARE_CALL.finditer(line):
                name = match.group("name")
                if name in public_names or name in _BUILTIN_NAMES or is_generic_name(name) or _ordinary_pair(name):
                    continue
                yield Span(start + match.start("name"), start + match.end("name"), FUNC, CATEGORY, _SINGLE_NAME,
                           self.name)

    # -- file paths ---------------------------------------------------------------------------------

    def _paths(self, text: str) -> Iterator[Span]:
        for match in _PATH.finditer(text):
            if "://" in text[max(0, match.start() - 12):match.start() + 3]:
                continue
            path = match.group(0)
            # A repository-relative path (src/ledger/reconcile.py) is the codebase's own layout:
            # every segment but layout words and file extensions names something of it.
            # "and/or", "application/json", "TCP/IP" are words with a slash, not paths.
            looks_like_path = path.count("/") >= 2 or bool(re.search(r"\.[A-Za-z0-9]{1,5}$", path)) \
                or path.startswith(("./", "../")) or not _SLASHED_WORDS.match(path)
            relative = not path.startswith(("/", "~")) and looks_like_path and not _SYSTEM_PATH.match(path)
            for part in re.finditer(r"[^/.\s]+(?=[./]|$)", path):
                value = part.group(0)
                if relative:
                    if not self._declared(value) or value.lower() in _LAYOUT_WORDS or \
                            value.lower() in _FILE_EXTENSIONS or not re.match(r"[A-Za-z]", value):
                        continue
                elif not _COMPOUND.match(value) or is_generic_name(value) or _ordinary_pair(value):
                    continue
                if value.lower() in public_python_modules() or value.lower() in public_npm_packages():
                    continue
                yield Span(match.start() + part.start(), match.start() + part.end(), MODULE, CATEGORY,
                           _SINGLE_NAME, self.name)

    def _is_internal_python(self, module: str) -> bool:
        if module.startswith("."):
            return True
        top = module.split(".")[0].lower()
        if top in self._internal or any(module.lower().startswith(p + ".") for p in self._internal):
            return True
        return top not in public_python_modules() and top not in self._public_extra

    def _is_internal_js(self, specifier: str) -> bool:
        if specifier.startswith((".", "/", "~/", "@/")):
            return True
        if specifier.startswith("node:"):
            return False
        parts = specifier.split("/")
        package = "/".join(parts[:2]) if specifier.startswith("@") else parts[0]
        lowered = package.lower()
        if lowered in self._internal:
            return True
        if specifier.startswith("@") and parts[0].lower() in public_npm_scopes():
            return False
        return lowered not in public_npm_packages() and lowered not in self._public_extra

    def _module_parts(self, text: str, start: int, module: str) -> Iterator[Span]:
        """Each component of a dotted internal module that is not an ordinary word; the top-level package always.

        The top-level package is the codebase's own name even when it is a word
        (``billing``); ``models`` or ``utils`` further down says nothing.
        """
        for index, part in enumerate(re.finditer(r"[A-Za-z_]\w*", module)):
            value = part.group(0)
            top_level = index == 0 and not module.startswith(".") and len(value) >= 3 and not value.startswith("__")
            if (_is_placeholder_unworthy(value) or value.lower() in _LAYOUT_WORDS) \
                    and value.lower() not in self._internal and not top_level:
                continue
            yield Span(start + part.start(), start + part.end(), MODULE, CATEGORY, _IMPORT, self.name)

    def _js_specifier_parts(self, text: str, start: int, specifier: str) -> Iterator[Span]:
        for index, part in enumerate(re.finditer(r"[A-Za-z_][\w-]*", specifier)):
            value = part.group(0)
            scope = specifier.startswith("@") and index == 0
            if (_is_placeholder_unworthy(value) or value.lower() in _LAYOUT_WORDS) and not scope:
                continue
            if value in ("js", "ts", "jsx", "tsx", "mjs", "cjs", "json", "src", "lib", "index"):
                continue
            yield Span(start + part.start(), start + part.end(), ORG if scope else MODULE, CATEGORY,
                       _IMPORT, self.name)

    def _java_parts(self, text: str, start: int, name: str) -> Iterator[Span]:
        parts = list(re.finditer(r"[A-Za-z_]\w*", name))
        for index, part in enumerate(parts):
            value = part.group(0)
            if index == 0 or (is_generic_name(value) and index != 1):
                continue  # "com", "org": the reverse-domain top level
            kind = ORG if index == 1 else (CLASS if value[0].isupper() else MODULE)
            yield Span(start + part.start(), start + part.end(), kind, CATEGORY, _IMPORT, self.name)

    def _dotted_parts(self, text: str, start: int, name: str) -> Iterator[Span]:
        for part in re.finditer(r"[A-Za-z_]\w*", name):
            value = part.group(0)
            if value in ("crate", "self", "super") or is_generic_name(value):
                continue
            kind = CLASS if value[0].isupper() and re.search(r"[a-z][A-Z]", value) else MODULE
            yield Span(start + part.start(), start + part.end(), kind, CATEGORY, _IMPORT, self.name)

    def _names_at(self, text: str, start: int, value: str, kind: str, score: float = _IMPORT) -> Iterator[Span]:
        if not is_generic_name(value):
            yield Span(start, start + len(value), kind, CATEGORY, score, self.name)

    # -- names in comments, docstrings and prose ----------------------------------------------

    def _prose_names(self, text: str) -> Iterator[Span]:
        public = _public_words()
        title = _MARKDOWN_TITLE.match(text)
        if title and not any(word.lower() in _DOC_TITLES or word in _NOT_NAME_STARTS
                             for word in title.group("name").split()):
            # A README's title names the project ("# Falcon"), even when it is a word.
            yield Span(title.start("name"), title.end("name"), PROJECT, CATEGORY, _MARKED_NAME, self.name)
        for region_start, region_end in _prose_parts(text):
            region = text[region_start:region_end]
            taken = _Regions()

            def emit(start: int, end: int, kind: str, score: float) -> Iterator[Span]:
                if not taken.claim(start, end):
                    return
                yield Span(region_start + start, region_start + end, kind, CATEGORY, score, self.name)

            for match in _PROSE_IDENTIFIER.finditer(region):
                name = match.group(0)
                rest = region[match.end():]
                if re.match(r"[ \t]*[:=]", rest) and not region[:match.start()].strip(" \t-") \
                        and len(rest.split("\n", 1)[0].split()) <= 3:
                    continue  # a configuration key ("apiVersion: apps/v1"), not a commit subject
                qualified = match.start() > 0 and region[match.start() - 1] == "."  # schema.table_name
                if is_generic_name(name) or name.lower() in public or (_ordinary_pair(name) and not qualified):
                    continue
                kind = CLASS if name[0].isupper() else FUNC
                yield from emit(match.start(), match.end(), kind, _SINGLE_NAME)
            for match in _CORPORATE.finditer(region):
                words = match.group("name").split()
                strong = match.group("suffix").rstrip(".") in _LEGAL_SUFFIXES
                if words[0] in _NOT_NAME_STARTS:
                    continue
                if strong or any(_is_unusual(word, public) for word in words):
                    yield from emit(match.start(), match.end(), ORG, _MARKED_NAME)
            for match in _PROJECT_MARKED.finditer(region):
                yield from emit(match.start("name"), match.end("name"), PROJECT, _MARKED_NAME)
            for match in _BEFORE_PRODUCT_NOUN.finditer(region):
                words = match.group("name").split()
                if words[0] in _NOT_NAME_STARTS or all(word.isupper() and len(word) <= 4 for word in words):
                    continue  # "The API", "REST API", "AWS SDK"
                # "Falcon Initiative" names a project whatever the word; "Payments API" only
                # when a word is unusual ("Kestrel Payments API").
                strong = match.group("noun") in _PROJECT_NOUNS
                if strong or any(_is_unusual(word, public) for word in words):
                    yield from emit(match.start("name"), match.end("name"), PROJECT, _MARKED_NAME)
            for match in _CAPITALISED_WORDS.finditer(region):
                words = list(re.finditer(r"\S+", match.group(0)))
                # "Reconciles Bluefin", "See Northwind": a leading ordinary word is not part of the name.
                while words and (words[0].group(0) in _NOT_NAME_STARTS or is_generic_name(words[0].group(0))):
                    words.pop(0)
                if not words:
                    continue
                start, end = match.start() + words[0].start(), match.start() + words[-1].end()
                if not any(_is_unusual(word.group(0), public) for word in words):
                    # "deployed to Falcon", "the Atlas team": a capitalised word inside a sentence
                    # (not a heading, not Title Case) names something even when it is a word.
                    if len(words) == 1 and _proper_noun_use(region, start, end, public):
                        yield from emit(start, end, PROJECT, _CASE_VARIANT)
                    continue
                if len(words) == 1 and _imperative(region, start, end):
                    continue  # "Refactor this", "Deduplicate on batch_id": a verb, not a name
                yield from emit(start, end, PROJECT, _MULTIWORD_NAME if len(words) > 1 else _SINGLE_NAME)

    # -- the same name in another case ---------------------------------------------------------

    def _other_cases(self, text: str, found: list[Span]) -> Iterator[Span]:
        """"Osprey" in a comment, ``osprey`` in a path, ``OSPREY_URL``: one name, found once, hidden in every case.

        Only one-word names (codenames, organisations, modules, and the unusual
        words of multi-word ones) of five or more characters: the engine's
        propagation covers exact repeats, not these.
        """
        names: dict[str, str] = {}
        public = _public_words()
        for span in found:
            value = text[span.start:span.end]
            if span.kind not in (PROJECT, ORG, MODULE):
                continue
            if len(value) >= 4 and value.isalpha():
                names.setdefault(value.casefold(), span.kind)
            elif " " in value:  # "Globex Corporation": "globex" in archive_globex_rows()
                for word in value.split():
                    if len(word) >= 5 and _is_unusual(word, public):
                        names.setdefault(word.casefold(), span.kind)
        if not names:
            return
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        for match in re.finditer(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![a-z0-9])", text, re.IGNORECASE):
            yield Span(match.start(), match.end(), names[match.group(0).casefold()], CATEGORY, _CASE_VARIANT,
                       self.name)

    # -- the policy's lists ---------------------------------------------------------------------

    def _listed(self, text: str) -> Iterator[Span]:
        for match in self._listed_pattern.finditer(text):
            kind = self._listed_kind.get(" ".join(re.split(r"[\s_-]+", match.group(0))).casefold())
            if kind is not None:
                yield Span(match.start(), match.end(), kind, CATEGORY, _LISTED, self.name)


# --- patterns -----------------------------------------------------------------------------------

_SQL_DATABASE = re.compile(
    rf"\b(?i:(?:CREATE|DROP|ALTER)\s+(?:DATABASE|SCHEMA)(?:\s+IF\s+(?:NOT\s+)?EXISTS)?|USE|\\c(?:onnect)?)"
    rf"\s+[\"`\[]?(?P<name>{_NAME})")
_SQL_DEFINED = re.compile(
    rf"\b(?i:CREATE(?:\s+OR\s+REPLACE)?(?:\s+(?:TEMP|TEMPORARY|UNLOGGED|MATERIALIZED))?\s+"
    rf"(?P<what>TABLE|VIEW|FUNCTION|PROCEDURE)(?:\s+IF\s+NOT\s+EXISTS)?)\s+(?P<name>{_QUALIFIED})")
_SQL_TABLE_UPPER = re.compile(
    rf"\b(?P<keyword>FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES|TRUNCATE)\s+(?:ONLY\s+|IF\s+EXISTS\s+)?"
    rf"(?P<name>{_QUALIFIED})")
_SQL_TABLE_ANY_CASE = re.compile(
    rf"\b(?P<keyword>from|join|into|update|table|references)\s+(?P<name>{_QUALIFIED})")
_SQL_STATEMENT_ANY_CASE = re.compile(
    r"(?i)\b(?:select\b[^;]{0,400}?\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|create\s+table|alter\s+table"
    r"|drop\s+table|truncate\s+table|inner\s+join|left\s+join)\b")
_SQL_CLAUSE_LINE = re.compile(r"(?i)^[\s\"'(]*(?:from|(?:left|right|inner|outer|full|cross)?\s*join|into|update)\s+[\w.`\"\[]+"
                              r"(?:\s+(?:as\s+)?\w+)?\s*(?:on\b.*|where\b.*|,.*|\)?[;\"']*)?$")
_SQL_NOT_TABLES = frozenset(
    "SELECT LATERAL UNNEST DUAL VALUES SET WHERE AND OR NOT NULL EXISTS IF ONLY ALL ANY SOME TABLE THE "
    "INFORMATION_SCHEMA PG_CATALOG SYS".split())
_WELL_KNOWN_SCHEMAS = frozenset(
    {"public", "dbo", "information_schema", "pg_catalog", "sys", "main", "temp", "mysql", "master", "tempdb",
     "admin", "default", "postgres"})

# Words between "the" and a noun that describe rather than name ("the new service").
_ADJECTIVES = (
    "new old main same other whole first last next following previous existing legacy internal external public "
    "private shared default target source temp temporary test each every this that whole entire primary "
    "secondary local remote upstream downstream production staging live real actual underlying relevant "
    "corresponding right wrong original current correct affected failing broken slow whole big small large "
    "database table service api app job queue topic module package repo web mobile backend frontend").split()
_KEY_DB = r"(?:db|database|dbname|db_name|database_name|schema|schema_name|keyspace|catalog|initial_catalog)"
_CONNECTION_PATTERNS: list[tuple[re.Pattern, str]] = [
    # connect(db="x"), {"database": "x"}, database: "x"
    (re.compile(rf"""(?i)(?<![\w.]){_KEY_DB}["']?\s*[=:]\s*["'](?P<name>[A-Za-z_][\w.-]*)["']"""), DB),
    # DB_NAME=x, POSTGRES_DB: x, database: x (env files, YAML, .ini)
    (re.compile(r"""(?im)^[ \t-]*["']?(?:[A-Z_]*_)?(?:DB|DATABASE|DBNAME|DB_NAME|SCHEMA|KEYSPACE)["']?[ \t]*[=:][ \t]*"""
                r"""["']?(?P<name>[A-Za-z_][\w.-]*)"""), DB),
    (re.compile(r"""(?i)\bPG(?:DATABASE)?\s*=\s*["']?(?P<name>[A-Za-z_][\w.-]*)"""), DB),
    # DSNs: "host=x dbname=y", "Server=x;Database=y", "Initial Catalog=y"
    (re.compile(r"""(?i)\b(?:dbname|database|initial catalog)\s*=\s*(?P<name>[A-Za-z_][\w.-]*)"""), DB),
    # URLs: postgresql://user@host:5432/x, jdbc:mysql://host/x, mongodb+srv://host/x?...
    (re.compile(r"""(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb|mssql|sqlserver|oracle|redshift|snowflake"""
                r"""|clickhouse|cockroachdb|jdbc:[a-z]+)(?:\+\w+)?://[^/\s"'?]+/(?P<name>[A-Za-z_][\w.-]*)"""), DB),
    # get_connection("x"), connect("x"), client.get_database("x"), use_db('x')
    (re.compile(r"""\b(?:get_connection|get_conn|get_db|get_database|getDatabase|use_database|use_db|connect_db"""
                r"""|create_database|db_connect|database)\(\s*["'](?P<name>[A-Za-z_][\w.-]*)["']"""), DB),
    # psql -d x, --database x, --schema=x, -D x
    (re.compile(r"""(?:\s-d|--dbname|--database|--schema|--db)[ =]["']?(?P<name>[A-Za-z_][\w.-]*)"""), DB),
    # Prose: "the orders_staging database", "schema nw_ledger", "table `rebate_rules`": compound names only
    (re.compile(r"""(?i)(?<![\w.])`?(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)`?[ \t]+(?:database|db|schema)\b"""), DB),
    (re.compile(r"""(?i)\b(?:database|schema)[ \t]+[`"']?(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)"""), DB),
    (re.compile(r"""(?i)(?<![\w.])`?(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)`?[ \t]+(?:table|view)\b"""), TABLE),
    (re.compile(r"""(?i)\b(?:table|view)[ \t]+[`"']?(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)"""), TABLE),
    # ORMs and migrations
    (re.compile(r"""\b(?:__tablename__|db_table|table_name|tableName|TABLE_NAME)\s*[=:]\s*["'](?P<name>[A-Za-z_]\w*)["']"""),
     TABLE),
    (re.compile(r"""\b(?:Table|op\.(?:create_table|drop_table|rename_table|add_column|drop_column|alter_column"""
                r"""|bulk_insert|execute_table)|\.table|\.from|\.collection|getCollection|\.into|knex)\(\s*["']"""
                r"""(?P<name>[A-Za-z_]\w*)["']"""), TABLE),
    (re.compile(r"""@Table\(\s*name\s*=\s*"(?P<name>[A-Za-z_]\w*)\""""), TABLE),
    # dbt: ref('stg_orders'), source('ledger', 'entries'); pandas: read_sql_table / to_sql; Mongo: db.x.find(
    (re.compile(r"""\bref\(\s*["'](?P<name>[A-Za-z_][\w.-]*)["']\s*\)"""), TABLE),
    (re.compile(r"""\bsource\(\s*["'](?P<name>[A-Za-z_][\w.-]*)["']\s*,"""), DB),
    (re.compile(r"""\bsource\(\s*["'][\w.-]+["']\s*,\s*["'](?P<name>[A-Za-z_][\w.-]*)["']"""), TABLE),
    (re.compile(r"""\b(?:read_sql_table|to_sql|read_table|get_table|create_collection|drop_collection)\(\s*["'](?P<name>[A-Za-z_][\w.-]*)["']"""), TABLE),
    (re.compile(r"""\b(?:db|database|mongo_db)\.(?P<name>[A-Za-z_]\w*)\.(?:find|find_one|insert_one|insert_many|update_one|update_many|delete_one|delete_many|aggregate|count_documents|replace_one|bulk_write)\("""), TABLE),
    (re.compile(r"""(?i)\b(?:TableName|table_name|table|collection|collection_name)["']?\s*[=:]\s*["'](?P<name>[A-Za-z_][\w.-]*)["']"""), TABLE),
    (re.compile(r"""\b(?:create_table|drop_table|add_column|remove_column|add_index)\s+[:"'](?P<name>[A-Za-z_]\w*)"""),
     TABLE),
]

# Prose: "the claims table", "the adjudicator service": a name is whatever the noun says it is, even a word.
_PROSE_NOUN_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"""(?i)\bthe[ \t]+`?(?!(?:""" + "|".join(_ADJECTIVES) + r""")\b)(?P<name>[A-Za-z][\w.-]*[A-Za-z0-9])`?"""
                r"""[ \t]+(?:database|db|schema)\b"""), DB),
    (re.compile(r"""(?i)\bthe[ \t]+`?(?!(?:""" + "|".join(_ADJECTIVES) + r""")\b)(?P<name>[A-Za-z][\w.-]*[A-Za-z0-9])`?"""
                r"""[ \t]+(?:table|view)s?\b"""), TABLE),
    (re.compile(r"""(?i)\bthe[ \t]+`?(?!(?:""" + "|".join(_ADJECTIVES) + r""")\b)(?P<name>[A-Za-z][\w.-]*[A-Za-z0-9])`?"""
                r"""[ \t]+(?:service|microservice|daemon|worker|job|cron|api|app|deployment|cluster)\b"""), SERVICE),
    (re.compile(r"""(?i)\bthe[ \t]+`?(?!(?:""" + "|".join(_ADJECTIVES) + r""")\b)(?P<name>[A-Za-z][\w.-]*[A-Za-z0-9])`?"""
                r"""[ \t]+(?:queue|topic|exchange|stream)\b"""), QUEUE),
    (re.compile(r"""(?i)\bthe[ \t]+`?(?!(?:""" + "|".join(_ADJECTIVES) + r""")\b)(?P<name>[A-Za-z][\w.-]*[A-Za-z0-9])`?"""
                r"""[ \t]+(?:module|package|library|repo|repository|crate|gem|app)\b"""), MODULE),
    (re.compile(r"""(?i)\bthe[ \t]+`?(?!(?:""" + "|".join(_ADJECTIVES) + r""")\b)(?P<name>[A-Za-z][\w.-]*[A-Za-z0-9])`?"""
                r"""[ \t]+(?:bucket)\b"""), BUCKET),
]

_DEFINITION_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?m)^[ \t]*(?:async[ \t]+)?def[ \t]+(?:self\.)?(?P<name>[A-Za-z_]\w*)"), FUNC),
    (re.compile(r"(?m)^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:abstract[ \t]+|data[ \t]+|sealed[ \t]+)?"
                r"(?:class|interface|trait|struct|enum|record|object|protocol)[ \t]+(?P<name>[A-Za-z_]\w*)"), CLASS),
    (re.compile(r"(?m)^[ \t]*(?:pub(?:\([\w ]+\))?[ \t]+|public[ \t]+|private[ \t]+|internal[ \t]+)+"
                r"(?:class|interface|trait|struct|enum|record|object|protocol)[ \t]+(?P<name>[A-Za-z_]\w*)"), CLASS),
    (re.compile(r"(?m)^[ \t]*module[ \t]+(?P<name>[A-Z]\w*)"), MODULE),  # Ruby
    (re.compile(r"\bfunction\s*\*?\s*(?P<name>[A-Za-z_$][\w$]*)\s*\("), FUNC),
    (re.compile(r"\b(?:const|let|var)\s+(?P<name>[A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s*)?"
                r"(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*(?::\s*[^=]+)?=>"), FUNC),
    # JS/TS class methods: "  async settleBatch(id: string): Promise<void> {"
    (re.compile(r"(?m)^[ \t]+(?:(?:public|private|protected|static|async|override|readonly|get|set)[ \t]+)*"
                r"(?!(?:if|for|while|switch|catch|function|return|with|else)\b)(?P<name>[A-Za-z_$][\w$]*)"
                r"[ \t]*\([^()\n]*\)[ \t]*(?::[^{\n]+)?\{[ \t]*$"), FUNC),
    (re.compile(r"(?m)^[ \t]*func[ \t]+(?:\([^)]*\)[ \t]*)?(?P<name>[A-Za-z_]\w*)[ \t]*[\[(]"), FUNC),
    (re.compile(r"(?m)^[ \t]*type[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]+(?:struct|interface)\b"), CLASS),
    (re.compile(r"(?m)^[ \t]*(?:export[ \t]+)?type[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*(?:<[^>]*>)?[ \t]*="), CLASS),
    (re.compile(r"(?m)^[ \t]*(?:pub(?:\([\w ]+\))?[ \t]+)?(?:async[ \t]+)?(?:unsafe[ \t]+)?fn[ \t]+(?P<name>[A-Za-z_]\w*)"),
     FUNC),
    (re.compile(r"(?m)^[ \t]*(?:(?:public|private|protected|internal|override|open|suspend|inline)[ \t]+)*fun[ \t]+"
                r"(?:<[^>]*>[ \t]*)?(?:[\w.]+\.)?(?P<name>[A-Za-z_]\w*)"), FUNC),
    # Java/C# methods: modifiers, a return type, a name and "(".
    (re.compile(r"(?m)^[ \t]*(?:@\w+(?:\([^)]*\))?[ \t]+)*(?:(?:public|private|protected|static|final|abstract"
                r"|synchronized|async|override|virtual|internal|sealed)[ \t]+)+(?:<[^>]*>[ \t]+)?"
                r"[\w<>\[\],.? ]+?[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]*\("), FUNC),
]

# key: value / key = value / "key": "value" / key="value" (YAML, env, JSON, TOML, INI, kwargs).
_CONFIG_VALUE = re.compile(
    r"""(?m)(?:^|[\s,{(])["']?(?P<key>[A-Za-z_][\w./-]*)["']?[ \t]*(?:=|:(?!:))[ \t]*["']?"""
    r"""(?P<value>[A-Za-z][\w.-]*[A-Za-z0-9])(?=["']?[ \t]*(?:[,;)}\]#]|$))""")
_KEY_KINDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset("service services svc app application microservice deployment component container upstream "
               "consumer producer worker job daemon identifier cluster".split()), SERVICE),
    (frozenset("host hostname hosts server servers endpoint address broker brokers bootstrap".split()), HOST),
    (frozenset("queue queues topic topics exchange routing stream subscription sqs".split()), QUEUE),
    (frozenset("bucket buckets".split()), BUCKET),
    (frozenset("project codename product namespace tenant team".split()), PROJECT),
    (frozenset("org organization organisation company customer tenant partner vendor".split()), ORG),
    (frozenset("package artifact artifactid groupid".split()), PACKAGE),
)
_KEY_WORD = re.compile(r"[a-z]+")
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
# Kubernetes/compose env lists: "- name: KAFKA_TOPIC" then "value: rebates.accrued".
_ENV_PAIR = re.compile(
    r"""(?m)name:[ \t]*["']?(?P<env>[A-Z][A-Z0-9_]*)["']?[ \t]*\n[ \t]*value:[ \t]*["']?(?P<value>[A-Za-z][\w.-]*[A-Za-z0-9])""")


def _db_key_kind(key: str) -> str | None:
    return DB if re.search(r"(?i)DB|DATABASE|SCHEMA|KEYSPACE", key) else None


def _kind_for_key(key: str) -> str | None:
    """The kind a configuration key announces ("LEDGER_QUEUE_NAME" -> QUEUE, "metadata.name" -> SERVICE)."""
    words = _KEY_WORD.findall(re.sub(r"(?<=[a-z])(?=[A-Z])", "_", key).lower())
    if not words:
        return None
    for vocabulary, kind in _KEY_KINDS:
        if any(word in vocabulary for word in words):
            return kind
    if words[-1] == "name" and len(words) == 1:
        return SERVICE  # k8s metadata, package.json, compose: the thing's own name
    return None


# Values that name nothing of the codebase: environments, booleans, protocols, placeholders.
_NOT_NAMES = frozenset(
    "true false yes no on off none null nil localhost prod production staging stage dev development test "
    "qa uat local default latest stable main master http https tcp udp grpc json yaml debug info warn "
    "warning error always never auto enabled disabled".split())
_NOT_HOSTS = frozenset("localhost db redis postgres mysql mongo kafka rabbitmq cache api web app".split())
_VERSION_LIKE = re.compile(r"^v?\d+(?:\.\d+)*[\w.-]*$")
_SERVICES_BLOCK = re.compile(r"(?m)^(?P<indent>[ \t]*)services:[ \t]*$")
_YAML_KEY_ONLY = re.compile(r"^[ \t]+(?P<key>[A-Za-z_][\w.-]*):[ \t]*$")

_URL_PATH = re.compile(r"(?::\d+)?(?:/[\w.~%+-]*)+")
_URL = re.compile(r"(?<![A-Za-z0-9+.-])(?P<scheme>[A-Za-z][A-Za-z0-9+.-]{0,20})://(?:[^@/\s\"'<>]{0,200}@)?"
                  r"(?P<host>[A-Za-z0-9_][A-Za-z0-9_.-]{0,252})")
_DSN_HOST = re.compile(r"(?<![\w/.-])[A-Za-z_][\w.-]{0,63}@(?P<host>[A-Za-z][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,8})(?=:\d)")
_BUCKET_SCHEMES = frozenset({"s3", "s3a", "s3n", "gs", "gcs", "az", "abfs", "abfss", "wasb", "wasbs", "r2"})
# Labels that put a host on a private network or internal tooling, whatever its suffix.
_INTERNAL_LABELS = frozenset(
    "internal intranet corp lan local svc cluster priv private int prod staging stage dev qa uat "
    "wiki jira confluence git gitlab jenkins grafana kibana vault consul nexus artifactory sonar ci".split())


@functools.lru_cache(maxsize=4096)
def _is_internal_host(host: str) -> bool:
    """A host that is not a public name on the internet: no public suffix, or private/tooling labels."""
    lowered = host.lower().strip(".")
    if not lowered or lowered in ("localhost", "example.com", "example.org") or lowered.endswith(".example.com"):
        return False
    if re.fullmatch(r"[\d.]+", lowered):
        return False  # IP addresses are the PII detector's
    labels = lowered.split(".")
    if len(labels) == 1:  # a compose or cluster service name: http://ledger:8080
        return lowered not in _NOT_HOSTS and not _is_placeholder_unworthy(lowered) and lowered not in _NOT_NAMES \
            and lowered not in _public_words()
    parts = _host_parts(lowered)
    if parts.suffix == "":
        return True
    if any(label in _INTERNAL_LABELS for label in labels[:-2]):
        return True
    # A registered domain that is no public project's name (api.northwind.com, not api.stripe.com).
    return parts.domain not in _public_words() and parts.domain not in ("example", "localhost")


@dataclass(frozen=True)
class _HostParts:
    domain: str  # the registered name: "stripe" of api.stripe.com
    suffix: str  # the public suffix: "com"; "" when the name has none (db.internal)


@functools.lru_cache(maxsize=4096)
def _host_parts(host: str) -> _HostParts:
    # The infra detector's Public Suffix List (bundled with the package, never fetched).
    from redactor.detect.infra import public_suffixes

    suffixes = public_suffixes()
    suffix = suffixes.publicsuffix(host) or ""
    registrable = suffixes.privatesuffix(host) or ""
    domain = registrable[:-len(suffix) - 1] if registrable and suffix else ""
    return _HostParts(domain.rsplit(".", 1)[-1], suffix)


def _public_suffix(host: str) -> str:
    return _host_parts(host).suffix


_REQUIREMENT_LINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]{0,100})[ \t]*(?:\[[^\]\n]{0,100}\][ \t]*)?(?:==|>=|<=|~=|!=|===)[ \t]*[\w.*+-]+")
_QUOTED_REQUIREMENT = re.compile(
    r"""(?<![\w.-])["'](?P<name>[A-Za-z0-9][A-Za-z0-9._-]{0,100})[ \t]*(?:\[[^\]\n]{0,100}\][ \t]*)?(?:==|>=|<=|~=|!=|<|>|\^)[ \t]*\d[\w.*,<>=! -]{0,100}["']""")
_NPM_DEPENDENCY = re.compile(
    r"""(?m)^[ \t]*"(?P<name>@?[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?)"[ \t]*:[ \t]*"(?:[\^~><=]*\d|workspace:|file:|git)""")
_INSTALL_COMMAND = re.compile(
    r"(?m)\b(?P<tool>pip3?|uv pip|poetry|npm|yarn|pnpm|npx|go|gem|cargo)[ \t]+(?:install|add|get|i)\b(?P<args>[^\n;&|#]*)")
_GO_PATH = r"((?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w.-]+)+)"
# module x / require x v1 / go get x / import "x" / an import block's "x" / a require block's x v1.
_GO_MODULE_PATH = re.compile(
    rf"""(?m)^[ \t]*(?:module|require)[ \t]+{_GO_PATH}|\bgo[ \t]+(?:get|install)[ \t]+{_GO_PATH}"""
    rf"""|^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?"{_GO_PATH}"[ \t]*$|^[ \t]+{_GO_PATH}[ \t]+v\d""")
_PUBLIC_GO_HOSTS = frozenset(
    "github.com gitlab.com bitbucket.org golang.org google.golang.org gopkg.in go.uber.org k8s.io sigs.k8s.io "
    "cloud.google.com go.opentelemetry.io go.etcd.io honnef.co".split())

# Last words of a kebab-case name that make it a deployable thing ("ledger-sync", "rebate-api").
_SERVICE_ROLES = frozenset(
    "api svc service services worker workers sync engine gateway gw proxy job jobs consumer producer scheduler "
    "web ui frontend backend db cache queue bot agent daemon server ingest ingestor exporter etl batch cron "
    "processor handler router adapter bridge connector loader indexer monitor relay dispatcher poller "
    "reconciler importer publisher listener service-v2".split())
# Parts that make a hyphenated word English rather than a name: particles and prefixes.
_HYPHENATION_PARTS = frozenset(
    "a an the and or of to in on up out off by for at as vs per via non pre post re co sub self well multi cross "
    "high low long short real full half one two three four first second third end time day week year built read "
    "write only based like free wide level side line party self semi anti over under ever all so non-".split())


def _english_hyphenation(value: str) -> bool:
    parts = value.lower().split("-")
    return value.lower().startswith(("x-", "content-", "accept-", "user-", "data-", "aria-")) or any(
        part in _HYPHENATION_PARTS or part.endswith(("ing", "ly")) or part.isdigit() for part in parts)


_KEBAB_SERVICE = re.compile(r"(?<![\w./@:-])[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){1,8}(?![\w/-]|\.\w)")
# systemctl restart ledger, docker compose up ledger worker, depends_on: [ledger, redis]
_SERVICE_COMMAND = re.compile(
    r"(?m)(?:\b(?:systemctl|service|supervisorctl)[ \t]+(?:start|stop|restart|reload|status|enable|disable)[ \t]+"
    r"|\bdocker[ -]compose[ \t]+(?:up|restart|logs|stop|start|build|exec|run)(?:[ \t]+-[\w-]+)*[ \t]+"
    r"|\bdepends_on:[ \t]*\[)(?P<names>[A-Za-z][\w.@ ,-]*)")
_RESOURCE_NAME = re.compile(
    r"\b(?:deployment|deploy|svc|service|statefulset|sts|daemonset|ds|cronjob|job|pod|configmap|cm|ingress|"
    r"namespace|ns|app|apps)/(?P<name>[a-z][\w.-]*[a-z0-9])")
_IMAGE = re.compile(r"""(?m)(?:\bimage:[ \t]*["']?|^[ \t]*FROM[ \t]+(?:--platform=\S+[ \t]+)?|docker[ \t]+(?:pull|push|run)[ \t]+(?:-\S+[ \t]+)*"""
                    r"""|docker[ \t]+(?:build|buildx[ \t]+build)\b[^\n]*?[ \t](?:-t|--tag)[ =])"""
                    r"""(?P<ref>[a-z0-9][\w.:-]*(?:/[\w.-]+)*(?::[\w.-]+)?(?:@sha256:[0-9a-f]+)?)""")
_PUBLIC_REGISTRIES = frozenset(
    "docker.io registry-1.docker.io ghcr.io quay.io gcr.io mcr.microsoft.com public.ecr.aws registry.k8s.io "
    "k8s.gcr.io nvcr.io".split())
_QUEUE_CALL = re.compile(
    r"""\b(?:send|publish|subscribe|produce|send_message|send_messages|basic_publish|basic_consume|queue_declare"""
    r"""|declare_queue|exchange_declare|create_topic|get_queue_by_name|get_queue_url|Topic|Queue|topic|queue"""
    r"""|KafkaListener|RabbitListener|SqsListener|add_consumer|consume)\(\s*(?:(?:topic|topics|queue|exchange|QueueName|TopicArn)\s*=\s*)?\[?\s*"""
    r"""["'](?P<name>[A-Za-z][\w.:-]*[A-Za-z0-9])["']""")
_SQS_URL = re.compile(r"https://sqs\.[a-z0-9-]+\.amazonaws\.com/\d+/(?P<name>[\w-]+)")
_HOST_ARGUMENT = re.compile(
    r"""(?:\b(?:ssh|scp|rsync|ping|telnet|nc|mysql|psql|redis-cli|mongo|mongosh|curl|wget)\b[^\n|;&]*?(?:\s-h\s*|\s--host[= ]|\s[\w.-]+@|\s)"""
    r"""|\s--(?:host|hostname|server|endpoint)[= ])(?P<host>[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*)(?=[\s:/'"]|$)""")
_DOTTED_HOST = re.compile(r"(?<![\w.@/-])[a-z][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){2,8}(?![\w-]|\.\w)")
# Machine and site labels: app07, db-03, dc2, az1, us-east-1.
_NUMBERED_LABEL = re.compile(r"^[a-z][a-z0-9-]*?-?\d{1,3}$|^(?:dc|az|zone|rack|pod)\d+$|^[a-z]{2}-[a-z]+-\d$")
_TLD_FIRST = frozenset("com org net io dev co de uk fr nl ch edu gov".split())
# "self.client.io" or "obj.attr.net" in code: an attribute chain, not a host.
_CODE_LINE_ATTRIBUTE = re.compile(r"\b(?:self|this|cls|ctx|request|response|os|sys)\.")
_PRIVATE_SUFFIXES = frozenset("internal corp local lan intranet localdomain priv prod staging svc".split())
_FILE_EXTENSIONS = frozenset(
    "py pyi js mjs cjs ts tsx jsx go rb java kt kts scala rs cs cpp cc h hpp c sql yaml yml json toml ini cfg conf "
    "env sh bash md txt xml html css scss proto tf tfvars hcl lock properties gradle swift php ex exs erl".split())
# Issue-tracker keys (LEDG-1423): the prefix is an internal project's key.
_TICKET = re.compile(r"(?<![\w-])(?P<key>[A-Z][A-Z0-9]{1,9})-\d{1,6}(?![\w-])")
_STANDARD_PREFIXES = frozenset(
    "UTF SHA ISO RFC TLS SSL HTTP AES RSA CVE CWE GPT ECMA IEEE ANSI PEP JSR ES MD SHA1 SHA2 SHA3 X CP WIN "
    "IPV US EU UK PCI SOC GDPR HIPAA COVID H R T V RS ED".split())
_FILENAME = re.compile(
    r"(?<![\w/.-])(?P<stem>[A-Za-z][\w-]*)\.(?:py|pyi|js|mjs|ts|tsx|jsx|go|rb|java|kt|rs|cs|sql|proto|tf|sh)\b")
_MAVEN_COORDINATE = re.compile(r"<(?P<tag>artifactId|groupId)>(?P<name>[\w.-]+)</(?P=tag)>")

_SELF_CALL = re.compile(r"\b(?:self|this|cls)\.(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(")
_PASCAL_TOKEN = re.compile(r"(?<![\w$])[A-Z][a-z0-9]{1,30}(?:[A-Z][a-z0-9]{1,30}){1,8}(?![\w$])")
_BARE_CALL = re.compile(
    r"(?<![\w$.])(?P<name>[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,8}|[a-z][a-z0-9]{0,30}(?:[A-Z][a-z0-9]{1,30}){1,8})\s*\(")
_ATTRIBUTE_CALL = re.compile(
    r"(?<![\w$])(?P<receiver>[A-Za-z_$][\w$]{0,63})\s*\??\.\s*(?P<name>[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,8}"
    r"|[a-z][a-z0-9]{0,30}(?:[A-Z][a-z0-9]{1,30}){1,8})\s*\(")
_COMPOUND = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+$|^[a-z]+(?:[A-Z][a-z0-9]+)+$")
_PATH = re.compile(r"(?<![\w.:/-])(?:\.{0,2}/)?(?:[\w.-]{1,100}/){1,30}[\w.-]{1,100}")
_SLASHED_WORDS = re.compile(
    r"^(?:(?:application|text|image|audio|video|multipart|font|message)/[\w.+-]+"  # media types
    r"|[A-Z0-9]+/[A-Z0-9]+"  # TCP/IP, CI/CD
    r"|\w+/(?:and|or|with|without|in|out|off|on)|(?:and|or|with|without|in|out)/\w+)$")
_SYSTEM_PATH = re.compile(r"^(?:\.{0,2}/)?(?:usr|etc|var|opt|bin|sbin|lib|tmp|dev|proc|home|node_modules|site-packages)/")
_STRING_LITERAL = re.compile(r"""(?P<quote>["'])(?P<body>[^"'\\\n]{3,})(?P=quote)""")
_BUILTIN_NAMES = frozenset(vars(builtins))  # ValueError, isinstance, ...
_CSHARP_NAMESPACE = re.compile(r"(?m)^[ \t]*namespace[ \t]+(?P<name>[A-Z]\w*(?:\.\w+)*)")
_CSHARP_USING = re.compile(r"(?m)^[ \t]*using[ \t]+(?:static[ \t]+)?(?P<name>[A-Z]\w*(?:\.\w+)*)[ \t]*;")
_RUST_USE = re.compile(r"(?m)^[ \t]*(?:pub[ \t]+)?(?:use|mod)[ \t]+(?P<path>(?:crate|self|super)(?:::\w+)+|\w+(?=;))")
# Rust "use acme_billing::ledger", C# "using Acme.Billing;", Ruby "require 'acme/billing'": internal unless
# the root is a public name.
_FOREIGN_ROOTS = re.compile(
    r"""(?m)^[ \t]*(?:(?:pub[ \t]+)?use[ \t]+(?P<rust>)(?=[a-z_]\w*::)|using[ \t]+(?:static[ \t]+)?(?=[A-Z]\w*[.;])"""
    r"""|require[ \t]+["'](?=[\w-]+/))(?P<path>[\w:./-]+)""")
_RUBY_REQUIRE_RELATIVE = re.compile(r"""(?m)^[ \t]*require_relative[ \t]+["'](?P<path>[^"']+)["']""")


def _public_imports(text: str, detector: "CodeIdentifiersDetector") -> tuple[set[str], set[str]]:
    """Names imported from public modules in `text`, and the aliases public modules are used by."""
    names: set[str] = set()
    receivers: set[str] = set()
    for match in _PY_FROM_IMPORT.finditer(text):
        if not detector._is_internal_python(match.group("module")):
            names.update(re.findall(r"[A-Za-z_]\w*", match.group("names")))
    for match in _PY_IMPORT.finditer(text):
        for module, alias in re.findall(r"([A-Za-z_][\w.]*)(?:[ \t]+as[ \t]+(\w+))?", match.group("modules")):
            if module != "as" and not detector._is_internal_python(module):
                receivers.add(alias or module.split(".")[0])
    for match in _JS_IMPORT.finditer(text):
        if not detector._is_internal_js(match.group("spec")) and match.group("names"):
            names.update(re.findall(r"[A-Za-z_$][\w$]*", match.group("names")))
    for match in _JAVA_IMPORT.finditer(text):
        names.add(match.group("name").rsplit(".", 1)[-1])
    return names, receivers


def _receiver(line: str, start: int) -> str | None:
    """The identifier before the dot in ``x.Name`` (None when there is no dot)."""
    if start == 0 or line[start - 1] != ".":
        return None
    found = re.search(r"([A-Za-z_][\w]*)$", line[:start - 1])
    return found.group(1) if found else ""


def _code_line_ranges(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip() and line_looks_like_code(stripped):
            yield position, position + len(stripped)
        position += len(line)


_PY_FROM_IMPORT = re.compile(
    r"(?m)^[ \t]*from[ \t]+(?P<module>\.*[A-Za-z_][\w.]*|\.+)[ \t]+import[ \t]+"
    r"(?P<names>\([^)]*\)|[^\n#;]+)")
_PY_IMPORT = re.compile(r"(?m)^[ \t]*import[ \t]+(?P<modules>[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?"
                        r"(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*)[ \t]*(?:#.*)?$")
_JS_IMPORT = re.compile(
    r"""(?:\bimport\s+(?:type\s+)?(?P<names>[\w$\s{},*]{1,2000}?)\s+from\s*|\bimport\(\s*|\brequire\(\s*"""
    r"""|\bexport\s+(?:\*|\{[^}]*\})\s+from\s*|^\s*import\s+)["'](?P<spec>[^"'\n]+)["']""", re.MULTILINE)
_JAVA_PACKAGE = re.compile(r"(?m)^[ \t]*package[ \t]+(?P<name>[a-z][\w]*(?:\.[A-Za-z_]\w*)+)[ \t]*;")
_JAVA_IMPORT = re.compile(r"(?m)^[ \t]*import[ \t]+(?:static[ \t]+)?(?P<name>[a-z][\w]*(?:\.[A-Za-z_*]\w*)+)[ \t]*;")
# Sub-package names that are a project layout, not a name: kept visible.
_LAYOUT_WORDS = frozenset(
    "models views utils util helpers common core api apis lib libs src app apps tests test client clients "
    "server services service config settings schemas types db jobs tasks cli main base internal pkg cmd "
    "handlers routes routers controllers migrations admin urls forms serializers".split())

# INSTALLED_APPS = [...], PLUGINS = (...): lists of module paths as strings.
_MODULE_LIST = re.compile(r"(?m)^[ \t]*[A-Z_]*(?:APPS|MODULES|PLUGINS|EXTENSIONS|MIDDLEWARE)[ \t]*[=:][ \t]*[\[(](?P<items>[^\])]*)[\])]")
_PYTHON_DASH_M = re.compile(r"\bpython[\d.]*[ \t]+-m[ \t]+(?P<module>[A-Za-z_][\w.]*)")
_GO_PACKAGE = re.compile(r"(?m)^package[ \t]+(?P<name>[a-z_]\w*)[ \t]*$")

# Names in comments and prose.
# An identifier mentioned in prose ("before calling settle_remittance_deltas",
# "see `LedgerSync`"): snake_case, camelCase or PascalCase with two humps.
_PROSE_IDENTIFIER = re.compile(
    r"(?<![\w$/-])(?:[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,8}|[a-z][a-z0-9]{0,30}(?:[A-Z][a-z0-9]{1,30}){1,8}"
    r"|[A-Z][a-z0-9]{1,30}(?:[A-Z][a-z0-9]{1,30}){1,8})(?![\w$-])")
# A capitalised word; a possessive "'s" is not part of it ("Northwind's").
_CAP_WORD = r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]{0,40}(?:-[A-Za-z0-9]{1,40}|'(?!s\b)[A-Za-z]{1,40})?"
_LEGAL_SUFFIXES = frozenset(
    "Inc Incorporated Corp Corporation Co Ltd Limited LLC LLP GmbH AG SA S.A NV BV PLC Plc Pty KK SE SpA SRL Oy AB ASA"
    .split())
_WEAK_SUFFIXES = ("Holdings", "Group", "Partners", "Bank", "Capital", "Labs", "Technologies", "Systems",
                  "Solutions", "Industries", "Insurance", "Logistics", "Pharma", "Pharmaceuticals", "Foods",
                  "Retail", "Ventures", "Consulting", "Traders", "Trading", "Media", "Networks", "Health",
                  "Healthcare", "Analytics", "Dynamics", "Enterprises", "Airlines", "Motors", "Energy")
_CORPORATE = re.compile(
    rf"(?P<name>{_CAP_WORD}(?:[ \t]+(?:&[ \t]+)?{_CAP_WORD}){{0,3}}),?[ \t]+"
    rf"(?P<suffix>{'|'.join(re.escape(s) for s in sorted(_LEGAL_SUFFIXES | set(_WEAK_SUFFIXES), key=len, reverse=True))})"
    r"\b")
_PROJECT_NOUNS = ("Initiative", "Platform", "Program", "Programme", "Project")
_PRODUCT_NOUNS = ("API", "APIs", "Service", "Services", "Initiative", "Platform", "Program", "Programme", "Portal",
                  "Gateway", "Engine", "Hub", "Console", "Dashboard", "Pipeline", "Suite", "SDK", "Cloud", "Project",
                  "Team", "Backend", "Frontend", "App", "Store", "Network", "Framework", "Server", "Cluster")
_BEFORE_PRODUCT_NOUN = re.compile(
    rf"(?P<name>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}?)[ \t]+(?P<noun>{'|'.join(_PRODUCT_NOUNS)})\b")
_PROJECT_MARKED = re.compile(rf"\b(?i:project|codename|code[ -]name|operation|initiative)[ \t]+[\"'“]?(?P<name>{_CAP_WORD})")
_CAPITALISED_WORDS = re.compile(rf"(?<![\w.@/-]){_CAP_WORD}(?:[ \t]+{_CAP_WORD})*(?![\w@/-]|\.\w)")
# Capitalised words that start a phrase but are not part of a name.
_MARKDOWN_TITLE = re.compile(r"\A\s*#[ \t]+(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)[ \t]*$", re.MULTILINE)
_DOC_TITLES = frozenset(
    "overview introduction readme changelog contributing license notes summary architecture design setup "
    "installation usage todo runbook incident postmortem faq api docs documentation guide index getting quick "
    "started start".split())
_NOT_NAME_STARTS = frozenset(
    "The A An This That These Those Our Your Their Its My We I If When While For From To In On At By With Each Every "
    "All Any Some No Not See Use Call Add Fix Set Get New Old Run Note TODO FIXME Returns Return Args Raises".split())


def _is_unusual(word: str, public: frozenset[str]) -> bool:
    """A capitalised word that is not ordinary English, tech vocabulary or a public package name."""
    bare = word.strip("'-")
    if len(bare) < 4 or not bare[0].isupper() or bare.isupper():
        return False
    folded = bare.casefold()
    if folded in public or not bare.isalpha():
        return False
    return not is_generic_name(bare)


_IMPERATIVE_OBJECTS = frozenset(
    "this that these those the a an it its them all any each every on in to into from with by for out up "
    "away our my your".split())


def _imperative(region: str, start: int, end: int) -> bool:
    """A sentence-initial word followed by an object word: an instruction ("Refactor this")."""
    before = region[:start].rstrip(" \t\"'“(*#-/>")
    if before and before[-1] not in ".!?:;\n":
        return False
    following = region[end:].split(None, 1)
    return bool(following) and following[0].strip(",.").casefold() in _IMPERATIVE_OBJECTS


class _Regions:
    """Disjoint [start, end) regions, sorted; claiming one that overlaps an earlier one fails.

    Bisection keeps a text with thousands of names linear-logarithmic (a list
    scan made "Project Project ..." quadratic).
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def claim(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return False
        if index < len(self._starts) and self._starts[index] < end:
            return False
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True


def _proper_noun_use(region: str, start: int, end: int, public: frozenset[str]) -> bool:
    word = region[start:end]
    if len(word) < 4 or word.isupper() or word.casefold() in public or word in _NOT_NAME_STARTS:
        return False
    before = region[:start].rstrip(" \t\"'“(*`")
    if not before or before[-1] in ".!?:;#\n-|>":
        return False  # sentence or heading start
    line_start = region.rfind("\n", 0, start) + 1
    line_end = region.find("\n", end)
    words = region[line_start:line_end if line_end >= 0 else len(region)].split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised * 2 < len(words)  # not a Title Case heading or label


def _ordinary_pair(name: str) -> bool:
    """``batch_id``, ``created_at``, ``userId``: a field named after a thing, not a thing of the codebase.

    Measured on the benchmark: skipping every two-word name made of ordinary
    words (``sync_ledger``) let a fifth of the functions through, so only the
    field suffixes below count.
    """
    parts = [part.lower() for part in re.split(r"_|(?<=[a-z0-9])(?=[A-Z])", name) if part]
    return len(parts) == 2 and parts[1] in _FIELD_SUFFIXES


_FIELD_SUFFIXES = frozenset({"id", "ids", "at", "by", "on", "no", "num"})


def _line_at(text: str, position: int) -> str:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return text[line_start:line_end if line_end >= 0 else len(text)]


# A comment marker after whitespace; "*" (block comment lines) and "%" only at the line start,
# since elsewhere they are operators and pointers ("(c *Cache)").
_COMMENT_MARKER = re.compile(r"(?:^[ \t]*(?:\*|%)|(?:^|(?<=\s))(?:#+|//+|--|/\*+|<!--))\s?(?=\S)")


def _prose_parts(text: str) -> Iterator[tuple[int, int]]:
    """Lines that read as prose (docstrings, READMEs, commit messages) and comment bodies of code lines."""
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            if not line_looks_like_code(stripped):
                yield position, position + len(stripped)
            else:
                marker = _COMMENT_MARKER.search(stripped)
                if marker is not None and not _inside_string(stripped, marker.start()):
                    yield position + marker.end(), position + len(stripped)
                # String literals that read as words: log messages, labels, customer names.
                for literal in _STRING_LITERAL.finditer(stripped):
                    if " " in literal.group("body") or literal.group("body")[:1].isupper():
                        yield position + literal.start("body"), position + literal.end("body")
        position += len(line)


def _inside_string(line: str, index: int) -> bool:
    before = line[:index]
    return before.count('"') % 2 == 1 or before.count("'") % 2 == 1


def _listed_terms_pattern(terms: dict[str, str]) -> re.Pattern:
    # Whole words, also inside identifiers: "_" and "-" are edges, letters and digits are not.
    alternatives = "|".join(
        r"[\s_-]+".join(re.escape(word) for word in term.split())
        for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])", re.IGNORECASE)


def settings_from_policy(policy) -> CodeIdentifierSettings:
    """The detector's settings from a Policy (its code_identifiers section and org lists)."""
    config = policy.detection.code_identifiers
    org = policy.org
    return CodeIdentifierSettings(
        org_names=tuple(org.names), customers=tuple(org.customers), codenames=tuple(org.codenames),
        public_modules=tuple(config.public_modules), internal_modules=tuple(config.internal_modules),
        allow=tuple(org.allow))

