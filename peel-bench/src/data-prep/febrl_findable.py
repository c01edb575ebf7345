#!/usr/bin/env python3
"""Which FEBRL name-only searches can be found by name at all (docs/accuracy.md, "What cannot be found").

For every record with another record of the same person (the harness's queries), looks at the other records:
  - both parts agree: some other record has a surname and a forename each similar (difflib ratio >= 0.75) to the
    query's, straight or swapped;
  - one part agrees, shared by <= 10 other people: only one part agrees, and few enough other people have it for
    the person to rank in the first ten;
  - one part agrees, shared by > 10 other people: only one part agrees, and more than ten other people have it, so
    with no date of birth the person ties with at least ten others: genuinely unfindable by name alone;
  - no shared name part: forename and surname were both replaced: genuinely unfindable by name alone.
Run: python3 peel-bench/src/data-prep/febrl_findable.py ../shared/data/febrl/dataset3.csv
"""
import csv, collections, difflib, sys
path=sys.argv[1]
rows=[]
with open(path) as f:
    r=csv.reader(f, skipinitialspace=True)
    h=[x.strip() for x in next(r)]
    for row in r:
        rows.append(dict(zip(h,[x.strip() for x in row])))
per=collections.defaultdict(list)
for d in rows: per[d['rec_id'].split('-')[1]].append(d)
people_with=collections.defaultdict(set)
for d in rows:
    pid=d['rec_id'].split('-')[1]
    for w in (d['given_name'], d['surname']):
        if w: people_with[w].add(pid)
sim=lambda a,b: difflib.SequenceMatcher(None,a,b).ratio() if a and b else 0
out=collections.Counter()
for key,recs in per.items():
    if len(recs)<2: continue
    for q in recs:
        if not (q['given_name'] or q['surname']): continue
        verdict='no shared name part'
        for o in recs:
            if o is q: continue
            s=max(sim(q['surname'],o['surname']), sim(q['surname'],o['given_name']))
            g=max(sim(q['given_name'],o['given_name']), sim(q['given_name'],o['surname']))
            if s>=0.75 and g>=0.75:
                verdict='both parts agree'; break
            for part, score in ((q['surname'], s), (q['given_name'], g)):
                if score>=0.75:
                    n=len(people_with[part]-{key})
                    v='one part agrees, shared by <= 10 other people' if n<=10 else 'one part agrees, shared by > 10 other people'
                    if verdict=='no shared name part' or v.endswith('<= 10 other people'):
                        verdict=v
        out[verdict]+=1
tot=sum(out.values())
for k,v in out.most_common(): print(f'{k}: {v} ({v/tot:.3f})')
print('total', tot)
