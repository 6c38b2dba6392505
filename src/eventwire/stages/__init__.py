"""Pipeline stages: one module per stage, each with one job, pure given its loaded resources."""
