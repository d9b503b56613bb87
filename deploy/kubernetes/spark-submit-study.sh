#!/usr/bin/env bash
# A ChannelSim study on Kubernetes with Spark 4's native scheduler (Scala 2.13, Java 17).
#   deploy/kubernetes/spark-submit-study.sh https://API-SERVER:6443 [STUDY.yaml] [REPLICATES]
# Client mode from a machine (or pod) that the executors can reach: the driver reads the study here and writes
# the study folder here; executor pods run the replicates. Executors need only Spark: IMAGE is the official
# image of the same Spark release as this spark-submit, and they fetch channelsim-spark.jar from the driver.
# The driver writes every file, the Parquet rows included, to runs/NAME-k8s here; no volume is needed.
# spark-submit adds Java 17's --add-opens flags itself.
set -euo pipefail
API=${1:?usage: spark-submit-study.sh https://API-SERVER:6443 [STUDY.yaml] [REPLICATES]}
STUDY=${2:-models/studies/one-in-one-out.yaml}
REPLICATES=${3:-200}
IMAGE=${IMAGE:-apache/spark:4.2.0-scala2.13-java17-ubuntu}
NAMESPACE=${NAMESPACE:-channelsim}
NAME=$(basename "$STUDY" .yaml)
spark-submit \
  --master "k8s://$API" \
  --deploy-mode client \
  --name "channelsim-$NAME" \
  --conf spark.kubernetes.namespace="$NAMESPACE" \
  --conf spark.kubernetes.container.image="$IMAGE" \
  --conf spark.kubernetes.authenticate.driver.serviceAccountName=channelsim-spark \
  --conf spark.executor.instances=10 \
  --conf spark.executor.cores=4 \
  --conf spark.executor.memory=4g \
  --conf spark.driver.host="$(hostname -i)" \
  --class channelsim.spark.Main \
  spark/target/channelsim-spark.jar \
  study "$STUDY" --replicates "$REPLICATES" --out "runs/$NAME-k8s"
