"""Writes the HDF5 fixtures the io tests read, with h5py/libhdf5 (Debian's python3-h5py).

Run from this folder: /usr/bin/python3 make_fixtures.py
The values are simple functions of the index, so the tests state them exactly.
"""
import h5py
import numpy as np

with h5py.File("h5py-fixtures.h5", "w") as f:
    f.create_dataset("contiguous_f8", data=np.arange(12, dtype="f8").reshape(3, 4))
    f.create_dataset("chunked_gzip_f4", data=(np.arange(70, dtype="f4") * 0.5).reshape(10, 7),
                     chunks=(4, 3), compression="gzip")
    f.create_dataset("shuffle_i8", data=np.arange(-50, 50, dtype="i8") * 3_000_000_000,
                     chunks=(16,), shuffle=True, compression="gzip", compression_opts=9)
    f.create_dataset("big_endian_f8", data=np.linspace(0, 1, 5, dtype=">f8"))
    f.create_dataset("int16", data=np.array([-3, -2, -1, 0, 1, 2], dtype="i2"))
    f.create_dataset("uint8", data=np.array([0, 1, 200, 255], dtype="u1"))
    f.create_dataset("uint32", data=np.array([0, 4_000_000_000], dtype="u4"))
    g = f.create_group("grp")
    g.create_dataset("cube_i4", data=np.arange(24, dtype="i4").reshape(2, 3, 4), chunks=(1, 2, 2))
    f.create_dataset("names", data=np.array([b"a", b"bc"]))
    f.create_dataset("scalar", data=np.float64(1.5))

with open("h5py-fixtures.h5", "rb") as f:
    head = f.read(600)
with open("truncated.h5", "wb") as f:
    f.write(head)
