"""Writes the group-by fixture: a CSV with skewed keys, missing keys and missing values, and
pandas' answers for the holistic and two-column aggregations (median, nlargest, nsmallest, corr,
cov).

Run with Debian's python3-pandas (1.5):  /usr/bin/python3 make_golden.py
Each answer is a line `question|key|value` (key parts joined by '/', 'nan' for a missing part;
value 'nan' when missing), groups in pandas' order (sorted, missing keys last).
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(16)
n = 6000
# skewed keys: a few large groups and a long tail of small ones, some missing
k = np.array([f"k{int(z)}" for z in np.minimum(rng.zipf(1.6, n), 400)], dtype=object)
k[rng.random(n) < 0.03] = None
j = rng.integers(0, 4, n)
x = rng.normal(50, 20, n).round(4)
x[rng.random(n) < 0.08] = np.nan
y = (0.5 * x + rng.normal(0, 5, n)).round(4)
y[rng.random(n) < 0.08] = np.nan
c = rng.integers(-1000, 1000, n)  # int64 values: exact medians of integers
frame = pd.DataFrame({"k": k, "j": j, "x": x, "y": y, "c": c})
frame.to_csv("values.csv", index=False, na_rep="")


def key_text(key):
    parts = key if isinstance(key, tuple) else (key,)
    return "/".join("nan" if (isinstance(p, float) and np.isnan(p)) or p is None else str(p)
                    for p in parts)


with open("pandas-groupby.txt", "w") as out:
    def write(question, series):
        for key, value in series.items():
            out.write(f"{question}|{key_text(key)}|{float(value)!r}\n")

    write("median-x-by-k", frame.groupby("k")["x"].median())
    write("median-c-by-k-j", frame.groupby(["k", "j"], dropna=False)["c"].median())
    write("std-x-by-k", frame.groupby("k")["x"].std())
    for question, series in [
            ("nlargest2-x-by-k", frame.groupby("k")["x"].nlargest(2)),
            ("nsmallest3-c-by-j", frame.groupby("j")["c"].nsmallest(3))]:
        # drop the original row labels: the key, then the values in pandas' order
        for (key, _row), value in series.items():
            out.write(f"{question}|{key_text(key)}|{float(value)!r}\n")
    write("corr-x-y-by-k", frame.groupby("k").apply(lambda g: g["x"].corr(g["y"])))
    write("cov-x-y-by-j", frame.groupby("j").apply(lambda g: g["x"].cov(g["y"])))
