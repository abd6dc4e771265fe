"""The profession and workplace detectors on real public text nobody on the team wrote.

Called by `bench/profession_eval.py --real CORPORA` / `--general CORPORA`, where CORPORA is
`../shared/corpora` (never copied into the project: only ids and verdicts live here, in
`bench/real_labels/`).

- `real`: the hand-labelled samples (`bench/real_labels/*.jsonl`, drawn and labelled blind,
  see its README): recall on UK school staff writing, false alarms on the rest.
- `general`: flags per 1,000 general-public tweets and bios, by kind and tier; a seeded sample
  of `likely` flags is written to a file outside the project for judging by hand, and the
  verdicts already kept in `bench/real_labels/general_flags_judged.jsonl` give the precision.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from bench.profession_eval import Scanner, Tally
from detectors.base import Item, Provenance

LABELS = Path(__file__).with_name("real_labels")
GENERAL_FILES = ("sentiment140_100k.jsonl", "crowdflower_gender_tweets.jsonl", "crowdflower_gender_bios.jsonl")
JUDGED = LABELS / "general_flags_judged.jsonl"


def _texts(corpora: Path, names: set[str]) -> dict[tuple[str, str], str]:
    out = {}
    for name in names:
        with (corpora / name).open(encoding="utf-8") as handle:
            for raw in handle:
                row = json.loads(raw)
                out[(name, str(row["id"]))] = row["text"]
    return out


def _item(file: str, row_id: str, text: str) -> Item:
    section = "profile" if "bios" in file else "post"
    return Item(Provenance("real", file, row_id, "bio" if section == "profile" else "text", section=section), text=text)  # type: ignore[arg-type]


def real(corpora: Path) -> int:
    scanner = Scanner()
    for labels in sorted(LABELS.glob("*.jsonl")):
        if labels == JUDGED or labels.name.endswith("_judged.jsonl"):  # verdicts on flags, not labelled lines
            continue
        rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = _texts(corpora, {r["file"] for r in rows})
        items = [_item(r["file"], r["id"], texts[(r["file"], r["id"])]) for r in rows]
        results = scanner.scan(items)
        job, strict, school = Tally(), Tally(), Tally()
        flagged_clean = clean = 0
        for row, (jobs, schools) in zip(rows, results, strict=True):
            job.add(bool(jobs), row["job"])
            if not str(row.get("note", "")).startswith("context-only"):
                strict.add(bool(jobs), row["job"])
            for s, e in row["school_spans"]:
                school.add(any(m.start < e and s < m.end for m in schools), True)
            for m in schools:
                if not any(m.start < e and s < m.end for s, e in row["school_spans"]):
                    school.fp += 1
            if not row["job"] and not row["school_spans"]:
                clean += 1
                flagged_clean += bool(jobs or schools)
        print(f"## {labels.name}: {len(rows)} labelled lines, {sum(r['job'] for r in rows)} reveal a school job")
        print(f"job_title (all positives)          {job.row()}")
        print(f"job_title (without context-only)   {strict.row()}")
        print(f"school (labelled workplace spans)  {school.row()}")
        print(f"clean lines with a finding: {flagged_clean} of {clean}")
    return 0


def general(corpora: Path, sample: int = 200, out: Path = Path("/tmp/profession-general-flags.jsonl")) -> int:
    scanner = Scanner()
    flags: Counter[tuple[str, str]] = Counter()
    likely: list[dict[str, object]] = []
    total = 0
    for name in GENERAL_FILES:
        with (corpora / name).open(encoding="utf-8") as handle:
            rows = [json.loads(raw) for raw in handle]
        items = [_item(name, str(r["id"]), r["text"]) for r in rows]
        total += len(items)
        for start in range(0, len(items), 2048):
            chunk = items[start : start + 2048]
            for item, (jobs, schools) in zip(chunk, scanner.scan(chunk), strict=True):
                for m in (*jobs, *schools):
                    flags[(m.kind, m.tier)] += 1
                    if m.tier == "likely":
                        likely.append({"file": name, "id": item.provenance.item_id, "kind": m.kind, "value": m.value})
    print(f"## general public text: {total} posts and bios")
    for (kind, tier), count in sorted(flags.items()):
        print(f"{kind:10} {tier:13} {count:6}  {1000 * count / total:.2f} per 1,000")
    chosen = random.Random(2026).sample(likely, min(sample, len(likely)))
    out.write_text("".join(json.dumps(c) + "\n" for c in chosen), encoding="utf-8")
    print(f"a sample of {len(chosen)} likely flags (ids) for judging: {out}")
    if JUDGED.exists():
        verdicts = {
            (v["file"], v["id"], v["kind"]): bool(v["right"]) for v in map(json.loads, JUDGED.open(encoding="utf-8"))
        }
        for kind in ("job_title", "school"):
            mine = [verdicts.get((str(f["file"]), str(f["id"]), kind)) for f in likely if f["kind"] == kind]
            judged = [v for v in mine if v is not None]
            right = sum(judged)
            print(f"likely {kind}: {len(mine)} flags, {len(judged)} judged by hand, {right} right"
                  f" ({right / max(1, len(judged)):.2f})")  # fmt: skip
    return 0
