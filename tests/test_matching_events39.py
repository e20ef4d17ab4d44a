"""Same-event consistency (issue 9, branch events39): names the directory lacked that reports of one event write for
its unions (the ILWU and ILWU Canada, Birleşik Metal-İş's half translation, the RMT without "National Union of", the
SPM's and AIBEA's other names)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


def test_ilwu_canada_names_the_ilwu_too() -> None:
    tags = tag_text("The International Longshore and Warehouse Union of Canada (ILWU Canada) has issued a strike notice "
                    "at the ports of Vancouver and Prince Rupert.", language="en")
    assert union_ids(tags) == {"international-longshore-and-warehouse-union-canada-ca", "ilwu"}, union_ids(tags)


@pytest.mark.parametrize(("text", "language", "union_id"), [
    ("The Rail, Maritime and Transport Workers union said it would shut down the network on June 21, 23 and 25.",
     "en", "rmt"),
    ("Three of them, the Free Metal Workers' Trade Union among them, were targeted in the crackdown in Minsk.",
     "en", "spm"),
    ("अखिल भारतीय बैंक कर्मचारी संघ ने कहा कि बैंकिंग सेक्टर भी इस हड़ताल में शामिल होगा।", "hi", "aibea-in"),
    ("Die Gewerkschaft United Metal-İş rief die Arbeiter von Farplas in Gebze zum Protest auf.", "de", "bmis-tr"),
])
def test_other_names_of_unions_an_event_s_reports_write(text: str, language: str, union_id: str) -> None:
    assert union_ids(tag_text(text, language=language)) == {union_id}
