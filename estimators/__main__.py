"""Command line: ``python -m estimators {crosscheck,demo} ...``.

numpy, scipy and sympy are imported only once a subcommand runs, so ``--help``
stays quick.
"""

from __future__ import annotations

import argparse
import array
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._cli import Parser, check_memory, error, finite_number, path_argument, whole_number

DEFAULT_N = 1000
DEFAULT_D = 3
DEFAULT_SEED = 0
#: Features printed at most (the first half of them, and the largest differences).
TABLE_ROWS = 40


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python -m estimators",
        description="Estimators compiled from the gaussian-mle derivation's closed forms.",
    )
    sub = parser.add_subparsers(dest="command", metavar="{crosscheck,demo}", parser_class=Parser)
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
        type=path_argument,
        help="numeric CSV (UTF-8, comma-separated), one column per feature, optional header "
        "row, lines starting with # ignored (without it, synthetic Gaussian data is generated)",
    )
    check.add_argument(
        "--n",
        type=whole_number(2),
        default=DEFAULT_N,
        help="rows of synthetic data (1e6 accepted)",
    )
    check.add_argument(
        "--d", type=whole_number(1), default=DEFAULT_D, help="columns of synthetic data"
    )
    check.add_argument(
        "--seed", type=whole_number(0), default=DEFAULT_SEED, help="seed of synthetic data"
    )
    check.add_argument(
        "--tolerance",
        type=finite_number(0.0),
        default=1e-6,
        help="largest accepted relative difference (a finite number >= 0)",
    )
    sub.add_parser(
        "demo",
        help="the post's blue/yellow classification example (see `demo --help`)",
        add_help=False,
    )
    return parser


def read_csv(path: Path) -> tuple[list[str] | None, Any]:
    """Read a numeric CSV: comment lines, an optional header row, then rows of equal length.

    The file is UTF-8 (a byte-order mark is skipped), comma-separated; blank lines and
    lines whose first non-blank character is ``#`` are ignored; the first remaining row is
    a header if none of its cells is a number. Values are stored as they are parsed (8
    bytes each), and the file's size is checked against the memory available first.

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
    try:
        size = path.stat().st_size
        # A number takes at least 2 bytes of text ("1,") and 8 bytes as float64.
        check_memory(4 * size + (1 << 20), f"Reading the CSV file {path}")
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return _parse_csv(path, handle, np)
    except UnicodeDecodeError as err:
        raise ValueError(
            f"{path} is not a UTF-8 text file: byte 0x{err.object[err.start]:02x} at offset "
            f"{err.start} cannot be decoded."
        ) from None
    except csv.Error as err:
        raise ValueError(f"{path}: not a readable CSV file ({err}).") from None
    except OSError as err:
        raise ValueError(f"Cannot read the CSV file {path}: {err.strerror or err}.") from None


def _parse_csv(path: Path, handle: Any, np: Any) -> tuple[list[str] | None, Any]:
    reader = csv.reader(handle)
    names: list[str] | None = None
    width = None
    values = array.array("d")
    n_rows = 0
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if width is None:
            width = len(row)
            if not any(_parses(cell) for cell in row):
                hint = _separator_hint(row)
                if hint:
                    raise ValueError(f"{path}, line {line}: {hint}")
                names = [cell.strip() for cell in row]
                continue
        if len(row) != width:
            raise ValueError(f"{path}, line {line}: {len(row)} fields, expected {width}.")
        for column, cell in enumerate(row, 1):
            if not _is_number(cell):
                where = f"{path}, line {line}, column {column}"
                hint = _separator_hint([cell])
                raise ValueError(
                    f"{where}: {cell.strip()[:40]!r} is not a finite number"
                    + (f"; {hint}" if hint else ".")
                )
            values.append(float(cell))
        n_rows += 1
    if width is None:
        raise ValueError(f"CSV file {path} is empty.")
    if n_rows == 0:
        raise ValueError(f"CSV file {path} has a header but no data rows.")
    return names, np.frombuffer(values, dtype=np.float64).reshape(n_rows, width).copy()


def _separator_hint(row: list[str]) -> str:
    """A hint when cells look like numbers separated by something other than commas."""
    for sep in (";", "\t", " ", "|"):
        parts = [p for cell in row for p in cell.split(sep) if p.strip()]
        if len(parts) > len(row) and all(_parses(p) for p in parts):
            shown = {"\t": "tabs", " ": "spaces"}.get(sep, repr(sep))
            return f"the values are separated by {shown}; only commas separate columns."
    return ""


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


#: float64 copies of the data a cross-check holds at its peak: the data and the
#: standardised copy the optimiser works on.
_COPIES = 2


def crosscheck_main(args: argparse.Namespace) -> int:
    from ._crosscheck import crosscheck

    try:
        if args.csv is not None:
            names, X = read_csv(args.csv)
            check_memory(X.nbytes * (_COPIES - 1), f"Cross-checking {args.csv}")
            source = f"{args.csv} ({X.shape[0]} rows, {X.shape[1]} columns)"
            try:
                result = crosscheck(X, tolerance=args.tolerance)
            except ValueError as err:  # degenerate data: say which file
                raise ValueError(f"{args.csv}: {err}") from None
        else:
            check_memory(
                _COPIES * 8 * args.n * args.d + (16 << 20),
                f"--n {args.n} --d {args.d} ({args.n * args.d:.3g} values, kept twice)",
            )
            names, X = None, synthetic(args.n, args.d, args.seed)
            source = f"synthetic Gaussian data, n={args.n}, d={args.d}, seed={args.seed}"
            result = crosscheck(X, tolerance=args.tolerance)
    except ValueError as err:
        return error(err)
    except MemoryError:
        what = args.csv if args.csv is not None else f"--n {args.n} --d {args.d}"
        return error(f"{what}: not enough memory for the cross-check.")
    print(f"Cross-check of the closed-form Gaussian MLE on {source}")
    print(result.table(names, max_rows=TABLE_ROWS))
    return 0 if result.ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["demo"]:
        from ._demo import main as demo_main  # the classifier's demo owns its arguments

        return demo_main(argv[1:])
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0) or a usage error already printed (2)
        return int(exit_.code or 0)
    if args.command == "crosscheck":
        return crosscheck_main(args)
    parser.print_help()
    return error("name a command: crosscheck or demo.")


if __name__ == "__main__":
    sys.exit(main())
