"""Text, Markdown, HTML and JUnit renderings of comparison data: one module per format."""
