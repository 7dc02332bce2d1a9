"""Recall and false-positive floors on the labelled sets, so a regression fails CI.

The floors sit just under the figures measured when they were set (see the report printed by
scripts/eval_crisis.py). dev.jsonl and train_*.jsonl were tuned on; heldout_*.jsonl were
written before the rules they measure and never tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warmline.core.screening import Screener

DATA = Path(__file__).resolve().parent.parent / "data" / "crisis"

# file: (minimum recall on crisis, maximum false-positive rate on no_crisis)
FLOORS: dict[str, tuple[float, float]] = {
    "dev.jsonl": (0.99, 0.01),
    "train_mixed.jsonl": (0.99, 0.01),
    "train_voices.jsonl": (0.99, 0.01),
    "train_more.jsonl": (0.99, 0.01),
    "train_round3.jsonl": (0.99, 0.01),
    "train_round4.jsonl": (0.99, 0.01),
    "train_round5.jsonl": (0.99, 0.01),
    "train_round7.jsonl": (0.97, 0.01),
    "train_round8.jsonl": (0.99, 0.01),
    "train_spanish2.jsonl": (0.99, 0.01),
    "train_windows2.jsonl": (0.99, 0.01),
    "train_windows.jsonl": (0.99, 0.01),
    "train_negatives.jsonl": (0.99, 0.01),
    # Second-author training rounds (tuned on).
    "train_e_voices.jsonl": (0.98, 0.01),
    "train_e_spanish.jsonl": (0.99, 0.01),
    "train_e_windows.jsonl": (0.99, 0.01),
    "train_e2_voices.jsonl": (0.96, 0.01),
    "train_e3_voices.jsonl": (0.95, 0.04),
    "train_e4_voices.jsonl": (0.98, 0.01),
    "train_e5_voices.jsonl": (0.95, 0.01),
    "train_e6_voices.jsonl": (0.95, 0.01),
    "train_e_everyday.jsonl": (1.0, 0.01),
    # Third-author training round (tuned on).
    "train_g_voices.jsonl": (0.98, 0.01),
    "train_g2_voices.jsonl": (0.99, 0.04),
    "train_g3_voices.jsonl": (0.97, 0.01),
    "train_g4_voices.jsonl": (0.99, 0.01),
    # Held out (never trained on).
    "heldout_voices.jsonl": (0.95, 0.01),
    "heldout_spanish.jsonl": (0.99, 0.08),
    "heldout_hard.jsonl": (0.99, 0.04),
    "heldout_windows.jsonl": (0.99, 0.01),
    "heldout_b_voices.jsonl": (0.95, 0.06),
    "heldout_b_windows.jsonl": (0.99, 0.21),
    "heldout_c_voices.jsonl": (0.97, 0.11),
    "heldout_c_windows.jsonl": (0.99, 0.21),
    "heldout_d_voices.jsonl": (0.90, 0.08),
    "heldout_everyday.jsonl": (0.99, 0.06),
    # Set E: a second author's voices, written and committed before reading the rules. Its
    # misses were read once (before the training rounds), so it is no longer fully blind.
    "heldout_e_voices.jsonl": (0.93, 0.12),
    "heldout_e_spanish.jsonl": (0.99, 0.10),
    "heldout_e_windows.jsonl": (0.86, 0.01),
    # Set F: same author, written before any rule change and kept blind (misses not read)
    # while the rules were tuned on train_e..train_e5 (recall 0.762, FPR 0.056 then). Its misses
    # were read after that, so the round E6 figure it now guards is no longer blind.
    "heldout_f_voices.jsonl": (0.96, 0.05),
    "heldout_f_windows.jsonl": (0.99, 0.01),
    # Set G: a third author's voices in the weak kinds (implicit, farewell, plan, negated,
    # method) and their lookalikes, committed and measured before any rule change (recall 0.678,
    # FPR 0.186 then). The same author then wrote train_g in the same kinds, so the floor below
    # guards the round G figure, which is optimistic; its misses were not read.
    "heldout_g_voices.jsonl": (0.83, 0.12),
    # Written here after reading model errors on training sets: crisis texts beside their
    # lookalikes ("took them all"), and everyday plans with a time word (templated).
    "train_contrast.jsonl": (0.99, 0.12),
    "train_everyday_plans.jsonl": (0.99, 0.02),
    # Blind authors (round H): each wrote in one set of voices from the README rules alone,
    # without seeing the detector or each other's sets. train_h* were trained and tuned on
    # (the learned layer, and rules that paged alone on more lookalikes than crises).
    "train_h10_college.jsonl": (0.95, 0.07),
    "train_h10_windows.jsonl": (0.99, 0.44),
    "train_h11_midlife.jsonl": (0.95, 0.08),
    "train_h11_windows.jsonl": (0.91, 0.16),
    "train_h12_short.jsonl": (0.97, 0.03),
    "train_h12_windows.jsonl": (0.99, 0.01),
    "train_h13_long.jsonl": (0.91, 0.18),
    "train_h13_windows.jsonl": (0.91, 0.01),
    "train_h14_spanish2.jsonl": (0.96, 0.08),
    "train_h14_windows.jsonl": (0.99, 0.30),
    "train_h15_general.jsonl": (0.96, 0.09),
    "train_h15_windows.jsonl": (0.84, 0.30),
    "train_h16_acute.jsonl": (0.95, 0.13),
    "train_h16_windows.jsonl": (0.99, 0.01),
    "train_h17_everyday.jsonl": (0.97, 0.08),
    "train_h17_windows.jsonl": (0.91, 0.16),
    "train_h18_general.jsonl": (0.97, 0.11),
    "train_h18_windows.jsonl": (0.99, 0.39),
    "train_h19_farewell.jsonl": (0.94, 0.13),
    "train_h19_windows.jsonl": (0.99, 0.14),
    "train_h1_teens.jsonl": (0.91, 0.07),
    "train_h1_windows.jsonl": (0.94, 0.41),
    "train_h20_means.jsonl": (0.96, 0.14),
    "train_h20_windows.jsonl": (0.99, 0.44),
    "train_h21_negation_past.jsonl": (0.88, 0.12),
    "train_h21_windows.jsonl": (0.77, 0.30),
    "train_h22_spanish3.jsonl": (0.96, 0.09),
    "train_h22_windows.jsonl": (0.99, 0.44),
    "train_h23_mixed.jsonl": (0.94, 0.07),
    "train_h23_windows.jsonl": (0.95, 0.31),
    "train_h24_online.jsonl": (0.93, 0.15),
    "train_h24_windows.jsonl": (0.99, 0.16),
    "train_h25_spanish4.jsonl": (0.99, 0.06),
    "train_h25_windows.jsonl": (0.91, 0.30),
    "train_h26_men2.jsonl": (0.97, 0.05),
    "train_h26_windows.jsonl": (0.99, 0.44),
    "train_h32_young_adults.jsonl": (0.99, 0.06),
    "train_h32_windows.jsonl": (0.99, 0.30),
    # Last blind round (trained on), and h33/h34 held out: written blind, measured once.
    "heldout_h33_mixed.jsonl": (0.95, 0.10),
    "heldout_h33_windows.jsonl": (0.91, 0.01),
    "heldout_h34_mixed.jsonl": (0.91, 0.11),
    "heldout_h34_windows.jsonl": (0.84, 0.16),
    "train_h27_negation2.jsonl": (0.96, 0.12),
    "train_h27_windows.jsonl": (0.99, 0.01),
    "train_h28_plans.jsonl": (0.98, 0.10),
    "train_h28_windows.jsonl": (0.99, 0.16),
    "train_h29_methods.jsonl": (0.97, 0.09),
    "train_h29_windows.jsonl": (0.91, 0.26),
    "train_h30_general3.jsonl": (0.97, 0.08),
    "train_h30_windows.jsonl": (0.99, 0.26),
    "train_h31_windows.jsonl": (0.99, 0.15),
    "train_h31_windows2.jsonl": (0.97, 0.07),
    "train_h35_others.jsonl": (0.99, 0.10),
    "train_h35_windows.jsonl": (0.99, 0.16),
    "train_h2_older.jsonl": (0.97, 0.10),
    "train_h2_windows.jsonl": (0.99, 0.18),
    "train_h3_spanish.jsonl": (0.95, 0.04),
    "train_h3_windows.jsonl": (0.99, 0.11),
    "train_h4_men.jsonl": (0.95, 0.08),
    "train_h4_windows.jsonl": (0.94, 0.01),
    "train_h5_dialects.jsonl": (0.94, 0.09),
    "train_h5_windows.jsonl": (0.99, 0.29),
    "train_h6_lives.jsonl": (0.94, 0.11),
    "train_h6_windows.jsonl": (0.94, 0.21),
    "train_h9_boundary.jsonl": (0.93, 0.10),
    "train_h9_windows.jsonl": (0.89, 0.20),
    # heldout_h7/h8: two more blind authors, never trained or tuned on, measured once with the
    # final model (h7 0.910 / 0.046, h8 0.918 / 0.067; rules alone 0.713 / 0.046, 0.671 / 0.051).
    "heldout_h7_mixed.jsonl": (0.90, 0.06),
    "heldout_h7_windows.jsonl": (0.84, 0.51),
    "heldout_h8_mixed.jsonl": (0.90, 0.08),
    "heldout_h8_windows.jsonl": (0.70, 0.30),
}


def rates(screener: Screener, path: Path) -> tuple[float, float]:
    fired = {"crisis": [0, 0], "no_crisis": [0, 0]}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        texts = row.get("texts")
        verdict = screener.screen_window(texts) if texts else screener.screen(row["text"])
        fired[row["label"]][0] += verdict.crisis
        fired[row["label"]][1] += 1
    crisis, other = fired["crisis"], fired["no_crisis"]
    # A file of everyday messages has no crisis rows: its recall is vacuously perfect.
    return crisis[0] / max(crisis[1], 1) if crisis[1] else 1.0, other[0] / max(other[1], 1)


def test_every_labelled_file_has_a_floor() -> None:
    assert {path.name for path in DATA.glob("*.jsonl")} == set(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_labelled_set_meets_its_floor(shipped: Screener, name: str) -> None:
    min_recall, max_fpr = FLOORS[name]
    recall, fpr = rates(shipped, DATA / name)
    assert recall >= min_recall, f"{name}: recall {recall:.3f} < {min_recall}"
    assert fpr <= max_fpr, f"{name}: false-positive rate {fpr:.3f} > {max_fpr}"


def test_labelled_rows_are_well_formed() -> None:
    for path in DATA.glob("*.jsonl"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            row = json.loads(line)
            assert row["label"] in ("crisis", "no_crisis"), (path.name, number)
            assert isinstance(row.get("text") or row.get("texts"), (str, list)), (path.name, number)
            assert row["kind"], (path.name, number)
