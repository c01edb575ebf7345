#!/usr/bin/env python3
"""Builds the inputs of Peel's own variation test set (peel-bench) from the shared source data.

Run from the repository root:  python3 peel-bench/src/data-prep/build_variation_inputs.py /work/shared/data
"""
import collections, csv, os, sys

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'org', 'peel', 'bench', 'accuracy')
sdg = f'{src}/uk-us-name-frequencies-sdglinkage'

fore = collections.Counter()
with open(f'{sdg}/firstname_uk.csv') as f:
    for row in csv.DictReader(f):
        if row['firstname'].isalpha():
            fore[row['firstname'].lower()] += float(row['freq'])
surnames = []
with open(f'{sdg}/lastname_uk.csv') as f:
    for row in csv.DictReader(f):
        if row['surname'].isalpha():
            surnames.append((row['surname'].lower(), float(row['freq'])))

# transliteration spellings: Latin tokens aligned to the same Arabic token, well attested (count >= 10)
groups = collections.defaultdict(dict)
with open(f'{src}/wikidata-transliteration-pairs/wd_arabic.normalized.aligned.tokens.tsv', encoding='utf-8') as f:
    for line in f:
        p = line.rstrip('\n').split('\t')
        if len(p) == 3 and p[0].isalpha() and p[0].isascii() and len(p[0]) >= 3 and int(p[2]) >= 10:
            groups[p[1]][p[0].lower()] = int(p[2])
spellings = []
for arabic, members in groups.items():
    if len(members) >= 2:
        names = sorted(members, key=lambda m: -members[m])[:6]
        spellings.append((names, sum(members.values())))
# keep names of Arabic origin: drop groups led by an English name written in Arabic script ("john jun jon")
english = set(n for n, _ in fore.most_common(1500)) | set(n for n, _ in surnames[:3000])
arabic_in_uk = {'muhammad', 'mohammed', 'mohammad', 'mohamed', 'ali', 'omar', 'umar', 'ibrahim', 'yusuf', 'hassan',
                'hussain', 'hussein', 'hamza', 'zain', 'yahya', 'aisha', 'ayesha', 'fatima', 'maryam', 'zara',
                'zainab', 'amira', 'khan', 'ahmed', 'ahmad', 'karim', 'rahman', 'abdullah', 'abdul', 'ismail', 'idris'}
spellings = [s for s in spellings if s[0][0] not in english or s[0][0] in arabic_in_uk]
spellings.sort(key=lambda s: -s[1])
spellings = spellings[:150]

with open(os.path.join(out, 'population-forenames.csv'), 'w') as o:
    o.write('name,weight\n')
    for name, w in fore.most_common(400):
        o.write(f'{name},{w:.4g}\n')
with open(os.path.join(out, 'population-surnames.csv'), 'w') as o:
    o.write('name,weight\n')
    for name, w in surnames[:800]:
        o.write(f'{name},{w:.4g}\n')
with open(os.path.join(out, 'spelling-groups.csv'), 'w') as o:
    o.write('spellings\n')
    for names, _ in spellings:
        o.write(' '.join(names) + '\n')

formal = set(n for n, _ in fore.most_common(400))
pairs = []
with open(f'{src}/nicknames/names.csv', newline='') as f:
    for row in csv.DictReader(f):
        if row['name1'] in formal and row['name2'].isalpha():
            pairs.append((row['name1'], row['name2']))
with open(os.path.join(out, 'nickname-pairs.csv'), 'w') as o:
    o.write('name,nickname\n')
    for a, b in pairs:
        o.write(f'{a},{b}\n')
print(len(pairs), len(spellings))
