#!/usr/bin/env python3
"""Builds peel-match's reference data files from the shared source data.

Run from the repository root:  python3 peel-match/src/data-prep/build_reference_data.py /work/shared/data
The output is committed; the product never reads the source folder at run time.
"""
import collections, csv, sys, os, unicodedata, re

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'org', 'peel', 'match')
ok = re.compile(r'^[a-z]{2,}$')

def clean(name):
    name = unicodedata.normalize('NFKD', name.strip().lower())
    return ''.join(c for c in name if c.isalpha() and ord(c) < 128)

# --- nickname groups: one group per canonical name ---
nick = collections.defaultdict(set)
with open(f'{src}/nicknames/names.csv', newline='') as f:
    for row in csv.DictReader(f):
        a, b = clean(row['name1']), clean(row['name2'])
        if ok.match(a) and ok.match(b):
            nick[a].add(b)
with open(f'{src}/uk-us-name-frequencies-sdglinkage/firstname_uk_variant.csv', newline='') as f:
    for row in csv.DictReader(f):
        a, b = clean(row['forename']), clean(row['forename2'])
        # the list also holds clerical abbreviations (robt, wm); keep those with some weight only
        if ok.match(a) and ok.match(b) and a != b and len(a) >= 3 and float(row['freq']) >= 0.02:
            nick[a].add(b)

# --- spelling (transliteration) groups: Latin tokens aligned to the same foreign-script token ---
spell = []
for fname, min_count in [('wd_arabic.normalized.aligned.tokens.tsv', 3),
                         ('wd_russian_20.tsv', 3),
                         ('wd_chinese.normalized.aligned.tokens.tsv', 4)]:
    groups = collections.defaultdict(collections.Counter)
    with open(f'{src}/wikidata-transliteration-pairs/{fname}', encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 3:
                continue
            latin, foreign, count = clean(parts[0]), parts[1].replace(' ', ''), int(parts[2])
            if ok.match(latin) and count >= min_count:
                groups[foreign][latin] += count
    for foreign, members in groups.items():
        total = sum(members.values())
        # drop alignment noise: a spelling must carry a fair share of the group and look alike at the start
        head = members.most_common(1)[0][0]
        keep = [m for m, c in members.items() if c >= 0.025 * total and len(m) >= 3 and m[0] in (head[0] + 'aeiouy' if head[0] in 'aeiouy' else head[0] + {'k':'cq','c':'kq','q':'kc','j':'gy','y':'j','g':'j','v':'w','w':'v','f':'p','p':'f','z':'s','s':'z'}.get(head[0], ''))]
        if len(keep) >= 2:
            spell.append((head, sorted(set(keep), key=lambda m: -members[m])))

with open(os.path.join(out, 'name-variants.tsv'), 'w', encoding='utf-8') as f:
    f.write('# kind\thead\tmembers (space separated). Built by src/data-prep/build_reference_data.py; see NOTICE-reference-data.md\n')
    for head in sorted(nick):
        members = sorted(nick[head] - {head})
        if members:
            f.write(f'nickname\t{head}\t{head} {" ".join(members)}\n')
    seen = set()
    for head, members in sorted(spell):
        key = ' '.join(sorted(members))
        if key not in seen:
            seen.add(key)
            f.write(f'spelling\t{head}\t{" ".join(members)}\n')

# --- frequencies for term-frequency adjustment ---
with open(f'{src}/uk-us-name-frequencies-sdglinkage/lastname_uk.csv', newline='') as f, \
     open(os.path.join(out, 'surname-frequencies.csv'), 'w') as o:
    o.write('# surname,share of UK population (ONS via sdglinkage); see NOTICE-reference-data.md\n')
    for row in csv.DictReader(f):
        n = clean(row['surname'])
        if ok.match(n):
            o.write(f'{n},{float(row["freq"]):.3g}\n')

fore = collections.Counter()
cells = set()
with open(f'{src}/uk-us-name-frequencies-sdglinkage/firstname_uk.csv', newline='') as f:
    for row in csv.DictReader(f):
        n = clean(row['firstname'])
        cells.add((row['sex'], row['birthyear']))
        if ok.match(n):
            fore[n] += float(row['freq'])
with open(os.path.join(out, 'forename-frequencies.csv'), 'w') as o:
    o.write('# forename,share of births in England and Wales 1996-2018 (ONS via sdglinkage); see NOTICE-reference-data.md\n')
    for n, share in fore.most_common():
        v = share / len(cells)
        if v >= 2e-6:
            o.write(f'{n},{v:.3g}\n')
