"""Reports of a benchmark run: a terminal table, markdown, and a self-contained HTML page with plots.

Every format opens with a verdict per policy in plain words (`verdicts`): how
much it leaks, what the leaks are, whether that is by design (outside the
threat model's assets), and what to use instead. The terminal table fits 100
columns. Plots (matplotlib, Agg backend, PNG embedded as base64): leak versus
utility per policy with the Pareto front marked, leak rate by kind, latency by
stage; every label and legend lies inside the saved image.
"""
from __future__ import annotations

import base64
import html
import io
from pathlib import Path

from rich import box
from rich.table import Table


def _pct(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value * 100:.{digits}f}%"


def _rate(block: dict, key: str) -> str:
    rate = block[key]
    if rate["rate"] is None:
        return "n/a"
    return f"{_pct(rate['rate'])} [{_pct(rate['ci_low'])}, {_pct(rate['ci_high'])}]"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _interval(rate: dict) -> str:
    if rate["rate"] is None:
        return "n/a"
    return f"{_pct(rate['rate'])} ({rate['ci_low'] * 100:.1f}-{rate['ci_high'] * 100:.1f})"


def summary_rows(report: dict) -> list[dict]:
    """One row per policy with the headline numbers (used by every output format)."""
    rows = []
    for label, policy in report["policies"].items():
        overall = policy["overall"]
        latency = overall["latency_ms"].get("total") or overall["latency_ms"].get("proxy_total") or {}
        reid = overall.get("reidentification") or {}
        rows.append({
            "policy": label,
            "samples": overall["samples"],
            "annotations": overall["annotations"],
            "exact": _rate(overall, "exact"),
            "partial": _rate(overall, "partial"),
            "combined": _rate(overall, "combined"),
            "combined_short": _interval(overall["combined"]),
            "exact_short": _pct(overall["exact"]["rate"]),
            "over_redaction": _pct(overall["over_redaction"]["rate"], 2),
            "similarity": "n/a" if overall["similarity_chrf"] is None else f"{overall['similarity_chrf']:.3f}",
            "round_trip": _pct(overall["round_trip"].get("overall")),
            "p50_ms": _ms(latency.get("p50")),
            "p95_ms": _ms(latency.get("p95")),
            "latency": f"{_short_ms(latency.get('p50'))}/{_short_ms(latency.get('p95'))}",
            "reid_top1": _pct(reid.get("top1_rate")) if reid else "n/a",
            "sent": f"{overall['routes'].get('cloud', 0)}/{overall['samples']}",
        })
    return rows


def _short_ms(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


_COLUMNS = [("policy", "policy"), ("exact", "exact leak"), ("partial", "partial leak"),
            ("combined", "combined leak"), ("over_redaction", "over-redaction"), ("similarity", "chrF"),
            ("round_trip", "round-trip"), ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"),
            ("reid_top1", "re-id top-1"), ("sent", "sent")]
# The terminal table: the same numbers, short headers, one interval; fits 100 columns.
_TERMINAL_COLUMNS = [("policy", "policy"), ("combined_short", "leak (95% CI)"), ("over_redaction", "over-red."), ("similarity", "chrF"), ("round_trip", "restored"),
                     ("latency", "p50/p95 ms"), ("reid_top1", "re-id"), ("sent", "sent")]
TERMINAL_LEGEND = ("leak = combined (exact + partial) share of annotated spans; over-red. = "
                   "non-sensitive tokens altered; chrF = similarity of what is sent to the original; restored = "
                   "round-trip fidelity; re-id = top-1 re-identification of implicit-identity subjects; "
                   "sent = requests that went to the cloud.")


def results_table(report: dict) -> Table:
    table = Table(title="leakbench: leak, utility and latency per policy", box=box.SIMPLE_HEAD,
                  caption=TERMINAL_LEGEND, caption_justify="left", pad_edge=False)
    for _, title in _TERMINAL_COLUMNS:
        # Numbers never wrap; a long policy name folds onto a second line instead.
        if title == "policy":
            table.add_column(title, overflow="fold", min_width=8)
        else:
            table.add_column(title, justify="right", no_wrap=True)
    for row in summary_rows(report):
        table.add_row(*[str(row[key]) for key, _ in _TERMINAL_COLUMNS])
    return table


# What each benchmark category is, in words, and what to do when it dominates the leaks.
_CATEGORY_WORDS = {
    "secret": "credentials", "pii": "personal data", "infra": "internal infrastructure",
    "org": "organisation identifiers", "quasi": "implicit identity",
    "unknown": "unlabelled kinds",
}
_REMEDY = {
    "quasi": "use `rephrase` (a local model rewrites descriptions that single a person out) or route these "
             "requests locally",
    "secret": "use `strict` (lower thresholds, private keys stay local) and add the missing credential "
              "formats as custom detectors",
    "pii": "use `default` or `strict` (NER on prose, lower thresholds)",
    "infra": "list your internal domains and host patterns under `org` (or use `strict`)",
    "org": "list your organisation's names, codenames and customers under `org`",
    "unknown": "map these kinds to categories and check which detector should find them",
}


def _protected(policy: dict) -> set[str]:
    assets = set(policy.get("assets") or ("secret", "pii", "infra", "org"))
    protected = assets & set(_CATEGORY_WORDS)
    if any("quasi" in asset for asset in assets):
        protected.add("quasi")
    return protected


def _leaked_by_category(overall: dict) -> list[tuple[str, int, int]]:
    """(category, leaked spans, annotated spans), most leaked first."""
    rows = [(category, block["combined"]["hits"], block["combined"]["total"])
            for category, block in overall["per_category"].items()]
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def _share_words(part: int, whole: int) -> str:
    if whole and part / whole >= 0.9:
        return "almost all"
    if whole and part / whole >= 0.5:
        return "mostly"
    return "the largest part"


def verdict_for(label: str, report: dict) -> str:
    """The details behind `headline_for`, in plain words: what leaked, what it costs, what to use instead."""
    policy = report["policies"][label]
    overall = policy["overall"]
    combined = overall["combined"]
    samples = overall["samples"]
    sent = overall["routes"].get("cloud", 0)
    not_sent = samples - sent
    if combined["rate"] is None:
        return f"`{label}`: no annotated spans in these samples, so nothing can be said about leaks."
    cost = _cost_words(overall)
    routed = "" if not not_sent else (
        f" {not_sent} of {samples} requests never left the machine "
        f"({', '.join(f'{count} {route}' for route, count in overall['routes'].items() if route != 'cloud')}).")
    if sent == 0:
        return (f"All {samples} requests stayed on the machine, so nothing leaks; "
                f"the cost is the local model's answer quality and latency, which this benchmark does not score.")
    leaked = combined["hits"]
    if leaked == 0:
        return (f"None of {combined['total']} sensitive spans reached the wire (95% CI upper bound "
                f"{_pct(combined['ci_high'])}).{routed} {cost}")
    by_category = [row for row in _leaked_by_category(overall) if row[1]]
    top = by_category[0][0]
    parts = ", ".join(f"{hits} {_CATEGORY_WORDS.get(category, category)}" for category, hits, _ in by_category)
    sentence = (f"Of {combined['total']} sensitive spans, {leaked} reached the wire in whole or in part "
                f"({_pct(combined['rate'])}, 95% CI {_pct(combined['ci_low'])}-{_pct(combined['ci_high'])}): "
                f"{parts}.")
    protected = _protected(policy)
    if top not in protected:
        inside = [row for row in by_category if row[0] in protected]
        inside_hits = sum(row[1] for row in inside)
        inside_total = sum(block["combined"]["total"] for category, block in overall["per_category"].items()
                           if category in protected)
        if inside_total:
            rate = f"{inside_hits} of {inside_total} spans ({_pct(inside_hits / inside_total)})"
        else:
            rate = "nothing (none in these samples)"
        sentence += (f" That is by design: its threat model protects "
                     f"{', '.join(_CATEGORY_WORDS.get(c, c) for c in sorted(protected))}, not "
                     f"{_CATEGORY_WORDS.get(top, top)}; of what it protects it leaks {rate}.")
        advice = (f"If {_CATEGORY_WORDS.get(top, top)} must not leave either, {_REMEDY.get(top, _REMEDY['unknown'])}."
                  if top in _REMEDY else "")
    elif top == "quasi" and "rephrase" in (policy.get("stages") or []):
        advice = ("Rephrasing did not remove them: point `routing.backend` at a stronger instruction-tuned local "
                  "model, or route such requests locally (`local-only`).")
    else:
        advice = f"What to do: {_REMEDY.get(top, _REMEDY['unknown'])}."
    better = _lower_leak_alternative(label, report)
    if better:
        advice += f" Lowest leak in this run: {better}."
    return " ".join(part for part in (sentence + routed, cost, advice) if part).replace("  ", " ")


def _cost_words(overall: dict) -> str:
    latency = overall["latency_ms"].get("total") or overall["latency_ms"].get("proxy_total") or {}
    parts = []
    if overall["over_redaction"]["rate"] is not None:
        parts.append(f"alters {_pct(overall['over_redaction']['rate'], 2)} of non-sensitive words")
    if overall["similarity_chrf"] is not None:
        parts.append(f"what is sent keeps chrF {overall['similarity_chrf']:.2f} of the original")
    if latency.get("p50") is not None:
        parts.append(f"p50 {latency['p50']:.1f} ms per request")
    return ("Cost: " + ", ".join(parts) + ".") if parts else ""


def _lower_leak_alternative(label: str, report: dict) -> str | None:
    """Another policy of this run with a clearly lower leak (its CI upper bound below this one's rate)."""
    own = report["policies"][label]["overall"]["combined"]
    candidates = []
    for other, policy in report["policies"].items():
        combined = policy["overall"]["combined"]
        if other == label or combined["rate"] is None or policy["overall"]["routes"].get("cloud", 0) == 0:
            continue
        if combined["ci_high"] < own["rate"]:
            candidates.append((combined["rate"], other))
    if not candidates:
        return None
    rate, other = min(candidates)
    return f"`{other}` ({_pct(rate)})"


def headline_for(label: str, report: dict) -> str:
    """The verdict in one line: "default leaks 6.1%, almost all implicit identity: use `rephrase`"."""
    policy = report["policies"][label]
    overall = policy["overall"]
    combined = overall["combined"]
    if overall["routes"].get("cloud", 0) == 0:
        return f"{label} sends nothing (everything stays local)"
    if combined["rate"] is None:
        return f"{label}: no annotated spans"
    if not combined["hits"]:
        return f"{label} leaks nothing measurable (upper bound {_pct(combined['ci_high'])})"
    top, top_hits, _ = _leaked_by_category(overall)[0]
    headline = (f"{label} leaks {_pct(combined['rate'])}, {_share_words(top_hits, combined['hits'])} "
                f"{_CATEGORY_WORDS.get(top, top)}")
    if top not in _protected(policy):
        return headline + f" (not in its threat model): if that matters, {_SHORT_REMEDY.get(top, 'see below')}"
    return headline + f": {_SHORT_REMEDY.get(top, 'see below')}"


# The remedy in a few words, for headlines.
_SHORT_REMEDY = {"quasi": "use `rephrase`", "secret": "use `strict` and custom detectors",
                 "pii": "use `default`", "infra": "list internal hosts under `org`",
                 "org": "list organisation terms under `org`"}


def verdicts(report: dict) -> list[str]:
    """The verdict for every policy of the run, in report order: headline, then the details."""
    return [f"{headline_for(label, report)}. {verdict_for(label, report)}" for label in report["policies"]]


def markdown_table(report: dict) -> str:
    lines = ["| " + " | ".join(title for _, title in _COLUMNS) + " |",
             "|" + "|".join("---" for _ in _COLUMNS) + "|"]
    for row in summary_rows(report):
        lines.append("| " + " | ".join(str(row[key]) for key, _ in _COLUMNS) + " |")
    return "\n".join(lines)


def _workload_table(report: dict) -> str:
    labels = list(report["policies"])
    workloads = report["suite"]["workloads"]
    lines = ["| workload | samples | annotations | " + " | ".join(labels) + " |",
             "|---|---|---|" + "|".join("---" for _ in labels) + "|"]
    for workload in workloads:
        first = report["policies"][labels[0]]["workloads"].get(workload)
        if first is None:
            continue
        cells = [_pct(report["policies"][label]["workloads"][workload]["combined"]["rate"]) for label in labels]
        lines.append(f"| {workload} | {first['samples']} | {first['annotations']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _kind_table(report: dict) -> str:
    labels = list(report["policies"])
    kinds = sorted({kind for policy in report["policies"].values() for kind in policy["overall"]["per_kind"]})
    lines = ["| kind | annotations | " + " | ".join(labels) + " |",
             "|---|---|" + "|".join("---" for _ in labels) + "|"]
    for kind in kinds:
        first = report["policies"][labels[0]]["overall"]["per_kind"].get(kind, {})
        cells = []
        for label in labels:
            block = report["policies"][label]["overall"]["per_kind"].get(kind)
            cells.append(_pct(block["combined"]["rate"]) if block else "n/a")
        lines.append(f"| {kind} | {first.get('annotations', 0)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pareto_front(points: dict[str, tuple[float, float]]) -> set[str]:
    """Labels not dominated when minimising leak (x) and maximising utility (y)."""
    front = set()
    for label, (leak, utility) in points.items():
        dominated = any(other_leak <= leak and other_utility >= utility
                        and (other_leak < leak or other_utility > utility)
                        for other, (other_leak, other_utility) in points.items() if other != label)
        if not dominated:
            front.add(label)
    return front


def _utility_points(report: dict) -> dict[str, tuple[float, float]]:
    points = {}
    for label, policy in report["policies"].items():
        overall = policy["overall"]
        if overall["similarity_chrf"] is None or overall["combined"]["rate"] is None:
            continue  # nothing was sent (local-only): no cloud utility to plot
        points[label] = (overall["combined"]["rate"], overall["similarity_chrf"])
    return points


def _figure_png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode()


def plots(report: dict) -> dict[str, str]:
    """Base64 PNGs: leak_vs_utility, leak_by_kind, latency_by_stage."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    images = {}
    labels = list(report["policies"])
    points = _utility_points(report)
    front = pareto_front(points)
    figure, axis = plt.subplots(figsize=(6.5, 4.5))
    for number, (label, (leak, utility)) in enumerate(points.items()):
        on_front = label in front
        axis.scatter([leak * 100], [utility], s=80, marker="*" if on_front else "o",
                     color="tab:red" if on_front else "tab:blue", zorder=3)
        # Alternate label offsets so policies with similar numbers stay readable.
        axis.annotate(label, (leak * 100, utility), textcoords="offset points",
                      xytext=(6, 4 if number % 2 == 0 else -12))
    ordered = sorted((points[label] for label in front), key=lambda point: point[0])
    if len(ordered) > 1:
        axis.plot([p[0] * 100 for p in ordered], [p[1] for p in ordered], "--", color="tab:red", alpha=0.6,
                  label="Pareto front")
        axis.legend(loc="lower right")
    axis.margins(x=0.15, y=0.12)  # labels of the extreme points stay inside the frame
    axis.set_xlabel("combined leak rate (%)")
    axis.set_ylabel("utility: chrF of outgoing vs original")
    axis.set_title("Leak vs utility (policies sending to the cloud)")
    axis.grid(alpha=0.3)
    images["leak_vs_utility"] = _figure_png(figure)
    plt.close(figure)

    # Kinds no policy leaks are listed in the markdown table; the plot shows the leaking ones.
    kinds = sorted({kind for policy in report["policies"].values()
                    for kind, block in policy["overall"]["per_kind"].items() if block["combined"]["hits"]})
    if kinds:
        figure, axis = plt.subplots(figsize=(8, 1.2 + 0.18 * len(kinds) * max(1, len(labels))))
        height = 0.8 / max(1, len(labels))
        for number, label in enumerate(labels):
            per_kind = report["policies"][label]["overall"]["per_kind"]
            values = [(per_kind.get(kind, {}).get("combined", {}).get("rate") or 0) * 100 for kind in kinds]
            axis.barh([index + number * height for index in range(len(kinds))], values, height=height, label=label)
        axis.set_yticks([index + 0.4 - height / 2 for index in range(len(kinds))])
        axis.set_yticklabels(kinds, fontsize=8)
        axis.invert_yaxis()
        axis.set_xlim(0, 105)  # a 100% bar must not end on the frame
        axis.set_xlabel("combined leak rate (%)")
        axis.set_title("Leak by kind (kinds some policy leaks)")
        axis.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
        axis.grid(axis="x", alpha=0.3)
        images["leak_by_kind"] = _figure_png(figure)
        plt.close(figure)

    stages = sorted({stage for policy in report["policies"].values() for stage in policy["overall"]["latency_ms"]})
    figure, axis = plt.subplots(figsize=(8, 4.2))
    width = 0.8 / max(1, len(labels))
    highest = 0.0
    for number, label in enumerate(labels):
        latency = report["policies"][label]["overall"]["latency_ms"]
        p50 = [latency.get(stage, {}).get("p50") or 0 for stage in stages]
        p95 = [latency.get(stage, {}).get("p95") or 0 for stage in stages]
        highest = max([highest, *p50, *p95])
        positions = [index + number * width for index in range(len(stages))]
        axis.bar(positions, p50, width=width, label=f"{label} p50")
        axis.scatter(positions, p95, marker="_", s=120, color="black", zorder=3,
                     label="p95" if number == len(labels) - 1 else None)
    axis.set_xticks([index + 0.4 - width / 2 for index in range(len(stages))])
    axis.set_xticklabels(stages)
    axis.set_ylabel("ms per request (bar p50, tick p95)")
    axis.set_yscale("symlog", linthresh=0.1)
    # Room above the highest p95 tick: on a log axis autoscaling puts it on the frame.
    axis.set_ylim(0, max(highest, 0.1) * 3)
    axis.set_title("Latency by stage")
    axis.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    axis.grid(axis="y", alpha=0.3)
    images["latency_by_stage"] = _figure_png(figure)
    plt.close(figure)
    return images


def render_markdown(report: dict) -> str:
    suite = report["suite"]
    parts = [
        "# leakbench results",
        "",
        "## Verdict",
        "",
        *[f"- **{headline_for(label, report)}.** {verdict_for(label, report)}" for label in report["policies"]],
        "",
        f"Seed {suite['seed']}, split `{suite['split']}`, {suite['samples']} samples, "
        f"{suite['annotations']} annotated spans, workloads: {', '.join(suite['workloads'])}. "
        f"Run time {suite.get('duration_s', 0):.1f} s.",
        "",
        "Leak rates are shares of annotated spans (95% bootstrap CI over samples). combined = exact + partial "
        "(partial counts only spans that did not leak exactly). Latency is the pipeline's total per request.",
        "",
        markdown_table(report),
        "",
        "## Combined leak rate by workload",
        "",
        _workload_table(report),
        "",
        "## Combined leak rate by kind",
        "",
        _kind_table(report),
        "",
    ]
    notes = [(label, note) for label, policy in report["policies"].items() for note in policy["notes"]]
    if notes:
        parts += ["## How samples were scored", ""]
        parts += [f"- **{label}**: {note}" for label, note in notes]
    parts.append("")
    return "\n".join(parts)


def render_html(report: dict) -> str:
    images = plots(report)
    # The verdict opens the page in a box of its own; the rest is the markdown report.
    markdown = render_markdown(report).split("## Verdict", 1)
    rest = markdown[1].split("\n\n", 2)[2] if len(markdown) == 2 else ""
    verdict = "".join(f"<p><b>{_inline(headline_for(label, report))}.</b> {_inline(verdict_for(label, report))}</p>"
                      for label in report["policies"])
    body = [_markdown_to_html(markdown[0]), f"<div class=\"verdict\"><h2>Verdict</h2>{verdict}</div>",
            _markdown_to_html(rest)]
    for name, title in (("leak_vs_utility", "Leak vs utility (red stars: Pareto front)"),
                        ("leak_by_kind", "Leak by kind"), ("latency_by_stage", "Latency by stage")):
        if name not in images:
            continue  # nothing leaked: no per-kind plot
        body.append(f"<h2>{html.escape(title)}</h2>\n<img alt=\"{name}\" src=\"data:image/png;base64,{images[name]}\">")
    style = ("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
             "table{border-collapse:collapse;margin:1em 0;font-size:0.9em}"
             "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
             "td:first-child,th:first-child{text-align:left}img{max-width:100%;height:auto}"
             ".verdict{background:#f6f8fa;border-left:4px solid #d73a49;padding:0.2em 1em;margin:1em 0}"
             ".verdict h2{margin-top:0.5em}td{white-space:nowrap}")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>leakbench results</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def _markdown_to_html(markdown: str) -> str:
    # Just enough markdown for our own output: headings, tables, bullets, paragraphs.
    out, table = [], []

    def flush_table() -> None:
        if not table:
            return
        rows = [row for row in table if not set(row.replace("|", "").strip()) <= {"-"}]
        out.append("<table>")
        for number, row in enumerate(rows):
            cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
            tag = "th" if number == 0 else "td"
            out.append("<tr>" + "".join(f"<{tag}>{_inline(cell)}</{tag}>" for cell in cells) + "</tr>")
        out.append("</table>")
        table.clear()

    for line in markdown.splitlines():
        if line.startswith("|"):
            table.append(line)
            continue
        flush_table()
        if line.startswith("## "):
            out.append(f"<h2>{_inline(line[3:])}</h2>")
        elif line.startswith("# "):
            out.append(f"<h1>{_inline(line[2:])}</h1>")
        elif line.startswith("- "):
            out.append(f"<p>&bull; {_inline(line[2:])}</p>")
        elif line.strip():
            out.append(f"<p>{_inline(line)}</p>")
    flush_table()
    return "\n".join(out)


def _inline(text: str) -> str:
    escaped = html.escape(text)
    while "**" in escaped and escaped.count("**") >= 2:
        escaped = escaped.replace("**", "<b>", 1).replace("**", "</b>", 1)
    while escaped.count("`") >= 2:
        escaped = escaped.replace("`", "<code>", 1).replace("`", "</code>", 1)
    return escaped


def write_reports(report: dict, directory: str | Path) -> list[Path]:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    markdown_path = directory / "report.md"
    html_path = directory / "report.html"
    markdown_path.write_text(render_markdown(report), encoding="utf-8")
    html_path.write_text(render_html(report), encoding="utf-8")
    return [markdown_path, html_path]
