#!/usr/bin/env bash
# A ChannelSim study on a Hadoop/YARN cluster with Spark 4 (Scala 2.13, Java 17). Run it from a copy of the
# project on a cluster edge node, after `mvn -B -q -DskipTests package` (which builds spark/target/channelsim-spark.jar).
#   deploy/yarn/submit-study.sh [STUDY.yaml] [REPLICATES] [OUT]
# Client mode: the driver runs here, reads the study file here and writes the study folder (CSVs, charts, report,
# manifest) here, exactly as ./channelsim study would, and the Parquet rows to HDFS (spark.channelsim.parquet; drop
# that line to keep them in OUT/replicates.parquet); the executors run the replicates. spark-submit adds Java 17's
# --add-opens flags itself.
set -euo pipefail
STUDY=${1:-models/studies/one-in-one-out.yaml}
REPLICATES=${2:-200}
OUT=${3:-runs/one-in-one-out-yarn}
# 20 executors x 4 cores = 80 replicate runs at a time; one run needs well under 1 GB at scale 1
spark-submit \
  --master yarn \
  --deploy-mode client \
  --name channelsim-study \
  --num-executors 20 \
  --executor-cores 4 \
  --executor-memory 4g \
  --driver-memory 2g \
  --conf spark.channelsim.parquet="hdfs:///user/${USER}/channelsim/$(basename "$OUT")/replicates.parquet" \
  --conf spark.speculation=true \
  --class channelsim.spark.Main \
  spark/target/channelsim-spark.jar \
  study "$STUDY" --replicates "$REPLICATES" --out "$OUT"
