"""report.html: one self-contained file (inline CSS, inline SVG plots, no scripts or external
references) with everything report.md says, so it can be mailed or attached to a CI run as is.

Every string from a finding or the summary is escaped: case summaries come from fuzzed inputs and
error messages from the frameworks, and either can hold markup.
"""

from __future__ import annotations

import math
from html import escape as _escape
from typing import Any

from fuzz.campaign.summary import CHANGE_LABELS, Changes, RunSummary
from fuzz.model.finding import Finding
from fuzz.model.vocabulary import Severity, Status
from fuzz.report.common import (
    MAPPING_RULES_NOTE,
    NO_RELEASE_FIXED,
    NO_RELEASE_INTRODUCED,
    UNMAPPABLE_NOTE,
    VersionRow,
    case_json,
    expected_labels,
    finding_versions,
    headline,
    history_brief,
    history_words,
    mapping_rule_sections,
    number,
    ordered,
    overview,
    precision_rows,
    precision_words,
    printable,
    repro_path,
    repro_script_command,
    unswitchable_rules,
    verdict_words,
    version_rows,
)
from fuzz.report.defects import Classification, Defect, defect_of, group_defects
from fuzz.report.drafts import draft_path

CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;padding:0 2em;max-width:1200px;color:#222;line-height:1.4}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;
vertical-align:top;font-size:.9em}th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
.new{color:#b00;font-weight:bold}.known{color:#666}.blamed{background:#fde2e2}
code,pre{font-family:ui-monospace,monospace;font-size:.85em}
code{background:#f3f3f3;padding:0 .2em;word-break:break-word}
pre{background:#f7f7f7;padding:.5em;overflow-x:auto;white-space:pre}
.plots{display:flex;flex-wrap:wrap;gap:1em}.plot{border:1px solid #ddd;background:#fff}
section.finding,section.defect{border-top:2px solid #ddd;margin-top:1.5em}
.cell-reproduces{background:#fde2e2}.cell-absent{background:#e2f5e2}.cell-cannot_run{background:#eee;color:#666}
#findings-table td:last-child{font-size:.8em}
"""


def escape(value: Any) -> str:
    """Every string shown passes here: markup escaped, control characters made visible."""
    return _escape(printable(value))


W, H = 580, 360
LEFT, RIGHT, TOP, BOTTOM = 60, W - 130, 30, H - 100  # the plotting area; legend to its right, notes below


def _decades(values: list[float], low: float, high: float) -> tuple[float, float]:
    """A log axis spanning the finite positive values (at least low..high), in whole decades."""
    seen = [v for v in values if math.isfinite(v) and v > 0]
    lo = min(seen + [low]) if seen else low
    hi = max(seen + [high]) if seen else high
    # a factor 2 of room, so that no point sits on an axis line
    return 10.0 ** max(math.floor(math.log10(lo / 2)), -300), 10.0 ** min(math.ceil(math.log10(hi * 2)), 300)


def _place(value: float, low: float, high: float, start: float, end: float) -> tuple[float, str]:
    """Pixel position on a log axis, and why the value was clipped ('' when it was not)."""
    if math.isnan(value) or value <= 0:
        return start, "nan" if math.isnan(value) else "0"
    clip = "inf" if math.isinf(value) else "<" if value < low else ">" if value > high else ""
    fraction = (math.log10(min(max(value, low), high)) - math.log10(low)) / (math.log10(high) - math.log10(low))
    return start + fraction * (end - start), clip


def _ticks(low: float, high: float) -> list[float]:
    first, last = round(math.log10(low)), round(math.log10(high))
    step = max(1, math.ceil((last - first) / 6))
    return [10.0 ** e for e in range(first, last + 1, step)]


def _tick_label(value: float) -> str:
    exponent = round(math.log10(value))
    return str(int(value)) if 0 <= exponent <= 3 else f"1e{exponent}"


def _frame(title: str, xlabel: str, ylabel: str, ylow: float, yhigh: float,
           xlabel_at: float = H - 32) -> list[str]:
    """Title, axes, y ticks with grid lines, and the tolerance line at ratio 1."""
    parts = [f'<text x="{(LEFT + RIGHT) / 2}" y="18" text-anchor="middle" font-size="13">{escape(title)}</text>',
             f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="#333"/>',
             f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{LEFT}" y2="{TOP}" stroke="#333"/>',
             f'<text x="{(LEFT + RIGHT) / 2}" y="{xlabel_at}" text-anchor="middle" font-size="11">'
             f'{escape(xlabel)}</text>',
             f'<text x="14" y="{(TOP + BOTTOM) / 2}" font-size="11" transform="rotate(-90 14 {(TOP + BOTTOM) / 2})" '
             f'text-anchor="middle">{escape(ylabel)}</text>']
    for tick in _ticks(ylow, yhigh):
        y, _ = _place(tick, ylow, yhigh, BOTTOM, TOP)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{RIGHT}" y2="{y:.1f}" stroke="#eee"/>'
                     f'<text x="{LEFT - 4}" y="{y + 3:.1f}" text-anchor="end" font-size="9">{_tick_label(tick)}</text>')
    y1, _ = _place(1.0, ylow, yhigh, BOTTOM, TOP)
    parts.append(f'<line x1="{LEFT}" y1="{y1:.1f}" x2="{RIGHT}" y2="{y1:.1f}" stroke="#b00" stroke-dasharray="4"/>'
                 f'<text x="{RIGHT + 4}" y="{y1 + 3:.1f}" font-size="9" fill="#b00">ratio 1 (tolerance)</text>')
    return parts


def _svg(ident: str, parts: list[str], notes: list[str]) -> str:
    lines = "".join(f'<text x="8" y="{H - 6 - 11 * i}" font-size="9" fill="#666">{escape(n)}</text>'
                    for i, n in enumerate(reversed(notes)))
    return (f'<svg id="{ident}" class="plot" width="{W}" height="{H}" '
            f'viewBox="0 0 {W} {H}" role="img">{"".join(parts)}{lines}</svg>')


def _notes(clipped: int, skipped: int) -> list[str]:
    notes = []
    if clipped:
        notes.append(f"{clipped} value(s) off the axes (inf, nan, 0 or out of range) are drawn hollow "
                     f"at the plot's edge")
    if skipped:
        notes.append(f"{skipped} error-parity/crash/timeout finding(s) have no numeric error and are not drawn")
    return notes


def _ratio_plot(findings: list[Finding]) -> str:
    """(a) One bar per finding, grouped by kind: how far past its tolerance each finding is."""
    numeric = sorted((f for f in findings if f.kind.carries_numbers), key=lambda f: f.kind.value)
    low, high = _decades([f.ratio for f in numeric], 0.1, 10.0)
    parts = _frame("error / tolerance per channel (kind)", "findings, grouped by kind", "error / tolerance", low, high)
    kinds = list(dict.fromkeys(f.kind for f in numeric))
    slots = len(numeric) + len(kinds) - 1  # one empty slot between groups
    step = (RIGHT - LEFT - 10) / max(slots, 1)
    width = min(max(step * 0.7, 1.5), 28.0)
    clipped, slot = 0, 0
    for k, kind in enumerate(kinds):
        group = [f for f in numeric if f.kind == kind]
        first = slot
        for f in group:
            x = LEFT + 5 + (slot + 0.5) * step
            y, clip = _place(f.ratio, low, high, BOTTOM, TOP)
            colour = f.kind.spec.colour
            fill = "#fff" if clip else colour
            tip = f"<title>{escape(f.id)}: error / tolerance {escape(number(f.ratio))}</title>"
            parts.append(f'<rect x="{x - width / 2:.1f}" y="{min(y, BOTTOM - 2):.1f}" width="{width:.1f}" '
                         f'height="{max(BOTTOM - y, 2):.1f}" fill="{fill}" stroke="{colour}">{tip}</rect>')
            if clip:
                clipped += 1
                label = {"<": "&lt;", ">": "&gt;"}.get(clip, escape(clip))
                parts.append(f'<text x="{x:.1f}" y="{(y - 3 if clip in ("inf", ">") else BOTTOM - 5):.1f}" '
                             f'text-anchor="middle" font-size="9" fill="{colour}">{label}</text>')
            slot += 1
        centre = LEFT + 5 + (first + slot) / 2 * step
        parts.append(f'<text x="{centre:.1f}" y="{BOTTOM + 12}" font-size="9" text-anchor="end" '
                     f'transform="rotate(-30 {centre:.1f} {BOTTOM + 12})" fill="{kind.spec.colour}">'
                     f'{escape(kind)} ({len(group)})</text>')
        slot += 1 if k < len(kinds) - 1 else 0
    if not numeric:
        parts.append(f'<text x="{(LEFT + RIGHT) / 2}" y="{TOP + 30}" text-anchor="middle" font-size="12">'
                     f'no numeric findings</text>')
    return _svg("plot-ratio", parts, _notes(clipped, len(findings) - len(numeric)))


def _conditioning_plot(findings: list[Finding]) -> str:
    """(b) Error/tolerance against input conditioning: errors that grow with conditioning point at
    cancellation in one framework's statistics rather than at a wrong formula."""
    numeric = [f for f in findings if f.kind.carries_numbers]
    ylow, yhigh = _decades([f.ratio for f in numeric], 0.1, 10.0)
    xlow, xhigh = _decades([f.conditioning for f in numeric], 1.0, 10.0)
    parts = _frame("error / tolerance against input conditioning",
                   "input conditioning (max|x| + |mean|) / sqrt(var + eps)", "error / tolerance",
                   ylow, yhigh, BOTTOM + 32)
    for tick in _ticks(xlow, xhigh):
        x, _ = _place(tick, xlow, xhigh, LEFT, RIGHT)
        parts.append(f'<line x1="{x:.1f}" y1="{BOTTOM}" x2="{x:.1f}" y2="{BOTTOM + 4}" stroke="#333"/>'
                     f'<text x="{x:.1f}" y="{BOTTOM + 16}" text-anchor="middle" font-size="9">'
                     f'{_tick_label(tick)}</text>')
    clipped = 0
    for f in numeric:
        x, xclip = _place(f.conditioning, xlow, xhigh, LEFT, RIGHT)
        y, yclip = _place(f.ratio, ylow, yhigh, BOTTOM, TOP)
        colour = f.kind.spec.colour
        clipped += bool(xclip or yclip)
        tip = (f"<title>{escape(f.id)}: error / tolerance {escape(number(f.ratio))}, conditioning "
               f"{escape(number(f.conditioning))}</title>")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{"#fff" if xclip or yclip else colour}" '
                     f'stroke="{colour}" stroke-width="1.5" fill-opacity="0.8">{tip}</circle>')
    legend = sorted({f.kind for f in numeric})
    for slot, kind in enumerate(legend):
        y = TOP + 30 + slot * 15
        parts.append(f'<circle cx="{RIGHT + 10}" cy="{y}" r="4.5" fill="{kind.spec.colour}"/>'
                     f'<text x="{RIGHT + 19}" y="{y + 3}" font-size="10">{escape(kind)}</text>')
    if clipped:
        y = TOP + 30 + len(legend) * 15
        parts.append(f'<circle cx="{RIGHT + 10}" cy="{y}" r="4.5" fill="#fff" stroke="#333" stroke-width="1.5"/>'
                     f'<text x="{RIGHT + 19}" y="{y + 3}" font-size="10">clipped</text>')
    if not numeric:
        parts.append(f'<text x="{(LEFT + RIGHT) / 2}" y="{TOP + 30}" text-anchor="middle" font-size="12">'
                     f'no numeric findings</text>')
    return _svg("plot-conditioning", parts, _notes(clipped, len(findings) - len(numeric)))


def _table(rows: list[list[str]], header: list[str], ident: str = "", numeric: tuple[int, ...] = ()) -> str:
    """Cells arrive escaped (some hold links); header strings are escaped here."""
    head = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>" if any(header) else ""
    body = "".join("<tr>" + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    id_attr = f' id="{ident}"' if ident else ""
    return f"<table{id_attr}>{head}{body}</table>"


def _errors(f: Finding) -> str:
    rows = []
    for name, error in zip(f.frameworks, f.errors):
        if error is None:
            rows.append([escape(name), "accepted", "", "", escape(number(None)), ""])
            continue
        rows.append([escape(name), "raised", escape(error.type), escape(error.phase.value), escape(number(error.step)),
                     f"<code>{escape(error.message)}</code>" if error.message else ""])
    return _table(rows, ["framework", "outcome", "type", "phase", "step", "message"])


def _values(f: Finding) -> str:
    """Both frameworks beside the float64 reference at the worst element; the blamed column shaded."""
    ev = f.evidence
    columns = [(name, value, f.blamed == name) for name, value in zip(f.frameworks, (ev.left, ev.right))]
    head = "".join(f'<th class="blamed">{escape(n)} (blamed)</th>' if blamed else f"<th>{escape(n)}</th>"
                   for n, _, blamed in columns)
    values = "".join(f'<td class="num{" blamed" if b else ""}">{escape(number(v))}</td>' for _, v, b in columns)
    errors = "".join(f'<td class="num{" blamed" if b else ""}">'
                     f'{escape("-" if v is None or ev.reference is None else number(abs(v - ev.reference)))}</td>'
                     for _, v, b in columns)
    expected, error_row = expected_labels(f)
    table = (f"<table><tr><th></th>{head}<th>{escape(expected)}</th></tr>"
             f'<tr><th>value</th>{values}<td class="num">{escape(number(ev.reference))}</td></tr>'
             f"<tr><th>{escape(error_row)}</th>{errors}<td></td></tr></table>")
    tol = f.tolerance
    return (f"<p>Values at index <code>{escape(str(list(ev.index)))}</code> of step {escape(str(f.step))}:</p>"
            f"{table}"
            f"<p>Max absolute error {escape(number(f.max_abs_error))}, max relative error "
            f"{escape(number(f.max_rel_error))}; worst error / tolerance <b>{escape(number(f.ratio))}</b> (rule "
            f"<code>{escape(str(tol.rule if tol else None))}</code>, "
            f"rtol {escape(number(tol.rtol if tol else None))}, atol "
            f"{escape(number(tol.atol_min if tol else None))} to {escape(number(tol.atol_max if tol else None))}); "
            f"input conditioning "
            f"{escape(number(f.conditioning))}.</p>")


def _precision(f: Finding) -> str:
    """A precision finding's measures for both sides ("" for other findings)."""
    if f.precision is None:
        return ""
    rows = [[escape(m), escape(a), escape(b)] for m, a, b in precision_rows(f)]
    return f"<p>{escape(precision_words(f))}</p>" + _table(rows, ["measure", *f.frameworks], "precision-table",
                                                            (1, 2))


def _section(f: Finding, versions: str = "") -> str:
    e = escape
    out = [f'<section class="finding" id="{e(f.id)}"><h3>{e(f.id)}</h3>',
           f"<p><b>{e(f.kind)}</b> (<span class=\"{f.status.value}\">{e(f.status)}</span>; severity "
           f"{e(f.severity)}), "
           f"property <code>{e(f.property)}</code>, {e(' vs '.join(f.frameworks))} on {e(f.backend)}; met {f.count}x; "
           f"replays: {e(f.replay_text)}; shrunk: {e(str(f.shrunk))}.</p>",
           f"<p>Minimal case: <code>{e(f.case_summary)}</code></p>",
           _values(f) if f.kind.carries_numbers else _errors(f),
           _precision(f),
           f"<p>Verdict: {e(verdict_words(f))}.</p>"]
    if versions:
        out.append(f"<p>Versions: {e(versions)}.</p>")
    if f.flaky:
        out.append(f"<p><b>Flaky</b>: the stored case alone showed this finding in {f.reproduced} of {f.replays} "
                   "replays: it depends on what ran before it or on chance.</p>")
    if f.traceback:
        out.append(f"<p>Where the harness broke:</p><pre>{e(f.traceback)}</pre>")
    if not f.is_new:
        out.append(f"<p>Known difference <code>{e(f.known_id)}</code> ({e(f.classification or 'unclassified')}): "
                   f"{e(str(f.known_reason))}<br>Source: {e(str(f.known_source))}</p>")
    out.append(f"<p>Repro (the script is next to this report):</p><pre>{e(repro_script_command(f))}</pre>"
               f"<p>Case:</p><pre>{e(case_json(f.case))}</pre></section>")
    return "\n".join(out)


def _mapping_rules(summary: RunSummary, findings: list[Finding]) -> str:
    """'Mapping rules, confirmed': per rule, what its removal made differ, and its absence with it."""
    sections = mapping_rule_sections(summary, findings)
    if not sections:
        return ""
    e = escape
    out = [f'<h2 id="mapping-rules">Mapping rules, confirmed</h2><p>{e(MAPPING_RULES_NOTE)}</p>']
    for section in sections:
        out.append(f"<h3>Rule <code>{e(section.rule)}</code></h3><p>{e(section.statement or 'not in the mapping')} "
                   f"(source: {e(section.source or '-')})</p><ul>")
        for rows in section.pairings:
            table = ""
            if rows.kinds:
                cells = []
                for r in rows.kinds:
                    path = e(repro_path(r.finding))
                    links = ([f'<a href="#{e(r.finding)}">{e(r.finding)}</a>', f'<a href="{path}">{path}</a>']
                             if r.finding else ["-", "-"])
                    cells.append([e(r.kind), e(str(r.cases)), e(r.magnitude), *links, e(r.with_rule)])
                table = _table(cells, ["kind", "cases", "magnitude", "exemplar", "repro", "with the rule"],
                               numeric=(1,))
            out.append(f"<li><code>{e(rows.pairing)}</code>: {e(rows.line)}{table}</li>")
        out.append("</ul>")
    unswitchable = unswitchable_rules()
    if unswitchable:
        out.append("<p>Rules a case cannot switch off yet, so not measured: "
                   + ", ".join(f"<code>{e(r)}</code>" for r in unswitchable) + ".</p>")
    return "\n".join(out)



def _defect_link(defect: Defect) -> str:
    return f'<a href="#{escape(defect.anchor)}"><code>{escape(defect.key)}</code></a>'


def _overview(defects: list[Defect], comparison: Changes | None, matrix: dict[str, Any] | None,
              findings: list[Finding]) -> str:
    """The first page: distinct defects per framework and severity, what is new, what a release fixed."""
    e, ov = escape, overview(defects, comparison, matrix, findings)
    out = ['<h2 id="overview">Summary</h2>',
           f"<p>{e(ov.words)}; per framework the reference blamed and severity (most costly first), defects (new):</p>"]
    rows = [[e(framework), *map(e, cells), e(total)] for framework, cells, total in ov.count_rows()]
    out.append(_table(rows, ["framework", *(s.value for s in Severity), "all"], "severity-table",
                      tuple(range(1, len(Severity) + 2))))
    items = [f"<li><b>{e(ov.new_label)}</b> ({len(ov.new)}): " + (", ".join(_defect_link(d) for d in ov.new) or "none")
             + "</li>"]
    if ov.since_previous:
        items.append(f"<li><b>Gone since the previous run</b> ({len(ov.fixed_ids)} findings): "
                     + (e(", ".join(ov.fixed_ids)) or "none") + "</li>")
    if matrix:
        fixed, introduced = ov.fixed, ov.introduced
        items.append(f"<li><b>Fixed by a release</b> ({len(fixed)}): "
                     + (", ".join(f"{_defect_link(d)} in {e(r.framework)} {e(r.fixed_in)}" for d, r in fixed)
                        or e(NO_RELEASE_FIXED)) + "</li>")
        items.append(f"<li><b>Introduced by a release</b> ({len(introduced)}): "
                     + (", ".join(f"{_defect_link(d)} in {e(r.framework)} {e(r.introduced_in)}"
                                  for d, r in introduced)
                        or e(NO_RELEASE_INTRODUCED)) + "</li>")
    else:
        items.append("<li><b>Versions</b>: not replayed under other versions (<code>python -m fuzz matrix "
                     "DIR/findings.jsonl --mindspore ...</code> adds since when each defect exists)</li>")
    out.append('<ul id="overview-changes">' + "".join(items) + "</ul>")
    index = [[e(str(i)), _defect_link(d), e(d.severity), e(d.blamed), e(d.classification), e(str(len(d.findings))),
              e(number(d.ratio)), e("; ".join(history_brief(r) for r in version_rows(d, matrix)) or "-")]
             for i, d in enumerate(defects, 1)]
    out.append(_table(index, ["#", "defect", "severity", "blamed", "classification", "findings",
                              "worst error / tolerance", "versions"], "defects-table", (0, 5, 6)))
    return "\n".join(out)


def _version_table(rows: list[VersionRow]) -> str:
    """The matrix rows of one defect: a cell per version, coloured, with the signature found."""
    out = []
    for row in rows:
        cells = "".join(f'<td class="cell-{escape(c)}">{escape(c)}</td>' for c in row.cells)
        out.append(f'<table class="versions"><tr><th>{escape(row.framework)}</th>'
                   + "".join(f"<th>{escape(v)}</th>" for v in row.versions) + "</tr>"
                   + "<tr><th>signature</th>" + "".join(f"<td>{escape(c or '-')}</td>" for c in row.conventions)
                   + f'</tr><tr><th><a href="#{escape(row.finding)}">{escape(row.finding)}</a></th>{cells}</tr>'
                   f"</table><p>Versions: {escape(history_words(row))}.</p>")
    return "".join(out) or "<p>Versions: not replayed under other versions.</p>"


def _defect(index: int, d: Defect, matrix: dict[str, Any] | None) -> str:
    """One defect: minimal case, evidence, versions, repro, classification, every finding that shows it."""
    e, f = escape, d.exemplar
    out = [f'<section class="defect" id="{e(d.anchor)}"><h3>{index}. {e(d.title)}</h3>',
           f"<p><b>{e(d.severity)}</b>; blamed: <b>{e(d.blamed)}</b>; "
           f'<span class="{"new" if d.is_new else "known"}">{e(d.classification.words)}</span>; '
           f"{len(d.findings)} findings of kinds {e(', '.join(d.kinds))}; key <code>{e(d.key)}</code>.</p>",
           f'<p>Minimal case (<a href="#{e(f.id)}">{e(f.id)}</a>, step {e(str(f.step))}): '
           f"<code>{e(f.case_summary)}</code></p>",
           f"<p>Mechanism (facts of the case): {e(d.mechanism.words())}.</p>",
           _values(f) if f.kind.carries_numbers else _errors(f),
           f"<p>Verdict: {e(verdict_words(f))}.</p>",
           _version_table(version_rows(d, matrix)),
           f"<p>Repro (standalone, beside this report; exit 1 while the difference is present):</p>"
           f"<pre>{e(repro_script_command(f))}</pre>"]
    if d.classification is Classification.NEW:
        out.append(f"<p>Classification: new, no known entry covers it: a suspected defect of {e(d.blamed)} until "
                   "triaged.</p>")
    else:
        out.append(f"<p>Classification: {e(d.classification.words)} (<code>{e(d.key)}</code>): "
                   f"{e(d.reason)}<br>Source: {e(d.source or '-')}</p>")
    draft = draft_path(d)
    if draft:
        out.append(f'<p>Issue draft: <a href="{e(draft)}">{e(draft)}</a>.</p>')
    rows = [[f'<a href="#{e(m.id)}">{e(m.id)}</a>', e(m.kind), e(" vs ".join(m.frameworks)),
             e("-" if m.step is None else str(m.step)), e(number(m.ratio)), f"<code>{e(m.case_summary)}</code>"]
            for m in d.findings]
    out.append(_table(rows, ["finding", "kind", "pairing", "step", "error / tolerance", "case"], numeric=(3, 4)))
    return "\n".join(out) + "</section>"


def _matrix(matrix: dict[str, Any] | None) -> str:
    """The version matrix: per framework, a row per defect's exemplar, a coloured cell per version."""
    if not matrix:
        return ""
    e = escape
    out = ['<h2 id="versions">Versions (python -m fuzz matrix)</h2>']
    for framework, table in sorted(matrix.items()):
        versions = list(table.get("versions", []))
        conventions = table.get("conventions", {})
        head = "".join(f"<th>{e(v)}</th>" for v in versions)
        signature = "".join(f"<td>{e(conventions.get(v) or '-')}</td>" for v in versions)
        body = []
        for row in table.get("rows", []):
            cells = []
            for v in versions:
                cell = row.get("cells", {}).get(v) or {}
                name = cell.get("cell", "-")
                cells.append(f'<td class="cell-{e(name)}" title="{e(cell.get("detail", ""))}">{e(name)}</td>')
            body.append(f'<tr><td><a href="#{e(row["finding"])}">{e(row["finding"])}</a></td>{"".join(cells)}'
                        f"<td>{e(row.get('introduced_in') or '-')}</td><td>{e(row.get('last_absent') or '-')}</td>"
                        f"<td>{e(row.get('fixed_in') or '-')}</td></tr>")
        out.append(f'<h3>{e(framework)}</h3><table class="matrix" id="matrix-{e(framework)}"><tr><th>finding</th>'
                   f"{head}<th>introduced in</th><th>last absent</th><th>fixed in</th></tr>"
                   f"<tr><th>signature</th>{signature}<td></td><td></td><td></td></tr>{''.join(body)}</table>")
    return "\n".join(out)


def render_html(findings: list[Finding], summary: RunSummary, comparison: Changes | None = None,
                matrix: dict[str, Any] | None = None) -> str:
    """The whole report as one HTML page: run facts, the one-page summary, one section per defect,
    plots, the version matrix, then every finding in detail."""
    findings, e = ordered(findings), escape
    defects = group_defects(findings)
    title = "BatchNorm1d differential fuzzing report"
    out = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>",
           f"<style>{CSS}</style></head><body><h1>{title}</h1>",
           _table([[e(k), e(v)] for k, v in headline(summary, findings)], ["", ""], "summary-table"),
           _overview(defects, comparison, matrix, findings)]
    if defects:
        out.append('<h2 id="defects">Defects</h2><p>One section per root cause, most costly first: a known entry, or '
                   "for new findings the blamed side, the sort of difference, the dtypes and the facts of the case "
                   "(its mechanism).</p>")
        out += [_defect(i, d, matrix) for i, d in enumerate(defects, 1)]
    examples = summary.examples
    if examples:
        out.append("<h2>Examples per property</h2>" + _table(
            [[f"<code>{e(k)}</code>", e(str(v))] for k, v in sorted(examples.items())], ["property", "examples"],
            "examples-table", (1,)))
    by_kind = summary.findings_by_kind
    if by_kind:
        out.append("<h2>Findings by kind</h2>" + _table(
            [[e(k), *(e(str(c.get(s.value, 0))) for s in Status)] for k, c in sorted(by_kind.items())],
            ["kind", *(s.value for s in Status)], "kinds-table", (1, 2)))
    if summary.unmappable:
        out.append(f"<h2>Unmappable cases</h2><p>{e(UNMAPPABLE_NOTE)}</p>" + _table(
            [[e(reason), e(str(u.count)), f"<code>{e(u.as_is or 'no as-is form')}</code>"]
             for reason, u in summary.unmappable.items()],
            ["target: reason", "cases", "the value passed as it is"], "unmappable-table", (1,)))
    rules = _mapping_rules(summary, findings)
    if rules:
        out.append(rules)
    if comparison:
        out.append('<h2>Since the previous run</h2><ul id="comparison">' + "".join(
            f"<li><b>{label}</b> ({len(getattr(comparison, label))}): "
            f"{e(', '.join(getattr(comparison, label)) or 'none')}</li>" for label in CHANGE_LABELS)
            + "</ul>")
    out.append(f'<h2>Plots</h2><div class="plots">{_ratio_plot(findings)}{_conditioning_plot(findings)}</div>')
    out.append(_matrix(matrix))
    out.append("<h2>Findings</h2><p>Every finding, each with its details below.</p>")
    rows = [[f'<a href="#{e(f.id)}">{e(f.id)}</a>', e(f.kind), e(f.severity),
             f'<span class="{f.status.value}">'
             f'{e(f.status if f.is_new else "known: " + str(f.known_id))}</span>',
             e(f.blamed), e(number(f.ratio)), e(f.count), e(f.replay_text),
             f"<code>{e(f.case_summary)}</code>"]
            for f in findings]
    out.append(_table(rows, ["id", "kind", "severity", "status", "blamed", "error / tolerance", "count", "replays",
                             "case"], "findings-table", (5, 6)) if findings
               else '<p id="findings-table">No findings.</p>')
    by_finding = defect_of(defects)
    out += [_section(f, finding_versions(f, by_finding, matrix)) for f in findings]
    out.append("</body></html>")
    return "\n".join(out)
