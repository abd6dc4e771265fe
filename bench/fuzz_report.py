"""The fuzz run's summary: counts per platform, as a table for bench/RESULTS.md and as JSON.

Why: the long pass is read by people deciding what to fix, so each failure is listed with its
`SEED:INDEX` (to replay it), its steps and what went wrong, and the table holds only counts,
peak memory and the slowest case, never anything found in an export.
"""

from __future__ import annotations

from bench.fuzz_cases import PLATFORMS
from bench.fuzz_child import Options
from bench.fuzz_judge import Baseline, Record


def summary(records: list[Record]) -> dict[str, dict[str, float]]:
    rows: dict[str, dict[str, float]] = {}
    for record in records:
        for key in (record.platform, "total"):
            row = rows.setdefault(
                key, dict.fromkeys(("cases", "crashes", "hangs", "peak_mb", "slowest_s", "unreported", "other"), 0)
            )
            row["cases"] += 1
            row["crashes"] += bool(record.crash)
            row["hangs"] += record.hang
            row["peak_mb"] = max(row["peak_mb"], round(record.peak_mb))
            row["slowest_s"] = max(row["slowest_s"], round(record.seconds, 1))
            row["unreported"] += len(record.lost)
            row["other"] += len(record.other)
    return {key: rows[key] for key in (*PLATFORMS, "total") if key in rows}


def markdown(records: list[Record], baselines: dict[tuple[str, str], Baseline], opts: Options) -> str:
    mode = "a fresh interpreter per case" if opts.exec_mode else "forked from a warm scanner"
    lines = [
        f"Seed {opts.seed}, {len(records):,} cases from index {opts.start:,}, {opts.jobs} jobs, {opts.timeout:g} s and {opts.memory_mb:,} MB a case, {mode}.",
        "Peak memory is the scanning process's peak resident size, the loaded scanner included. Other: a found",
        "value in an error message, files written beside the export, a zip bomb read without refusal.",
        "",
        "| Platform | Cases | Crashes | Hangs | Peak memory (MB) | Slowest case (s) | Unreported broken members | Other |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, row in summary(records).items():
        cells = [row[k] for k in ("cases", "crashes", "hangs", "peak_mb", "slowest_s", "unreported", "other")]
        name = f"**{key}**" if key == "total" else key
        lines.append(
            f"| {name} | " + " | ".join(f"{c:,.0f}" if i != 4 else f"{c:g}" for i, c in enumerate(cells)) + " |"
        )
    slowest = max(records, key=lambda r: r.seconds, default=None)
    if slowest is not None:  # a near-hang is worth a replay too
        lines += ["", f"Slowest case: `{slowest.key}` {_case(slowest)}, {slowest.seconds:.1f} s."]
    broken = [f"- baseline {p}/{v}: {b.broken}" for (p, v), b in sorted(baselines.items()) if b.broken]
    failures = [r for r in records if r.failed]
    if broken:
        lines += ["", "Unmutated exports that failed (their cases are not judged for losses):", *broken]
    if failures:
        lines += ["", "Failures (replay one with `--replay SEED:INDEX`):"]
        for r in failures:
            what = [r.crash] if r.crash else []
            what += [f"hang (over {opts.timeout:g} s)"] if r.hang else []
            what += [f"unreported broken: {', '.join(r.lost)}"] if r.lost else []
            what += r.other
            lines.append(f"- `{r.key}` {_case(r)} → {'; '.join(what)}")
    return "\n".join(lines)


def _case(record: Record) -> str:
    """A case in words: its export and container, and what was done to it."""
    return f"{record.platform}/{record.variant} {record.container}: {'; '.join(record.steps) or 'no change'}"
