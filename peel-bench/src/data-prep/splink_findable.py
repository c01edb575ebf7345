#!/usr/bin/env python3
"""Which Splink historical 50k name + DOB searches can be found at all (docs/accuracy.md).

Takes the harness's queries (people whose cluster's Java hashCode is 0 modulo 5, records with a name) and sorts each
by what the other records of the person still share with it: both name parts (difflib ratio >= 0.75, straight or
swapped), or one part and the date (the same year, or one character different); only one part with no usable date,
split by how many other people have that part (<= 10 or > 10); or nothing.
Run: python3 peel-bench/src/data-prep/splink_findable.py ../shared/data/splink-historical-50k/historical_figures_with_errors_50k.csv
"""
import collections, csv, difflib, sys

rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))


def java_hash(text):
    h = 0
    for c in text:
        h = (31 * h + ord(c)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def sim(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio() if a and b else 0


per = collections.defaultdict(list)
people_with = collections.defaultdict(set)
for r in rows:
    per[r['cluster']].append(r)
    for w in (r['first_name'], r['surname']):
        if w:
            people_with[w].add(r['cluster'])
out = collections.Counter()
for key, recs in per.items():
    if len(recs) < 2 or java_hash(key) % 5 != 0:
        continue
    for q in recs:
        if not (q['first_name'] or q['surname']):
            continue
        best, rank = None, 9
        for o in recs:
            if o is q:
                continue
            s = max(sim(q['surname'], o['surname']), sim(q['surname'], o['first_name']))
            g = max(sim(q['first_name'], o['first_name']), sim(q['first_name'], o['surname']))
            dob_ok = q['dob'] and o['dob'] and (q['dob'][:4] == o['dob'][:4]
                                                or sum(a != b for a, b in zip(q['dob'], o['dob'])) <= 1)
            if (s >= 0.75 and g >= 0.75) or ((s >= 0.75 or g >= 0.75) and dob_ok):
                r, label = 0, 'findable: both names, or a name part and the date'
            elif s >= 0.75 or g >= 0.75:
                part = q['surname'] if s >= 0.75 else q['first_name']
                shared = len(people_with[part] - {key})
                r, label = (1, 'one name part, no date to help, part held by <= 10 other people') if shared <= 10 \
                    else (2, 'one name part, no date to help, part held by > 10 other people')
            else:
                r, label = 3, 'no name part agrees, no date to help'
            if r < rank:
                rank, best = r, label
        out[best] += 1
total = sum(out.values())
for label, count in sorted(out.items()):
    print(f'{label}: {count} ({count / total:.3f})')
print('queries', total)
