"""merge_spans and covered_regions: overlapping findings become one region, labelled the same way every time."""
import random

from redactor.detect.base import Span, covered_regions, merge_spans, overlaps_a_region


def _reference_merge(spans: list[Span]) -> list[Span]:
    """merge_spans as its contract states it: overlap clusters, the best-priority span names the union."""
    clusters: list[list[Span]] = []
    for span in sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, s.end)):
        if clusters and span.start < max(s.end for s in clusters[-1]):
            clusters[-1].append(span)
        else:
            clusters.append([span])
    merged = []
    for cluster in clusters:
        winner = min(cluster, key=lambda s: (-s.score, -(s.end - s.start), s.start, s.kind, s.detector))
        merged.append(Span(min(s.start for s in cluster), max(s.end for s in cluster), winner.kind,
                           winner.category, winner.score, winner.detector))
    return merged


def _random_spans(generator: random.Random) -> list[Span]:
    spans = []
    for _ in range(generator.randint(0, 12)):
        start = generator.randint(0, 60)
        spans.append(Span(start, start + generator.randint(-1, 15), generator.choice(["A", "B", "C"]), "secret",
                          generator.choice([0.55, 0.7, 0.9]), generator.choice(["secrets", "kingfisher"])))
    return spans


def test_overlapping_spans_become_one_region_named_by_the_highest_score():
    spans = [Span(0, 10, "PASSWORD", "secret", 0.7, "secrets"), Span(5, 20, "URL_CREDENTIALS", "secret", 0.9, "secrets"),
             Span(20, 25, "EMAIL", "pii", 0.9, "pii")]
    assert merge_spans(spans) == [Span(0, 20, "URL_CREDENTIALS", "secret", 0.9, "secrets"),
                                  Span(20, 25, "EMAIL", "pii", 0.9, "pii")]  # touching spans stay apart


def test_merging_matches_its_contract_on_random_spans():
    generator = random.Random(14)
    for _ in range(3000):
        spans = _random_spans(generator)
        assert merge_spans(spans) == _reference_merge(spans)


def test_covered_regions_are_the_merged_regions_also_when_added_in_steps():
    generator = random.Random(15)
    for _ in range(3000):
        first, second = _random_spans(generator), _random_spans(generator)
        expected = [(span.start, span.end) for span in merge_spans(first + second)]
        assert covered_regions(first + second) == expected
        assert covered_regions(second, covered_regions(first)) == expected


def test_a_range_overlaps_the_covered_regions_exactly_when_it_shares_a_character_with_a_span():
    generator = random.Random(34)
    for _ in range(3000):
        spans = [span for span in _random_spans(generator) if span.end > span.start]
        regions = covered_regions(spans)
        start = generator.randrange(0, 60)
        end = start + generator.randrange(0, 12)
        expected = any(span.start < end and start < span.end for span in spans)
        assert overlaps_a_region(regions, start, end) == expected
