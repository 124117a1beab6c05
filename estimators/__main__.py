"""Command line: ``python -m estimators {crosscheck,demo} ...``.

numpy, scipy and sympy are imported only once a subcommand runs, so ``--help``
stays quick.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DEFAULT_N = 1000
DEFAULT_D = 3
DEFAULT_SEED = 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m estimators",
        description="Estimators compiled from the gaussian-mle derivation's closed forms.",
    )
    sub = parser.add_subparsers(dest="command", metavar="{crosscheck,demo}")
    check = sub.add_parser(
        "crosscheck",
        help="compare the closed-form MLE with scipy's L-BFGS-B maximiser of the log-likelihood",
        description=(
            "Fit the closed-form Gaussian MLE of every column and maximise the same "
            "log-likelihood numerically (L-BFGS-B over mu and log sigma^2), then print, per "
            "column, both estimates, their relative differences, the log-likelihood at each "
            "and the gradient norm at the closed form. The mean's relative difference is "
            "taken on the scale max(|mean|, standard deviation), so a mean near 0 is not "
            "divided by ~0. Exit status: 0 if every column agrees within --tolerance, 1 if "
            "not, 2 on bad input."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    check.add_argument(
        "--csv",
        metavar="FILE",
        type=Path,
        help="numeric CSV, one column per feature, optional header row "
        "(without it, synthetic Gaussian data is generated)",
    )
    check.add_argument("--n", type=int, default=DEFAULT_N, help="rows of synthetic data")
    check.add_argument("--d", type=int, default=DEFAULT_D, help="columns of synthetic data")
    check.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of synthetic data")
    check.add_argument(
        "--tolerance", type=float, default=1e-6, help="largest accepted relative difference"
    )
    sub.add_parser(
        "demo",
        help="the post's blue/yellow classification example (see `demo --help`)",
        add_help=False,
    )
    return parser


def read_csv(path: Path) -> tuple[list[str] | None, Any]:
    """Read a numeric CSV: an optional header row, then rows of equal length.

    Returns
    -------
    names : list of str or None
        The header, if the first row is not numeric.
    X : ndarray of shape (n_rows, n_columns)

    Raises
    ------
    ValueError
        Naming the file, line and column of the first problem.
    """
    import numpy as np

    if not path.is_file():
        raise ValueError(f"CSV file {path} does not exist or is not a file.")
    with path.open(newline="") as handle:
        lines = [(i, row) for i, row in enumerate(csv.reader(handle), 1) if any(row)]
    if not lines:
        raise ValueError(f"CSV file {path} is empty.")
    names = None
    first = lines[0][1]
    if not any(_parses(cell) for cell in first):
        names, lines = [cell.strip() for cell in first], lines[1:]
    if not lines:
        raise ValueError(f"CSV file {path} has a header but no data rows.")
    width = len(names) if names is not None else len(lines[0][1])
    values = []
    for line, row in lines:
        if len(row) != width:
            raise ValueError(f"{path}, line {line}: {len(row)} fields, expected {width}.")
        for column, cell in enumerate(row, 1):
            if not _is_number(cell):
                where = f"{path}, line {line}, column {column}"
                raise ValueError(f"{where}: {cell.strip()!r} is not a finite number.")
        values.append([float(cell) for cell in row])
    return names, np.array(values, dtype=np.float64)


def _parses(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _is_number(cell: str) -> bool:
    return _parses(cell) and abs(float(cell)) < float("inf")  # finite: no nan, no +-inf


def synthetic(n: int, d: int, seed: int) -> Any:
    """Gaussian columns with means of magnitude 1e-3..1e3 and deviations 1e-2..1e2."""
    import numpy as np

    if n < 2 or d < 1:
        raise ValueError(f"--n must be >= 2 and --d >= 1, got n={n}, d={d}.")
    rng = np.random.default_rng(seed)
    loc = rng.choice([-1.0, 1.0], d) * 10 ** rng.uniform(-3, 3, d)
    scale = 10 ** rng.uniform(-2, 2, d)
    return rng.normal(loc, scale, size=(n, d))


def crosscheck_main(args: argparse.Namespace) -> int:
    from ._crosscheck import crosscheck

    try:
        if args.csv is not None:
            names, X = read_csv(args.csv)
            source = f"{args.csv} ({X.shape[0]} rows, {X.shape[1]} columns)"
        else:
            names, X = None, synthetic(args.n, args.d, args.seed)
            source = f"synthetic Gaussian data, n={args.n}, d={args.d}, seed={args.seed}"
        result = crosscheck(X, tolerance=args.tolerance)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"Cross-check of the closed-form Gaussian MLE on {source}")
    print(result.table(names))
    return 0 if result.ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["demo"]:
        from ._demo import main as demo_main  # the classifier's demo owns its arguments

        return demo_main(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "crosscheck":
        return crosscheck_main(args)
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
