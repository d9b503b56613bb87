#!/usr/bin/env bash
# Submits the shard array, then the merge to run once every shard has succeeded:
#   deploy/slurm/submit.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p runs/one-in-one-out-slurm/logs
array=$(sbatch --parsable deploy/slurm/study-array.sbatch)
sbatch --dependency="afterok:${array%%;*}" deploy/slurm/merge.sbatch
echo "submitted shards as job $array; the merge waits for them (squeue -u $USER)"
