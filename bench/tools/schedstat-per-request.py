#!/usr/bin/env python3
"""Per request of each path: CPU, time runnable but waiting for a core, and switches-in, from schedstat-sample.py's
samples and the benchmark's dump (-Dbench.gateway.dump, 500/s), over the whole seconds inside each path's slices.

   bench/tools/schedstat-per-request.py /tmp/sched.jsonl /tmp/d [rate]
"""
import bisect
import json
import sys

samples = [json.loads(line) for line in open(sys.argv[1])]
rate = sys.argv[3] if len(sys.argv) > 3 else '500'


def sends(path):
    return sorted(int(line.split()[0]) / 1000 for line in open(f'{sys.argv[2]}/{path}-{rate}.txt')
                  if line.strip() and not line.startswith('#'))


def slices(times):
    found, start, previous = [], times[0], times[0]
    for t in times[1:]:
        if t - previous > 2:
            found.append((start, previous))
            start = t
        previous = t
    found.append((start, previous))
    return found


for path in ('direct', 'gateway'):
    times = sends(path)
    per_process, requests = {}, 0
    for first, last in slices(times):
        for before, after in zip(samples, samples[1:]):
            if before['t'] >= first and after['t'] <= last:
                requests += bisect.bisect_left(times, after['t']) - bisect.bisect_left(times, before['t'])
                for name in ('membership', 'gateway', 'load', 'bench'):
                    if name in before and name in after:
                        sums = per_process.setdefault(name, [0, 0, 0])
                        for k in range(3):
                            sums[k] += after[name][k] - before[name][k]
    print(f'{path}: {requests} requests in whole seconds of its slices; per request:')
    total = [0, 0, 0]
    for name, (run, wait, switches) in sorted(per_process.items()):
        print(f'  {name:<11} CPU {run / requests / 1000:6.1f} us   waiting for a core {wait / requests / 1000:6.1f} us'
              f'   switched in {switches / requests:5.2f}')
        total = [total[0] + run, total[1] + wait, total[2] + switches]
    print(f'  {"all":<11} CPU {total[0] / requests / 1000:6.1f} us   waiting for a core {total[1] / requests / 1000:6.1f} us'
          f'   switched in {total[2] / requests:5.2f}')
