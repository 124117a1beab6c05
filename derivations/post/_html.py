"""``check-post --html FILE``: one self-contained page of every post's rows as math.

The page carries KaTeX (script, style sheet and fonts, vendored in
``_html_assets/``; see its README) inline, so it renders without a network.
Every row is typeset from its own LaTeX, coloured by its verdict, with the rule
the engine identified beside it and its reason, counterexample, open side
conditions, slips and rule notes under it. Rows that could not be read are
shown as source text with the reason. A summary table on top links to each post.

The post text is hostile input. Everything from it is HTML-escaped and given
to KaTeX as text (``trust: false``: no links, no HTML). The page's
Content-Security-Policy allows only the page's own two scripts (by their
SHA-256 hashes), inline styles and ``data:`` fonts, so even a script that got
in would not run, and nothing is fetched from anywhere.
"""

from __future__ import annotations

import base64
import datetime
import functools
import hashlib
import html
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..render._ci import shown_path

ASSETS = Path(__file__).with_name("_html_assets")

#: Verdicts in the order the summary table lists them.
VERDICT_ORDER = (
    "proved",
    "given",
    "plausible",
    "unchecked",
    "rule-mismatch",
    "refuted",
    "unparsed",
    "unrelated",
)

_SURROGATES = re.compile("[\ud800-\udfff]")


def _h(value: Any) -> str:
    """HTML-escaped text (quotes too), with stray surrogates replaced."""
    return html.escape(_SURROGATES.sub("\ufffd", str(value)), quote=True)


@functools.lru_cache(maxsize=1)
def katex_css() -> str:
    """KaTeX's style sheet with its fonts inlined as ``data:`` URLs (woff2 only)."""
    css = (ASSETS / "katex.min.css").read_text(encoding="utf-8")

    def inline(m: re.Match[str]) -> str:
        data = (ASSETS / "fonts" / f"{m.group(1)}.woff2").read_bytes()
        return f'src:url(data:font/woff2;base64,{base64.b64encode(data).decode()}) format("woff2")'

    css = re.sub(
        r'src:url\(fonts/([A-Za-z0-9_-]+)\.woff2\) format\("woff2"\)'
        r'(?:,url\(fonts/[^)]*\) format\("[a-z]+"\))*',
        inline,
        css,
    )
    if "url(fonts/" in css:  # pragma: no cover - a KaTeX update changed the style sheet
        raise RuntimeError("KaTeX's style sheet refers to a font that was not inlined.")
    return css


@functools.lru_cache(maxsize=1)
def katex_js() -> str:
    js = (ASSETS / "katex.min.js").read_text(encoding="utf-8")
    if "</script" in js.lower():  # pragma: no cover - it would end the inline script
        raise RuntimeError("KaTeX's script contains '</script'.")
    return js


# Render each row; a row KaTeX cannot typeset keeps its source text and says why.
_RENDER = """
(function () {
  var done = 0, failed = 0;
  var nodes = document.querySelectorAll("div.math");
  for (var i = 0; i < nodes.length; i++) {
    var el = nodes[i], tex = el.textContent;
    var post = el.closest("section.post"), macros = {};
    try { macros = JSON.parse(post ? post.getAttribute("data-macros") || "{}" : "{}"); }
    catch (e) { macros = {}; }
    try {
      katex.render(tex, el, {displayMode: true, throwOnError: true, trust: false,
                             strict: "ignore", maxSize: 40, maxExpand: 500,
                             macros: macros});
      done++;
    } catch (e) {
      failed++;
      el.textContent = tex;
      el.className = "math source";
      var why = document.createElement("div");
      why.className = "tex-failed";
      why.textContent = "KaTeX could not typeset this row: " + (e && e.message ? e.message : e);
      el.parentNode.insertBefore(why, el.nextSibling);
    }
  }
  document.body.setAttribute("data-rendered", String(done));
  document.body.setAttribute("data-render-failures", String(failed));
})();
"""

_STYLE = """
:root { --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --muted: #57606a; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
       max-width: 1200px; padding: 1.5em 2em 4em; color: #1f2328; background: #fff; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
h2 { font-size: 1.2em; margin: 2.2em 0 .4em; padding-bottom: .2em; border-bottom: 1px solid #d0d7de;
     overflow-wrap: anywhere; }
.run { color: var(--muted); margin: 0 0 1em; white-space: pre-wrap; }
table.summary { border-collapse: collapse; width: 100%; font-size: .88em; }
table.summary th, table.summary td { border-bottom: 1px solid #d0d7de; padding: .15em .45em;
                                     text-align: right; }
table.summary th { white-space: nowrap; }
table.summary th:first-child, table.summary td:first-child { text-align: left;
                                                             overflow-wrap: anywhere; }
table.summary td.zero { color: #b6bcc2; }
.status { font-weight: 600; white-space: nowrap; }
.status.ok { color: var(--ok); } .status.bad { color: var(--bad); }
.status.none { color: var(--muted); }
.errors li { color: var(--bad); overflow-wrap: anywhere; }
ol.rows { list-style: none; padding: 0; margin: 0; }
li.row { display: grid; grid-template-columns: 10.5em minmax(0, 1fr) 15em; gap: 0 1em;
         padding: .35em .6em; margin: .3em 0; border-left: 5px solid #d0d7de; background: #f6f8fa; }
li.row .meta { font-size: .85em; color: var(--muted); }
li.row .meta a { color: inherit; text-decoration: none; }
.verdict { display: inline-block; margin-top: .2em; padding: 0 .45em; border-radius: 1em;
           font-weight: 600; color: #fff; background: var(--muted); }
li.row .math { overflow-x: auto; overflow-y: hidden; }
li.row .math .katex-display { margin: .25em 0; text-align: left; }
li.row .math .katex-display > .katex { text-align: left; }
li.row .rule { font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
li.row .under { grid-column: 1 / -1; font-size: .9em; }
li.row .under p, li.row .under ul { margin: .15em 0 .15em 11.5em; }
li.row .under ul { padding-left: 1.2em; }
.counterexample { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
pre.source, .math.source { font-family: ui-monospace, monospace; font-size: .9em; margin: .3em 0;
                           white-space: pre-wrap; overflow-wrap: anywhere; }
.tex-failed { grid-column: 2; color: var(--bad); font-size: .85em; }
.v-proved { border-left-color: var(--ok) !important; background: #f0fbf3 !important; }
.v-proved .verdict { background: var(--ok); }
.v-given { border-left-color: #0969da !important; background: #f1f7ff !important; }
.v-given .verdict { background: #0969da; }
.v-refuted { border-left-color: var(--bad) !important; background: #fff1f0 !important; }
.v-refuted .verdict { background: var(--bad); }
.v-rule-mismatch { border-left-color: #bc4c00 !important; background: #fff5eb !important; }
.v-rule-mismatch .verdict { background: #bc4c00; }
.v-plausible, .v-unchecked { border-left-color: #d4a72c !important;
                             background: #fffbea !important; }
.v-plausible .verdict, .v-unchecked .verdict { background: var(--warn); }
.v-unparsed, .v-unrelated { border-left-color: #8250df !important; background: #f8f5ff !important; }
.v-unparsed .verdict, .v-unrelated .verdict { background: #8250df; }
.problems li { color: var(--bad); }
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _clean_tex(tex: str) -> str:
    """What KaTeX should typeset: the row without labels and numbering commands."""
    tex = re.sub(r"\\label\s*\{[^{}]*\}", "", tex)
    return re.sub(r"\\(nonumber|notag)\b", "", tex).strip()


_DEFINITION = re.compile(r"\s*\\(newcommand|renewcommand|providecommand|def|DeclareMathOperator)\b")


def _defines_macros(tex: str) -> bool:
    return bool(_DEFINITION.match(tex))


def _post_macros(path: str) -> dict[str, str]:
    """The post's own macros, for KaTeX (``\\est`` -> ``\\hat{#1}``), read from the whole
    file (a definition may span rows): rows that use them typeset as the author's page
    does. Later definitions win, as in LaTeX. Nothing when the file cannot be read."""
    from ._macros import find_definitions

    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    return {"\\" + m.name: m.body for _, _, m in find_definitions(text)[0]}


def _verdict_class(verdict: str) -> str:
    return "v-" + verdict if re.fullmatch(r"[a-z-]{1,20}", verdict) else "v-other"


def _row(post_id: str, r: Mapping[str, Any]) -> str:
    from .._text import counterexample_text

    verdict = str(r.get("verdict", ""))
    line = r.get("line")
    row_id = f"{post_id}-r{line}-{_h(r.get('label', ''))}".replace(" ", "")
    row_id = re.sub(r"[^A-Za-z0-9_.-]", "_", row_id)
    meta = (
        f'<div class="meta"><a href="#{row_id}">line {_h(line)}</a> '
        f'<span class="label">{_h(r.get("label", ""))}</span><br>'
        f'<span class="verdict">{_h(verdict)}</span></div>'
    )
    text = str(r.get("text", ""))
    if r.get("kind") == "unparsed" or verdict == "unparsed" or _defines_macros(text):
        # a row of macro definitions is source to show, not math to typeset
        body = f'<pre class="source">{_h(text)}</pre>'
    else:
        body = f'<div class="math">{_h(_clean_tex(text))}</div>'
    rule_bits = []
    if r.get("identified_rule"):
        rule_bits.append(f"rule: <b>{_h(r['identified_rule'])}</b>")
    if r.get("how"):
        rule_bits.append(_h(r["how"]))
    rule = f'<div class="rule">{"<br>".join(rule_bits)}</div>'
    under = []
    ok = verdict in ("proved", "given")
    if r.get("reason") and (not ok or verdict == "given"):
        under.append(f'<p class="reason">{_h(r["reason"])}</p>')
    if r.get("counterexample"):
        ce = counterexample_text(r["counterexample"])
        under.append(f'<p class="counterexample"><b>counterexample:</b> {_h(ce)}</p>')
    conditions = [c for c in r.get("open_conditions") or ()]
    if conditions:
        items = "".join(f"<li>{_h(c)}</li>" for c in conditions)
        under.append(f'<ul class="conditions"><li><b>open side conditions</b></li>{items}</ul>')
    under += [f'<p class="slip">slip: {_h(s)}</p>' for s in r.get("slips") or ()]
    under += [f'<p class="note">rule note: {_h(n)}</p>' for n in r.get("notes") or ()]
    under_html = f'<div class="under">{"".join(under)}</div>' if under else ""
    return (
        f'<li class="row {_verdict_class(verdict)}" id="{row_id}">'
        f"{meta}{body}{rule}{under_html}</li>"
    )


def _status(batch: Any, post: Mapping[str, Any]) -> tuple[str, str]:
    if not post.get("rows"):
        return ("none", "no display math") if batch.post_ok(post) else ("bad", "nothing checked")
    return ("ok", "OK") if post.get("ok") else ("bad", "NOT OK")


def html_report(batch: Any, *, summary: str = "", title: str = "derivations check-post") -> str:
    """The page for a :class:`~derivations.post._batch.Batch` (posts in JSON form).

    ``summary`` is the run's summary in words, shown under the title.
    """
    posts: Sequence[Mapping[str, Any]] = batch.posts
    seen = [v for v in VERDICT_ORDER]
    for p in posts:
        for r in p.get("rows") or ():
            v = str(r.get("verdict"))
            if v not in seen:
                seen.append(v)
    head_cells = "".join(f"<th>{_h(v)}</th>" for v in seen)
    rows_html = []
    sections = []
    for k, p in enumerate(posts, 1):
        pid = f"post-{k}"
        cls, status = _status(batch, p)
        rows = [r for r in p.get("rows") or () if isinstance(r, Mapping)]
        counts: dict[str, int] = {}
        for r in rows:
            counts[str(r.get("verdict"))] = counts.get(str(r.get("verdict")), 0) + 1
        cells = "".join(
            f'<td class="{"zero" if not counts.get(v) else ""}">{counts.get(v, 0)}</td>'
            for v in seen
        )
        rows_html.append(
            f'<tr><td><a href="#{pid}">{_h(shown_path(str(p.get("file", ""))))}</a></td>'
            f'<td class="status {cls}">{status}</td><td>{len(rows)}</td>{cells}</tr>'
        )
        problems = "".join(
            f"<li>{_h(q.get('message', q) if isinstance(q, Mapping) else q)}</li>"
            for q in p.get("problems") or ()
        )
        macros = _h(json.dumps(_post_macros(str(p.get("file", "")))))
        shown = _h(shown_path(str(p.get("file", ""))))
        sections.append(
            f'<section class="post" id="{pid}" data-macros="{macros}"><h2>{shown} '
            f'<span class="status {cls}">{status}</span></h2>'
            + (f'<ul class="problems">{problems}</ul>' if problems else "")
            + (
                '<ol class="rows">' + "".join(_row(pid, r) for r in rows) + "</ol>"
                if rows
                else "<p>No display math in this post.</p>"
            )
            + "</section>"
        )
    for f, _message in batch.errors:
        rows_html.append(
            f'<tr><td>{_h(f or "")}</td><td class="status bad">error</td><td>0</td>'
            + "".join('<td class="zero">0</td>' for _ in seen)
            + "</tr>"
        )
    errors = (
        '<ul class="errors">' + "".join(f"<li>{_h(m)}</li>" for _, m in batch.errors) + "</ul>"
        if batch.errors
        else ""
    )
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    js = katex_js()
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(js)} {_sha256(_RENDER)}; "
        "style-src 'unsafe-inline'; font-src data:; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_h(title)}</title>\n"
        f"<style>{katex_css()}</style>\n<style>{_STYLE}</style>\n"
        "</head><body>\n"
        f"<h1>{_h(title)}</h1>\n"
        f'<p class="run">{_h(summary)}\nGenerated {stamp}.</p>\n'
        f"{errors}"
        '<table class="summary"><thead><tr><th>post</th><th>status</th><th>rows</th>'
        f"{head_cells}</tr></thead><tbody>{''.join(rows_html)}</tbody></table>\n"
        + "\n".join(sections)
        + f"\n<script>{js}</script>\n<script>{_RENDER}</script>\n</body></html>\n"
    )


__all__ = ["html_report", "katex_css", "katex_js"]
