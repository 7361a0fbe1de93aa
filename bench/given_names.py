"""Build codeleak/data/given-names.txt: given names of many countries, for the person-name rule.

The names come from the person providers of Faker (MIT licence, pinned below), lower-cased and
de-duplicated: every locale written in Latin script, and those in Cyrillic and Georgian written
in Latin letters the way codeleak reads a name in those scripts (`rules.transliterate`:
`Олена` -> `olena`). The list ships in the package; this
script is how it was made and how to remake it:

    pip install faker==40.63.0 && python bench/given_names.py
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "codeleak" / "data" / "given-names.txt"
NAME = re.compile(r"[a-zà-öø-ÿ\u0100-\u017f]+(?:-[a-zà-öø-ÿ\u0100-\u017f]+)?")
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def names() -> set[str]:
    import faker.providers.person as person

    from codeleak.rules import transliterate

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ATTRIBUTES:
            values = getattr(provider, attribute, ())
            if not isinstance(values, (dict, list, tuple, set, frozenset)):
                continue  # a property (a locale that builds its names at run time)
            for name in values.keys() if isinstance(values, dict) else values:
                lower = transliterate(name.strip().lower())
                if len(lower) >= 3 and NAME.fullmatch(lower):
                    found.add(lower)
    return found


def main() -> None:
    import faker

    found = sorted(names())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(f"# given names from the person providers of Faker {faker.VERSION} (MIT licence,\n"
                   "# https://github.com/joke2k/faker), Latin script (Cyrillic and Georgian\n"
                   "# transliterated), lower case; made by\n"
                   "# bench/given_names.py\n" + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} names -> {OUT}")


if __name__ == "__main__":
    main()
