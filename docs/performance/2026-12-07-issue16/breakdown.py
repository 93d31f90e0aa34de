import re,collections,sys,gzip,glob
def kinds(files):
    c=collections.Counter(); docs=len(files)
    for f in files:
        for line in gzip.open(f,'rt'):
            s,p,rest=line.split(' ',2)
            m=re.search(r'/id/doc/[^/>#]+/([a-z]+)',s)
            if m:
                k=m.group(1)
                if '/answer' in s: k='answer'
                if k=='field': k='document fields'
                # provenance part
                prov = ('#' in s) or any(x in p for x in ['wasDerivedFrom','extractedBy','def#start','def#end','def#exact','def#span','oa#hasTarget','def#page','def#offset','def#paragraph','footnoteLabel'])
                if k=='mention': prov = not p.endswith('oa#hasBody>') or True
                k = k + (' (provenance)' if prov and k!='mention' else '')
            elif re.search(r'/id/doc/[^/>#]+>',s): k='document'
            else:
                m=re.search(r'/id/([a-z]+)/',s); k='entity descriptions' if m else 'other'
            c[k]+=1
    return c, docs
b,nb=kinds(glob.glob('s10b/extracted/*.gz')); a,na=kinds(glob.glob('s10c/extracted/*.gz'))
keys=sorted(set(b)|set(a), key=lambda k:-b.get(k,0))
print('| kind | before | after |'); print('|---|---:|---:|')
for k in keys: print('| %s | %d | %d |'%(k, round(b.get(k,0)/nb), round(a.get(k,0)/na)))
print('| **all** | **%d** | **%d** |'%(round(sum(b.values())/nb), round(sum(a.values())/na)))
