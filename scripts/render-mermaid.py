#!/usr/bin/env python3
"""Renders Mermaid files with Mermaid's own mermaid.min.js in headless Chromium.

    scripts/render-mermaid.py [--out DIR] [--png] FILE.mmd...
    scripts/render-mermaid.py --check

Every FILE is rendered in one Chromium run (one page, one `mermaid.render` per file); each
rendered diagram is written as DIR/NAME.svg (DIR defaults to the file's own folder), and with
--png also as DIR/NAME.png at its natural size (a second Chromium run per file). One line per
file on standard output: `ok FILE` or `error FILE: MESSAGE` (Mermaid's parse or render error).

Exit status: 0 when every file rendered, 1 when one did not, 2 on a usage error or when
Chromium failed or timed out, 3 when a renderer is missing (--check says which; the tests skip
then). mermaid.min.js comes from the PyPI package diagram-renderer (pip install
diagram-renderer), or from $MERMAID_JS; Chromium is Debian's `chromium` (apt-get install
chromium), or $CHROMIUM. No network is used: the page and the script are local files.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

MISSING = 3


def mermaid_js():
    """The path of mermaid.min.js, or None."""
    path = os.environ.get("MERMAID_JS")
    if path:
        return path if os.path.isfile(path) else None
    try:
        import diagram_renderer  # noqa: PLC0415 (only needed here)
    except ImportError:
        return None
    folder = os.path.dirname(diagram_renderer.__file__)
    for root, _, files in os.walk(folder):
        if "mermaid.min.js" in files:
            return os.path.join(root, "mermaid.min.js")
    return None


def chromium():
    """The path of a headless-capable Chromium, or None."""
    path = os.environ.get("CHROMIUM")
    if path:
        return shutil.which(path)
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(browser, arguments, timeout):
    """Runs Chromium headless; returns its standard output or raises RuntimeError."""
    command = [
        browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
        "--disable-extensions", "--allow-file-access-from-files", "--hide-scrollbars",
        "--force-device-scale-factor=1",
    ] + arguments
    try:
        result = subprocess.run(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            timeout=timeout, check=False)
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(f"chromium did not finish within {timeout} s") from error
    if result.returncode != 0:
        tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"chromium exited with status {result.returncode}: {' '.join(tail)}")
    return result.stdout.decode("utf-8", "replace")


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>rendering</title>
<script src="{script}"></script></head>
<body>
<script id="sources" type="application/json">{sources}</script>
<script>
(async () => {{
  const sources = JSON.parse(document.getElementById("sources").textContent);
  const results = [];
  mermaid.initialize({{ startOnLoad: false }});
  for (let index = 0; index < sources.length; index++) {{
    try {{
      const rendered = await mermaid.render("diagram-" + index, sources[index]);
      results.push({{ ok: true, text: rendered.svg }});
    }} catch (error) {{
      results.push({{ ok: false, text: String(error && error.message ? error.message : error) }});
    }}
  }}
  const output = document.createElement("script");
  output.type = "application/json";
  output.id = "output";
  // Every `<` escaped, so that no SVG text can end the element early.
  output.textContent = JSON.stringify(results).replace(/</g, "\\u003c");
  document.body.appendChild(output);
  document.title = "done";
}})();
</script>
</body></html>
"""

OUTPUT = re.compile(r'<script type="application/json" id="output">(.*?)</script>', re.S)


def render(browser, script, texts, folder):
    """Renders `texts` in one page; returns a list of (ok, svg-or-message)."""
    # JSON in a script element: only `</` could end it early.
    sources = json.dumps(texts, ensure_ascii=True).replace("</", "<\\/")
    page = os.path.join(folder, "render.html")
    with open(page, "w", encoding="utf-8") as handle:
        handle.write(PAGE.format(script="file://" + script, sources=sources))
    budget = 20000 + 2000 * len(texts)
    dom = run_chromium(
        browser, [f"--virtual-time-budget={budget}", "--dump-dom", "file://" + page],
        timeout=120 + 5 * len(texts))
    match = OUTPUT.search(dom)
    if "<title>done</title>" not in dom or not match:
        raise RuntimeError("the page did not finish rendering (is mermaid.min.js loadable?)")
    results = json.loads(match.group(1))
    outcomes = []
    for index in range(len(texts)):
        result = results[index] if index < len(results) else {"ok": False, "text": "no result"}
        body = result["text"]
        # Mermaid's error picture is an SVG too, with the role "error".
        if result["ok"] and "<svg" in body and 'aria-roledescription="error"' not in body:
            outcomes.append((True, body[body.index("<svg"):]))
        else:
            outcomes.append((False, re.sub(r"\s+", " ", body).strip() or "no svg"))
    return outcomes


def svg_size(svg):
    """The natural width and height of a Mermaid SVG, from its viewBox."""
    match = re.search(r'viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"', svg)
    if not match:
        return 800, 600
    return int(float(match.group(3))) + 1, int(float(match.group(4))) + 1


def screenshot(browser, svg, png, folder):
    """Writes `svg` as a PNG at its natural size."""
    width, height = svg_size(svg)
    sized = re.sub(r'^<svg([^>]*?) width="100%"', rf'<svg\1 width="{width}" height="{height}"', svg, count=1)
    sized = re.sub(r'^(<svg[^>]*?) style="max-width: [\d.]+px;"', r"\1", sized, count=1)
    page = os.path.join(folder, "shot.html")
    with open(page, "w", encoding="utf-8") as handle:
        handle.write(
            '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}'
            "</style></head><body>" + sized + "</body></html>")
    run_chromium(
        browser, [f"--window-size={width},{height}", f"--screenshot={png}", "file://" + page], timeout=120)


def main(arguments):
    out = None
    png = False
    files = []
    check = False
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument == "--check":
            check = True
        elif argument == "--png":
            png = True
        elif argument == "--out" and index + 1 < len(arguments):
            index += 1
            out = arguments[index]
        elif argument in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif argument.startswith("-"):
            print(f"render-mermaid: unknown option {argument}", file=sys.stderr)
            return 2
        else:
            files.append(argument)
        index += 1

    script, browser = mermaid_js(), chromium()
    missing = []
    if script is None:
        missing.append("mermaid.min.js (pip install diagram-renderer)")
    if browser is None:
        missing.append("chromium (apt-get install chromium)")
    if missing:
        print("render-mermaid: missing " + " and ".join(missing), file=sys.stderr)
        return MISSING
    if check:
        print(f"mermaid.min.js: {script}\nchromium: {browser}")
        return 0
    if not files:
        print("render-mermaid: no file given", file=sys.stderr)
        return 2

    texts = []
    for path in files:
        with open(path, encoding="utf-8") as handle:
            texts.append(handle.read())
    with tempfile.TemporaryDirectory(prefix="render-mermaid-") as folder:
        try:
            outcomes = render(browser, script, texts, folder)
        except RuntimeError as error:
            print(f"render-mermaid: {error}", file=sys.stderr)
            return 2
        failed = False
        for path, (ok, body) in zip(files, outcomes):
            if not ok:
                failed = True
                print(f"error {path}: {body}")
                continue
            target = out or os.path.dirname(os.path.abspath(path))
            os.makedirs(target, exist_ok=True)
            stem = os.path.splitext(os.path.basename(path))[0]
            with open(os.path.join(target, stem + ".svg"), "w", encoding="utf-8") as handle:
                handle.write(body)
            if png:
                try:
                    screenshot(browser, body, os.path.join(target, stem + ".png"), folder)
                except RuntimeError as error:
                    print(f"render-mermaid: {path}: {error}", file=sys.stderr)
                    return 2
            print(f"ok {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
