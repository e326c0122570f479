"""Writes random.hdf5 with /x: 32768 x 65536 float32 normal(10, 1) values (8 GiB), in stored
chunks of 16 x 65536 (4 MiB), for the arrays benchmark's larger-than-memory run.

Floe's own `generate arrays` writes datasets through one in-memory buffer (jhdf), which caps a
file below 2 GiB; this script writes slab by slab with Debian's python3-h5py instead.

    /usr/bin/python3 make_big_random_hdf5.py OUT_FOLDER
"""
import os
import sys

import h5py
import numpy as np

ROWS, COLUMNS, SLAB = 32768, 65536, 512

folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
target = os.path.join(folder, "random.hdf5")
temporary = target + ".tmp"
rng = np.random.default_rng(2026)
with h5py.File(temporary, "w") as f:
    x = f.create_dataset("x", shape=(ROWS, COLUMNS), dtype="f4", chunks=(16, COLUMNS))
    for start in range(0, ROWS, SLAB):
        x[start:start + SLAB] = rng.standard_normal((SLAB, COLUMNS), dtype=np.float32) + 10
os.replace(temporary, target)
print(f"wrote {target}: {ROWS} x {COLUMNS} float32, {os.path.getsize(target) / 2**30:.2f} GiB")
