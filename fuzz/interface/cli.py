"""`python -m fuzz`: run (the nightly job), merge, backends, replay, report, replay-case.

Exit status: 0 no new finding; 1 new findings (run) or findings that still reproduce (replay);
2 bad usage or configuration; 3 the harness itself could not run (a framework fails to import).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import signal
import sys
import warnings
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fuzz.campaign.record import replay_status, reproduces
from fuzz.campaign.summary import RunSummary
from fuzz.interface.options import (
    REPLAY,
    RUN,
    add_options,
    budget_s,
    forwarded_argv,
    options_for,
    parse_targets,
    worker_limits,
)
from fuzz.model.finding import Finding
from fuzz.model.vocabulary import REPLAY_LABELS, ReplayStatus, Severity
from fuzz.report.build import build_reports

if TYPE_CHECKING:
    from fuzz.campaign.runner import RunConfig
    from fuzz.execution.backends import Pairing

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_HARNESS = 0, 1, 2, 3

#: how `replay` words each replay status (a new finding that reproduces is REPRODUCES)


class UsageError(Exception):
    """Bad usage or configuration: printed as one line, exit 2."""


class HarnessError(Exception):
    """The harness cannot run here (a framework fails to import): printed as one line, exit 3."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="fuzz for a time budget, record every distinct finding, write reports")
    add_options(run, RUN)  # every run option is in the table of fuzz/interface/options.py

    merge = commands.add_parser("merge",
                                help="merge the folders of sharded runs into one report (findings deduplicated by id)")
    merge.add_argument("directories", type=Path, nargs="+")
    merge.add_argument("--out", type=Path, required=True, help="folder for the merged report")

    backends = commands.add_parser("backends", help="say which backends each framework can use here, and why not")
    backends.add_argument("--json", action="store_true")

    replay = commands.add_parser("replay", help="re-run stored findings and say which still reproduce")
    replay.add_argument("findings", type=Path, help="a findings.jsonl")
    replay.add_argument("--id", default=None, help="only this finding")
    add_options(replay, REPLAY)

    triage = commands.add_parser("triage", help="for each new finding of a run, the known entries that come closest "
                                 "and the facts that keep them from covering it")
    triage.add_argument("directory", type=Path, help="a run folder (its findings.jsonl)")
    triage.add_argument("--id", default=None, help="only this finding")
    triage.add_argument("--limit", type=int, default=3, help="entries shown per finding (default: 3)")
    triage.add_argument("--apply", action="store_true",
                        help="record each new finding an entry covers now as known under it (appended to "
                             "findings.jsonl, whose last line per id wins) and rebuild the folder's reports")
    add_options(triage, REPLAY)

    report = commands.add_parser("report", help="rebuild every report of a run folder from its findings.jsonl")
    report.add_argument("directory", type=Path)

    matrix = commands.add_parser("matrix", help="replay stored findings under other framework versions (each in an "
                                 "environment built once and cached) and say since when each exists")
    matrix.add_argument("findings", type=Path, help="a findings.jsonl")
    matrix.add_argument("--mindspore", metavar="VERSIONS", default="",
                        help="comma-separated MindSpore versions, oldest first, e.g. 2.7.0,2.8.0,2.9.0,2.10.0")
    matrix.add_argument("--torch", metavar="VERSIONS", default="",
                        help="comma-separated torch versions, oldest first (only 2.13.0 is a CPU build on this "
                             "machine's disk: another is a multi-GB CUDA download)")
    matrix.add_argument("--cache", type=Path, default=None,
                        help="where the version environments are kept (default: $FUZZ_ENV_CACHE, else "
                             "~/.cache/bn-difffuzz/envs)")
    matrix.add_argument("--out", type=Path, default=None,
                        help="the matrix JSON (default: matrix.json beside the findings file)")
    matrix.add_argument("--new-only", action="store_true",
                        help="only the findings new in their run (the nightly's matrix job) (default: every defect)")
    case = commands.add_parser("replay-case", help="run one case (JSON) in both frameworks and print the comparison")
    case.add_argument("case", help="the case as JSON text, or @path to a file holding it")
    case.add_argument("--target", default="mindspore.nn",
                      help="the target compared with torch.nn: mindspore.nn, mindspore.mint, a compiled mode such as "
                           "mindspore.nn+graph or torch.nn+compile, or package.module:Class (default: mindspore.nn)")
    case.add_argument("--left", default="torch.nn",
                      help="the side it is compared with: torch.nn, or a compiled target's eager mode (the mode "
                           "oracle: mindspore.nn for mindspore.nn+graph) (default: torch.nn)")
    case.add_argument("--backend", default="cpu")
    return parser


def _checkers(targets: Sequence[str], backend: str, known: Any, left: str = "torch.nn") -> dict[str, Any]:
    from fuzz.execution.adapters import AdapterUnavailable
    from fuzz.execution.check import Checker

    try:
        return {t: Checker.of(t, backend, known, left=left) for t in targets}
    except AdapterUnavailable as exc:
        raise HarnessError(str(exc)) from None


def _known(path: str | None) -> Any:
    from fuzz.oracle.known import KnownDifferences, KnownDifferencesError

    try:
        return KnownDifferences.load(path) if path else KnownDifferences.load()
    except KnownDifferencesError as exc:
        raise UsageError(str(exc)) from None


def _database(args: argparse.Namespace) -> Any:
    """The Hypothesis example database: a folder, or `github:OWNER/REPO` for CI (read-only with
    --database-readonly, as pull-request runs must be)."""
    from hypothesis.database import DirectoryBasedExampleDatabase, GitHubArtifactDatabase, ReadOnlyDatabase

    spec = args.database
    if spec is None:
        return None
    text = str(spec)
    if text.startswith("github:"):
        owner, _, repo = text[len("github:"):].partition("/")
        if not owner or not repo:
            raise UsageError(f"--database {text}: expected github:OWNER/REPO")
        database: Any = GitHubArtifactDatabase(owner, repo)
    else:
        database = DirectoryBasedExampleDatabase(text)
    return ReadOnlyDatabase(database) if args.database_readonly else database


def run_config(args: argparse.Namespace, out: Path, pairings: Sequence[Pairing]) -> RunConfig:
    """The RunConfig of parsed run options: each option with a `field` in the table sets that field;
    the budget and the example database depend on two options each, so they are resolved here."""
    from fuzz.campaign.runner import RunConfig

    fields = {option.field: getattr(args, option.dest) for option in options_for(RUN)
              if option.field and not option.field.startswith("limits.")}
    fields["budget_s"] = budget_s(args.budget, args.max_examples)
    # jobs of --jobs share the cores: one intra-op thread each
    limits = worker_limits(lambda option: getattr(args, option.dest), RUN,
                           threads=1 if os.environ.get("FUZZ_JOB") else None)
    return RunConfig(out=out, pairings=tuple(pairings), database=_database(args), limits=limits, **fields)


def command_run(args: argparse.Namespace) -> int:
    from fuzz.campaign.runner import FuzzRun
    from fuzz.campaign.store import read_findings
    from fuzz.campaign.summary import compare_with_previous
    from fuzz.execution.backends import BackendError, resolve

    try:
        targets = parse_targets(args.targets)
        pairings, skipped = resolve(args.backend, targets)
    except (ValueError, BackendError) as exc:
        raise UsageError(str(exc)) from None
    out = args.out or Path("reports") / ("run-" + _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%d-%H%M%S"))
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder")
    if out.exists() and (out / "findings.jsonl").exists():
        raise UsageError(f"--out {out} already holds a run (findings.jsonl); choose a new folder")
    if args.previous is not None and not (args.previous / "findings.jsonl").is_file():
        raise UsageError(f"--previous {args.previous} holds no findings.jsonl")
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / ".writable").touch()
        (out / ".writable").unlink()
    except OSError as exc:
        raise UsageError(f"--out {out} cannot be created or written: {exc.strerror or exc}") from None
    if args.jobs > 1:
        if args.shard != (1, 1):
            raise UsageError("--jobs and --shard do not combine: run --jobs on each machine, or --shard alone")
        return _run_jobs(args, out)
    known = _known(args.known)
    config = run_config(args, out, pairings)
    from fuzz.execution.adapters import AdapterUnavailable
    from fuzz.execution.check import checkers_for

    try:
        checkers, left_out = checkers_for(pairings, known, isolate=config.isolate, limits=config.limits,
                                          naive_port=config.naive_port)
    except AdapterUnavailable as exc:
        raise HarnessError(str(exc)) from None
    skipped = [*skipped, *left_out]
    fuzz_run = FuzzRun(config, checkers, known=known, skipped=skipped)
    print(f"[fuzz] writing to {out}  (pairings {', '.join(checkers)}"
          f"{', shard %d/%d' % args.shard if args.shard != (1, 1) else ''}, budget {config.budget_s or '-'} s, "
          f"max examples {args.max_examples or '-'}, isolation {'on' if args.isolate else 'off'})", file=sys.stderr)
    for skip in skipped:
        print(f"[fuzz] skipped {skip['pairing']}: {skip['reason']}", file=sys.stderr)
    state = fuzz_run.execute()
    summary = fuzz_run.summary()
    if args.previous is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            previous = read_findings(args.previous / "findings.jsonl")
        replay_checkers: dict[str, Any] = {}
        compared = {p.base.name for p in pairings}

        def still_reproduces(finding: Any) -> bool:
            """Not met tonight: fixed only if its stored case shows it no more (a replay that breaks
            proves nothing, so the finding stays persisting).  A finding of sides this run does not
            compare (another backend) is fixed; one of a naive-port pairing of sides it compares is
            replayed, with --naive-port or without."""
            pairing = _pairing_for(finding)
            if pairing.base.name not in compared:
                return False
            try:
                if pairing.name not in replay_checkers:
                    replay_checkers[pairing.name] = _checker_for(finding, known)
                return reproduces(finding, replay_checkers[pairing.name])
            except Exception as exc:  # noqa: BLE001 - a harness defect on one old finding must not end the run
                print(f"[fuzz] could not replay {finding.id} of --previous: {type(exc).__name__}: {exc}",
                      file=sys.stderr)
                return True

        summary = summary.with_previous(compare_with_previous(list(state.findings.values()), previous,
                                                              still_reproduces))
    (out / "summary.json").write_text(json.dumps(summary.to_json(), indent=2, sort_keys=True), encoding="utf-8")
    findings = build_reports(out, summary)
    return _conclude(out, summary, findings, state.interrupted, args.fail_on)


def _conclude(out: Path, summary: RunSummary, findings: list[Finding], interrupted: bool,
              fail_on: tuple[Severity, ...] = tuple(Severity)) -> int:
    """Print the run's last lines; exit 1 when a new finding has a severity of `fail_on` (--fail-on)."""
    new = [f for f in findings if f.is_new]
    failing = [f for f in new if f.severity in fail_on]
    print(f"[fuzz] {summary.examples_total} examples in {summary.duration_s} s "
          f"({summary.examples_per_s}/s); {len(findings)} findings, {len(new)} new"
          + (f", {len(failing)} of a severity in --fail-on" if len(failing) != len(new) else "")
          + (" (interrupted)" if interrupted else ""), file=sys.stderr)
    for finding in new:
        counted = "NEW" if finding.severity in fail_on else "new"
        print(f"  {counted} {finding.id}  {finding.kind}  [{finding.severity}]  {finding.case_summary}  -> "
              f"{out / 'repro' / (finding.id + '.py')}", file=sys.stderr)
    print(f"[fuzz] report: {out / 'report.html'}", file=sys.stderr)
    return EXIT_FINDINGS if failing else EXIT_OK


def job_argv(args: argparse.Namespace, out: Path, index: int, seed: int) -> list[str]:
    """The arguments of job `index` of --jobs: every forwarded run option as parsed here, then this
    job's seed, shard and folder (--jobs itself and --previous stay with the parent, which merges)."""
    return ["run", *forwarded_argv(args), "--seed", str(seed), "--shard", f"{index}/{args.jobs}",
            "--out", str(out / f"shard-{index}")]


def _run_jobs(args: argparse.Namespace, out: Path) -> int:
    """--jobs N: N shards of this run as parallel processes on this machine, then one merged report."""
    import subprocess

    from fuzz.campaign.merge import merge_runs

    seed = args.seed if args.seed is not None else int(_dt.datetime.now().timestamp())
    out.mkdir(parents=True, exist_ok=True)
    children = []
    for index in range(1, args.jobs + 1):
        command = [sys.executable, "-m", "fuzz", *job_argv(args, out, index, seed)]
        children.append(subprocess.Popen(command, env={**os.environ, "FUZZ_JOB": str(index)}))
    try:
        codes = [child.wait() for child in children]
    except KeyboardInterrupt:
        for child in children:
            child.terminate()
        codes = [child.wait() for child in children]
    if any(code not in (EXIT_OK, EXIT_FINDINGS) for code in codes):
        raise HarnessError(f"a job failed (exit statuses {codes})")
    summary, findings = merge_runs([out / f"shard-{i}" for i in range(1, args.jobs + 1)], out, previous=args.previous)
    findings = build_reports(out, summary)
    return _conclude(out, summary, findings, summary.interrupted, args.fail_on)


def _pairing_for(finding: Finding) -> Pairing:
    """The pairing a finding was made on: the one its property names (`property[pairing]`, a
    naive-port pairing's `...!naive:RULE` included), else the one its frameworks and backend say
    (`torch.nn@cpu~torch.nn@gpu` style names included), without the rule its known id confirms."""
    from fuzz.campaign.summary import pairing_of
    from fuzz.execution.backends import BackendError, Pairing, Side
    from fuzz.execution.check import confirmed_rule

    try:
        return Pairing.parse(pairing_of(finding.property))
    except BackendError:
        pass
    sides = []
    for name in finding.frameworks:
        target, _, backend = name.partition("@")
        sides.append(Side(target, backend or finding.backend))
    return Pairing(sides[0], sides[1], confirmed_rule(finding.known_id))


def _checker_for(finding: Finding, known: Any) -> Any:
    """A checker for the pairing a finding was made on (`_pairing_for`)."""
    from fuzz.execution.adapters import AdapterUnavailable
    from fuzz.execution.check import Checker

    try:
        return Checker.for_pairing(_pairing_for(finding), known)
    except AdapterUnavailable as exc:
        raise HarnessError(str(exc)) from None


def command_replay(args: argparse.Namespace) -> int:
    from fuzz.campaign.store import read_findings

    if not args.findings.is_file():
        raise UsageError(f"{args.findings} is not a file")
    findings = read_findings(args.findings)
    if args.id:
        findings = [f for f in findings if f.id == args.id]
        if not findings:
            raise UsageError(f"no finding with id {args.id!r} in {args.findings}")
    known = _known(args.known)
    checkers: dict[str, Any] = {}
    reproduced = 0
    for finding in findings:
        key = _pairing_for(finding).name
        if key not in checkers:
            checkers[key] = _checker_for(finding, known)
        status, entry = ((ReplayStatus.GONE, None) if finding.kind.is_fault
                         else replay_status(finding, checkers[key]))
        new_and_present = status is ReplayStatus.REPRODUCES and entry is None
        reproduced += new_and_present
        label = "REPRODUCES" if new_and_present else REPLAY_LABELS[status]
        detail = f" ({entry})" if entry else ""
        print(f"{label:11s} {finding.id}  {finding.kind}{detail}  {finding.case_summary}")
    print(f"{reproduced} of {len(findings)} findings still reproduce as new differences")
    return EXIT_FINDINGS if reproduced else EXIT_OK


def command_triage(args: argparse.Namespace) -> int:
    """Replay each new finding, compute its facts, and show the nearest known entries and what they miss."""
    from fuzz.campaign.record import finding_id
    from fuzz.campaign.store import read_findings
    from fuzz.model.vocabulary import Status
    from fuzz.oracle.known import facts
    from fuzz.oracle.mechanism import mechanism_of
    from fuzz.oracle.triage import describe, nearest

    path = args.directory / "findings.jsonl"
    if not path.is_file():
        raise UsageError(f"{args.directory} holds no findings.jsonl")
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    findings = [f for f in read_findings(path) if f.is_new and (args.id is None or f.id == args.id)]
    if args.id and not findings:
        raise UsageError(f"no new finding with id {args.id!r} in {path}")
    known = _known(args.known)
    checkers: dict[str, Any] = {}
    triaged: list[Finding] = []
    for finding in findings:
        print(f"{finding.id}  {finding.kind}  blamed {finding.blamed}  {finding.case_summary}")
        if finding.case is None or finding.kind.is_fault:
            print("    a crash, a hang or a harness error: no facts to compare (replay it alone, see its traceback)\n")
            continue
        key = _pairing_for(finding).name
        if key not in checkers:
            checkers[key] = _checker_for(finding, known)
        result = checkers[key].check(finding.case)
        pairs = [(v, None) for v in result.new] + list(result.known)
        # the stored id was made with no entry (the finding was new): the same signature, whatever covers it now
        violation = next((v for v, _ in pairs if finding_id(v, result, finding.backend, None) == finding.id),
                         next((v for v, _ in pairs if v.kind is finding.kind), None))
        if violation is None:
            print("    does not show on replay (gone, or it depends on what ran before it)\n")
            continue
        covered = next((e for v, e in result.known if v is violation), None)
        if covered is not None:
            print(f"    covered now by {covered.id}\n")
            triaged.append(replace(finding, status=Status.KNOWN, known_id=covered.id, known_reason=covered.reason,
                                   known_source=covered.source, classification=covered.classification))
            continue
        print(f"    mechanism: {mechanism_of(finding.case, finding.step, result.reference).words()}")
        fact = facts(violation, finding.case, finding.backend, result.reference,
                     min((v.step for v in result.comparison.violations if v.step is not None), default=None))
        closest = nearest(known.entries, fact, args.limit)
        if not closest:
            print("    no entry meets any of its conditions: a new mechanism (write an entry naming its facts)")
        for nearness in closest:
            print("    " + "\n    ".join(describe(nearness)))
        print()
    print(f"{len(findings)} new findings triaged against {len(known.entries)} known entries")
    if args.apply and triaged:
        from fuzz.campaign.store import FindingStore

        with FindingStore(path) as store:
            for finding in triaged:
                store.append(finding)
        build_reports(args.directory)
        print(f"recorded {len(triaged)} findings as known under the entries that cover them now; rebuilt the "
              f"reports of {args.directory}")
    return EXIT_OK


def command_report(args: argparse.Namespace) -> int:
    if not (args.directory / "findings.jsonl").is_file():
        raise UsageError(f"{args.directory} holds no findings.jsonl")
    findings = build_reports(args.directory)
    print(f"rebuilt report.md, report.html, junit.xml and {len(findings)} repro scripts in {args.directory}")
    return EXIT_OK


def command_replay_case(args: argparse.Namespace) -> int:
    from fuzz.model.case import Case, CaseError
    from fuzz.oracle.text import render_violation

    text = Path(args.case[1:]).read_text() if args.case.startswith("@") else args.case
    try:
        case = Case.loads(text)
    except CaseError as exc:
        raise UsageError(f"the case does not parse: {exc}") from None
    checker = _checkers([args.target], args.backend, _known(None), left=args.left)[args.target]
    result = checker.check(case)
    print(case.describe())
    for outcome in (result.left, result.right, result.reference):
        error = outcome.error
        status = f"raised {error.type}: {error.message}" if error else f"{len(outcome.steps)} steps"
        print(f"  {outcome.target}: {status}")
    for violation in result.new:
        print("NEW  " + render_violation(violation, case))
    for violation, entry in result.known:
        print(f"KNOWN ({entry.id})  " + render_violation(violation, case))
    if not result.new and not result.known:
        print("no violation")
    return EXIT_FINDINGS if result.new else EXIT_OK


def command_merge(args: argparse.Namespace) -> int:
    from fuzz.campaign.merge import merge_runs

    for directory in args.directories:
        if not (directory / "findings.jsonl").is_file():
            raise UsageError(f"{directory} holds no findings.jsonl")
    summary, findings = merge_runs(args.directories, args.out)
    findings = build_reports(args.out, summary)
    return _conclude(args.out, summary, findings, summary.interrupted)


def command_backends(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from fuzz.execution.backends import discover

    found = discover()
    if args.json:
        print(json.dumps([asdict(s) for s in found], indent=2))
    else:
        for s in found:
            print(f"{s.framework:10s} {s.backend:7s} {'available' if s.available else 'unavailable'}"
                  f"{': ' + s.reason if s.reason else ''}")
    return EXIT_OK


def _versions(text: str) -> list[str]:
    versions = [v.strip() for v in text.split(",") if v.strip()]
    bad = [v for v in versions if not all(part.isdigit() for part in v.split("."))]
    if bad:
        raise UsageError(f"not versions such as 2.9.0: {', '.join(bad)}")
    return versions


def command_matrix(args: argparse.Namespace) -> int:
    """Replay the findings' exemplars under each version asked for; write the matrix JSON, print it."""
    from fuzz.campaign.store import read_findings
    from fuzz.report.matrix import EnvironmentCache, replay_matrix

    asked = [(framework, _versions(getattr(args, framework))) for framework in ("mindspore", "torch")]
    asked = [(framework, versions) for framework, versions in asked if versions]
    if not asked:
        raise UsageError("name the versions to replay under: --mindspore 2.7.0,2.8.0,... and/or --torch ...")
    if not args.findings.is_file():
        raise UsageError(f"{args.findings} is not a findings file")
    findings = [f for f in read_findings(args.findings) if f.is_new or not args.new_only]
    root = args.cache or Path(os.environ.get("FUZZ_ENV_CACHE") or Path.home() / ".cache" / "bn-difffuzz" / "envs")
    cache = EnvironmentCache(root)
    out = args.out or args.findings.with_name("matrix.json")
    tables = {}
    for framework, versions in asked:
        matrix = replay_matrix(findings, framework, versions, cache,
                               progress=lambda line: print(f"[matrix] {line}", file=sys.stderr))
        tables[framework] = matrix.to_json()
        for row in matrix.rows:
            introduced, absent, fixed = row.history(matrix.versions)
            cells = "  ".join(f"{v}:{row.outcomes[v].cell.value}" for v in matrix.versions)
            print(f"{row.finding}  {cells}  introduced in {introduced or '-'} (absent in {absent or '-'}), "
                  f"fixed in {fixed or '-'}")
    out.write_text(json.dumps(tables, indent=1) + "\n", encoding="utf-8")
    print(f"[matrix] wrote {out}", file=sys.stderr)
    if out == args.findings.with_name("matrix.json") and (out.parent / "report.md").is_file():
        from fuzz.report.build import build_reports

        build_reports(out.parent)  # the run's report.md gains its Versions section
        print(f"[matrix] rebuilt the reports of {out.parent}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"run": command_run, "replay": command_replay, "report": command_report, "replay-case": command_replay_case,
            "merge": command_merge, "backends": command_backends, "matrix": command_matrix,
            "triage": command_triage}


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
    except Exception:  # a defect of the harness itself: say so, keep the traceback for the report
        import traceback

        traceback.print_exc()
        print(f"python -m fuzz {args.command}: internal error in the harness (above); please report it",
              file=sys.stderr)
        return EXIT_HARNESS
