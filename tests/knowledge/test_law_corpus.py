from collections import Counter

import pytest

from knowledge.law_corpus import LAW_DIR, cn_to_int, law_chunks, parse_law_file
from knowledge.law_sources import LAW_SOURCES

EXPECTED = {
    "劳动合同法": 98, "劳动法": 107, "劳动合同法实施条例": 38, "工资支付暂行规定": 20, "年休假实施办法": 19,
    "女职工劳动保护特别规定": 16, "最低工资规定": 15, "年休假条例": 10, "经济补偿办法": 7, "劳动争议解释一": 5,
    "劳动合同法修正决定": 4, "工资折算通知": 3, "个税优惠衔接通知": 1,
}


@pytest.fixture(scope="module")
def chunks():
    return law_chunks()


def test_every_statute_file_is_shipped_and_parsed():
    assert sorted(p.name for p in LAW_DIR.glob("*.md")) == sorted(s.file for s in LAW_SOURCES)


def test_chunk_counts_per_law(chunks):
    assert Counter(c.metadata["law"] for c in chunks) == EXPECTED
    assert len(chunks) == 343


def test_ids_are_unique_and_follow_the_convention(chunks):
    ids = [c.id for c in chunks]
    assert len(ids) == len(set(ids))
    for c in chunks:
        law, number = c.id.split("#")
        assert law == c.metadata["law"] and int(number) == c.metadata["article"]


def test_labour_contract_law_articles_run_1_to_98(chunks):
    numbers = [c.metadata["article"] for c in chunks if c.metadata["law"] == "劳动合同法"]
    assert numbers == list(range(1, 99))


def test_articles_run_together_on_one_line_are_split(chunks):
    # The 劳动法 source runs some articles into the line before: "…事项。 第二十三条 …".
    numbers = [c.metadata["article"] for c in chunks if c.metadata["law"] == "劳动法"]
    assert numbers == list(range(1, 108))
    art22 = next(c for c in chunks if c.id == "劳动法#22")
    assert "第二十三条" not in art22.text


def test_article_keeps_its_paragraphs_and_items(chunks):
    art47 = next(c for c in chunks if c.id == "劳动合同法#47")
    assert art47.title == "《中华人民共和国劳动合同法》第四十七条"
    assert art47.text.startswith("第四十七条 经济补偿按劳动者在本单位工作的年限")
    assert "三倍" in art47.text and art47.text.endswith("本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资。")
    art46 = next(c for c in chunks if c.id == "劳动合同法#46")
    assert art46.text.count("（") >= 7  # items (一)…(七) stay with the article
    assert art47.metadata["chapter"] == "第四章 劳动合同的解除和终止"
    assert art47.metadata["version"] and art47.metadata["effective_date"] == "2008-01-01"
    assert art47.metadata["excerpt"] is False and art47.metadata["verified"] is True


def test_front_matter_is_skipped(chunks):
    first = next(c for c in chunks if c.id == "劳动合同法#1")
    assert "主席令" not in first.text and "目录" not in first.text
    assert all("颁布日期" not in c.text and "执行日期" not in c.text for c in chunks)
    assert all("来源：" not in c.text for c in chunks)


def test_chapter_with_letter_spaced_heading(chunks):
    art = next(c for c in chunks if c.id == "劳动法#2")
    assert art.metadata["chapter"] == "第一章 总则"
    section = next(c for c in chunks if c.id == "劳动合同法#58")
    assert section.metadata["chapter"] == "第五章 特别规定 第二节 劳务派遣"


def test_notices_give_one_chunk_per_numbered_section(chunks):
    notice = [c for c in chunks if c.metadata["law"] == "工资折算通知"]
    assert [c.id for c in notice] == ["工资折算通知#1", "工资折算通知#2", "工资折算通知#3"]
    assert "21.75" in notice[1].text
    assert "劳动和社会保障部" not in notice[2].text  # the sign-off is not part of section 三
    tax = next(c for c in chunks if c.id == "个税优惠衔接通知#5")
    assert tax.title.endswith("第五条") and "181,920" in tax.text and tax.metadata["excerpt"] is True


def test_481_summary_bullets_are_flagged(chunks):
    measures = {c.metadata["article"]: c for c in chunks if c.metadata["law"] == "经济补偿办法"}
    assert sorted(measures) == [5, 6, 7, 8, 9, 10, 11]
    assert not measures[5].metadata["summary"] and not measures[7].metadata["summary"]
    assert all(measures[n].metadata["summary"] for n in (6, 8, 9, 10, 11))
    assert measures[6].title.endswith("（要点）")
    assert all(c.metadata["historical"] and c.metadata["verified"] is False for c in measures.values())
    assert "期满终止" in measures[11].text  # the unnumbered bullet joins the one before it


def test_appendix_stays_with_the_article_that_refers_to_it(chunks):
    art4 = next(c for c in chunks if c.id == "女职工劳动保护特别规定#4")
    assert "附录" in art4.text and "矿山井下作业" in art4.text
    art16 = next(c for c in chunks if c.id == "女职工劳动保护特别规定#16")
    assert "矿山" not in art16.text


def test_superseded_chapter_is_marked(chunks):
    assert next(c for c in chunks if c.id == "劳动法#28").metadata["superseded_by"] == "劳动合同法"
    assert "superseded_by" not in next(c for c in chunks if c.id == "劳动法#44").metadata


def test_chinese_numerals():
    assert [cn_to_int(x) for x in ("一", "十", "十一", "四十七", "一百零七", "二〇")] == [1, 10, 11, 47, 107, 20]


def test_duplicate_article_is_an_error(tmp_path):
    src = LAW_SOURCES[0]
    (tmp_path / src.file).write_text("第一条 甲。\n\n第一条 乙。\n", encoding="utf-8")
    with pytest.raises(ValueError, match="appears twice"):
        parse_law_file(src, tmp_path / src.file)
