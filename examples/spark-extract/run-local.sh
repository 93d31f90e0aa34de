#!/usr/bin/env bash
# Runs ExtractJob with a local Spark master from the Maven class path, without a Spark
# installation: run-local.sh INPUT_DIR OUTPUT_DIR PARTITIONS 'local[2]'
# (spark-submit adds the same --add-opens flags on Java 17.)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CP_FILE="$HERE/target/classpath.txt"
if [ ! -f "$CP_FILE" ]; then
  mvn -B -q -f "$HERE/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >&2
fi
exec java ${SPARK_JAVA_OPTS:--Xmx2g} \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
  -cp "$HERE/target/kamergraaf-spark-extract-0.1.0-SNAPSHOT.jar:$(cat "$CP_FILE")" \
  nl.kamergraaf.spark.ExtractJob "$@"
