"""Reports of a benchmark run: a terminal table, markdown, and a self-contained HTML page with plots.

Plots (matplotlib, Agg backend, PNG embedded as base64): leak versus utility per
policy with the Pareto front marked, leak rate by kind, latency by stage.
"""
from __future__ import annotations

import base64
import html
import io
from pathlib import Path

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
            "over_redaction": _pct(overall["over_redaction"]["rate"], 2),
            "similarity": "n/a" if overall["similarity_chrf"] is None else f"{overall['similarity_chrf']:.3f}",
            "round_trip": _pct(overall["round_trip"].get("overall")),
            "p50_ms": _ms(latency.get("p50")),
            "p95_ms": _ms(latency.get("p95")),
            "reid_top1": _pct(reid.get("top1_rate")) if reid else "n/a",
            "sent": f"{overall['routes'].get('cloud', 0)}/{overall['samples']}",
        })
    return rows


_COLUMNS = [("policy", "policy"), ("exact", "exact leak"), ("partial", "partial leak"),
            ("combined", "combined leak"), ("over_redaction", "over-redaction"), ("similarity", "chrF"),
            ("round_trip", "round-trip"), ("p50_ms", "p50 ms"), ("p95_ms", "p95 ms"),
            ("reid_top1", "re-id top-1"), ("sent", "sent")]


def results_table(report: dict) -> Table:
    table = Table(title="leakbench: leak rates (95% bootstrap CI), utility and latency")
    for _, title in _COLUMNS:
        table.add_column(title, justify="left" if title == "policy" else "right")
    for row in summary_rows(report):
        table.add_row(*[str(row[key]) for key, _ in _COLUMNS])
    return table


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
    axis.set_xlabel("combined leak rate (%)")
    axis.set_ylabel("utility: chrF of outgoing vs original")
    axis.set_title("Leak vs utility (policies sending to the cloud)")
    axis.grid(alpha=0.3)
    images["leak_vs_utility"] = _figure_png(figure)
    plt.close(figure)

    kinds = sorted({kind for policy in report["policies"].values() for kind in policy["overall"]["per_kind"]})
    figure, axis = plt.subplots(figsize=(8, max(3.0, 0.32 * len(kinds) * max(1, len(labels)) / 2 + 1)))
    height = 0.8 / max(1, len(labels))
    for number, label in enumerate(labels):
        per_kind = report["policies"][label]["overall"]["per_kind"]
        values = [(per_kind.get(kind, {}).get("combined", {}).get("rate") or 0) * 100 for kind in kinds]
        axis.barh([index + number * height for index in range(len(kinds))], values, height=height, label=label)
    axis.set_yticks([index + 0.4 - height / 2 for index in range(len(kinds))])
    axis.set_yticklabels(kinds, fontsize=8)
    axis.invert_yaxis()
    axis.set_xlabel("combined leak rate (%)")
    axis.set_title("Leak by kind")
    axis.legend(fontsize=8)
    axis.grid(axis="x", alpha=0.3)
    images["leak_by_kind"] = _figure_png(figure)
    plt.close(figure)

    stages = sorted({stage for policy in report["policies"].values() for stage in policy["overall"]["latency_ms"]})
    figure, axis = plt.subplots(figsize=(7, 4))
    width = 0.8 / max(1, len(labels))
    for number, label in enumerate(labels):
        latency = report["policies"][label]["overall"]["latency_ms"]
        p50 = [latency.get(stage, {}).get("p50") or 0 for stage in stages]
        p95 = [latency.get(stage, {}).get("p95") or 0 for stage in stages]
        positions = [index + number * width for index in range(len(stages))]
        axis.bar(positions, p50, width=width, label=f"{label} p50")
        axis.scatter(positions, p95, marker="_", s=120, color="black", zorder=3)
    axis.set_xticks([index + 0.4 - width / 2 for index in range(len(stages))])
    axis.set_xticklabels(stages)
    axis.set_ylabel("ms per request (bar p50, tick p95)")
    axis.set_yscale("symlog", linthresh=0.1)
    axis.set_title("Latency by stage")
    axis.legend(fontsize=8)
    images["latency_by_stage"] = _figure_png(figure)
    plt.close(figure)
    return images


def render_markdown(report: dict) -> str:
    suite = report["suite"]
    parts = [
        "# leakbench results",
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
        "## Notes",
        "",
    ]
    for label, policy in report["policies"].items():
        for note in policy["notes"] or ["nothing to note."]:
            parts.append(f"- **{label}**: {note}")
    parts.append("")
    return "\n".join(parts)


def render_html(report: dict) -> str:
    images = plots(report)
    markdown = render_markdown(report)
    body = [_markdown_to_html(markdown)]
    for name, title in (("leak_vs_utility", "Leak vs utility (red stars: Pareto front)"),
                        ("leak_by_kind", "Leak by kind"), ("latency_by_stage", "Latency by stage")):
        body.append(f"<h2>{html.escape(title)}</h2>\n<img alt=\"{name}\" src=\"data:image/png;base64,{images[name]}\">")
    style = ("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
             "table{border-collapse:collapse;margin:1em 0;font-size:0.9em}"
             "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
             "td:first-child,th:first-child{text-align:left}img{max-width:100%}")
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
