"""Quads per paper by kind, from the per-document N-Quads a build caches (store/extracted/*.nq.gz).

Usage: python3 breakdown.py NAME=STORE [NAME=STORE ...]   e.g.  before=/tmp/s10a after=/tmp/s10b
Each fact's quads are split into its provenance (document, rule, place, quote; in the Web
Annotation form also its target, selectors and their types) and its own statements.
"""
import collections, glob, gzip, re, sys

PROVENANCE = ('prov#wasDerivedFrom', 'def#extractedBy', 'def#start', 'def#end', 'def#exact',
              'def#span', 'oa#hasTarget', 'oa#hasSource', 'oa#hasSelector', 'oa#start', 'oa#end',
              'oa#exact', 'def#page', 'def#offset', 'def#paragraph', 'def#footnoteLabel')
KINDS = {'mention': 'mentions', 'question': 'questions', 'answer': 'answers',
         'relation': 'relation statements', 'percentage': 'percentages', 'amount': 'amounts',
         'field': 'document fields', 'footnote': 'footnotes', 'signature': 'signatures'}


def kind(subject, predicate, obj):
    m = re.search(r'/id/doc/[^/>#]+/([a-z]+)', subject)
    if not m:
        if re.search(r'/id/doc/[^/>#]+>', subject):
            return 'document (its metadata and links to facts)'
        return 'entity descriptions (type, names)'
    k = KINDS.get(m.group(1), m.group(1))
    if k == 'questions' and '/answer' in subject:
        k = 'answers'
    part = '#' in subject  # a target or selector of the Web Annotation form
    typing_fact = predicate.endswith('rdf-syntax-ns#type>') and ('def#Fact>' in obj or 'def#Mention>' in obj)
    if k == 'mentions' and (predicate.endswith('oa#hasBody>') or (predicate.endswith('rdf-syntax-ns#type>') and not part)):
        return 'mentions'
    if part or typing_fact or any(predicate.endswith(p + '>') for p in PROVENANCE):
        return k + ': provenance'
    return k


def count(store):
    files = glob.glob(store + '/extracted/*.nq.gz')
    counts = collections.Counter()
    docs = 0
    for f in files:
        for line in gzip.open(f, 'rt', encoding='utf-8'):
            s, p, rest = line.split(' ', 2)
            counts[kind(s, p, rest)] += 1
        if '/graph/people' not in open_first(f):
            docs += 1
    return counts, docs


def open_first(f):
    with gzip.open(f, 'rt', encoding='utf-8') as g:
        return g.readline()


columns = [a.split('=', 1) for a in sys.argv[1:]]
results = [(name, *count(store)) for name, store in columns]
keys = sorted({k for _, c, _ in results for k in c}, key=lambda k: -results[0][1].get(k, 0))
print('| kind, quads per paper | ' + ' | '.join(n for n, _, _ in results) + ' |')
print('|---|' + '---:|' * len(results))
for k in keys:
    print('| %s | %s |' % (k, ' | '.join('%.0f' % (c.get(k, 0) / d) for _, c, d in results)))
print('| **all** | %s |' % ' | '.join('**%.1f**' % (sum(c.values()) / d) for _, c, d in results))
print('| papers | %s |' % ' | '.join(str(d) for _, _, d in results))
