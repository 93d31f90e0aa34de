#!/usr/bin/env bash
# Makes the test data for the input-format tests: each bundled document of data/corpus as HTML,
# Word (.docx) and PDF, written by LibreOffice from the same HTML, plus one old Word (.doc).
# The generated files are committed, so the tests (and CI) need no LibreOffice.
#
# Needs: Java 17, Maven, LibreOffice Writer (Debian: apt-get install libreoffice-writer-nogui).
# Run from anywhere:  bash src/test/resources/formats/make-test-data.sh
#
# How: TestDataHtml (a test class) reads each .txt with the normal plain-text reader and writes
# its normalised text as HTML: one <p> per paragraph, <b> for bold/heading ranges and
# LibreOffice-style footnotes. LibreOffice converts that HTML to .docx, and the .docx to .pdf
# and .doc, so the three forms carry the same paragraphs, bold and footnotes.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
out="$root/src/test/resources/formats/corpus"
cd "$root"

mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/formats-cp.txt
cp="target/test-classes:target/classes:$(cat target/formats-cp.txt)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"/{html,docx,pdf,doc}
for txt in data/corpus/*.txt; do
  name="$(basename "$txt" .txt)"
  java -cp "$cp" nl.kamergraaf.ingest.format.TestDataHtml "$txt" "$work/$name.html"
done
cp "$work"/*.html "$out/html/"

# A private LibreOffice profile, so a desktop user's settings do not change the output.
lo=(soffice -env:UserInstallation=file://"$work"/profile --headless)
"${lo[@]}" --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" \
  --outdir "$out/docx" "$work"/*.html
"${lo[@]}" --convert-to pdf:writer_pdf_Export --outdir "$out/pdf" "$out"/docx/*.docx
"${lo[@]}" --convert-to "doc:MS Word 97" --outdir "$out/doc" "$out"/docx/004_*.docx
ls -l "$out"/*/
