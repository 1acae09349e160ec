"""Reports: Markdown, HTML and JUnit renderers and the standalone repro scripts, built from stored findings."""
