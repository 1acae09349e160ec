"""`python -m fuzz`: run (the nightly job), replay, report, replay-case.

Exit status: 0 no new finding; 1 new findings (run) or findings that still reproduce (replay);
2 bad usage or configuration; 3 the harness itself could not run (a framework fails to import).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import signal
import sys
import warnings
from pathlib import Path
from typing import Any, Sequence

from fuzz.options import add_cli_options, parse_targets, positive_int

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_HARNESS = 0, 1, 2, 3
DEFAULT_BUDGET_S = 3600.0


class UsageError(Exception):
    """Bad usage or configuration: printed as one line, exit 2."""


class HarnessError(Exception):
    """The harness cannot run here (a framework fails to import): printed as one line, exit 3."""


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="fuzz for a time budget, record every distinct finding, write reports")
    run.add_argument("--budget", type=_positive_float, default=None,
                     help=f"wall time for the whole run in seconds (default {DEFAULT_BUDGET_S:.0f} unless --max-examples)")
    run.add_argument("--seed", type=int, default=None, help="make the run repeatable")
    run.add_argument("--out", type=Path, default=None, help="output folder (default: reports/run-<UTC time>)")
    run.add_argument("--previous", type=Path, default=None, help="a previous run's folder: report new/fixed/persisting")
    run.add_argument("--no-shrink", action="store_true", help="record findings as met, without shrinking")
    run.add_argument("--database", type=Path, default=None,
                     help="Hypothesis example database folder shared between runs (default: none)")
    run.add_argument("--chunk", type=positive_int, default=40, help="examples per Hypothesis round (default 40)")
    add_cli_options(run)

    replay = commands.add_parser("replay", help="re-run stored findings and say which still reproduce")
    replay.add_argument("findings", type=Path, help="a findings.jsonl")
    replay.add_argument("--id", default=None, help="only this finding")
    replay.add_argument("--known", default=None, help="known-differences file (default: the committed one)")

    report = commands.add_parser("report", help="rebuild every report of a run folder from its findings.jsonl")
    report.add_argument("directory", type=Path)

    case = commands.add_parser("replay-case", help="run one case (JSON) in both frameworks and print the comparison")
    case.add_argument("case", help="the case as JSON text, or @path to a file holding it")
    case.add_argument("--target", default="mindspore.nn", help="mindspore.nn or mindspore.mint")
    case.add_argument("--backend", default="cpu")
    return parser


def _checkers(targets: Sequence[str], backend: str, known: Any) -> dict[str, Any]:
    from fuzz.adapters import AdapterUnavailable
    from fuzz.check import Checker

    try:
        return {t: Checker(t, backend, known) for t in targets}
    except AdapterUnavailable as exc:
        raise HarnessError(str(exc)) from None


def _known(path: str | None) -> Any:
    from fuzz.known import KnownDifferences, KnownDifferencesError

    try:
        return KnownDifferences.load(path) if path else KnownDifferences.load()
    except KnownDifferencesError as exc:
        raise UsageError(str(exc)) from None


def command_run(args: argparse.Namespace) -> int:
    from fuzz.reports import build_reports, compare_with_previous
    from fuzz.runner import FuzzRun, RunConfig
    from fuzz.store import read_findings

    try:
        targets = parse_targets(args.targets)
    except ValueError as exc:
        raise UsageError(f"--targets: {exc}") from None
    out = args.out or Path("reports") / ("run-" + _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d-%H%M%S"))
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder")
    if out.exists() and (out / "findings.jsonl").exists():
        raise UsageError(f"--out {out} already holds a run (findings.jsonl); choose a new folder")
    if args.previous is not None and not (args.previous / "findings.jsonl").is_file():
        raise UsageError(f"--previous {args.previous} holds no findings.jsonl")
    budget = args.budget if args.budget is not None else (None if args.max_examples else DEFAULT_BUDGET_S)
    known = _known(args.known)
    checkers = _checkers(targets, args.backend, known)
    config = RunConfig(out=out, budget_s=budget, max_examples=args.max_examples, seed=args.seed, targets=targets,
                       backend=args.backend, shrink=not args.no_shrink, database=args.database, chunk=args.chunk)
    fuzz_run = FuzzRun(config, checkers)
    fuzz_run.known = known
    print(f"[fuzz] writing to {out}  (targets {', '.join(targets)}, backend {args.backend}, "
          f"budget {budget or '-'} s, max examples {args.max_examples or '-'})", file=sys.stderr)
    state = fuzz_run.execute()
    summary = fuzz_run.summary()
    if args.previous is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            previous = read_findings(args.previous / "findings.jsonl")
        summary["since_previous"] = compare_with_previous(list(state.findings.values()), previous,
                                                          lambda f: _still_reproduces(f, checkers))
    (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True), encoding="utf-8")
    findings = build_reports(out, summary)
    new = [f for f in findings if f.status == "new"]
    print(f"[fuzz] {summary['examples_total']} examples in {summary['duration_s']} s "
          f"({summary['examples_per_s']}/s); {len(findings)} findings, {len(new)} new"
          + (" (interrupted)" if state.interrupted else ""), file=sys.stderr)
    for finding in new:
        print(f"  NEW {finding.id}  {finding.kind}  {finding.case_summary}  -> {out / 'repro' / (finding.id + '.py')}",
              file=sys.stderr)
    print(f"[fuzz] report: {out / 'report.html'}", file=sys.stderr)
    return EXIT_FINDINGS if new else EXIT_OK


def _still_reproduces(finding: Any, checkers: dict[str, Any]) -> bool:
    from fuzz.case import Case
    from fuzz.record import finding_id

    checker = checkers.get(finding.frameworks[1])
    if checker is None or finding.kind in ("crash", "timeout"):
        return False
    result = checker.check(Case.from_json(finding.case))
    pairs = [(v, None) for v in result.new] + list(result.known)
    return any(finding_id(v, result, finding.backend, k) == finding.id for v, k in pairs)


def command_replay(args: argparse.Namespace) -> int:
    from fuzz.store import read_findings

    if not args.findings.is_file():
        raise UsageError(f"{args.findings} is not a file")
    findings = read_findings(args.findings)
    if args.id:
        findings = [f for f in findings if f.id == args.id]
        if not findings:
            raise UsageError(f"no finding with id {args.id!r} in {args.findings}")
    known = _known(args.known)
    checkers: dict[tuple[str, str], dict[str, Any]] = {}
    reproduced = 0
    for finding in findings:
        key = (finding.frameworks[1], finding.backend)
        if key not in checkers:
            checkers[key] = _checkers([finding.frameworks[1]], finding.backend, known)
        still = _still_reproduces(finding, checkers[key])
        reproduced += still
        print(f"{'REPRODUCES ' if still else 'gone       '} {finding.id}  {finding.kind}  {finding.case_summary}")
    print(f"{reproduced} of {len(findings)} findings still reproduce")
    return EXIT_FINDINGS if reproduced else EXIT_OK


def command_report(args: argparse.Namespace) -> int:
    from fuzz.reports import build_reports

    if not (args.directory / "findings.jsonl").is_file():
        raise UsageError(f"{args.directory} holds no findings.jsonl")
    findings = build_reports(args.directory)
    print(f"rebuilt report.md, report.html, junit.xml and {len(findings)} repro scripts in {args.directory}")
    return EXIT_OK


def command_replay_case(args: argparse.Namespace) -> int:
    from fuzz.case import Case, CaseError
    from fuzz.render.text import render_violation

    text = Path(args.case[1:]).read_text() if args.case.startswith("@") else args.case
    try:
        case = Case.loads(text)
    except CaseError as exc:
        raise UsageError(f"the case does not parse: {exc}") from None
    checker = _checkers([args.target], args.backend, _known(None))[args.target]
    result = checker.check(case)
    print(case.describe())
    for outcome in (result.left, result.right, result.reference):
        status = f"raised {outcome.error.type}: {outcome.error.message}" if outcome.error else f"{len(outcome.steps)} steps"
        print(f"  {outcome.target}: {status}")
    for violation in result.new:
        print("NEW  " + render_violation(violation, case))
    for violation, entry in result.known:
        print(f"KNOWN ({entry.id})  " + render_violation(violation, case))
    if not result.new and not result.known:
        print("no violation")
    return EXIT_FINDINGS if result.new else EXIT_OK


COMMANDS = {"run": command_run, "replay": command_replay, "report": command_report, "replay-case": command_replay_case}


def _terminate(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"python -m fuzz {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except HarnessError as exc:
        print(f"python -m fuzz {args.command}: the harness cannot run: {exc}", file=sys.stderr)
        return EXIT_HARNESS
    except KeyboardInterrupt:
        print(f"python -m fuzz {args.command}: interrupted", file=sys.stderr)
        return 130
