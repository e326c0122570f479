"""Writes the resample fixtures: a CSV of timestamps and values, and pandas' answers.

Run with Debian's python3-pandas (1.5):  /usr/bin/python3 make_golden.py
Each answer is written as lines `freq|agg|label|value` (value 'nan' when missing).
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(11)
n = 4000
start = pd.Timestamp("2021-01-01")
# Irregular times over about 14 months, with a gap of a whole month (no rows in 2021-06).
offsets = np.sort(rng.integers(0, 430 * 24 * 3600, n))
times = start + pd.to_timedelta(offsets, unit="s")
times = times[(times < "2021-06-01") | (times >= "2021-07-01")]
values = rng.normal(10, 3, len(times)).round(3)
values[rng.random(len(times)) < 0.05] = np.nan
frame = pd.DataFrame({"at": times, "x": values, "n": rng.integers(0, 5, len(times))})
frame.to_csv("events.csv", index=False, date_format="%Y-%m-%d %H:%M:%S", na_rep="")

daily = frame.assign(day=frame["at"].dt.normalize()).drop(columns="at")
daily.to_csv("daily.csv", index=False, date_format="%Y-%m-%d", na_rep="")

with open("pandas-resample.txt", "w") as out:
    indexed = frame.set_index("at")
    for freq in ["D", "W", "M", "MS", "Q", "QS", "A", "AS"]:
        r = indexed.resample(freq)
        for agg, series in [("mean", r["x"].mean()), ("sum", r["x"].sum()),
                            ("count", r["x"].count()), ("max", r["x"].max()),
                            ("std", r["x"].std()), ("size", r.size())]:
            for label, value in series.items():
                out.write(f"events|{freq}|{agg}|{label.strftime('%Y-%m-%d %H:%M:%S')}|{value!r}\n")
    by_day = daily.set_index("day")
    for freq in ["W", "M", "Q"]:
        r = by_day.resample(freq)
        for agg, series in [("mean", r["x"].mean()), ("sum", r["n"].sum())]:
            for label, value in series.items():
                out.write(f"daily|{freq}|{agg}|{label.strftime('%Y-%m-%d')}|{value!r}\n")
