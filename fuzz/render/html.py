"""report.html: one self-contained file (inline CSS, inline SVG plots, no scripts or external
references) with everything report.md says.  Every string from a finding is escaped."""

from __future__ import annotations

import json
import math
from html import escape
from typing import Any

from fuzz.finding import Finding
from fuzz.render.common import error_line, headline, number, ordered, repro_command, verdict_words

KIND_COLOURS = {
    "output": "#1f77b4", "running_mean": "#ff7f0e", "running_var": "#2ca02c", "grad_input": "#d62728",
    "grad_weight": "#9467bd", "grad_bias": "#8c564b", "error_parity": "#e377c2", "nan_parity": "#7f7f7f",
    "crash": "#bcbd22", "timeout": "#17becf",
}
CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;
vertical-align:top;font-size:.9em}th{background:#f3f3f3}.new{color:#b00;font-weight:bold}.known{color:#666}
pre{background:#f7f7f7;padding:.5em;overflow-x:auto;font-size:.8em}.plot{border:1px solid #ddd;margin:.5em 1em .5em 0}
.plots{display:flex;flex-wrap:wrap}section.finding{border-top:2px solid #ddd;margin-top:1.5em}
"""
W, H, PAD = 520, 300, 50


def _log(value: float, low: float, high: float) -> float:
    return (math.log10(min(max(value, low), high)) - math.log10(low)) / (math.log10(high) - math.log10(low))


def _clip(values: list[float], floor: float = 1e-6, ceiling: float = 1e12) -> tuple[list[float], bool]:
    clipped = False
    out = []
    for v in values:
        if not math.isfinite(v) or v <= floor or v > ceiling:
            clipped = True
            v = ceiling if (v > ceiling or v == math.inf) else floor
        out.append(v)
    return out, clipped


def _axes(title: str, xlabel: str, ylabel: str, low: float, high: float) -> list[str]:
    parts = [f'<text x="{W / 2}" y="18" text-anchor="middle" font-size="13">{escape(title)}</text>',
             f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - 10}" y2="{H - PAD}" stroke="#333"/>',
             f'<line x1="{PAD}" y1="{H - PAD}" x2="{PAD}" y2="30" stroke="#333"/>',
             f'<text x="{W / 2}" y="{H - 12}" text-anchor="middle" font-size="11">{escape(xlabel)}</text>',
             f'<text x="14" y="{H / 2}" font-size="11" transform="rotate(-90 14 {H / 2})" text-anchor="middle">'
             f'{escape(ylabel)}</text>']
    for exp in range(int(math.log10(low)), int(math.log10(high)) + 1, 3):
        y = H - PAD - _log(10.0**exp, low, high) * (H - PAD - 30)
        parts.append(f'<text x="{PAD - 4}" y="{y + 3:.1f}" text-anchor="end" font-size="9">1e{exp}</text>')
    return parts


def _ratio_plot(findings: list[Finding]) -> str:
    """Error/tolerance per finding, grouped by kind (log scale), with the line at ratio 1."""
    low, high = 1e-3, 1e12
    ratios, clipped = _clip([f.ratio for f in findings], low, high)
    parts = _axes("error / tolerance per channel (kind)", "findings, grouped by kind", "error / tolerance", low, high)
    y1 = H - PAD - _log(1.0, low, high) * (H - PAD - 30)
    parts.append(f'<line x1="{PAD}" y1="{y1:.1f}" x2="{W - 10}" y2="{y1:.1f}" stroke="#b00" stroke-dasharray="4"/>'
                 f'<text x="{W - 12}" y="{y1 - 3:.1f}" text-anchor="end" font-size="9" fill="#b00">tolerance</text>')
    order = sorted(range(len(findings)), key=lambda i: findings[i].kind)
    step = (W - PAD - 20) / max(len(findings), 1)
    for slot, i in enumerate(order):
        f = findings[i]
        x = PAD + 10 + slot * step
        y = H - PAD - _log(ratios[i], low, high) * (H - PAD - 30)
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step * 0.7, 2):.1f}" height="{H - PAD - y:.1f}" '
                     f'fill="{KIND_COLOURS.get(f.kind, "#000")}"><title>{escape(f.id)}: {escape(number(f.ratio))}'
                     f'</title></rect>')
    if not findings:
        parts.append(f'<text x="{W / 2}" y="{H / 2}" text-anchor="middle" font-size="12">no findings</text>')
    return _svg("plot-ratio", parts, clipped)


def _conditioning_plot(findings: list[Finding]) -> str:
    """Error/tolerance against the input's conditioning (log-log scatter)."""
    low, high = 1e-3, 1e12
    numeric = [f for f in findings if f.kind not in ("error_parity", "crash", "timeout")]
    ratios, clipped_r = _clip([f.ratio for f in numeric], low, high)
    conds, clipped_c = _clip([f.conditioning for f in numeric], 1e-1, 1e12)
    parts = _axes("error / tolerance against input conditioning", "(max|x| + |mean|) / sqrt(var + eps)",
                  "error / tolerance", low, high)
    for f, r, c in zip(numeric, ratios, conds):
        x = PAD + _log(c, 1e-1, 1e12) * (W - PAD - 20)
        y = H - PAD - _log(r, low, high) * (H - PAD - 30)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{KIND_COLOURS.get(f.kind, "#000")}">'
                     f'<title>{escape(f.id)}</title></circle>')
    for slot, kind in enumerate(sorted({f.kind for f in numeric})):
        parts.append(f'<rect x="{W - 120}" y="{34 + slot * 14}" width="9" height="9" fill="{KIND_COLOURS.get(kind, "#000")}"/>'
                     f'<text x="{W - 107}" y="{42 + slot * 14}" font-size="10">{escape(kind)}</text>')
    if not numeric:
        parts.append(f'<text x="{W / 2}" y="{H / 2}" text-anchor="middle" font-size="12">no numeric findings</text>')
    return _svg("plot-conditioning", parts, clipped_r or clipped_c)


def _svg(ident: str, parts: list[str], clipped: bool) -> str:
    note = (f'<text x="{PAD}" y="{H - 28}" font-size="9" fill="#666">values beyond the axes (inf, nan, 0) are drawn '
            f'at its ends</text>') if clipped else ""
    return (f'<svg id="{ident}" class="plot" xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
            f'viewBox="0 0 {W} {H}">{"".join(parts)}{note}</svg>')


def _table(rows: list[list[str]], header: list[str], ident: str = "") -> str:
    head = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>" if any(header) else ""
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    id_attr = f' id="{ident}"' if ident else ""
    return f"<table{id_attr}>{head}{body}</table>"


def render_html(findings: list[Finding], summary: dict[str, Any], comparison: dict | None = None) -> str:
    findings = ordered(findings)
    e = escape
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>BatchNorm1d differential fuzzing report</title>",
           f"<style>{CSS}</style></head><body><h1>BatchNorm1d differential fuzzing report</h1>"]
    out.append(_table([[e(k), e(v)] for k, v in headline(summary, findings)], ["", ""], "summary-table"))
    examples = summary.get("examples") or {}
    if examples:
        out.append("<h2>Examples per property</h2>" + _table([[e(k), e(str(v))] for k, v in sorted(examples.items())],
                                                             ["property", "examples"]))
    if comparison:
        out.append("<h2>Since the previous run</h2><ul>" + "".join(
            f"<li><b>{label}</b> ({len(comparison.get(label) or [])}): "
            f"{e(', '.join(comparison.get(label) or []) or 'none')}</li>" for label in ("new", "fixed", "persisting"))
            + "</ul>")
    out.append(f'<h2>Plots</h2><div class="plots">{_ratio_plot(findings)}{_conditioning_plot(findings)}</div>')
    out.append("<h2>Findings</h2>")
    rows = [[f'<a href="#{e(f.id)}">{e(f.id)}</a>', e(f.kind),
             f'<span class="{e(f.status)}">{e(f.status if f.status == "new" else "known: " + str(f.known_id))}</span>',
             e(f.blamed), e(number(f.ratio)), e(str(f.count)), e(number(f.reproducible)), e(f.case_summary)]
            for f in findings]
    out.append(_table(rows, ["id", "kind", "status", "blamed", "error / tolerance", "count", "reproducible", "case"],
                      "findings-table") if findings else '<p id="findings-table">No findings.</p>')
    for f in findings:
        out.append(f'<section class="finding" id="{e(f.id)}"><h3>{e(f.id)}</h3>')
        out.append(f"<p><b>{e(f.kind)}</b> ({e(f.status)}), property <code>{e(f.property)}</code>, "
                   f"{e(' vs '.join(f.frameworks))} on {e(f.backend)}; met {f.count}x; reproducible: "
                   f"{e(number(f.reproducible))}; shrunk: {e(str(f.shrunk))}.</p>")
        out.append(f"<p>Minimal case: <code>{e(f.case_summary)}</code></p>")
        if f.kind in ("error_parity", "crash", "timeout"):
            out.append("<ul>" + "".join(f"<li>{e(error_line(err, name))}</li>"
                                        for err, name in zip(f.errors, f.frameworks)) + "</ul>")
        else:
            ev = f.evidence
            out.append(f"<p>Values at index <code>{e(str(list(ev.index)))}</code> of step {e(str(f.step))}:</p>")
            out.append(_table([[e(number(ev.left)), e(number(ev.right)), e(number(ev.reference))]],
                              [f.frameworks[0], f.frameworks[1], "float64 reference"]))
            tol = f.tolerance or {}
            out.append(f"<p>Max absolute error {e(number(f.max_abs_error))}, max relative error "
                       f"{e(number(f.max_rel_error))}; worst error / tolerance {e(number(f.ratio))} (rule "
                       f"<code>{e(str(tol.get('rule')))}</code>, rtol {e(number(tol.get('rtol')))}, atol "
                       f"{e(number(tol.get('atol_min')))}..{e(number(tol.get('atol_max')))}); input conditioning "
                       f"{e(number(f.conditioning))}.</p>")
        out.append(f"<p>Verdict: {e(verdict_words(f))}.</p>")
        if f.status == "known":
            out.append(f"<p>Known difference <code>{e(str(f.known_id))}</code> ({e(str(f.classification))}): "
                       f"{e(str(f.known_reason))}<br>Source: {e(str(f.known_source))}</p>")
        out.append(f"<p>Repro:</p><pre>{e(repro_command(f))}</pre>")
        out.append(f"<details><summary>case JSON</summary><pre>{e(json.dumps(f.case, indent=1, sort_keys=True))}"
                   f"</pre></details></section>")
    out.append("</body></html>")
    return "\n".join(out)
