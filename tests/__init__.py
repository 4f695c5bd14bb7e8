"""The mlcareer test suite."""
