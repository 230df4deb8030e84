"""The version of the rule engine, recorded with every stored result beside the pack and rule versions."""

ENGINE_VERSION = "0.1.0"
