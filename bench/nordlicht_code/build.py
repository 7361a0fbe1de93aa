"""Build the Nordlicht Health held-out repository.

usage: python build.py OUTDIR   -> OUTDIR/app/** and OUTDIR/labels.json

Template markers:  ⟦c@gen⟧ / ⟦c@gen:arg⟧  fresh generated value (values.gen)
                   ⟦c:key⟧                 kwargs value of the file
                   ⟦c=literal⟧             literal value
c is one of s(secret) p(pii) i(infra) r(proprietary) n(none / negative).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V  # noqa: E402
import files_a, files_b, files_c  # noqa: E402,E401

CLS = {"s": "secret", "p": "pii", "i": "infra", "r": "proprietary", "n": "none"}
MARK = re.compile(r"⟦([spirn])([@:=])(.*?)⟧", re.S)


def render(path, template, kw):
    out, labels, pos = [], [], 0
    text_len = 0
    for m in MARK.finditer(template):
        out.append(template[pos:m.start()])
        c, op, arg = m.groups()
        if op == "@":
            name, _, a = arg.partition(":")
            fn = getattr(V, name)
            if a.isdigit():
                a = int(a)
            val = fn(a) if a != "" else fn()
        elif op == ":":
            val = kw[arg]
        else:
            val = arg
        so_far = "".join(out)
        line = so_far.count("\n") + 1
        out.append(val)
        labels.append({"file": path, "line": line, "value": val, "class": CLS[c]})
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise SystemExit("unrendered marker in %s" % path)
    return text, labels


def check(text, labels, path):
    lines = text.split("\n")
    offs, o = [], 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    pos_vals = [l["value"] for l in labels if l["class"] != "none"]
    for l in labels:
        v, n = l["value"], l["line"]
        first = v.split("\n")[0]
        if first not in lines[n - 1] or v not in text[offs[n - 1]:]:
            raise SystemExit("LABEL NOT ON ITS LINE: %s:%d %r" % (path, n, v[:30]))
        if l["class"] == "none":
            if len(v) < 4:
                raise SystemExit("negative too short: %s %r" % (path, v))
            for p in pos_vals:
                if v in p:
                    raise SystemExit("negative %r inside positive in %s" % (v, path))


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    outdir = sys.argv[1]
    app = os.path.join(outdir, "app")
    all_labels = []
    seen = set()
    for mod in (files_a, files_b, files_c):
        for spec in mod.FILES:
            path, template = spec[0], spec[1]
            kw = spec[2] if len(spec) > 2 else {}
            if path in seen:
                raise SystemExit("duplicate file " + path)
            seen.add(path)
            text, labels = render(path, template.lstrip("\n"), kw)
            check(text, labels, path)
            full = os.path.join(app, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(text)
            all_labels.extend(labels)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(all_labels, f, indent=1, ensure_ascii=False)
    counts = {}
    for l in all_labels:
        counts[l["class"]] = counts.get(l["class"], 0) + 1
    print("files=%d labels=%d %s" % (len(seen), len(all_labels), counts))


if __name__ == "__main__":
    main()
