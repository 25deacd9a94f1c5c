"""Authors named by an open-source licence notice are public (redactor/detect/licence_notices.py)."""
from __future__ import annotations

import pytest

from redactor.detect.base import Span
from redactor.detect.licence_notices import is_public_author, names_a_licence, public_authors_in_conversation


def _author(text: str, value: str, kind: str = "PERSON") -> bool:
    start = text.index(value)
    return is_public_author(text, start, start + len(value), kind)


@pytest.mark.parametrize("text, value, kind", [
    ("BSD 3-Clause License\n\nCopyright (c) 2013-2023, Kenji Watanabe\nAll rights reserved.\n\nRedistribution and use",
     "Kenji Watanabe", "PERSON"),
    ("/*\n * Copyright © 2019 Oriane Vasseur\n * SPDX-License-Identifier: Apache-2.0\n */", "Oriane Vasseur", "PERSON"),
    ("# SPDX-FileCopyrightText: 2022 Halvard Nesse\n# SPDX-License-Identifier: GPL-3.0-or-later", "Halvard Nesse", "PERSON"),
    ("THANKS\nOriginally written by Ines Carvalho and the Lintwork authors.", "Ines Carvalho", "PERSON"),
    ("(c) Quillstone Labs, Inc. and its affiliates. Licensed under the Apache License, Version 2.0.",
     "Quillstone Labs, Inc", "ORGANIZATION"),
])
def test_an_author_in_an_open_source_notice_is_public(text: str, value: str, kind: str) -> None:
    assert _author(text, value, kind)


@pytest.mark.parametrize("text, value, kind", [
    ("/* Copyright (c) 2025 Brightwater Freight GmbH. Alle Rechte vorbehalten. */", "Brightwater Freight GmbH",
     "ORGANIZATION"),  # a proprietary header names no licence
    ("# Copyright 2024 Oriane Vasseur <o.vasseur@mailbox.example>\n# internal tooling, do not distribute",
     "Oriane Vasseur", "PERSON"),
    ("Reviewed by Kenji Watanabe; the MIT License of the vendored parser is unchanged.", "Kenji Watanabe", "PERSON"),
    ("Copyright (c) 2024 Halvard Nesse\n" + "x = 1\n" * 120 + "# vendored: MIT License", "Halvard Nesse", "PERSON"),
    ("These terms bind Brightwater Freight GmbH and its affiliates.", "Brightwater Freight GmbH", "ORGANIZATION"),
])
def test_a_name_outside_an_open_source_notice_stays(text: str, value: str, kind: str) -> None:
    assert not _author(text, value, kind)


def test_a_licence_found_as_an_organisation_is_a_licence() -> None:
    assert names_a_licence("Apache License 2.0", "ORGANIZATION")
    assert names_a_licence("GNU Lesser General Public License", "ORGANIZATION")
    assert not names_a_licence("Apache Software Foundation", "ORGANIZATION")
    assert not names_a_licence("MIT License", "PERSON")


def test_the_author_named_in_a_notice_is_public_in_every_text_of_the_request() -> None:
    texts = ["vendor/yaml.py\n# Copyright (c) 2006-2021 Kenji Watanabe\n# MIT License",
             "Kenji Watanabe's notice is unchanged; Dana Ortiz reviewed it."]
    results = [[Span(41, 55, "PERSON", "pii", 0.85, "ner")],
               [Span(0, 14, "PERSON", "pii", 0.85, "ner"), Span(38, 48, "PERSON", "pii", 0.85, "ner")]]
    assert public_authors_in_conversation(texts, results) == [[], [results[1][1]]]
