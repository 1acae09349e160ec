"""The campaign: the budgeted run, the findings store, merging shards and replaying stored findings."""
