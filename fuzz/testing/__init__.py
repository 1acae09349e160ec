"""Test aids, apart from the product code: planted defects, faulty adapters, the screenshot helper."""
