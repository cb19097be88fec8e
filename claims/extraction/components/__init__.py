"""The pipeline components, one module each; `claims.extraction.pipeline` registers them all."""
