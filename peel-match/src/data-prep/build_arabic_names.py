#!/usr/bin/env python3
"""Builds peel-match's arabic-names.tsv: whole Arabic name words and their most used Latin spelling.

Arabic names are written without short vowels, so letter-by-letter transliteration guesses them (ICU reads
"محمد" as "mhmd"/"Mahmood"); Wikidata's aligned English/Arabic person-name tokens say how each word is
written in Latin letters. Run from the repository root:
  python3 peel-match/src/data-prep/build_arabic_names.py /work/shared/data
The output is committed; the product never reads the source folder at run time.
"""
import collections, os, re, sys, unicodedata

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'org', 'peel', 'match', 'arabic-names.tsv')
latin_ok = re.compile(r'^[a-z]{2,}$')
HARAKAT = re.compile('[\u064B-\u065F\u0670\u0640]')
ALEF = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ے': 'ي', 'ک': 'ك',
                      'ہ': 'ه', 'ھ': 'ه', 'ۃ': 'ة'})  # ArabicNameSpelling.key folds the same


def arabic_key(letters):
    """The form Peel looks words up by (ArabicNames.key does the same in Java)."""
    word = HARAKAT.sub('', letters.replace(' ', '')).translate(ALEF)
    return word if word and all('\u0620' <= c <= '\u064A' or c in 'پچژکگی' for c in word) else None


def latin(token):
    token = unicodedata.normalize('NFKD', token.strip().lower())
    token = ''.join(c for c in token if ord(c) < 128)
    return token if latin_ok.match(token) else None


counts = collections.defaultdict(collections.Counter)
with open(f'{src}/wikidata-transliteration-pairs/wd_arabic.normalized.aligned.tokens.tsv', encoding='utf-8') as f:
    for line in f:
        parts = line.rstrip('\n').split('\t')
        if len(parts) != 3:
            continue
        word, key, count = latin(parts[0]), arabic_key(parts[1]), int(parts[2])
        if word and key and count >= 3:
            counts[key][word] += count

# English words the alignments give for Arabic words that are not names (translations, not spellings):
# "من" (from) as "of", "الامير" (the prince) as "prince"; left out so they never become name words.
TRANSLATIONS = {'of', 'the', 'prince', 'princess', 'emperor', 'saint'}

rows = []
for key, spellings in counts.items():
    (best, n), = spellings.most_common(1)
    if best not in TRANSLATIONS and n >= 5 and n >= 0.3 * sum(spellings.values()):  # a clear favourite, not an alignment accident
        rows.append((key, best, n))
rows.sort()
with open(out, 'w', encoding='utf-8') as f:
    f.write('# Arabic name word (no short vowels, alef forms folded) <TAB> its most used Latin spelling <TAB> Wikidata count\n')
    f.write('# Built by peel-match/src/data-prep/build_arabic_names.py; source and licence in NOTICE-reference-data.md\n')
    for key, best, n in rows:
        f.write(f'{key}\t{best}\t{n}\n')
print(len(rows), 'words')
