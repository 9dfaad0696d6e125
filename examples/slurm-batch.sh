#!/bin/sh
# breve batch on a Slurm cluster: a job array whose tasks each do one
# shard of the same manifest, on a shared file system. Output names depend
# only on the manifest, so shards never collide; each task writes
# OUTDIR/report-K-of-N.jsonl. Resubmitting the array redoes only what is
# missing (breve batch skips complete outputs).
#
#   sbatch examples/slurm-batch.sh                          # 8 tasks
#   sbatch --array=1-32 examples/slurm-batch.sh             # 32 tasks
#   MANIFEST=~/articles.txt OUTDIR=~/briefs sbatch --export=ALL examples/slurm-batch.sh
#
# A task exits 1 when some of its articles failed (listed in its report)
# and 2 on a usage error.
#SBATCH --job-name=breve-batch
#SBATCH --array=1-8
#SBATCH --cpus-per-task=2
#SBATCH --mem=512M
#SBATCH --time=01:00:00
#SBATCH --output=breve-batch-%A_%a.log

MANIFEST=${MANIFEST:-$HOME/articles/manifest.txt}
OUTDIR=${OUTDIR:-$HOME/briefs}
: "${SLURM_ARRAY_TASK_ID:?run with sbatch --array}"
# shard K of N from the array, whatever its first index (1-8 or 0-7)
K=$((SLURM_ARRAY_TASK_ID - ${SLURM_ARRAY_TASK_MIN:-1} + 1))
N=${SLURM_ARRAY_TASK_COUNT:?run with sbatch --array}
exec breve batch "$MANIFEST" -o "$OUTDIR" --jobs "${SLURM_CPUS_PER_TASK:-1}" \
  --shard "$K/$N" -q "$@"
