#!/bin/bash
# Jena's tdb2.xloader, step by step, on an N-Quads file: its own driver (tdb2.xloader, CmdxLoader)
# stops on quads-only input, as after the node table it builds triple indexes from a
# triples.tmp.gz it never wrote. Usage: xload.sh DB TMP FILE.nq   (from the repository root,
# after `mvn -B -DskipTests package`)
set -e
DB=$1; TMP=$2; IN=$3
CP="target/lib/*"
rm -rf "$DB" "$TMP"; mkdir -p "$TMP"
s=$(date +%s.%N)
java -Xmx1g -cp "$CP" tdb2.xloader.CmdxBuildNodeTable --loc "$DB" --tmpdir "$TMP" "$IN"
java -Xmx1g -cp "$CP" tdb2.xloader.CmdxIngestData --loc "$DB" --tmpdir "$TMP" "$IN"
for ix in GSPO GPOS GOSP SPOG POSG OSPG; do
  java -Xmx1g -cp "$CP" tdb2.xloader.CmdxBuildIndex --loc "$DB" --tmpdir "$TMP" --index $ix
done
e=$(date +%s.%N)
echo "xloader: $(echo "$e - $s" | bc) s"
rm -rf "$TMP"
