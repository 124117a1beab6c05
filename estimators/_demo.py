"""The post's "big picture", reproduced: ``python -m estimators demo [--out DIR] [--seed S]``.

Labelled training points come from two clouds, ``yellow`` around [-1, -1] and ``blue``
around [1, 1]. One Gaussian is fitted to each label by maximum likelihood (diagonal
covariance, as in the post), and every new, unlabelled point gets the label of the model
more likely to have generated it. The demo prints the per-class estimates and the accuracy
on the new points (whose true labels it knows), and, when matplotlib is installed, writes
the post's figures as PNG files.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ._classifier import GaussianClassifier
from ._cli import (
    Parser,
    check_memory,
    check_output_directory,
    error,
    path_argument,
    whole_number,
)

CENTRES = {"yellow": (-1.0, -1.0), "blue": (1.0, 1.0)}
SPREAD = 0.6  # standard deviation of each cloud, per coordinate
COLOURS = {"yellow": "#e6b800", "blue": "#1f5fbf"}
CMAPS = {"yellow": "YlOrBr", "blue": "Blues"}
FIGURES = (
    "training_data.png",
    "new_data.png",
    "model_yellow.png",
    "model_blue.png",
    "classified.png",
)
#: Free space asked of the output directory's file system (the five PNGs take ~300 KB).
FIGURE_BYTES = 2 << 20
#: Largest --n-train / --n-new: points per label drawn in a scatter plot.
MAX_POINTS = 100_000


@dataclass(frozen=True)
class DemoResult:
    """Everything the demo computed.

    Attributes
    ----------
    X_train : ndarray of shape (n_train, 2)
    y_train : ndarray of shape (n_train,)
    X_new : ndarray of shape (n_new, 2)
    y_new_true : ndarray of shape (n_new,)
        The labels the new points were generated with (hidden from the classifier).
    y_new_pred : ndarray of shape (n_new,)
    model : GaussianClassifier
    """

    X_train: np.ndarray
    y_train: np.ndarray
    X_new: np.ndarray
    y_new_true: np.ndarray
    y_new_pred: np.ndarray
    model: GaussianClassifier

    @property
    def accuracy(self) -> float:
        return float(np.mean(self.y_new_pred == self.y_new_true))


def make_clouds(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``n`` points per label around the post's two centres, shuffled.

    Returns
    -------
    X : ndarray of shape (2 * n, 2)
    y : ndarray of shape (2 * n,) of str
    """
    labels = np.repeat(list(CENTRES), n)
    X = np.concatenate([rng.normal(c, SPREAD, (n, 2)) for c in CENTRES.values()])
    order = rng.permutation(len(X))
    return X[order], labels[order]


def run(seed: int = 0, n_train: int = 150, n_new: int = 60) -> DemoResult:
    """Generate the data, fit one Gaussian per label and classify the new points.

    Parameters
    ----------
    seed : int
    n_train, n_new : int
        Points per label in the training set and in the new data.
    """
    rng = np.random.default_rng(seed)
    X_train, y_train = make_clouds(n_train, rng)
    X_new, y_new = make_clouds(n_new, rng)
    model = GaussianClassifier(covariance="diag").fit(X_train, y_train)
    return DemoResult(X_train, y_train, X_new, y_new, model.predict(X_new), model)


def report(result: DemoResult) -> str:
    """The per-class estimates and the accuracy, as printed by the demo."""
    m = result.model
    lines = [
        "One Gaussian per label, fitted by maximum likelihood (diagonal covariance):",
        f"{'label':<8}{'n':>5}  {'mean mu':<22}variance sigma^2 (MLE, divisor N)",
    ]
    for k, label in enumerate(m.classes_):
        mean = ", ".join(f"{v:+.3f}" for v in m.means_[k])
        var = ", ".join(f"{v:.3f}" for v in m.vars_[k])
        lines.append(f"{label:<8}{m.class_count_[k]:>5.0f}  [{mean}]{'':<6}[{var}]")
    true = ", ".join(f"{lab} {list(c)}" for lab, c in CENTRES.items())
    lines.append(f"generated with: {true}, variance {SPREAD**2:.3f} per coordinate")
    n_ok = int(np.sum(result.y_new_pred == result.y_new_true))
    lines.append(
        f"accuracy on {len(result.X_new)} new points: {result.accuracy:.3f} "
        f"({n_ok}/{len(result.X_new)} labelled as generated)"
    )
    return "\n".join(lines)


def write_figures(result: DemoResult, out: Path) -> list[Path]:
    """Write the post's figures into ``out``; needs matplotlib (raises ImportError).

    Every figure is rendered in memory first, then all are written to temporary files
    in ``out`` and renamed into place: a failed write (a full disk, say) leaves no
    temporary file, no half-written figure, and no directory the demo created.

    Returns
    -------
    list of Path
        The PNG files written, in the order of ``FIGURES``.

    Raises
    ------
    ImportError
        Without matplotlib (nothing is written).
    OSError
        If a file cannot be written (after cleaning up).
    """
    return write_files(out, render_figures(result))


def write_files(out: Path, files: Sequence[tuple[str, bytes]]) -> list[Path]:
    """Write ``(name, content)`` pairs into ``out`` all-or-nothing (see ``write_figures``)."""
    created = []
    base = out
    while not base.exists():
        created.append(base)
        base = base.parent
    temps: list[str] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, data in files:
            # open(..., "x") rather than mkstemp: the file gets the umask's mode (0644).
            tmp = str(out / f".{name}.{os.getpid()}.part")
            with open(tmp, "xb") as handle:
                temps.append(tmp)
                handle.write(data)
        for name, _ in files:  # every slot must take a file before any is replaced
            target = out / name
            if target.exists() and not target.is_file():
                raise IsADirectoryError(21, "Is a directory", str(target))
        paths = []
        for (name, _), tmp in zip(files, temps, strict=True):
            os.replace(tmp, out / name)
            paths.append(out / name)
        return paths
    except BaseException:
        for tmp in temps:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        for directory in created:  # deepest first
            try:
                directory.rmdir()
            except OSError:
                pass
        raise


def render_figures(result: DemoResult) -> list[tuple[str, bytes]]:
    """The post's figures as PNG bytes, ``[(file name, content), ...]`` in ``FIGURES`` order."""
    import matplotlib

    matplotlib.use("Agg")  # files only; never open a window
    import matplotlib.pyplot as plt

    m = result.model
    lo = min(result.X_train.min(), result.X_new.min()) - 0.5
    hi = max(result.X_train.max(), result.X_new.max()) + 0.5
    gx, gy = np.meshgrid(np.linspace(lo, hi, 300), np.linspace(lo, hi, 300))
    grid = np.c_[gx.ravel(), gy.ravel()]
    written = []

    def axes(title: str):
        fig, ax = plt.subplots(figsize=(5, 5), dpi=110)
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        ax.set_aspect("equal")
        ax.set_title(title)
        ax.set_xlabel("$x_1$")
        ax.set_ylabel("$x_2$")
        return fig, ax

    def save(fig, name: str) -> None:
        buffer = io.BytesIO()
        fig.tight_layout()
        fig.savefig(buffer, format="png")
        plt.close(fig)
        written.append((name, buffer.getvalue()))

    fig, ax = axes("Labelled training data")
    for label in CENTRES:
        pts = result.X_train[result.y_train == label]
        ax.scatter(*pts.T, s=14, c=COLOURS[label], edgecolors="k", linewidths=0.3, label=label)
    ax.legend(loc="upper left")
    save(fig, FIGURES[0])

    fig, ax = axes("Unlabelled new data")
    ax.scatter(*result.X_new.T, s=14, c="0.55", edgecolors="k", linewidths=0.3)
    save(fig, FIGURES[1])

    for name, label in zip(FIGURES[2:4], ("yellow", "blue"), strict=True):
        k = int(np.flatnonzero(m.classes_ == label)[0])
        mean, var = m.means_[k], m.vars_[k]
        density = np.exp(-0.5 * ((grid - mean) ** 2 / var).sum(axis=1)) / (
            2 * np.pi * np.sqrt(var.prod())
        )
        title = r"model: $\mathcal{N}(\mu, \mathrm{diag}\,\sigma^2)$"
        fig, ax = axes(f"{label.capitalize()} {title}")
        filled = ax.contourf(gx, gy, density.reshape(gx.shape), levels=14, cmap=CMAPS[label])
        fig.colorbar(filled, ax=ax, shrink=0.8, label="density")
        pts = result.X_train[result.y_train == label]
        ax.scatter(*pts.T, s=6, c=COLOURS[label], edgecolors="k", linewidths=0.2)
        ax.plot(*mean, "r+", ms=14, mew=2)
        ax.text(
            0.03,
            0.03,
            rf"$\mu$ = ({mean[0]:+.2f}, {mean[1]:+.2f})"
            "\n"
            rf"$\sigma^2$ = ({var[0]:.2f}, {var[1]:.2f})",
            transform=ax.transAxes,
            fontsize=9,
            bbox={"facecolor": "w", "edgecolor": "0.6", "alpha": 0.9},
        )
        save(fig, name)

    fig, ax = axes("New data classified by the two models")
    proba = m.predict_proba(grid)[:, list(m.classes_).index("blue")].reshape(gx.shape)
    ax.contourf(
        gx,
        gy,
        proba,
        levels=[0.0, 0.5, 1.0],
        colors=[COLOURS["yellow"], COLOURS["blue"]],
        alpha=0.15,
    )
    ax.contour(gx, gy, proba, levels=[0.5], colors="k", linewidths=1.2)
    for label in CENTRES:
        pts = result.X_new[result.y_new_pred == label]
        ax.scatter(
            *pts.T,
            s=16,
            c=COLOURS[label],
            edgecolors="k",
            linewidths=0.3,
            label=f"classified {label}",
        )
    wrong = result.X_new[result.y_new_pred != result.y_new_true]
    ax.scatter(
        *wrong.T,
        s=70,
        facecolors="none",
        edgecolors="r",
        linewidths=1.2,
        label="differs from generating label",
    )
    ax.plot([], [], "k-", label="decision boundary")
    ax.legend(loc="upper left", fontsize=8)
    save(fig, FIGURES[4])
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Run the demo; exit status 0 on success, 2 on bad arguments or an unusable ``--out``.

    ``--out`` is checked before anything is computed: an existing file, a path below a
    file, a directory without write permission or a nearly full file system is refused
    with one ``error:`` line.
    """
    parser = Parser(
        prog="python -m estimators demo",
        description="The post's example: learn a yellow and a blue Gaussian from labelled "
        "points, then label new points by the model more likely to have generated them.",
    )
    parser.add_argument(
        "--out",
        type=path_argument,
        default=Path("mle-demo"),
        help="directory for the PNG figures (default: ./mle-demo)",
    )
    parser.add_argument("--seed", type=whole_number(0), default=0, help="random seed (default: 0)")
    parser.add_argument(
        "--n-train", type=int, default=150, help="training points per label (default: 150)"
    )
    parser.add_argument("--n-new", type=int, default=60, help="new points per label (default: 60)")
    args = parser.parse_args(argv)
    if args.n_train < 2 or args.n_new < 1:
        parser.error("--n-train must be at least 2 and --n-new at least 1")
    if max(args.n_train, args.n_new) > MAX_POINTS:
        parser.error(
            f"--n-train and --n-new are points per label for a figure: at most {MAX_POINTS}"
        )
    try:
        # Points, labels and the plotting grid, a few copies each.
        check_memory(64 * 4 * (args.n_train + args.n_new) + (32 << 20), "--n-train/--n-new")
        plotting = _matplotlib_available()
        if plotting:
            check_output_directory(args.out, needed=FIGURE_BYTES, files=FIGURES)
    except ValueError as err:
        return error(err)
    result = run(args.seed, args.n_train, args.n_new)
    print(report(result))
    if not plotting:
        print(
            "matplotlib is not installed, so no figures were written; "
            "`pip install .[plot]` to get them."
        )
        return 0
    try:
        paths = write_figures(result, args.out)
    except OSError as err:
        return error(f"--out {args.out}: the figures could not be written ({err.strerror or err}).")
    print("figures:", ", ".join(str(p) for p in paths))
    return 0


def _matplotlib_available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True
