"""Dask's side of the overhead benchmark: the same graph, timed with Dask's own schedulers.

N leaves that return their index and a pairwise tree of additions over them (2N - 1 tasks).
Prints one line per scheduler in the Java benchmark's format. Usage: overhead_dask.py N RUNS
"""
import statistics
import sys
import time
from operator import add

import dask
import dask.threaded


def tree_graph(leaves):
    graph = {("leaf", i): i for i in range(leaves)}
    level = [("leaf", i) for i in range(leaves)]
    depth = 0
    while len(level) > 1:
        depth += 1
        nxt = []
        for i in range(0, len(level) - 1, 2):
            key = ("add", depth, i // 2)
            graph[key] = (add, level[i], level[i + 1])
            nxt.append(key)
        if len(level) % 2 == 1:
            nxt.append(level[-1])
        level = nxt
    return graph, level[0]


def main():
    leaves = int(sys.argv[1])
    runs = int(sys.argv[2])
    graph, root = tree_graph(leaves)
    expected = leaves * (leaves - 1) // 2
    schedulers = [
        ("dask-sync", lambda: dask.get(graph, root)),
        ("dask-threads", lambda: dask.threaded.get(graph, root, num_workers=2)),
    ]
    for name, get in schedulers:
        seconds = []
        for _ in range(runs):
            start = time.perf_counter()
            result = get()
            seconds.append(time.perf_counter() - start)
            if result != expected:
                print(f"scheduler={name} wrong sum: expected {expected}, got {result}")
                sys.exit(1)
        median = statistics.median(seconds)
        print(f"scheduler={name} tasks={len(graph)} seconds={median:.4f} "
              f"us_per_task={median * 1e6 / len(graph):.3f}", flush=True)


if __name__ == "__main__":
    main()
