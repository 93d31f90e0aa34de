#!/usr/bin/env python3
"""Rewrite kamergraaf N-Quads (full OA provenance) into the compact options of issue 16, to count and load them.
usage: options.py OPTION < in.nq > out.nq   (OPTION: A B C D E)"""
import sys, re, collections
opt = sys.argv[1]
OA = 'http://www.w3.org/ns/oa#'; KG = 'https://w3id.org/kamergraaf/def#'
RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
quads = []
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line: continue
    s, p, rest = line.split(' ', 2)
    o, g = rest[:-2].rsplit(' ', 1)
    quads.append((s, p, o, g))
def base(s): return s.split('#')[0] + '>' if '#' in s and '/id/doc/' in s else s
sel_types = {'<%sSpecificResource>' % OA, '<%sTextPositionSelector>' % OA, '<%sTextQuoteSelector>' % OA, '<%sFact>' % KG}
out = []
if opt == 'A':
    out = quads
elif opt in 'BC':
    for s, p, o, g in quads:
        if p == RDF_TYPE and o in sel_types: continue
        if opt == 'C':
            if s.endswith('#quote>'):
                if p == '<%sexact>' % OA: out.append((s.replace('#quote>', '#position>'), p, o, g))
                continue
            if p == '<%shasSelector>' % OA and o.endswith('#quote>'): continue
        out.append((s, p, o, g))
else:
    # D: flatten: fact carries extractedBy, wasDerivedFrom, start, end, exact (+page/offset)
    flat = []
    for s, p, o, g in quads:
        if p == RDF_TYPE and o in sel_types: continue
        if s.endswith('#target>'): continue
        if p in ('<%shasTarget>' % OA, '<%shasSelector>' % OA): continue
        flat.append((base(s), p, o, g))
    if opt == 'D':
        out = flat
    else:
        # E: mentions grouped per (doc, entity, rule, quote); each occurrence one quad kg:at <…/mention/S-E>
        m = collections.defaultdict(dict); rest = []
        for s, p, o, g in flat:
            if '/mention/' in s: m[(s, g)].setdefault(p, []).append(o)
            else: rest.append((s, p, o, g))
        groups = {}
        for (s, g), props in m.items():
            key = (g, props['<%shasBody>' % OA][0], props['<%sextractedBy>' % KG][0], props['<%sexact>' % OA][0])
            if key not in groups:
                n = sum(1 for k in groups if k[0] == g and k[1] == key[1]) + 1
                slug = key[1].rstrip('>').rsplit('/', 1)[1]
                gi = s.split('/mention/')[0] + '/mention/' + slug + '/' + str(n) + '>'
                groups[key] = gi
                rest.append((gi, RDF_TYPE, '<%sMention>' % KG, g))
                rest.append((gi, '<%shasBody>' % OA, key[1], g))
                rest.append((gi, '<%sextractedBy>' % KG, key[2], g))
                rest.append((gi, '<%sexact>' % OA, key[3], g))
                rest.append((gi, '<http://www.w3.org/ns/prov#wasDerivedFrom>', props['<http://www.w3.org/ns/prov#wasDerivedFrom>'][0], g))
            rest.append((groups[key], '<%sat>' % KG, s, g))
            for p in ('<%spage>' % KG, '<%sparagraph>' % KG, '<%soffset>' % KG, '<%sfootnoteLabel>' % KG):
                for o in props.get(p, []): rest.append((s, p, o, g))
        out = rest
for q in out: print('%s %s %s %s .' % q)
