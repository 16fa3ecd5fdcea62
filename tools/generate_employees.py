"""Generate the synthetic HR dataset: 220 employees of a manufacturing company.

    /work/venv/bin/python tools/generate_employees.py            # rewrite the committed files
    /work/venv/bin/python tools/generate_employees.py --check    # fail if they are out of date

Deterministic (one seeded ``random.Random``; no clock, no network). Writes, under
knowledge/data/employees/: employees.json (canonical), csv/*.csv, employees.xlsx and
personas.json (the persona each employee was generated with: ground truth for evaluations,
not part of the record). E0001–E0020 are hand-specified edge cases (docs/records.md lists
them); E0021 onwards are random. Every record passes the loader's validation.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import sys
import tempfile
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.records import Employee, write_csv_tables, write_json, write_xlsx  # noqa: E402
from knowledge.records.writers import dumps_json  # noqa: E402

SEED = 20260301
RANDOM_COUNT = 200
DATA_END = "2026-10"  # last month of wage data for everyone still employed
TODAY = date(2026, 10, 31)
SURVEY_DATES = [date(2024, 12, 10), date(2025, 6, 10), date(2025, 12, 10), date(2026, 6, 10)]
CENT = Decimal("0.01")

# city -> (weight, pay factor)
CITIES = {
    "苏州": (30, Decimal("1.00")), "上海": (18, Decimal("1.25")), "北京": (14, Decimal("1.25")),
    "深圳": (10, Decimal("1.20")), "广州": (9, Decimal("1.05")), "杭州": (9, Decimal("1.10")),
    "成都": (5, Decimal("0.85")), "武汉": (5, Decimal("0.85")),
}
# department -> (weight, pay factor, individual positions, manager positions, level range, overtime h/month)
DEPARTMENTS = {
    "生产": (30, "0.85", ["操作工", "设备维修工", "班组长"], ["生产主管", "生产经理"], (1, 4), (20, 60)),
    "质量": (10, "1.00", ["质量检验员", "质量工程师", "体系工程师"], ["质量经理"], (2, 6), (5, 25)),
    "研发": (20, "1.30", ["软件工程师", "硬件工程师", "算法工程师", "测试工程师"], ["研发经理", "研发总监"], (3, 8), (10, 45)),
    "销售": (15, "0.90", ["销售代表", "客户经理", "大客户经理"], ["销售经理"], (2, 6), (0, 20)),
    "采购": (6, "1.00", ["采购专员", "采购工程师"], ["采购经理"], (2, 5), (0, 15)),
    "财务": (6, "1.05", ["会计", "出纳", "财务分析师"], ["财务经理"], (2, 6), (0, 20)),
    "人力资源": (5, "1.00", ["招聘专员", "薪酬福利专员", "HRBP"], ["人力资源经理"], (2, 6), (0, 15)),
    "IT": (6, "1.20", ["运维工程师", "系统管理员", "开发工程师"], ["IT经理"], (3, 6), (5, 30)),
    "物流": (10, "0.85", ["仓管员", "叉车司机", "物流专员", "调度员"], ["物流主管"], (1, 4), (15, 50)),
}
LEVEL_BASE = {f"P{i}": v for i, v in enumerate([4500, 5500, 7000, 9000, 12000, 16000, 22000, 30000, 40000], 1)}
LEVEL_BASE.update({"M1": 14000, "M2": 20000, "M3": 28000, "M4": 40000})

PERSONAS = {"ordinary": 50, "data_driven": 15, "loyal": 12, "financially_pressed": 12, "litigious": 11}
RATING_WEIGHTS = {
    "ordinary": (10, 40, 40, 10), "data_driven": (55, 40, 5, 0), "loyal": (20, 55, 25, 0),
    "financially_pressed": (5, 35, 50, 10), "litigious": (2, 20, 50, 28),
}
RATINGS = ("优秀", "良好", "合格", "待改进")
TOP_PERCENT = {"优秀": (1, 15), "良好": (15, 45), "合格": (40, 85), "待改进": (85, 100)}
YEAR_END_MONTHS = {"优秀": Decimal("2.5"), "良好": Decimal("1.5"), "合格": Decimal("1.0"), "待改进": Decimal("0")}
SATISFACTION = {"ordinary": (3, 4), "data_driven": (3, 5), "loyal": (4, 5), "financially_pressed": (2, 4), "litigious": (1, 3)}
LATE_MEAN = {"ordinary": 0.5, "data_driven": 0.3, "loyal": 0.2, "financially_pressed": 0.4, "litigious": 2.0}

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞斌宇浩凯健俊帆帅旭宁龙林峰波建国志文博亮成晨东海鑫振睿昊天瑞子轩俊杰"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲桂英婷雪琳颖晶慧倩洁萍红梅燕欣怡佳悦雨涵思梦璐瑶琪蕾月晓彤薇嘉岚"

REWARDS = ["年度优秀员工", "季度之星", "技术创新奖", "合理化建议奖（降本增效）", "安全生产标兵", "收到客户书面表扬信",
           "质量改善项目奖", "专利奖励（发明专利1项）", "重点项目突出贡献奖"]
PENALTIES = ["当月迟到累计超过规定次数，书面警告", "违反安全操作规程，通报批评", "未按流程报销差旅费，书面警告",
             "与同事发生争执影响工作秩序，口头警告", "擅自离岗两小时，记过一次"]
TRAININGS = [("安全生产培训", 8), ("精益生产基础", 12), ("Python数据分析", 24), ("高效沟通", 8),
             ("领导力发展项目", 32), ("ISO9001内审员", 24), ("商务谈判技巧", 12), ("财务合规与税务更新", 8), ("信息安全意识", 4)]
TRAINING_RESULTS = ["合格", "优秀", "通过考核", None]
CULTURE = ["组织部门年度团建", "担任新员工导师，带教{n}名新人", "社区助老公益活动志愿者", "企业文化宣讲员",
           "年会节目策划与主持", "内部分享会讲师：{topic}", "工会小组长", "读书会发起人", "无偿献血"]
TOPICS = ["精益改善案例", "客户沟通心得", "代码评审实践", "仓储5S管理", "数据看板搭建"]
CONFLICTS = [("与同事因工作分工发生争执", "低"), ("与直属上级就绩效评分产生分歧并提出书面申诉", "中"),
             ("在部门会议上与同事激烈争吵，经调解平息", "中"), ("对加班排班不满，拒绝执行当日排班", "中"),
             ("投诉直属上级分配任务不公，要求人力资源部介入", "高"), ("因调岗安排与部门负责人发生冲突", "高")]
NOTES = {
    "data_driven": ["沟通偏理性，习惯用数据和法律条款说话，要求书面依据", "关注职业发展与市场薪酬对标，曾提供同行薪资数据",
                    "多次在述职中系统引用业绩数据"],
    "loyal": ["在公司工作多年，与部门同事关系融洽，被同事称为“老大哥/老大姐”", "与直属上级共事多年，私交较好",
              "曾表示对公司有感情，希望一直干到退休", "多次主动带教新员工"],
    "financially_pressed": ["家庭经济压力较大，正在偿还房贷", "家中两个孩子上学，配偶收入不稳定", "曾申请公司困难补助",
                            "主动要求多排加班以增加收入", "父母患病需长期用药"],
    "litigious": ["曾就加班费计算方式向劳动监察大队投诉", "沟通时多次录音，要求所有答复书面化",
                  "曾咨询劳动仲裁律师，表示“该拿的一分不能少”", "对年度绩效结果提出过书面申诉"],
    "ordinary": ["近期表达过对通勤时间较长的不满", "关注公司年度调薪安排"],
}


# ---------------------------------------------------------------- small helpers


def q(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def add_months(month: str, n: int) -> str:
    y, m = map(int, month.split("-"))
    k = y * 12 + m - 1 + n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def months(first: str, last: str) -> list[str]:
    out, m = [], first
    while m <= last:
        out.append(m)
        m = add_months(m, 1)
    return out


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def rand_date(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def weighted(rng: random.Random, table: dict) -> str:
    keys = list(table)
    weights = [v[0] if isinstance(v, tuple) else v for v in table.values()]
    return rng.choices(keys, weights=weights)[0]


def poisson(rng: random.Random, mean: float) -> int:
    # Knuth; fine for the small means used here
    limit, k, p = pow(2.718281828459045, -mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


class Names:
    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng, self.taken = rng, set(taken)

    def __call__(self, gender: str) -> str:
        chars = MALE_CHARS if gender == "男" else FEMALE_CHARS
        while True:
            given = "".join(self.rng.choice(chars) for _ in range(self.rng.choice((1, 2, 2, 2))))
            name = self.rng.choice(SURNAMES) + given
            if name not in self.taken:
                self.taken.add(name)
                return name


# ---------------------------------------------------------------- the parts of one record


def contracts_for(rng: random.Random, hire: date, until: date, pattern: list[int] | None = None) -> list[dict]:
    """Fixed terms from hire; after two consecutive fixed terms, usually open-ended (第14条)."""
    pattern = pattern or [rng.choice((3, 3, 3, 5)), rng.choice((3, 5))]
    out, start = [], hire
    for years in pattern:
        end = add_years(start, years) - timedelta(days=1)
        out.append({"start": start.isoformat(), "end": end.isoformat(), "type": "固定期限"})
        if end >= until:
            return out
        start = end + timedelta(days=1)
    if rng.random() < 0.9:
        out.append({"start": start.isoformat(), "type": "无固定期限"})
    else:  # some companies keep signing fixed terms; the engine has to flag it
        out.append({"start": start.isoformat(), "end": (add_years(start, 3) - timedelta(days=1)).isoformat(),
                    "type": "固定期限"})
    return out


def month_fraction(month: str, hire: date, last_day: date | None) -> Decimal:
    """Share of a month worked, for the first and last month of employment (calendar days)."""
    y, m = map(int, month.split("-"))
    days = calendar.monthrange(y, m)[1]
    first = hire.day if month_of(hire) == month else 1
    last = last_day.day if last_day and month_of(last_day) == month else days
    return Decimal(last - first + 1) / Decimal(days)


def wages_and_attendance(rng, p: dict, window: list[str], ratings: dict[int, str]) -> tuple[list, list]:
    base = Decimal(p["base"])
    allowance = Decimal(p["allowance"])
    hourly = lambda b: b / Decimal("21.75") / Decimal(8)  # noqa: E731
    wages, attendance = [], []
    for month in window:
        if month.endswith("-03") and month != window[0]:  # annual raise in March
            base = (base * Decimal(1 + rng.choice((0, 0.02, 0.03, 0.04, 0.05, 0.06)))).quantize(Decimal(100))
        share = month_fraction(month, p["hire"], p.get("last_day"))
        lo, hi = p["ot_range"]
        hours = Decimal(rng.randint(lo, hi)) if hi else Decimal(0)
        if share < 1:
            hours = (hours * share).quantize(Decimal(1))
        weekend = (hours * Decimal(rng.choice(("0.2", "0.3", "0.4")))).quantize(Decimal(1))
        ot_pay = q(hourly(base) * (Decimal("1.5") * (hours - weekend) + 2 * weekend))
        if p["commission"]:
            bonus = q(base * Decimal(rng.uniform(0.1, 0.8)))
        else:
            bonus = (base * Decimal(rng.uniform(0.05, 0.2))).quantize(Decimal(10))
        if month.endswith("-01"):
            prev = ratings.get(int(month[:4]) - 1)
            if prev:
                bonus += q(base * YEAR_END_MONTHS[prev])
        w = {"month": month, "base": q(base * share), "bonus": q(bonus * share),
             "allowance": q(allowance * share), "overtime_pay": ot_pay}
        w["total"] = w["base"] + w["bonus"] + w["allowance"] + w["overtime_pay"]
        wages.append(w)
        attendance.append({"month": month, "late_count": min(poisson(rng, p["late_mean"]), 12),
                           "overtime_hours": hours})
    return wages, attendance


def ratings_for(rng, persona: str, hire: date, last_year: int) -> list[dict]:
    first = hire.year if hire.month <= 6 else hire.year + 1
    out = []
    for year in range(max(first, last_year - 6), last_year + 1):
        r = rng.choices(RATINGS, weights=RATING_WEIGHTS[persona])[0]
        out.append({"year": year, "rating": r, "department_top_percent": rng.randint(*TOP_PERCENT[r])})
    return out


def events(rng, persona: str, start: date, end: date) -> dict:
    """Rewards, penalties, trainings, culture, surveys, conflicts and notes inside [start, end]."""
    recent = max(start, end - timedelta(days=365 * 4))
    out: dict[str, list] = {k: [] for k in ("rewards_penalties", "trainings", "culture_contributions",
                                             "satisfaction", "conflicts", "hr_notes")}
    n_rewards = {"data_driven": 3, "loyal": 2}.get(persona, 1)
    for _ in range(rng.randint(0, n_rewards)):
        out["rewards_penalties"].append({"date": rand_date(rng, recent, end), "kind": "奖励",
                                         "description": rng.choice(REWARDS)})
    n_pen = {"litigious": 3, "financially_pressed": 1}.get(persona, 0)
    for _ in range(rng.randint(0 if persona != "litigious" else 1, n_pen) if n_pen else int(rng.random() < 0.08)):
        out["rewards_penalties"].append({"date": rand_date(rng, recent, end), "kind": "处分",
                                         "description": rng.choice(PENALTIES)})
    train_start = max(start, end - timedelta(days=365 * 3))
    for _ in range(rng.randint(1, 5 if persona == "data_driven" else 3)):
        course, hours = rng.choice(TRAININGS)
        out["trainings"].append({"date": rand_date(rng, train_start, end), "course": course, "hours": hours,
                                 "result": rng.choice(TRAINING_RESULTS)})
    if start >= train_start:  # joined within the window: the onboarding course is on file
        out["trainings"].append({"date": rand_date(rng, start, min(end, start + timedelta(days=20))),
                                 "course": "新员工入职培训", "hours": 16, "result": "合格"})
    n_culture = {"loyal": (3, 7), "data_driven": (0, 2)}.get(persona, (0, 1))
    for _ in range(rng.randint(*n_culture)):
        text = rng.choice(CULTURE).format(n=rng.randint(2, 8), topic=rng.choice(TOPICS))
        out["culture_contributions"].append({"date": rand_date(rng, start, end), "description": text,
                                             "points": rng.choice((5, 10, 10, 15, 20, 30))})
    lo, hi = SATISFACTION[persona]
    for d in SURVEY_DATES:
        if start <= d <= end and rng.random() < 0.9:
            out["satisfaction"].append({"survey_date": d, "score": rng.randint(lo, hi)})
    n_conf = rng.randint(2, 4) if persona == "litigious" else int(rng.random() < 0.05)
    for _ in range(n_conf):
        text, sev = rng.choice(CONFLICTS)
        out["conflicts"].append({"date": rand_date(rng, recent, end), "description": text, "severity": sev})
    n_notes = {"ordinary": int(rng.random() < 0.2)}.get(persona, rng.randint(1, 3))
    for text in rng.sample(NOTES[persona], min(n_notes, len(NOTES[persona]))):
        out["hr_notes"].append({"date": rand_date(rng, recent, end), "text": text})
    for k in out:
        key = "survey_date" if k == "satisfaction" else "date"
        out[k].sort(key=lambda x: x[key])
    return out


# ---------------------------------------------------------------- one employee


def build(rng: random.Random, names: Names, spec: dict) -> tuple[dict, str]:
    """A full record from a spec; any key the spec sets wins over the random draw."""
    s = dict(spec)
    persona = s.pop("persona", None) or weighted(rng, PERSONAS)
    dept = s.get("department") or (rng.choice(("生产", "生产", "物流", "质量", "采购"))
                                   if persona == "financially_pressed" else weighted(rng, DEPARTMENTS))
    _, dept_factor, positions, manager_positions, (lvl_lo, lvl_hi), ot_range = DEPARTMENTS[dept]
    city = s.get("city") or weighted(rng, CITIES)
    gender = s.get("gender") or rng.choices(("男", "女"), weights=(70, 30) if dept in ("生产", "物流", "研发") else (50, 50))[0]
    if persona == "financially_pressed":  # low pay: bottom levels, never a manager
        lvl_hi = max(lvl_lo, min(lvl_hi, lvl_lo + 1, 3))
    is_manager = s.get("is_manager", rng.random() < 0.1 and persona != "financially_pressed")
    level = s.get("level") or (rng.choice(("M1", "M2", "M3")) if is_manager else f"P{rng.randint(lvl_lo, lvl_hi)}")
    position = s.get("position") or (rng.choice(manager_positions) if level.startswith("M") else rng.choice(positions))

    tenure_years = {"loyal": rng.uniform(9, 19)}.get(persona, min(rng.expovariate(1 / 5), 24))
    hire = s.get("hire_date") or rand_date(rng, TODAY - timedelta(days=int(365 * tenure_years) + 30),
                                           TODAY - timedelta(days=int(365 * tenure_years)))
    hire = hire if hire <= TODAY - timedelta(days=30) else TODAY - timedelta(days=rng.randint(30, 200))
    age_at_hire = rng.randint(21, 34) if not level.startswith("M") else rng.randint(26, 38)
    birth = s.get("birth_date") or rand_date(rng, date(hire.year - age_at_hire, 1, 1), date(hire.year - age_at_hire, 12, 28))
    if "birth_date" not in s and (TODAY - birth).days > 365 * 59:  # keep random staff below retirement age
        birth = date(TODAY.year - 58, birth.month, min(birth.day, 28))

    status, separation = s.get("status"), s.get("separation")
    if status is None:
        status = rng.choices(("在职", "协商中", "已离职"), weights=(80, 9, 11))[0]
    contracts = s.get("contracts")
    if separation is None and status != "在职":
        separation = _random_separation(rng, status, hire, persona)
    last_day = date.fromisoformat(str(separation["proposed_last_day"])) if separation else None
    if last_day and last_day < hire + timedelta(days=40):
        last_day = hire + timedelta(days=40)
        separation["proposed_last_day"] = last_day
    if contracts is None:
        contracts = contracts_for(rng, hire, last_day or TODAY)
        if separation and separation.get("ground") == "合同期满终止":
            current = contracts[-1]
            start = date.fromisoformat(current["start"])
            if current["type"] == "固定期限" and last_day >= add_years(start, 1) - timedelta(days=1):
                current["end"] = last_day.isoformat()  # this term was agreed to end on the last day
            elif status == "已离职":
                separation.update(ground="劳动者辞职", article="劳动合同法第37条", proposed_by="员工")
            else:
                separation.update(ground="协商解除", article="劳动合同法第36条", proposed_by="公司")
    contracts = [c for c in contracts if last_day is None or date.fromisoformat(str(c["start"])) <= last_day]

    last_month = min(DATA_END, month_of(last_day)) if last_day else DATA_END
    last_month = s.get("last_wage_month", last_month)
    window = months(max(month_of(hire), add_months(last_month, -23)), last_month)
    end_date = min(last_day or TODAY, TODAY) if "last_wage_month" not in s else date.fromisoformat(last_month + "-28")
    rating_last_year = int(last_month[:4]) - 1 if "ratings" not in s else 0
    ratings = s.get("ratings") or ratings_for(rng, persona, hire, rating_last_year)

    city_factor = CITIES[city][1] if city in CITIES else Decimal(1)
    base = s.get("base") or (Decimal(LEVEL_BASE[level]) * city_factor * Decimal(dept_factor)
                             * Decimal(rng.uniform(0.9, 1.12))).quantize(Decimal(100))
    if level.startswith("M"):
        ot_range = (0, 0)  # 不定时工作制
    elif persona == "financially_pressed":
        ot_range = (max(ot_range[0], 30) + 10, max(ot_range[1], 40) + 30)
    pay = {"base": base, "allowance": s.get("allowance") or Decimal(rng.choice((300, 500, 600, 800, 1000, 1200))),
           "hire": hire, "last_day": last_day, "ot_range": s.get("ot_range", ot_range),
           "commission": dept == "销售" and not level.startswith("M"), "late_mean": LATE_MEAN[persona]}
    rating_by_year = {r["year"]: r["rating"] for r in ratings}
    wages, attendance = wages_and_attendance(rng, pay, window, rating_by_year)
    if "wages" in s:
        wages, attendance = s["wages"], s["attendance"]

    ev = events(rng, persona, hire, end_date)
    for key in ev:
        if key in s:
            ev[key] = s[key]
        elif f"extra_{key}" in s:
            ev[key] = sorted(ev[key] + s[f"extra_{key}"], key=lambda x: x.get("date") or x.get("survey_date"))

    senior = level in ("P6", "P7", "P8", "P9") or level in ("M2", "M3", "M4")
    confidentiality = s.get("confidentiality", dept in ("研发", "IT", "财务") or level.startswith("M"))
    non_compete = s.get("non_compete")
    if non_compete is None:
        if confidentiality and senior and rng.random() < 0.4:
            avg = sum(w["total"] for w in wages[-12:]) / len(wages[-12:])
            non_compete = {"bound": True, "months": rng.choice((6, 12, 24)),
                           "monthly_pay": q(avg * Decimal(rng.choice(("0.3", "0.3", "0.4", "0.5"))))}
        else:
            non_compete = {"bound": False}
    age_at_hire_years = hire.year - birth.year
    prior = s.get("prior_work_months", max(0, (age_at_hire_years - 22) * 12 - rng.randint(0, 18)))

    protected = s.get("protected_statuses")
    if protected is None:
        protected = _random_protection(rng, gender, birth, hire, end_date)

    record = {
        "employee_id": s["employee_id"], "name": s.get("name") or names(gender), "gender": gender,
        "birth_date": birth, "city": city, "department": dept, "position": position, "level": level,
        "manager_id": s.get("manager_id"), "hire_date": hire, "status": status, "separation": separation,
        "prior_work_months": prior, "confidentiality": confidentiality, "non_compete": non_compete,
        "contracts": contracts, "wages": wages, "ratings": ratings, "attendance": attendance,
        "protected_statuses": protected, **ev,
    }
    return record, persona


def _random_separation(rng, status: str, hire: date, persona: str) -> dict:
    if status == "协商中":
        last = rand_date(rng, date(2026, 11, 15), date(2027, 1, 31))
        ground = rng.choices(("协商解除", "无过失性辞退", "合同期满终止", "劳动者辞职"), weights=(70, 10, 10, 10))[0]
    else:
        last = rand_date(rng, max(hire + timedelta(days=60), date(2025, 1, 15)), date(2026, 9, 30))
        ground = rng.choices(("劳动者辞职", "协商解除", "合同期满终止", "过失性辞退"),
                             weights=(60, 20, 12, 8 if persona == "litigious" else 2))[0]
    article = {"协商解除": "劳动合同法第36条", "劳动者辞职": "劳动合同法第37条", "无过失性辞退": "劳动合同法第40条",
               "合同期满终止": "劳动合同法第44条第1项", "过失性辞退": "劳动合同法第39条"}[ground]
    by = "员工" if ground == "劳动者辞职" else "公司" if ground != "协商解除" else rng.choices(("公司", "员工"), (70, 30))[0]
    return {"proposed_last_day": last, "ground": ground, "article": article, "proposed_by": by}


def _random_protection(rng, gender: str, birth: date, hire: date, end: date) -> list[dict]:
    out = []
    r = rng.random()
    age = (end - birth).days // 365
    if gender == "女" and 24 <= age <= 38 and r < 0.05:
        start = rand_date(rng, max(hire, end - timedelta(days=150)), end)
        out.append({"kind": "孕期", "start": start})
    elif gender == "女" and 24 <= age <= 38 and r < 0.08:
        start = rand_date(rng, max(hire, end - timedelta(days=300)), end - timedelta(days=30))
        out.append({"kind": "哺乳期", "start": start, "end": add_years(start, 1) - timedelta(days=1),
                    "note": "婴儿满一周岁前"})
    elif r < 0.06:
        start = rand_date(rng, max(hire, end - timedelta(days=900)), end - timedelta(days=200))
        out.append({"kind": "医疗期", "start": start, "end": start + timedelta(days=rng.choice((30, 60, 90)) - 1),
                    "note": "已结束，已复工"})
    return out


# ---------------------------------------------------------------- the hand-made edge cases


def seed_employee_wages(rng: random.Random) -> tuple[list, list]:
    """陈杰: 2021-03 … 2023-02; the last 12 totals sum to exactly 132,000.00 and hours to 180."""
    last12_hours = [12, 14, 16, 18, 15, 13, 17, 20, 16, 14, 12, 13]
    window = months("2021-03", "2023-02")
    wages, attendance = [], []
    for i, month in enumerate(window):
        recent = i >= 12
        base = Decimal(8000) if recent else Decimal(7600)
        hours = Decimal(last12_hours[i - 12]) if recent else Decimal(rng.randint(6, 14))
        ot_pay = q(base / Decimal("21.75") / 8 * Decimal("1.5") * hours)
        if month == "2022-01":
            bonus = Decimal(7600 * 2)  # year-end bonus for 2021 (优秀)
        elif month == "2023-01":
            bonus = Decimal(9000)  # year-end bonus for 2022 (优秀)
        else:
            bonus = Decimal(rng.randrange(550, 760, 10))
        wages.append({"month": month, "base": base, "bonus": bonus, "allowance": Decimal(600), "overtime_pay": ot_pay})
        attendance.append({"month": month, "late_count": int(rng.random() < 0.15), "overtime_hours": hours})
    target = Decimal("132000.00")
    others = sum(w["base"] + w["bonus"] + w["allowance"] + w["overtime_pay"] for w in wages[12:-1])
    last = wages[-1]
    last["bonus"] = target - others - last["base"] - last["allowance"] - last["overtime_pay"]
    assert Decimal(0) < last["bonus"] < Decimal(2000), last["bonus"]
    for w in wages:
        w["total"] = w["base"] + w["bonus"] + w["allowance"] + w["overtime_pay"]
    return wages, attendance


def exact_average_wages(window: list[str], base: Decimal, allowance: Decimal, average: Decimal) -> list[dict]:
    """Wages whose last 12 totals average exactly ``average`` (the remainder goes into the last bonus)."""
    wages = []
    for i, month in enumerate(window):
        bonus = Decimal(4000 + (i * 37) % 900) if not month.endswith("-01") else base
        wages.append({"month": month, "base": base, "bonus": bonus, "allowance": allowance, "overtime_pay": Decimal(0)})
    others = sum(w["base"] + w["bonus"] + w["allowance"] for w in wages[-12:-1])
    wages[-1]["bonus"] = average * 12 - others - base - allowance
    for w in wages:
        w["total"] = w["base"] + w["bonus"] + w["allowance"]
    return wages


def edge_specs(rng: random.Random) -> list[dict]:
    seed_wages, seed_attendance = seed_employee_wages(rng)
    sep = lambda last, ground, article, by: {"proposed_last_day": last, "ground": ground,  # noqa: E731
                                             "article": article, "proposed_by": by}
    below_min = []
    for month in months("2024-11", "2026-10"):
        idle = "2025-11" <= month <= "2026-06"  # 待岗: living allowance only
        base = Decimal(2000) if idle else Decimal(2800)
        allowance = Decimal(0) if idle else Decimal(200)
        below_min.append({"month": month, "base": base, "bonus": Decimal(0), "allowance": allowance,
                          "overtime_pay": Decimal(0), "total": base + allowance})
    exact_cap = exact_average_wages(months("2024-11", "2026-10"), Decimal(38000), Decimal(2000), Decimal("47103.25"))
    return [
        dict(employee_id="E0001", name="陈杰", gender="男", birth_date=date(1990, 8, 14), city="北京", department="销售",
             position="大客户经理", level="P5", manager_id="E0020", hire_date=date(2016, 3, 1), status="协商中",
             persona="data_driven",
             separation=sep(date(2023, 2, 28), "协商解除", "劳动合同法第36条", "公司"),
             contracts=[{"start": "2016-03-01", "end": "2019-02-28", "type": "固定期限"},
                        {"start": "2019-03-01", "end": "2022-02-28", "type": "固定期限"},
                        {"start": "2022-03-01", "type": "无固定期限"}],
             wages=seed_wages, attendance=seed_attendance, last_wage_month="2023-02", prior_work_months=10,
             ratings=[{"year": 2016, "rating": "合格", "department_top_percent": 55},
                      {"year": 2017, "rating": "良好", "department_top_percent": 35},
                      {"year": 2018, "rating": "良好", "department_top_percent": 25},
                      {"year": 2019, "rating": "良好", "department_top_percent": 18},
                      {"year": 2020, "rating": "优秀", "department_top_percent": 10},
                      {"year": 2021, "rating": "优秀", "department_top_percent": 10},
                      {"year": 2022, "rating": "优秀", "department_top_percent": 10}],
             rewards_penalties=[{"date": date(2021, 1, 15), "kind": "奖励", "description": "2020年度销售冠军"},
                                {"date": date(2022, 1, 14), "kind": "奖励", "description": "2021年度优秀员工"},
                                {"date": date(2023, 1, 13), "kind": "奖励", "description": "2022年度优秀员工"}],
             satisfaction=[{"survey_date": date(2021, 6, 10), "score": 4}, {"survey_date": date(2021, 12, 10), "score": 4},
                           {"survey_date": date(2022, 6, 10), "score": 4},
                           {"survey_date": date(2022, 12, 10), "score": 3, "comment": "希望有更大的发展空间"}],
             conflicts=[],
             hr_notes=[{"date": date(2022, 11, 20), "text": "2022年购房，每月房贷压力不小"},
                       {"date": date(2023, 1, 5), "text": "与人力资源部张琳（E0019）为高中同学，私交很好"},
                       {"date": date(2023, 1, 10), "text": "表示想换工作；希望公司支付8个月工资的经济补偿"}],
             extra_culture_contributions=[{"date": date(2022, 9, 20), "description": "担任新员工导师，带教4名新人",
                                           "points": 20}]),
        dict(employee_id="E0002", name="周建国", gender="男", birth_date=date(1976, 5, 3), city="苏州", department="生产",
             position="设备维修工", level="P4", hire_date=date(2003, 9, 1), status="协商中", persona="loyal",
             separation=sep(date(2026, 12, 31), "协商解除", "劳动合同法第36条", "公司"),
             contracts=[{"start": "2003-09-01", "end": "2006-08-31", "type": "固定期限"},
                        {"start": "2006-09-01", "end": "2009-08-31", "type": "固定期限"},
                        {"start": "2009-09-01", "type": "无固定期限"}], prior_work_months=36),
        dict(employee_id="E0003", name="吴晓彤", gender="女", birth_date=date(2001, 2, 9), city="苏州", department="物流",
             position="调度员", level="P2", hire_date=date(2026, 5, 18), status="协商中", persona="ordinary",
             separation=sep(date(2026, 10, 31), "协商解除", "劳动合同法第36条", "公司"),
             contracts=[{"start": "2026-05-18", "end": "2029-05-17", "type": "固定期限"}], prior_work_months=14),
        dict(employee_id="E0004", name="郑浩", gender="男", birth_date=date(1998, 11, 23), city="北京", department="IT",
             position="运维工程师", level="P3", hire_date=date(2026, 5, 1), status="协商中", persona="ordinary",
             separation=sep(date(2026, 10, 31), "协商解除", "劳动合同法第36条", "公司"),
             contracts=[{"start": "2026-05-01", "end": "2029-04-30", "type": "固定期限"}], prior_work_months=26),
        dict(employee_id="E0005", name="林振宇", gender="男", birth_date=date(1982, 3, 17), city="北京", department="研发",
             position="研发总监", level="M4", hire_date=date(2014, 4, 8), status="协商中", persona="data_driven",
             base=Decimal(60000), allowance=Decimal(3000), confidentiality=True,
             separation=sep(date(2026, 12, 31), "协商解除", "劳动合同法第36条", "公司"),
             non_compete={"bound": True, "months": 24, "monthly_pay": Decimal("21000.00")}),
        dict(employee_id="E0006", name="马桂英", gender="女", birth_date=date(1975, 7, 30), city="上海", department="物流",
             position="仓管员", level="P1", hire_date=date(2019, 6, 3), status="协商中", persona="financially_pressed",
             wages=below_min, attendance=[{"month": w["month"], "late_count": 0, "overtime_hours": Decimal(0)}
                                          for w in below_min],
             separation=sep(date(2026, 11, 30), "协商解除", "劳动合同法第36条", "公司"),
             extra_hr_notes=[{"date": date(2025, 11, 3),
                              "text": "2025年11月起所在仓库业务调整，停工待岗至2026年6月，待岗期间按生活费发放"}]),
        dict(employee_id="E0007", name="沈佳怡", gender="女", birth_date=date(1994, 10, 2), city="杭州", department="财务",
             position="会计", level="P3", hire_date=date(2019, 4, 8), status="协商中", persona="ordinary",
             separation=sep(date(2026, 12, 31), "无过失性辞退", "劳动合同法第40条第3项", "公司"),
             protected_statuses=[{"kind": "孕期", "start": date(2026, 6, 20), "note": "预产期2027-02-25"}]),
        dict(employee_id="E0008", name="韩鹏", gender="男", birth_date=date(1986, 1, 12), city="深圳", department="IT",
             position="系统管理员", level="P5", hire_date=date(2017, 7, 10), status="协商中", persona="ordinary",
             separation=sep(date(2026, 12, 31), "协商解除", "劳动合同法第36条", "公司"),
             protected_statuses=[{"kind": "医疗期", "start": date(2026, 8, 3), "end": date(2027, 2, 2),
                                  "note": "腰椎间盘突出手术后休养，医疗期6个月"}]),
        dict(employee_id="E0009", name="黄志文", gender="男", birth_date=date(1967, 4, 12), city="广州", department="质量",
             position="质量工程师", level="P5", hire_date=date(2009, 6, 1), status="协商中", persona="loyal",
             separation=sep(date(2026, 12, 31), "经济性裁员", "劳动合同法第41条", "公司"), prior_work_months=180,
             protected_statuses=[]),
        dict(employee_id="E0010", name="蒋丽", gender="女", birth_date=date(1991, 12, 5), city="苏州", department="采购",
             position="采购工程师", level="P4", hire_date=date(2020, 11, 1), status="协商中", persona="ordinary",
             separation=sep(date(2026, 10, 31), "合同期满终止", "劳动合同法第44条第1项", "公司"),
             contracts=[{"start": "2020-11-01", "end": "2023-10-31", "type": "固定期限"},
                        {"start": "2023-11-01", "end": "2026-10-31", "type": "固定期限"}]),
        dict(employee_id="E0011", name="许睿", gender="男", birth_date=date(1989, 6, 21), city="上海", department="研发",
             position="算法工程师", level="P7", hire_date=date(2018, 7, 2), status="协商中", persona="data_driven",
             confidentiality=True, separation=sep(date(2026, 11, 30), "协商解除", "劳动合同法第36条", "公司"),
             non_compete={"bound": True, "months": 24, "monthly_pay": Decimal("12000.00")}),
        dict(employee_id="E0012", name="曾倩", gender="女", birth_date=date(1990, 2, 14), city="深圳", department="销售",
             position="大客户经理", level="P6", hire_date=date(2020, 3, 16), status="协商中", persona="litigious",
             confidentiality=True, separation=sep(date(2026, 11, 15), "劳动者辞职", "劳动合同法第37条", "员工"),
             non_compete={"bound": True, "months": 12, "monthly_pay": Decimal("2000.00")}),
        dict(employee_id="E0013", name="梁子轩", gender="男", birth_date=date(1993, 9, 9), city="杭州", department="研发",
             position="软件工程师", level="P6", hire_date=date(2021, 8, 2), status="在职", persona="ordinary",
             confidentiality=True, non_compete={"bound": True, "months": 12}),
        dict(employee_id="E0014", name="宋雨涵", gender="女", birth_date=date(1992, 4, 27), city="广州", department="销售",
             position="客户经理", level="P4", hire_date=date(2019, 9, 2), status="协商中", persona="data_driven",
             separation=sep(date(2026, 11, 30), "协商解除", "劳动合同法第36条", "员工"),
             extra_hr_notes=[{"date": date(2026, 10, 12),
                              "text": "本人主动提出协商解除，希望公司支付8个月工资的补偿"}]),
        dict(employee_id="E0015", name="唐明", gender="男", birth_date=date(1980, 12, 1), city="北京", department="研发",
             position="研发总监", level="M4", hire_date=date(2012, 5, 14), status="协商中", persona="data_driven",
             confidentiality=True, wages=exact_cap,
             attendance=[{"month": w["month"], "late_count": 0, "overtime_hours": Decimal(0)} for w in exact_cap],
             non_compete={"bound": False},
             separation=sep(date(2026, 10, 31), "协商解除", "劳动合同法第36条", "公司")),
        dict(employee_id="E0016", name="赵大勇", gender="男", birth_date=date(1984, 8, 8), city="苏州", department="生产",
             position="操作工", level="P2", hire_date=date(2011, 3, 7), status="在职", persona="financially_pressed",
             protected_statuses=[{"kind": "职业病", "start": date(2025, 4, 10), "note": "职业性噪声聋，已经职业病诊断机构确诊"}]),
        dict(employee_id="E0017", name="顾晓雪", gender="女", birth_date=date(1995, 3, 3), city="上海", department="质量",
             position="质量检验员", level="P2", hire_date=date(2024, 1, 31), status="协商中", persona="ordinary",
             separation=sep(date(2026, 11, 30), "协商解除", "劳动合同法第36条", "公司")),
        dict(employee_id="E0018", name="钱国平", gender="男", birth_date=date(1979, 1, 19), city="北京", department="财务",
             position="财务分析师", level="P5", hire_date=date(2016, 11, 1), status="协商中", persona="loyal",
             separation=sep(date(2026, 10, 31), "合同期满终止", "劳动合同法第44条第1项", "公司"),
             contracts=[{"start": "2016-11-01", "end": "2026-10-31", "type": "固定期限"}]),
        dict(employee_id="E0019", name="张琳", gender="女", birth_date=date(1990, 3, 28), city="北京", department="人力资源",
             position="人力资源主管", level="M1", hire_date=date(2015, 7, 6), status="在职", persona="loyal",
             extra_hr_notes=[{"date": date(2023, 1, 5), "text": "与销售部陈杰（E0001）为高中同学"}]),
        dict(employee_id="E0020", name="刘海", gender="男", birth_date=date(1981, 10, 10), city="北京", department="销售",
             position="销售经理", level="M2", hire_date=date(2012, 2, 20), status="在职", persona="ordinary"),
    ]


# ---------------------------------------------------------------- the company


def assign_managers(rng: random.Random, records: list[dict]) -> None:
    """Department heads report to nobody; everyone else to a manager of the same department,
    preferably in the same city. Hand-set manager ids are kept."""
    by_dept: dict[str, list[dict]] = {}
    for r in records:
        if r["status"] != "已离职":
            by_dept.setdefault(r["department"], []).append(r)
    for dept, people in by_dept.items():
        managers = sorted((p for p in people if p["level"].startswith("M")),
                          key=lambda p: (p["level"], p["hire_date"]), reverse=True)
        head = managers[0] if managers else max(people, key=lambda p: (p["level"], -p["hire_date"].toordinal()))
        for p in people:
            if p["manager_id"] or p is head:
                continue
            local = [m for m in managers if m["city"] == p["city"] and m is not p]
            p["manager_id"] = (rng.choice(local) if local else head)["employee_id"]
    for r in records:  # people who left keep the manager they had
        if r["status"] == "已离职" and not r["manager_id"]:
            same = [p for p in records if p["department"] == r["department"] and p["level"].startswith("M")
                    and p is not r]
            if same:
                r["manager_id"] = rng.choice(same)["employee_id"]


def generate(seed: int = SEED, count: int = RANDOM_COUNT) -> tuple[list[Employee], dict[str, str]]:
    rng = random.Random(seed)
    specs = edge_specs(rng)
    names = Names(rng, {s["name"] for s in specs})
    records, personas = [], {}
    for spec in specs:
        rec, persona = build(rng, names, spec)
        records.append(rec)
        personas[rec["employee_id"]] = persona
    for i in range(count):
        rec, persona = build(rng, names, {"employee_id": f"E{len(specs) + i + 1:04d}"})
        records.append(rec)
        personas[rec["employee_id"]] = persona
    assign_managers(rng, records)
    employees = [Employee.model_validate(r) for r in records]
    return employees, personas


def write_all(employees: list[Employee], personas: dict[str, str], out: Path) -> list[Path]:
    written = [write_json(employees, out / "employees.json")]
    written += write_csv_tables(employees, out / "csv")
    written.append(write_xlsx(employees, out / "employees.xlsx"))
    p = out / "personas.json"
    p.write_text(json.dumps(personas, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    written.append(p)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--count", type=int, default=RANDOM_COUNT, help="random employees after the 20 edge cases")
    ap.add_argument("--out", type=Path, default=ROOT / "knowledge" / "data" / "employees")
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed files differ from a fresh run")
    args = ap.parse_args(argv)
    employees, personas = generate(args.seed, args.count)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = write_all(employees, personas, Path(tmp))
            stale = [f.relative_to(tmp) for f in fresh
                     if not (args.out / f.relative_to(tmp)).exists()
                     or (args.out / f.relative_to(tmp)).read_bytes() != f.read_bytes()]
        for f in stale:
            sys.stderr.write(f"out of date: {f}\n")
        return 1 if stale else 0
    written = write_all(employees, personas, args.out)
    total = sum(f.stat().st_size for f in written)
    sys.stdout.write(f"{len(employees)} employees, {len(written)} files, {total / 1e6:.2f} MB in {args.out}\n")
    sys.stdout.write(f"employees.json: {len(dumps_json(employees).encode()) / 1e6:.2f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
