"""The version of the extractor, stored with every result so old results can be recomputed and compared."""

EXTRACTOR_VERSION = "0.1.0"
