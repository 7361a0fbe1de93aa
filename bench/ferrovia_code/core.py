"""Marker-based templating: values are wrapped in markers while the text is
built; render() strips the markers and records (line, value, class) labels.

Marker forms (inside generated text):
    ⟦c:VALUE⟧            -> emits VALUE, label value VALUE
    ⟦c=VALUE¦RAW⟧        -> emits RAW (e.g. a value split over lines),
                             label value VALUE, line = first line of RAW
c is one of s (secret), p (pii), i (infra), x (proprietary), n (none).
"""
import re

CLASSES = {"s": "secret", "p": "pii", "i": "infra", "x": "proprietary", "n": "none"}
_MARK = re.compile(r"⟦([spixn])(?::(.*?)|=(.*?)¦(.*?))⟧", re.S)


def _m(c, v, raw=None):
    v = str(v)
    if raw is None:
        return f"⟦{c}:{v}⟧"
    return f"⟦{c}={v}¦{raw}⟧"


def S(v, raw=None):
    return _m("s", v, raw)


def P(v, raw=None):
    return _m("p", v, raw)


def I(v, raw=None):
    return _m("i", v, raw)


def X(v, raw=None):
    return _m("x", v, raw)


def N(v, raw=None):
    return _m("n", v, raw)


def fill(tpl, **kw):
    """Replace @@name@@ placeholders (no brace escaping needed)."""
    def rep(m):
        k = m.group(1)
        if k not in kw:
            raise KeyError(f"template placeholder @@{k}@@ not provided")
        return str(kw[k])
    out = re.sub(r"@@([A-Za-z0-9_]+)@@", rep, tpl)
    unused = set(kw) - set(re.findall(r"@@([A-Za-z0-9_]+)@@", tpl))
    if unused:
        raise KeyError(f"unused template keys: {sorted(unused)}")
    return out


def render(text):
    """Return (clean_text, labels) where labels = [(line, value, class)]."""
    out = []
    labels = []
    pos = 0
    clean_len = 0
    newlines = 0
    for m in _MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        newlines += chunk.count("\n")
        c = m.group(1)
        if m.group(2) is not None:
            value = raw = m.group(2)
        else:
            value, raw = m.group(3), m.group(4)
        if "⟦" in raw or "⟦" in value:
            raise ValueError("nested marker: " + raw[:60])
        labels.append((newlines + 1, value, CLASSES[c]))
        out.append(raw)
        newlines += raw.count("\n")
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    if "⟦" in clean or "⟧" in clean or "@@" in clean:
        i = max(clean.find("⟦"), clean.find("⟧"), clean.find("@@"))
        raise ValueError("leftover marker near: " + clean[max(0, i - 60):i + 60])
    return clean, labels


def split(cls, value, joiner, parts=2):
    """Emit `value` broken into `parts` pieces joined by `joiner` (e.g. a quote,
    newline and quote); the label keeps the logical joined value."""
    n = len(value)
    cuts = [round(n * i / parts) for i in range(parts + 1)]
    pieces = [value[cuts[i]:cuts[i + 1]] for i in range(parts)]
    return cls(value, joiner.join(pieces))
