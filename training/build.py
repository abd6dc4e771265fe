"""`make model`: rebuild the shipped classifiers from the corpus, deterministically, offline.

For each classifier (`job`, `workplace`): the train and dev splits become spaCy `DocBin`s of the
inputs the detectors build (`training.examples`; the job model's train split also holds a plainly typed
copy of each line, `training.examples.typed_plainly`), `spacy train` fits `training/textcat.cfg`
(CPU; once per seed of `SEEDS`) choosing the best step on dev, the result is copied to
`detectors/models/<name>/` (an ensemble's members under `members/`) without anything that names this
machine, and its scores on the dev split are turned into a calibration table and the two tiers'
thresholds (`calibration.json`).  The test split is never read here.

The contact judgements (`address`, `phone`, `email`: `detectors.contact_judgement`) learn from every candidate
of their kind the rules find in the contacts corpus (`corpus/contacts/`, `training.contact_examples`); instead
of tiers their dev scores choose the two thresholds that give the best F1 of their kind (`decision.json`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from detectors.contact_judgement import DECISION
from detectors.judgement import CALIBRATION, MEMBERS, MODELS, NAMED, UNNAMED, Judge
from training.calibrate import calibrate
from training.contact_examples import KINDS, best_decision, candidates, contact_examples
from training.corpus import BATCHES, CorpusError, lines
from training.examples import Example, job_examples, typed_plainly, workplace_examples

CONFIG = Path(__file__).with_name("textcat.cfg")
OVERRIDES = {"job": ["--components.textcat_multilabel.model.ngram_size", "2"]}
"""Per-model settings chosen on the dev split: word pairs serve the profession classifier best
(AUC 0.940 against 0.934 with triples), triples the workplace one (0.952 against 0.946)."""


TRAINED_ON = BATCHES[:20]
"""The batches whose train split the shipped models learn from (and whose dev split calibrates them): batches 1-20.

Batch 21 (2026-12-03) arrived after the models were rebuilt with batch 20 and measured them as text they never saw;
rebuilt with it too, they scored lower on the frozen test splits (school F1 0.843 -> 0.835, job 0.833 -> 0.832), so
the shipped models stay those of batches 1-20 and batch 21 joins at the next rebuild (`bench/RESULTS.md`).  Rebuilt again
with batches 1-23 (after batches 22 and 23 arrived), they scored lower still on the frozen test splits and the real
text (job 0.837 -> 0.835, case studies 0.618 -> 0.610), so batches 21-23 wait for a model that can use them.  Rebuilt
with batches 1-30 (3,000 and 6,000 steps), they scored a little better on batches 31-34, which no model had seen, and
worse on the real case studies and teachers' tweets (true findings 135 -> 128 and 132, teachers' tweets F1 0.614 ->
0.605 and 0.581), so the shipped models stay those of batches 1-20.

Until 2026-12-03 the models learned from batches 1-11 only, and batches 12-18 measured them as text they never saw.
Trained on all nineteen batches' train splits (the test splits are never read here) they score better on the frozen
test splits, which no model learns from (job F1 0.822 -> 0.831, school 0.830 -> 0.842, clean lines flagged 15.2 % ->
11.4 %, against the same rules trained on batches 1-11), flag fewer general-public posts (`worth a look` job 734 ->
612), and are level on the real case studies (pooled F1 0.570 -> 0.561: precision up, recall down);
`bench/RESULTS.md`.  New batches still arrive measured before any model learns from them."""


SEEDS = {"job": (0, 1, 2), "workplace": (0,), "address": (0, 1, 2), "phone": (0, 1, 2), "email": (0, 1, 2)}
"""The seeds each classifier is trained with.  The job model ships as three members whose scores are averaged
(`detectors.judgement.MEMBERS`): one bag of n-grams trained on the same lines moves by several points from seed to
seed (batches 12-14, which no model learned from, job F1 0.772-0.791; case studies 0.532-0.557), and the mean of
three lands where the average member does without a seed's luck deciding what ships."""


def examples(name: str, split: str) -> list[Example]:
    if name in KINDS:
        return contact_examples(name, list(candidates(name, split)))
    chosen = list(lines(split=split, batches=TRAINED_ON))  # type: ignore[arg-type]
    if name == "job":
        if split == "train":
            chosen += [typed_plainly(line) for line in chosen]
        return job_examples(chosen)
    return workplace_examples(chosen)[0]


def docbin(rows: list[Example], path: Path) -> None:
    nlp = spacy.blank("en")
    bin_ = DocBin(store_user_data=False)
    for row in rows:
        doc = nlp.make_doc(row.text)
        doc.cats = {"YES": float(row.label)}
        bin_.add(doc)
    bin_.to_disk(path)


def train(name: str, work: Path, out: Path) -> None:
    train_rows, dev_rows = examples(name, "train"), examples(name, "dev")
    docbin(train_rows, work / "train.spacy")
    docbin(dev_rows, work / "dev.spacy")
    print(f"{name}: {len(train_rows)} train, {len(dev_rows)} dev examples", file=sys.stderr)
    target = out / name
    shutil.rmtree(target, ignore_errors=True)
    seeds = SEEDS[name]
    for seed in seeds:
        command = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(work / f"out-{seed}"),
                   "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
                   "--system.seed", str(seed), *OVERRIDES.get(name, [])]  # fmt: skip
        subprocess.run(command, check=True, stdout=sys.stderr)
        nlp = spacy.load(work / f"out-{seed}" / "model-best")
        nlp.config["paths"]["train"] = None
        nlp.config["paths"]["dev"] = None
        nlp.meta["name"] = name
        nlp.meta.pop("performance", None)
        destination = target / MEMBERS / f"seed-{seed}" if len(seeds) > 1 else target
        destination.parent.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(destination, exclude=["vocab"])  # the classifier hashes words; their strings need not ship
    write_calibrations(name, out, dev_rows)


def write_calibrations(name: str, out: Path, dev_rows: list[Example]) -> None:
    """The model's calibration tables, from its scores on the gated dev lines (what detection sees).

    The job model gets two more: one for texts in which the writer names no role of their own ("SLT
    meeting ran over"), right less often than a named role at the same score, so one table would
    overstate them (`UNNAMED`, read by `detectors.job_title`); and one for texts in which they do,
    right more often, which keeps at "worth a look" a claim the main table would drop (`NAMED`; only
    its confidences and its "worth a look" bar are read)."""
    gated = [row for row in dev_rows if row.gated]
    scores = Judge(name, out).raw([row.text for row in gated])
    if name in KINDS:
        write_decision(name, out, [row.text for row in gated], scores)
        return
    calibrate(scores, [row.label for row in gated]).dump(out / name / CALIBRATION)
    if name == "job":
        unnamed = [(score, row.label) for score, row in zip(scores, gated, strict=True) if not row.named]
        calibrate([s for s, _ in unnamed], [y for _, y in unnamed]).dump(out / name / UNNAMED)
        named = [(score, row.label) for score, row in zip(scores, gated, strict=True) if row.named]
        calibrate([s for s, _ in named], [y for _, y in named]).dump(out / name / NAMED)


def write_decision(name: str, out: Path, dev_inputs: list[str], dev_scores: list[float]) -> None:
    """A contact judgement's two thresholds, those with the best F1 of its kind on the dev split (`DECISION`)."""
    chosen, dev_f1 = best_decision(name, list(candidates(name, "dev")), dev_inputs, dev_scores)
    fields = {"veto": chosen.veto, "rescue": chosen.rescue, "dev_f1": round(dev_f1, 4)}
    (out / name / DECISION).write_text(json.dumps(fields, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: veto below {chosen.veto}, rescue from {chosen.rescue}, dev F1 {dev_f1:.4f}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=[], help="job, workplace, address, phone, email (default: all)")
    parser.add_argument("--out", type=Path, default=MODELS, help="where the models are written (default: the package)")
    parser.add_argument(
        "--calibrate-only", action="store_true", help="keep the models, rebuild their calibration tables"
    )
    args = parser.parse_args(argv)
    try:
        for name in args.names or ["job", "workplace", *KINDS]:
            if args.calibrate_only:
                write_calibrations(name, args.out, examples(name, "dev"))
                continue
            with tempfile.TemporaryDirectory(prefix=f"profile-audit-{name}-") as tmp:
                train(name, Path(tmp), args.out)
    except CorpusError as error:
        print(f"make model: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
