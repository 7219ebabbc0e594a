"""Preloaded by the fork server of the Celery shard runners: importing it loads, once, what
every shard run needs (see `pipeline.distributed.start_shard_runners`). Not for other use."""

from pipeline.distributed import warm_shard_runner

warm_shard_runner()
