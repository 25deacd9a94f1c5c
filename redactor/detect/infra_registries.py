"""Hosts of an organisation's own package registries and mirrors, named by package-manager settings.

A package manager's index, registry or mirror setting (`index-url` in pip.conf, `repository` in
.pypirc, `registry=` and `//host/:_authToken=` in .npmrc, Cargo's `[registries.x] index`, Go's
`GOPROXY`, a Maven `<mirror>`/`<repository>` `<url>`, Poetry and uv sources, the hosts of a Docker
`auths` map) points either at the public registry of its ecosystem or at the organisation's own
mirror (`pypi.ml.acme.ai`, `cargo.tools.acme.dev`, `registry.gitlab.acme.io`). The public
registries are few and well known (rules/term_lists.yaml: `public_package_registries`, with the
sites that serve them: a host under one of those domains is public); any other host there is the
organisation's own machine, however its labels read. Only the host is reported (the URL's path is
no secret), with the score of a host named by its context.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from redactor.detect.keywords import contains_any, needs_marks
from redactor.detect.rule_files import term_list

REGISTRY_HOST_SCORE = 0.6
_HOST = r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)"
# key = URL: the settings of pip, .pypirc, npm/yarn/pnpm, Cargo, Go, Poetry, uv, conda, Bundler, NuGet, Gradle.
# Read backwards from a URL's "://" (URLs are few; the keys are many): what precedes the scheme on its line.
_SETTING_BEFORE_URL = re.compile(
    r"(?i:(?<![\w-])(?P<key>(?:extra-)?index(?:[_-]url)?|repository(?:[_-]url)?|registry|npm_config_registry"
    r"|npmRegistryServer|goproxy|mirror(?:[_-]?url)?|channel_alias|default_channels|source"
    r"|url|pip_index_url|pip_extra_index_url|uv_index_url|uv_extra_index_url))"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?:[^\s\"',]*,)?(?:[a-z][a-z0-9+]{1,15}\+)?[a-z][a-z0-9+.-]{1,15}\Z"
)
_URL_REST = re.compile(rf"://(?:[^\s/@\"'<>]+@)?{_HOST}")
_KEY_WINDOW = 120
# Lines that make a bare `url`/`source` key a registry setting (a Poetry/uv source table, a Gemfile, a Maven mirror).
_REGISTRY_CONTEXT = re.compile(
    r"(?i:\[\[?tool\.(?:poetry\.source|uv\.index)\]\]?|\[registries|\[source\.|<mirror>|<repository>|<pluginRepository>"
    r"|^source[ \t]+[\"']|pip\.conf|\.pypirc|\.npmrc|\bnexus\b|\bartifactory\b)", re.MULTILINE
)
_GENERIC_KEYS = ("url", "source")
# .npmrc auth lines: `//npm.acme.io/:_authToken=...`, `//host/path/:_auth=`.
_NPMRC_AUTH_HOST = re.compile(rf"(?m)^[ \t]*//{_HOST}(?::\d+)?/[^\s]*:_(?:authToken|auth|password|username)[ \t]*=")
# Maven settings.xml and pom.xml: `<url>` inside a mirror or repository element.
_MAVEN_URL = re.compile(rf"<url>[ \t]*[a-z][a-z0-9+.-]{{1,15}}://(?:[^\s/@\"'<>]+@)?{_HOST}")
# Docker config.json and DOCKER_AUTH_CONFIG: the keys of the "auths" map are registry hosts.
_DOCKER_AUTHS = re.compile(r"\"auths\"[ \t]*:[ \t]*\{")
_DOCKER_AUTH_KEY = re.compile(rf"\"(?:https?://)?{_HOST}(?::\d+)?(?:/[^\"]*)?\"[ \t]*:[ \t]*\{{")


@lru_cache(maxsize=1)
def _public_registries() -> frozenset[str]:
    return term_list("public_package_registries")


def _is_public(host: str, registrable_domain: Callable[[str], str | None]) -> bool:
    """A public registry's host or a host of a domain that serves public registries (`*.npmjs.org`)."""
    public = _public_registries()
    host = host.lower().rstrip(".")
    return host in public or (registrable_domain(host) or host) in public


@needs_marks(".")
def find_registry_hosts(text: str, registrable_domain: Callable[[str], str | None]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each non-public host a package-manager setting in `text` names."""
    if "//" not in text and '"auths"' not in text:
        return
    registry_context = None
    matches: list[re.Match[str]] = []
    if "://" in text:
        position = text.find("://")
        while position >= 0:
            line_start = text.rfind("\n", max(0, position - _KEY_WINDOW), position) + 1
            setting = _SETTING_BEFORE_URL.search(text, max(line_start, position - _KEY_WINDOW), position)
            url = _URL_REST.match(text, position) if setting else None
            if url is not None:
                if setting.group("key").lower() in _GENERIC_KEYS:
                    if registry_context is None:
                        registry_context = _REGISTRY_CONTEXT.search(text) is not None
                    if registry_context:
                        matches.append(url)
                else:
                    matches.append(url)
            position = text.find("://", position + 3)
        if contains_any(text, ("<url>",)) and contains_any(text, ("<mirror", "<repositor", "<pluginRepositor")):
            matches.extend(_MAVEN_URL.finditer(text))
    if contains_any(text, (":_",)):
        matches.extend(_NPMRC_AUTH_HOST.finditer(text))
    if contains_any(text, ('"auths"',)):
        for block in _DOCKER_AUTHS.finditer(text):
            position = block.end()
            while True:
                key = _DOCKER_AUTH_KEY.match(text, _skip_space_and_commas(text, position))
                if key is None:
                    break
                matches.append(key)
                position = _after_object(text, key.end())
                if position < 0:
                    break
    for match in matches:
        host = match.group("host")
        if "." not in host or host.replace(".", "").isdigit() or host.lower().startswith("localhost"):
            continue
        if _is_public(host, registrable_domain):
            continue
        start = match.start("host")
        yield start, start + len(host.rstrip(".")), REGISTRY_HOST_SCORE


def _skip_space_and_commas(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n,":
        position += 1
    return position


def _after_object(text: str, position: int) -> int:
    """The position after the `}` closing the object whose `{` was just read (-1 if it never closes)."""
    depth = 1
    limit = min(len(text), position + 4096)
    in_string = False
    while position < limit:
        char = text[position]
        if in_string:
            if char == "\\":
                position += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return -1
