"""Dask's side of the arrays benchmark: the same four queries on the same files, timed with
Dask's threaded scheduler (numpy with the system BLAS underneath).

Prints one line per query: query=<name> dask_s=<median seconds> value=<checksum>.
Usage: arrays_dask.py DIR RUNS QUERY[,QUERY...]
"""
import glob
import os
import statistics
import sys
import time

import dask
import dask.array as da
import h5py
import numpy as np


def hdf5_mean_std(folder):
    with h5py.File(os.path.join(folder, "random.hdf5"), "r") as f:
        stored = f["/x"].chunks  # 32 stored chunks per block along the first axis, as Floe does
        x = da.from_array(f["/x"], chunks=(min(stored[0] * 32, f["/x"].shape[0]),) + stored[1:])
        mean, std = dask.compute(x.mean(), x.std())
    return float(mean) + float(std)


def weather_stack_mean_anomaly(folder):
    files = [h5py.File(p, "r") for p in sorted(glob.glob(os.path.join(folder, "weather", "*.hdf5")))]
    try:
        t = da.stack([da.from_array(f["/t2m"], chunks=(500, 500)) for f in files], axis=0)
        anomaly = (t[0] - t.mean(axis=0)).compute()
    finally:
        for f in files:
            f.close()
    return float(anomaly.sum(dtype=np.float64))


def random_slice_mean(folder):
    x = da.random.RandomState(42).normal(10, 0.1, size=(20000, 20000), chunks=(1000, 1000))
    y = x[::2, 5000:].mean(axis=1).compute()
    return float(y.mean())


def matmul(folder):
    x = da.random.RandomState(42).normal(0, 1, size=(4000, 4000), chunks=(1000, 1000))
    y = ((x + x.T) @ x).compute()
    return float(y.sum())


QUERIES = {
    "hdf5-mean-std": hdf5_mean_std,
    "weather-stack-mean-anomaly": weather_stack_mean_anomaly,
    "random-slice-mean": random_slice_mean,
    "matmul": matmul,
}


def main():
    folder, runs, wanted = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
    dask.config.set(scheduler="threads")
    for name, query in QUERIES.items():
        if "all" not in wanted and name not in wanted:
            continue
        seconds = []
        value = None
        for _ in range(runs):
            start = time.perf_counter()
            value = query(folder)
            seconds.append(time.perf_counter() - start)
        print(f"query={name} dask_s={statistics.median(seconds):.3f} value={value!r}", flush=True)


if __name__ == "__main__":
    main()
