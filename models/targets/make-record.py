#!/usr/bin/env python3
"""Copies the figures the Bayesian calibration uses from the project's sourced record into
channel-record-2018-2024.csv (beside this script), with their source in words and their quality flag.

    python3 models/targets/make-record.py /work/shared/data/channel-facts-2018-2024.csv

Nothing after 2024 is copied. Rows computed here (a share from two published counts, a price converted
from euros) say so in their notes. Rerun it rather than editing the CSV by hand."""
import csv, os, sys

src = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/channel-facts-2018-2024.csv"
rows = list(csv.DictReader(open(src, newline="")))
out = []

def add(measure, period, value=None, low=None, high=None, group="", quality="", source="", notes=""):
    assert period[:4] <= "2024", period
    gid = ("-" + group.lower().replace(" ", "_")) if group else ""
    out.append({"id": f"{measure}{gid}-{period}", "measure": measure, "period": period, "group": group.lower(),
                "observed": "" if value is None else value, "low": "" if low is None else low,
                "high": "" if high is None else high, "quality": quality, "source": source, "notes": notes})

def pick(measure, **eq):
    return [r for r in rows if r["measure"] == measure and all(r[k] == v for k, v in eq.items())]

def src_of(r):
    return r["source"].split(",")[0].strip().strip('"') + (" (" + r["source_date"] + ")" if r["source_date"] else "")

# monthly arrivals and boats, all 84 months (Home Office SB_01, provisional weekly-release figures)
for m in ("sb_arrivals_people_month", "sb_boats_month"):
    for r in pick(m):
        add("arrivals" if "people" in m else "boats_arrived", r["period"], r["value"], quality=r["quality"],
            source="Home Office 'Migrants detected crossing the English Channel in small boats', daily series SB_01 summed by month",
            notes=r["notes"])
# people per boat and the largest day, by year
for r in pick("sb_people_per_boat_year"):
    add("people_per_boat", r["period"], r["value"], quality=r["quality"],
        source="Home Office SB_01: the year's arrivals divided by its boats", notes=r["notes"])
for r in pick("sb_largest_day_of_year"):
    add("busiest_day", r["period"][:4], r["value"], quality=r["quality"],
        source="Home Office SB_01: the largest daily count of the year (on " + r["period"] + ")", notes=r["notes"])
# arrivals by main nationality and year: the model's origin groups (Irr_02b, final annual counts)
GROUPS = {"Afghan": "afghan", "Albanian": "albanian", "Eritrean": "eritrean", "Iranian": "iranian", "Iraqi": "iraqi",
          "Sudanese": "sudanese", "Syrian": "syrian", "Vietnamese": "vietnamese"}
for r in pick("sb_arrivals_by_nationality_year"):
    if r["group"] in GROUPS:
        add("arrivals", r["period"], r["value"], group=GROUPS[r["group"]], quality=r["quality"],
            source="Home Office 'Irregular migration to the UK' summary table Irr_02b (small-boat arrivals by nationality)",
            notes=r["notes"])
# French preventions: people stopped on land or in the water (the only full year found is 2022)
for r in pick("fr_migrants_prevented", period="2022"):
    add("stopped", "2022", r["value"], quality=r["quality"],
        source="UK-France Joint Leaders' Declaration of 10 Mar 2023, as quoted by The Epoch Times (" + r["source_date"] + ")",
        notes="people whose crossing the French authorities prevented in 2022")
for r in pick("fr_migrants_prevented_partial_year", period="2024"):
    add("stopped", "2024-04-29..2024-12-29", r["value"], quality="estimate",
        source="Home Office SB_02: the French authorities' weekly operational estimate of people prevented, 35 weeks from the week ending 5 May 2024",
        notes="sum of the weeks ending 5 May to 29 Dec 2024 (partial year); an operational estimate")
# shares of attempts stopped (press reports of official statements)
for r in pick("fr_share_crossings_foiled", period="2019"):
    add("prevention_rate", "2019", round(float(r["value"]) / 100, 3), quality=r["quality"],
        source="Pas-de-Calais prefect, quoted by Le Figaro/AFP 31 Dec 2019", notes=r["notes"])
a21 = pick("fr_attempted_crossings", period="2021")[0]
add("prevention_rate", "2021", round(1 - 28000 / float(a21["value"]), 3), quality=a21["quality"],
    source="French Interior Ministry via AFP (" + a21["source_date"] + "): 52,000 attempted, 28,000 succeeded",
    notes="derived: 1 - 28,000 / 52,000")
p23 = pick("fr_migrants_prevented_ytd", period="2023-08")[0]
arr = sum(float(r["value"]) for r in pick("sb_arrivals_people_month") if "2023-01" <= r["period"] <= "2023-08")
add("prevention_rate", "2023-01..2023-08", round(float(p23["value"]) / (float(p23["value"]) + arr), 3), quality=p23["quality"],
    source="Jenrick written answer via The Epoch Times (" + p23["source_date"] + "): 15,000 stopped in the first eight months of 2023",
    notes=f"derived: 15,000 / (15,000 + {arr:,.0f} Home Office arrivals January-August 2023)")
# deaths: the French Prefecture maritime count (deaths at sea in crossings; see the targets file for why)
for r in pick("fr_premar_deaths"):
    atleast = "at least" in r["unit"]
    add("deaths", r["period"], None if atleast else r["value"], low=r["value"] if atleast else None, quality=r["quality"],
        source="Prefecture maritime Manche-mer du Nord, as reported: " + src_of(r), notes=r["notes"])
# prices of a place (GBP; the 2021 euro range converted at 0.85 GBP per EUR, the 2021 average rate)
for r in pick("price_per_place_range_low"):
    hi = pick("price_per_place_range_high", period=r["period"])[0]
    k = 0.85 if "EUR" in r["unit"] else 1
    add("price", r["period"], low=round(float(r["value"]) * k), high=round(float(hi["value"]) * k), quality=r["quality"],
        source=src_of(r), notes=("converted from EUR at 0.85; " if k != 1 else "") + r["notes"])
for r in pick("price_per_place_average", period="2022"):
    add("price", "2022", r["value"], quality=r["quality"], source=src_of(r), notes=r["notes"])
for r in pick("price_per_place_quoted", period="2023-09"):
    add("price", "2023-09", low=r["value"], high=3500, quality=r["quality"], source=src_of(r),
        notes="advertised GBP 1,500; the standard price then GBP 3,500")

dst = os.path.join(os.path.dirname(os.path.abspath(__file__)), "channel-record-2018-2024.csv")
with open(dst, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(out[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(out)
print(f"{len(out)} figures written to {dst}")
