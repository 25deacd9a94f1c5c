"""Chunked, streaming detection: every finding once, at the right line, in bounded memory."""
from __future__ import annotations

import tracemalloc

import pytest

from redactor.audit_scan.chunked_detection import PolicyScanner, SourceLine, split_lines
from redactor.audit_scan.findings import AuditReport
from redactor.audit_scan.scanner import scan_paths
from redactor.detect.engine import DetectionEngine
from redactor.policy import parse_policy
from tests.core_support import RegexDetector

POLICY = parse_policy("name: chunk-test\n")
KEY_BLOCK = "-----BEGIN KEY-----\n" + "\n".join("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" for _ in range(12)) + \
    "\n-----END KEY-----"


def _scanner(chunk_chars: int, overlap_chars: int) -> PolicyScanner:
    return PolicyScanner(POLICY, DetectionEngine(POLICY, [RegexDetector()]), chunk_chars=chunk_chars,
                         overlap_chars=overlap_chars)


def test_every_finding_is_reported_once_at_its_line_and_column_across_many_chunks():
    lines = []
    expected = []
    for number in range(1, 3001):
        if number % 7 == 0:
            lines.append(f"row {number}: contact user{number}@example.org now\n")
            expected.append((number, 15 + len(str(number))))
        else:
            lines.append(f"row {number}: nothing to see here, just filler text\n")
    scanner = _scanner(chunk_chars=2048, overlap_chars=512)
    found = list(scanner.scan_lines(SourceLine(text, number) for number, text in enumerate(lines, 1)))
    assert [(f.line, f.column) for f in found] == expected
    assert all(f.kind == "EMAIL" and "@" not in f.masked for f in found)


@pytest.mark.parametrize("shift", range(0, 700, 97))
def test_a_multi_line_key_block_straddling_a_chunk_boundary_is_found_whole_once(shift):
    filler = [f"line {i} {'x' * (i % 40)}\n" for i in range(60)]
    prefix = "".join(filler)[: 1500 + shift]
    text = prefix + "\n" + KEY_BLOCK + "\ntrailing text\n" + "".join(filler)
    scanner = _scanner(chunk_chars=2048, overlap_chars=1024)
    found = list(scanner.scan_text(text, "code"))
    keys = [f for f in found if f.kind == "PRIVATE_KEY"]
    assert len(keys) == 1
    start_line = text[: text.index("-----BEGIN")].count("\n") + 1
    assert (keys[0].line, keys[0].column) == (start_line, 1)
    assert keys[0].end_line == start_line + KEY_BLOCK.count("\n")


def test_a_huge_file_is_streamed_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.log"
    row = "2024-05-01T10:00:00Z INFO request served in 12ms by worker seven of the pool\n"
    with open(path, "w") as handle:
        for block in range(300):
            handle.write(row * 1000)
            if block == 150:
                handle.write("token TOKEN-123456 leaked here\n")
    assert path.stat().st_size > 20_000_000
    report = AuditReport(policy="chunk-test")
    tracemalloc.start()
    scan_paths([path], _scanner(chunk_chars=48 * 1024, overlap_chars=12 * 1024), report)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8_000_000, peak  # the file is > 20 MB; a whole-file read would exceed this
    assert [(f.kind, f.line) for f in report.findings] == [("API_TOKEN", 151 * 1000 + 1)]
    assert report.stats.files_scanned == 1


def test_a_single_enormous_line_is_read_in_pieces_with_true_columns(tmp_path):
    path = tmp_path / "minified.js"
    filler = "var a=1;"  # short tokens: minified code
    offset = len(filler) * 375_000
    path.write_text(filler * 375_000 + " TOKEN-987654 " + filler * 100_000)  # no newline at all
    report = AuditReport(policy="chunk-test")
    scan_paths([path], _scanner(chunk_chars=64 * 1024, overlap_chars=16 * 1024), report)
    assert [(f.kind, f.line, f.column) for f in report.findings] == [("API_TOKEN", 1, offset + 2)]


def test_split_lines_counts_only_newlines_as_line_ends():
    pieces = list(split_lines("a\rb\u2028c\nd", first_line=10))
    assert [(p.text, p.line) for p in pieces] == [("a\rb\u2028c\n", 10), ("d", 11)]
