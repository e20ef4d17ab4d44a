"""Korean and Greek pass (issue 9, branch recko42): unions the directory lacked under the names the press writes:
the KCTU plant construction workers' union and its Ulsan branch (also under the Ulsan union's old name, 울산건설플랜트노조),
the Greek building workers' federation and its city unions, and two Cypriot electricity authority staff unions."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "language", "name"), [
    # wide_recko42 ko-42608: the branch glued to its union's short name
    ("플랜트건설노조울산지부는 26일 올해 임금과 단체협약교섭을 위해 부분파업을 진행했다.", "ko",
     "Korean Plant Construction Workers' Union"),
    ("플랜트건설노조울산지부는 26일 올해 임금과 단체협약교섭을 위해 부분파업을 진행했다.", "ko",
     "전국플랜트건설노조 울산지부"),
    # wide_ko19 ko-917, wide_ko31 ko-31413: the Ulsan union's name before it became the branch, with a space or not
    ("울산건설플랜트 노조가 찬반투표를 통해 단체협약 잠정합의안을 가결시켰습니다.", "ko", "전국플랜트건설노조 울산지부"),
    ("울산건설플랜트노조는 파업을 철회하고 현장에 복귀했다.", "ko", "전국플랜트건설노조 울산지부"),
    # wide_ko19 ko-917: the city written apart
    ("건설노련은 \"울산 건설플랜트 노조의 파업 두달만에 구속자가 28명에 달한다\"며 석방을 촉구했다.", "ko", "전국플랜트건설노조 울산지부"),
    # wide_recko42 el-42645 (genitive, full name), el-42646 (short name)
    ("Την αντίδραση της Ομοσπονδίας Οικοδόμων και Συναφών Επαγγελμάτων Ελλάδας προκάλεσε το εργατικό δυστύχημα.", "el",
     "Ομοσπονδία Οικοδόμων και Συναφών Επαγγελμάτων Ελλάδας"),
    ("Όπως επισημαίνει ο γραμματέας της Ομοσπονδίας Οικοδόμων, πρέπει να παρθούν μέτρα ασφάλειας.", "el",
     "Ομοσπονδία Οικοδόμων και Συναφών Επαγγελμάτων Ελλάδας"),
    # wide_recko42 el-42647, el-42644
    ("Τον ακήρυχτο πόλεμο καταγγέλλει το Συνδικάτο Οικοδόμων Θεσσαλονίκης και απαιτεί μέτρα ασφαλείας.", "el",
     "Συνδικάτο Οικοδόμων Θεσσαλονίκης"),
    ("Σύμφωνα με το δελτίο Τύπου του Συνδικάτου Οικοδόμων και Συναφών Επαγγελμάτων Πατρών, ο εργαζόμενος έπεσε.", "el",
     "Συνδικάτο Οικοδόμων και Συναφών Επαγγελμάτων Πάτρας"),
    # wide_recko42 el-42640
    ("Σύμφωνα με κοινή ανακοίνωση των συντεχνιών ΕΠΟΠΑΗ, ΣΗΔΗΚΕΚ, ΣΕΠΑΗΚ, ΣΥΒΑΗΚ, θα πραγματοποιηθούν συγκεντρώσεις.", "el",
     "ΣΕΠΑΗΚ"),
    ("Σύμφωνα με κοινή ανακοίνωση των συντεχνιών ΕΠΟΠΑΗ, ΣΗΔΗΚΕΚ, ΣΕΠΑΗΚ, ΣΥΒΑΗΚ, θα πραγματοποιηθούν συγκεντρώσεις.", "el",
     "ΣΥΒΑΗΚ"),
])
def test_a_name_the_directory_lacked_is_the_union(text: str, language: str, name: str) -> None:
    tags = tag_text(text, language=language)
    assert name in union_names(tags), union_names(tags)


@pytest.mark.parametrize(("text", "language", "absent"), [
    # a plant's workers' union of another kind is not the KCTU union (an FKTU-affiliated one, cctoday 2018)
    ("전국플랜트연합노조는 임시총회를 열고 상급단체 가입 안건을 가결했다.", "ko", "Korean Plant Construction Workers' Union"),
    # the building workers' word alone names no union
    ("Οι οικοδόμοι της Πάτρας απέκλεισαν την είσοδο του ΕΦΚΑ.", "el", "Συνδικάτο Οικοδόμων και Συναφών Επαγγελμάτων Πάτρας"),
    # the Athens union is not the federation
    ("Το Συνδικάτο Οικοδόμων Αθήνας καλεί σε Γενική Συνέλευση.", "el",
     "Ομοσπονδία Οικοδόμων και Συναφών Επαγγελμάτων Ελλάδας"),
])
def test_what_is_not_that_union(text: str, language: str, absent: str) -> None:
    tags = tag_text(text, language=language)
    assert absent not in union_names(tags), union_names(tags)


@pytest.mark.parametrize(("text", "name"), [
    # wide_el19 el-8462 (genitive, two trades joined by "και")
    ("Στην άθλια στάση αναφέρθηκε ο Γιάννης Μελαμπιανάκης, μέλος του ΔΣ του Συνδικάτου Τροφίμων και Ποτών.",
     "Συνδικάτο Τροφίμων και Ποτών"),
    # wide_recko42 el-42646 (a site's union, articles inside its name)
    ("Όπως επισημαίνει ο πρόεδρος του Σωματείου Εργαζομένων στο Έργο Ανάπτυξης στο Ελληνικό, Βάλσαμος Συρίγος, πρέπει "
     "να παρθούν μέτρα.", "Σωματείο Εργαζομένων στο Έργο Ανάπτυξης στο Ελληνικό"),
])
def test_a_greek_union_is_found_by_its_head_word_and_capitalised_words(text: str, name: str) -> None:
    tags = tag_text(text, language="el")
    assert name in union_names(tags), union_names(tags)


@pytest.mark.parametrize("text", [
    # wide_el19 el-8430: one word after the head is a sector's union referred to, not named
    "Η απεργιακή συγκέντρωση της Ομοσπονδίας, του κλαδικού Συνδικάτου Αττικής και επιχειρησιακών σωματείων θα γίνει.",
    # a union of the workers, no name
    "Το Σωματείο Εργαζομένων της εταιρείας κήρυξε στάση εργασίας.",
    # a sports club is no union
    "Το αθλητικό σωματείο Ολυμπιακός Βόλου ανακοίνωσε νέο προπονητή.",
])
def test_a_greek_head_word_without_a_name_is_no_union(text: str) -> None:
    tags = tag_text(text, language="el")
    assert not any(name.startswith(("Σωματεί", "Συνδικάτ")) for name in union_names(tags)), union_names(tags)


def test_a_greek_name_stops_before_an_acronym_joined_to_it() -> None:
    # "και ΠΑΜΕ" after a union's name is another body, not part of the name (rizospastis style)
    tags = tag_text("Στη συγκέντρωση κάλεσαν το Συνδικάτο Τροφίμων και Ποτών και το ΠΑΜΕ.", language="el")
    assert "Συνδικάτο Τροφίμων και Ποτών" in union_names(tags), union_names(tags)
