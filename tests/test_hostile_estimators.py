"""Hostile data and arguments for ``estimators`` (contracts 2 and 6).

Degenerate data either gives correct results - the labels scikit-learn's
GaussianNB / QuadraticDiscriminantAnalysis give where those label every row
correctly, and no NaN in ``predict_proba``, ``predict_log_proba`` or
``predict_joint_log_proba`` - or raises a ValueError with a message (never a
MemoryError, never NaN). The command line answers bad input with exit status 2
and one ``error: `` line naming the file or the option, and leaves nothing
half-written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile import _contracts as C
from hostile._contracts import (
    CRASH,
    LITTER,
    UNCLEAR,
    WRONG,
    Case,
    Check,
    api_target,
    clean_exception,
    cli_job,
    py_job,
)

CSV = C.HERE / "csv"


@pytest.fixture(scope="session")
def hostile(request):
    return C.Runner.get(request)


# --------------------------------------------------------------------------- data


def two_classes(scale: float = 1.0, n: int = 100, d: int = 3, seed: int = 0):
    """Two well separated Gaussian classes (means -1 and +1, sd 0.6), times ``scale``."""
    import numpy as np

    rng = np.random.default_rng(seed)
    X = np.vstack([rng.normal(-1, 0.6, (n, d)), rng.normal(1, 0.6, (n, d))]) * scale
    y = np.r_[np.zeros(n, int), np.ones(n, int)]
    return X, y


def classify(
    make: Callable[[], tuple[Any, Any]],
    covariance: str = "diag",
    test: Callable[[Any], Any] | None = None,
    **params: Any,
) -> Callable[[], dict]:
    """Fit ours and scikit-learn's on the same data, report labels and NaN counts."""

    def fn() -> dict:
        import warnings

        import numpy as np
        from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis
        from sklearn.naive_bayes import GaussianNB

        from estimators import GaussianClassifier

        warnings.simplefilter("ignore")
        X, y = make()
        Xt = X if test is None else test(X)
        out: dict[str, Any] = {"truth": np.asarray(y).tolist() if test is None else None}
        try:
            ref = GaussianNB() if covariance == "diag" else QuadraticDiscriminantAnalysis()
            out["ref"] = ref.fit(X, y).predict(Xt).tolist()
        except Exception as exc:  # noqa: BLE001 - scikit-learn refusing is information
            out["ref_error"] = f"{type(exc).__name__}: {exc}"
        clf = GaussianClassifier(covariance=covariance, **params).fit(X, y)  # may raise: judged
        out["labels"] = clf.predict(Xt).tolist()
        for m in ("predict_joint_log_proba", "predict_log_proba", "predict_proba"):
            try:
                v = np.asarray(getattr(clf, m)(Xt))
                out[m] = {"nan": int(np.isnan(v).sum())}
            except ValueError as exc:
                out[m] = {"error": str(exc)}
        return out

    return fn


def verify_classification(strict: bool = True) -> Callable[[Check], None]:
    """Correct results, or a clean ValueError.

    ``strict``: where scikit-learn labels every row correctly, so must we, with every
    probability method answering without NaN (known bug: data around 1e-155).
    """

    def verify(c: Check) -> None:
        data = c.json()
        if data is None:
            return
        if "exc" in data:
            clean_exception(c, one_line=False)
            c.expect(
                "MemoryError" not in data.get("mro", []),
                CRASH,
                "MemoryError instead of a clean error",
            )
            return
        got = data["returned"]
        labels, ref, truth = got.get("labels"), got.get("ref"), got.get("truth")
        ref_perfect = ref is not None and truth is not None and ref == truth
        if ref is not None and (ref_perfect or not strict):
            wrong = sum(a != b for a, b in zip(labels, ref, strict=False))
            c.expect(
                wrong == 0,
                WRONG,
                f"{wrong} of {len(ref)} labels differ from scikit-learn's"
                + (" (which labels every row correctly)" if ref_perfect else ""),
            )
        elif truth is not None and "ref_error" in got:
            pass  # scikit-learn refuses; any NaN-free answer is acceptable
        for m in ("predict_joint_log_proba", "predict_log_proba", "predict_proba"):
            r = got.get(m, {})
            c.expect(not r.get("nan"), WRONG, f"{m} returns {r.get('nan')} NaN values")
            if "error" in r:
                c.expect(
                    not (strict and ref_perfect),
                    WRONG,
                    f"{m} refuses data scikit-learn handles: {r['error'][:160]!r}",
                )
                c.clean_text(r["error"], f"{m}'s error")

    return verify


def raises_value_error(*words: str) -> Callable[[Check], None]:
    def verify(c: Check) -> None:
        clean_exception(c, words=words, one_line=False)

    return verify


def est_case(cid: str, fn: Callable[[], Any], verify: Callable[[Check], None], known: str = ""):
    def prepare(d: Path):
        return py_job(api_target(fn), d)

    return Case(cid, "estimators-data", "6", prepare, verify, known)


def fit_then(make, action: Callable[[Any, Any, Any], Any], covariance: str = "diag", **params):
    def fn():
        import warnings

        from estimators import GaussianClassifier

        warnings.simplefilter("ignore")
        X, y = make()
        clf = GaussianClassifier(covariance=covariance, **params)
        return action(clf, X, y)

    return fn


def _with(value: float, where: str = "fit"):
    def action(clf, X, y):
        X = X.copy()
        if where == "fit":
            X[3, 1] = value
            clf.fit(X, y)
            return "fitted"
        clf.fit(X, y)
        X[3, 1] = value
        return clf.predict(X).tolist()

    return action


def _const_column(scale: float = 1.0):
    def make():
        X, y = two_classes(scale)
        X[:, 1] = 3.0
        return X, y

    return make


def _all_constant():
    import numpy as np

    X = np.full((20, 3), 2.5)
    y = np.r_[np.zeros(10, int), np.ones(10, int)]
    return X, y


def _one_per_class():
    import numpy as np

    return np.array([[0.0, 1.0], [1.0, 2.0], [5.0, -1.0]]), np.array([0, 1, 2])


def _mixed_scales():
    X, y = two_classes()
    X[:, 0] *= 1e-155
    return X, y


def _one_class():
    X, y = two_classes()
    return X, y * 0


def _far(X):
    return X + 1e300


def _mle(make_x: Callable[[], Any], then: str = "log_likelihood"):
    def fn():
        import warnings

        import numpy as np

        from estimators import GaussianMLE

        warnings.simplefilter("ignore")
        X = make_x()
        est = GaussianMLE().fit(X)
        out = {
            "nan": int(
                sum(
                    np.isnan(np.asarray(v, dtype=float)).sum()
                    for v in (est.mean_, est.var_, est.stderr_mean_, est.stderr_var_)
                )
            )
        }
        if then == "log_likelihood":
            out["ll_nan"] = int(np.isnan(np.asarray(est.log_likelihood(X), dtype=float)).sum())
        return out

    return fn


def _mle_ok(c: Check) -> None:
    data = c.json()
    if data is None:
        return
    if "exc" in data:
        clean_exception(c, one_line=False)
        return
    got = data["returned"]
    c.expect(got.get("nan") == 0, WRONG, f"{got.get('nan')} NaN among mean_, var_, stderr_*")
    c.expect(not got.get("ll_nan"), WRONG, f"log_likelihood returns {got.get('ll_nan')} NaN")


def _col(values, n=50, seed=1):
    import numpy as np

    rng = np.random.default_rng(seed)
    return (rng.normal(1, 0.3, (n, 2)) * values).astype(float)


def _crosscheck(make_x: Callable[[], Any], **kw: Any):
    def fn():
        import warnings

        from estimators import crosscheck

        warnings.simplefilter("ignore")
        r = crosscheck(make_x(), **kw)
        table = r.table()
        return {"ok": bool(r.ok), "nan": "nan" in table.lower()}

    return fn


def _crosscheck_ok(c: Check) -> None:
    data = c.json()
    if data is None:
        return
    if "exc" in data:
        clean_exception(c, one_line=False)
        return
    got = data["returned"]
    c.expect(not got.get("nan"), WRONG, "the cross-check table shows nan")
    c.expect(got.get("ok"), WRONG, "closed forms and optimiser disagree on clean (if tiny) data")


def _arr(*shape, value=1.0):
    import numpy as np

    return np.full(shape, value)


def _strings():
    import numpy as np

    return np.array([["a", "b"], ["c", "d"]]), np.array([0, 1])


def _complex():

    X, y = two_classes()
    return X + 1j, y


CASES: list[Case] = [
    est_case(
        "diag-data-at-1e-155",
        classify(lambda: two_classes(1e-155)),
        verify_classification(),
        "NaN joint log-probabilities and mislabelled rows around 1e-155 (variances ~1e-310)",
    ),
    est_case("diag-data-at-1e-160", classify(lambda: two_classes(1e-160)), verify_classification()),
    est_case("diag-data-at-1e-300", classify(lambda: two_classes(1e-300)), verify_classification()),
    est_case("diag-data-at-1e+150", classify(lambda: two_classes(1e150)), verify_classification()),
    est_case(
        "full-data-at-1e-155",
        classify(lambda: two_classes(1e-155), "full"),
        verify_classification(),
    ),
    est_case(
        "full-data-at-1e+150", classify(lambda: two_classes(1e150), "full"), verify_classification()
    ),
    est_case("diag-one-column-at-1e-155", classify(_mixed_scales), verify_classification()),
    est_case("diag-constant-column", classify(_const_column()), verify_classification()),
    est_case(
        "diag-constant-column-at-1e-155", classify(_const_column(1e-155)), verify_classification()
    ),
    est_case("full-constant-column", classify(_const_column(), "full"), verify_classification()),
    est_case("diag-every-column-constant", classify(_all_constant), verify_classification()),
    est_case("diag-one-sample-per-class", classify(_one_per_class), verify_classification()),
    est_case(
        "full-one-sample-per-class", classify(_one_per_class, "full"), verify_classification()
    ),
    est_case("diag-one-class-only", classify(_one_class), verify_classification()),
    est_case(
        "diag-rows-far-from-every-class",
        classify(two_classes, test=_far),
        verify_classification(False),
    ),
    est_case(
        "full-rows-far-from-every-class",
        classify(two_classes, "full", test=_far),
        verify_classification(False),
    ),
    est_case(
        "diag-var-smoothing-nan",
        classify(two_classes, var_smoothing=float("nan")),
        verify_classification(),
    ),
    est_case(
        "diag-var-smoothing-negative",
        classify(two_classes, var_smoothing=-1.0),
        verify_classification(),
    ),
    est_case(
        "full-reg-param-2", classify(two_classes, "full", reg_param=2.0), verify_classification()
    ),
    est_case(
        "full-reg-param-nan",
        classify(two_classes, "full", reg_param=float("nan")),
        verify_classification(),
    ),
    est_case("fit-with-nan", fit_then(two_classes, _with(float("nan"))), raises_value_error("nan")),
    est_case("fit-with-inf", fit_then(two_classes, _with(float("inf"))), raises_value_error("inf")),
    est_case(
        "predict-with-nan",
        fit_then(two_classes, _with(float("nan"), "predict")),
        raises_value_error("nan"),
    ),
    est_case(
        "predict-with-minus-inf",
        fit_then(two_classes, _with(float("-inf"), "predict")),
        raises_value_error("inf"),
    ),
    est_case(
        "sample-weight-negative",
        fit_then(
            two_classes, lambda clf, X, y: clf.fit(X, y, sample_weight=-(y + 1.0)) and "fitted"
        ),
        raises_value_error("weight"),
    ),
    est_case(
        "sample-weight-nan",
        fit_then(
            two_classes,
            lambda clf, X, y: clf.fit(X, y, sample_weight=y * float("nan")) and "fitted",
        ),
        raises_value_error("weight"),
    ),
    est_case(
        "sample-weight-all-zero",
        fit_then(two_classes, lambda clf, X, y: clf.fit(X, y, sample_weight=y * 0.0) and "fitted"),
        raises_value_error("weight"),
    ),
    est_case(
        "priors-negative",
        fit_then(
            two_classes, lambda clf, X, y: clf.fit(X, y).predict(X).tolist(), priors=[-0.5, 1.5]
        ),
        raises_value_error("prior"),
    ),
    est_case(
        "priors-nan",
        fit_then(
            two_classes,
            lambda clf, X, y: clf.fit(X, y).predict(X).tolist(),
            priors=[float("nan"), 0.5],
        ),
        raises_value_error("prior"),
    ),
    est_case(
        "priors-wrong-length",
        fit_then(two_classes, lambda clf, X, y: clf.fit(X, y).predict(X).tolist(), priors=[1.0]),
        raises_value_error("prior"),
    ),
    est_case(
        "covariance-unknown",
        fit_then(two_classes, lambda clf, X, y: clf.fit(X, y) and "fitted", covariance="banana"),
        raises_value_error("covariance"),
    ),
    est_case(
        "empty-x",
        fit_then(lambda: (_arr(0, 3), _arr(0)), lambda clf, X, y: clf.fit(X, y) and "fitted"),
        raises_value_error(),
    ),
    est_case(
        "x-of-strings",
        fit_then(_strings, lambda clf, X, y: clf.fit(X, y) and "fitted"),
        raises_value_error(),
    ),
    est_case(
        "x-complex",
        fit_then(_complex, lambda clf, X, y: clf.fit(X, y) and "fitted"),
        raises_value_error(),
    ),
    est_case(
        "x-three-dimensional",
        fit_then(lambda: (_arr(4, 2, 2), _arr(4)), lambda clf, X, y: clf.fit(X, y) and "fitted"),
        raises_value_error(),
    ),
    est_case(
        "predict-other-feature-count",
        fit_then(two_classes, lambda clf, X, y: clf.fit(X, y).predict(X[:, :2]).tolist()),
        raises_value_error("feature"),
    ),
    est_case(
        "partial-fit-without-classes",
        fit_then(two_classes, lambda clf, X, y: clf.partial_fit(X, y) and "fitted"),
        raises_value_error("classes"),
    ),
    est_case(
        "partial-fit-unknown-label",
        fit_then(
            two_classes, lambda clf, X, y: clf.partial_fit(X, y + 5, classes=[0, 1]) and "fitted"
        ),
        raises_value_error(),
    ),
    est_case(
        "predict-before-fit",
        fit_then(two_classes, lambda clf, X, y: clf.predict(X).tolist()),
        raises_value_error(),
    ),
    est_case("mle-data-at-1e-155", _mle(lambda: _col(1e-155)), _mle_ok),
    est_case("mle-data-at-1e-160", _mle(lambda: _col(1e-160)), _mle_ok),
    est_case("mle-data-at-1e+150", _mle(lambda: _col(1e150)), _mle_ok),
    est_case("mle-data-at-1e+200", _mle(lambda: _col(1e200)), _mle_ok),
    est_case(
        "mle-with-nan", _mle(lambda: _col(1.0) * [1.0, float("nan")]), raises_value_error("nan")
    ),
    est_case("mle-constant-column", _mle(lambda: _arr(10, 2, value=4.0)), _mle_ok),
    est_case("mle-single-row", _mle(lambda: _arr(1, 2), then=""), _mle_ok),
    est_case("api-crosscheck-data-at-1e-155", _crosscheck(lambda: _col(1e-155)), _crosscheck_ok),
    est_case("api-crosscheck-data-at-1e+150", _crosscheck(lambda: _col(1e150)), _crosscheck_ok),
    est_case(
        "api-crosscheck-tolerance-nan",
        _crosscheck(lambda: _col(1.0), tolerance=float("nan")),
        raises_value_error("tolerance"),
    ),
    est_case(
        "api-crosscheck-tolerance-negative",
        _crosscheck(lambda: _col(1.0), tolerance=-1.0),
        raises_value_error("tolerance"),
    ),
    est_case(
        "api-crosscheck-constant-column",
        _crosscheck(lambda: _arr(10, 2, value=4.0)),
        raises_value_error("constant"),
    ),
]


# --------------------------------------------------------------------------- command line


def cli_case(
    cid: str,
    argv: list[str],
    names: list[str],
    *,
    setup: Callable[[Path], Any] | None = None,
    extra: Callable[[Check], None] | None = None,
    family: str = "estimators-cli",
    known: str = "",
    early: bool = False,
    **job: Any,
):
    """Contract 2: exit 2, one ``error:`` line naming the input, the case directory as it was
    (the cache directory aside)."""

    def prepare(d: Path):
        if setup is not None:
            setup(d)
        j = cli_job("estimators", argv, d, **job)
        j.extra = C.H.snapshot(str(d))
        return j

    def verify(c: Check) -> None:
        c.usage_error(names)
        before = {k: v for k, v in c.extra.items() if not k.startswith("cache")}
        after = {k: v for k, v in C.H.snapshot(str(c.dir)).items() if not k.startswith("cache")}
        added = sorted(set(after) - set(before))
        changed = sorted(k for k in before if after.get(k) != before[k])
        c.expect(
            not (added or changed), LITTER, f"files written or changed: {(added + changed)[:6]}"
        )
        if extra is not None:
            extra(c)

    return Case(cid, family, "2", prepare, verify, known, early)


def csv_file(name: str, data: bytes | str):
    def setup(d: Path) -> None:
        p = d / name
        p.write_bytes(data.encode() if isinstance(data, str) else data)

    return setup


def static_csv(name: str):
    def setup(d: Path) -> None:
        (d / name).write_bytes((CSV / name).read_bytes())

    return setup


def line_named(n: int) -> Callable[[Check], None]:
    def extra(c: Check) -> None:
        errs = c.o.error_lines
        if errs:
            c.expect(
                f"line {n}" in errs[0] or f":{n}" in errs[0],
                UNCLEAR,
                f"the error line does not give line {n}: {errs[0]!r}",
            )

    return extra


CC = ["crosscheck"]


def accept_or_refuse_csv(
    cid: str, name: str, setup, known: str = "", early=False, line: int | None = None
):
    """A CSV the cross-check may accept (exit 0/1, a table without nan) or refuse (exit 2,
    one error line naming the file, and ``line`` if given)."""

    def prepare(d: Path):
        setup(d)
        return cli_job("estimators", [*CC, "--csv", name], d)

    def verify(c: Check) -> None:
        if c.o.status == 2:
            c.usage_error([name])
            if line is not None:
                line_named(line)(c)
            return
        c.expect(c.o.status in (0, 1), WRONG, f"exit status {c.o.status}")
        c.expect("nan" not in c.o.stdout.lower(), WRONG, "the table shows nan")

    return Case(cid, "estimators-cli", "2/6", prepare, verify, known, early)


def _fifo(name: str):
    return lambda d: os.mkfifo(d / name)


def _link(name: str, target: str):
    return lambda d: os.symlink(target, d / name)


def _wide_csv(d: Path) -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    X = rng.normal(size=(3, 100_000))
    (d / "wide.csv").write_text("\n".join(",".join(f"{v:.6g}" for v in row) for row in X) + "\n")


def _tiny_csv(d: Path) -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    X = rng.normal(1, 0.3, (50, 2)) * 1e-155
    (d / "tiny.csv").write_text(
        "\n".join(",".join(repr(float(v)) for v in row) for row in X) + "\n"
    )


CASES += [
    cli_case(
        "crosscheck-n-times-d-too-large",
        [*CC, "--n", "100000000", "--d", "100"],
        ["--n", "--d"],
        known="crosscheck --n 1e8 --d 100: MemoryError",
    ),
    cli_case("crosscheck-n-1e12", [*CC, "--n", "1000000000000", "--d", "1"], ["--n"]),
    cli_case("crosscheck-d-1e9", [*CC, "--n", "2", "--d", "1000000000"], ["--d"]),
    cli_case("crosscheck-n-in-scientific-notation", [*CC, "--n", "1e8"], ["--n"]),
    cli_case("crosscheck-n-negative", [*CC, "--n", "-5"], ["--n"]),
    cli_case(
        "crosscheck-tolerance-nan",
        [*CC, "--tolerance", "nan"],
        ["--tolerance"],
        known="--tolerance nan accepted",
    ),
    cli_case("crosscheck-tolerance-negative", [*CC, "--tolerance", "-1"], ["--tolerance"]),
    cli_case("crosscheck-tolerance-inf", [*CC, "--tolerance", "inf"], ["--tolerance"]),
    cli_case("crosscheck-tolerance-not-a-number", [*CC, "--tolerance", "abc"], ["--tolerance"]),
    cli_case("crosscheck-seed-negative", [*CC, "--seed", "-1"], ["--seed"]),
    cli_case("crosscheck-seed-not-a-number", [*CC, "--seed", "abc"], ["--seed"]),
    cli_case(
        "csv-binary",
        [*CC, "--csv", "binary.csv"],
        ["binary.csv"],
        setup=csv_file("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" + bytes(range(256))),
        known="a binary CSV's decode error without the file name",
    ),
    cli_case(
        "csv-utf16",
        [*CC, "--csv", "utf16.csv"],
        ["utf16.csv"],
        setup=csv_file("utf16.csv", "x,y\n1,2\n3,5\n4,4\n".encode("utf-16")),
    ),
    cli_case(
        "csv-nul-bytes",
        [*CC, "--csv", "nul.csv"],
        ["nul.csv"],
        setup=csv_file("nul.csv", b"1,2\n3,\x004\n5,6\n"),
    ),
    cli_case(
        "csv-is-a-directory", [*CC, "--csv", "adir"], ["adir"], setup=lambda d: (d / "adir").mkdir()
    ),
    cli_case("csv-missing", [*CC, "--csv", "missing.csv"], ["missing.csv"]),
    cli_case(
        "csv-empty", [*CC, "--csv", "empty.csv"], ["empty.csv"], setup=csv_file("empty.csv", b"")
    ),
    cli_case(
        "csv-header-only",
        [*CC, "--csv", "header.csv"],
        ["header.csv"],
        setup=static_csv("header.csv"),
    ),
    cli_case(
        "csv-ragged-row",
        [*CC, "--csv", "ragged.csv"],
        ["ragged.csv"],
        setup=static_csv("ragged.csv"),
        extra=line_named(3),
    ),
    cli_case(
        "csv-nan-cell",
        [*CC, "--csv", "nan.csv"],
        ["nan.csv"],
        setup=static_csv("nan.csv"),
        extra=line_named(3),
    ),
    cli_case(
        "csv-inf-cell",
        [*CC, "--csv", "inf.csv"],
        ["inf.csv"],
        setup=static_csv("inf.csv"),
        extra=line_named(2),
    ),
    cli_case(
        "csv-one-row",
        [*CC, "--csv", "one-row.csv"],
        ["one-row.csv"],
        setup=static_csv("one-row.csv"),
    ),
    cli_case(
        "csv-constant-column",
        [*CC, "--csv", "constant.csv"],
        ["constant.csv"],
        setup=static_csv("constant.csv"),
    ),
    cli_case(
        "csv-overflow",
        [*CC, "--csv", "overflow.csv"],
        ["overflow.csv"],
        setup=static_csv("overflow.csv"),
    ),
    cli_case(
        "csv-dev-zero",
        [*CC, "--csv", "zero.csv"],
        ["zero.csv"],
        setup=_link("zero.csv", "/dev/zero"),
        early=True,
    ),
    cli_case(
        "csv-fifo", [*CC, "--csv", "fifo.csv"], ["fifo.csv"], setup=_fifo("fifo.csv"), early=True
    ),
    accept_or_refuse_csv(
        "csv-leading-comment",
        "comment.csv",
        static_csv("comment.csv"),
        known="a leading '# comment' line in a CSV",
        line=1,
    ),
    accept_or_refuse_csv("csv-semicolons", "semicolons.csv", static_csv("semicolons.csv")),
    accept_or_refuse_csv("csv-values-at-1e-155", "tiny.csv", _tiny_csv),
    accept_or_refuse_csv("csv-100000-columns", "wide.csv", _wide_csv, early=True),
]


def _out_file(d: Path) -> None:
    (d / "out").write_text("keep me\n")


def _readonly_out(d: Path) -> None:
    (d / "out").mkdir()
    os.chmod(d / "out", 0o555)


def _figure_slot_taken(d: Path) -> None:
    (d / "out").mkdir()
    (d / "out" / "classified.png").mkdir()
    (d / "out" / "classified.png" / "keep").write_text("keep")


DEMO = ["demo"]
CASES += [
    cli_case(
        "demo-out-is-a-file",
        [*DEMO, "--out", "out"],
        ["out"],
        setup=_out_file,
        family="estimators-demo",
        known="demo --out onto an existing file",
    ),
    cli_case(
        "demo-out-below-a-file",
        [*DEMO, "--out", "out/figs"],
        ["out"],
        setup=_out_file,
        family="estimators-demo",
        known="demo --out below a file",
    ),
    cli_case(
        "demo-out-read-only",
        [*DEMO, "--out", "out"],
        ["out"],
        setup=_readonly_out,
        family="estimators-demo",
        drop_dac=True,
        known="demo --out a read-only directory",
    ),
    cli_case(
        "demo-one-figure-slot-taken",
        [*DEMO, "--out", "out"],
        ["classified.png", "out"],
        setup=_figure_slot_taken,
        family="estimators-demo",
    ),
    cli_case("demo-out-empty-string", [*DEMO, "--out", ""], ["--out"], family="estimators-demo"),
    cli_case(
        "demo-n-train-1",
        [*DEMO, "--n-train", "1", "--out", "figs"],
        ["--n-train"],
        family="estimators-demo",
    ),
    cli_case(
        "demo-n-train-1e8",
        [*DEMO, "--n-train", "100000000", "--out", "figs"],
        ["--n-train"],
        family="estimators-demo",
    ),
    cli_case(
        "demo-n-new-negative",
        [*DEMO, "--n-new", "-1", "--out", "figs"],
        ["--n-new"],
        family="estimators-demo",
    ),
    cli_case(
        "demo-seed-not-a-number",
        [*DEMO, "--seed", "abc", "--out", "figs"],
        ["--seed"],
        family="estimators-demo",
    ),
    cli_case("estimators-unknown-command", ["frobnicate"], ["frobnicate"]),
]


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_hostile_estimators(case: Case, hostile: C.Runner) -> None:
    C.run_case(hostile, case)
