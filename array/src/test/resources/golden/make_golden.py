"""numpy's answers for NumpyGoldenTest (Debian's python3-numpy).

Run from this folder: /usr/bin/python3 make_golden.py > numpy-golden.txt
Each line: name|shape|dtype|values (repr, C order). The Java test builds the same inputs
(the input a is written first, so both start from the same bits; a NaN; a small
integer pattern) and evaluates the same expression by name.
"""
import numpy as np

a = np.sin(np.arange(60.0)).reshape(3, 4, 5)
b = a.copy()
b[1, 2, 3] = np.nan
i = ((np.arange(24) * 7) % 11 - 5).reshape(4, 6).astype(np.int64)
f = (a * 100).astype(np.float32)
m = a.reshape(12, 5)

cases = {
    "input a": a,
    "a.sum()": a.sum(),
    "a.sum(0)": a.sum(axis=0),
    "a.sum(0,2)": a.sum(axis=(0, 2)),
    "a.mean(1)": a.mean(axis=1),
    "a.std()": a.std(),
    "a.std(ddof1,2)": a.std(axis=2, ddof=1),
    "a.var(1)": a.var(axis=1),
    "a.min(0)": a.min(axis=0),
    "a.max()": a.max(),
    "a.argmax()": a.argmax(),
    "a.argmin(1)": a.argmin(axis=1),
    "a.argmax(2)": a.argmax(axis=2),
    "b.sum()": b.sum(),
    "b.max(2)": b.max(axis=2),
    "b.argmin()": b.argmin(),
    "i.sum(0)": i.sum(axis=0),
    "i.mean()": i.mean(),
    "i.min(1)": i.min(axis=1),
    "i.argmax(0)": i.argmax(axis=0),
    "(i>0).any(0)": (i > 0).any(axis=0),
    "(i>0).all(1)": (i > 0).all(axis=1),
    "f.mean(0)": f.mean(axis=0),
    "f.std()": f.std(),
    "a[::2,::-1,1:4]": a[::2, ::-1, 1:4],
    "a[-1,1:,::-2]": a[-1, 1:, ::-2],
    "a[...,2]": a[..., 2],
    "a[1]": a[1],
    "a[:,-3:-1,-1:-6:-2]": a[:, -3:-1, -1:-6:-2],
    "a+a[0]": a + a[0],
    "a[:,:,:1]*m[:4]": a[:, :, :1] * m[:4],
    "a.transpose(2,0,1)": a.transpose(2, 0, 1),
    "a.reshape(12,5)": a.reshape(12, 5),
    "m.T@m": m.T @ m,
    "stack(a[0],a[1],1)": np.stack([a[0], a[1]], axis=1),
    "concat(a,a[:1],0)": np.concatenate([a, a[:1]], axis=0),
    "where(a>0,a,0).sum(0)": np.where(a > 0, a, 0).sum(axis=0),
    "i/i[0]": i / i[0],
    "a[a>0.5]": a[a > 0.5],
}

for name, value in cases.items():
    value = np.asarray(value)
    shape = ",".join(str(d) for d in value.shape)
    values = " ".join(repr(v) for v in value.ravel().tolist())
    print(f"{name}|{shape}|{value.dtype}|{values}")
