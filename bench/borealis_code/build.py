#!/usr/bin/env python3
"""Build the Borealis Grid held-out evaluation repository.

Usage: python bench/borealis_code/build.py OUTDIR

Templates live under templates/ (suffix .tmpl is stripped).  Inline markers:

    ⟦C:expr⟧          evaluate expr, insert it, label it with class C
    ⟦C:name:=expr⟧    same, and remember the value as `name`
    ⟦_:expr⟧          insert without a label (may span lines)
    ⟦FOR var in expr⟧ ... ⟦END⟧   repeat a block (marker lines are dropped)

C is one of S (secret), P (pii), I (infra), R (proprietary), N (none).
All values come from a fixed-seed random.Random, so the template sources
never contain a well-formed credential.
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import values  # noqa: E402

CLASSES = {"S": "secret", "P": "pii", "I": "infra", "R": "proprietary", "N": "none"}
TOKEN = re.compile(r"⟦(.*?)⟧", re.S)
FOR_RE = re.compile(r"FOR\s+(\w+)\s+in\s+(.+)$", re.S)
ASSIGN_RE = re.compile(r"^(\w+):=(.*)$", re.S)


def parse(text):
    """Parse template text into a tree of ('text', s) / ('mark', cls, body) / ('for', var, expr, children)."""
    # drop whole lines that hold only a FOR/END marker
    text = re.sub(r"(?m)^[ \t]*(⟦(?:FOR [^⟧]*|END)⟧)[ \t]*\n", r"\1", text)
    root = []
    stack = [root]
    pos = 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            stack[-1].append(("text", text[pos:m.start()]))
        pos = m.end()
        body = m.group(1)
        fm = FOR_RE.match(body)
        if fm:
            node = ("for", fm.group(1), fm.group(2), [])
            stack[-1].append(node)
            stack.append(node[3])
        elif body == "END":
            stack.pop()
        else:
            cls, _, expr = body.partition(":")
            if cls not in CLASSES and cls != "_":
                raise ValueError("bad marker %r" % body)
            stack[-1].append(("mark", cls, expr))
    if pos < len(text):
        stack[-1].append(("text", text[pos:]))
    if len(stack) != 1:
        raise ValueError("unclosed FOR")
    return root


class Renderer:
    def __init__(self, env):
        self.env = env

    def render(self, nodes, relpath):
        out = []
        labels = []
        self._render(nodes, relpath, out, labels)
        return "".join(out), labels

    def _render(self, nodes, relpath, out, labels):
        for node in nodes:
            kind = node[0]
            if kind == "text":
                out.append(node[1])
            elif kind == "for":
                _, var, expr, children = node
                for item in eval(expr, self.env):
                    self.env[var] = item
                    self._render(children, relpath, out, labels)
            else:
                _, cls, expr = node
                am = ASSIGN_RE.match(expr)
                if am:
                    val = str(eval(am.group(2), self.env))
                    self.env[am.group(1)] = val
                else:
                    val = str(eval(expr, self.env))
                if cls != "_":
                    if "\n" in val:
                        raise ValueError("multi-line label in %s: %r" % (relpath, val))
                    line = "".join(out).count("\n") + 1
                    labels.append({"file": relpath, "line": line, "value": val,
                                   "class": CLASSES[cls]})
                out.append(val)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    outdir = sys.argv[1]
    appdir = os.path.join(outdir, "app")
    if os.path.isdir(appdir):
        shutil.rmtree(appdir)
    tdir = os.path.join(HERE, "templates", "app")
    paths = []
    for dp, dns, fns in os.walk(tdir):
        dns.sort()
        for fn in fns:
            paths.append(os.path.relpath(os.path.join(dp, fn), tdir))
    paths.sort()

    env = values.make_env()
    renderer = Renderer(env)
    all_labels = []
    rendered = {}
    for rel in paths:
        with open(os.path.join(tdir, rel), encoding="utf-8") as fh:
            text = fh.read()
        target = rel[:-5] if rel.endswith(".tmpl") else rel
        target = target.replace(os.sep, "/")
        out, labels = renderer.render(parse(text), target)
        rendered[target] = out
        all_labels.extend(labels)

    for target, out in rendered.items():
        dest = os.path.join(appdir, *target.split("/"))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(out)

    # ---- verification -------------------------------------------------
    errors = []
    positives = [l for l in all_labels if l["class"] != "none"]
    for lab in all_labels:
        lines = rendered[lab["file"]].split("\n")
        if lab["line"] > len(lines) or lab["value"] not in lines[lab["line"] - 1]:
            errors.append("value not on line: %r" % lab)
        if not lab["value"].strip():
            errors.append("empty value: %r" % lab)
    for lab in all_labels:
        if lab["class"] != "none":
            continue
        if len(lab["value"]) < 4:
            errors.append("none value too short: %r" % lab)
        for pos in positives:
            if lab["value"] in pos["value"]:
                errors.append("none value %r inside positive %r" % (lab["value"], pos))
                break
    if errors:
        for e in errors[:50]:
            print("ERROR", e)
        sys.exit("%d verification errors" % len(errors))

    all_labels.sort(key=lambda l: (l["file"], l["line"], l["value"]))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(all_labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    counts = {}
    for lab in all_labels:
        counts[lab["class"]] = counts.get(lab["class"], 0) + 1
    print("files: %d" % len(rendered))
    for cls in ("secret", "pii", "infra", "proprietary", "none"):
        print("%-12s %d" % (cls, counts.get(cls, 0)))
    print("total        %d" % len(all_labels))


if __name__ == "__main__":
    main()
