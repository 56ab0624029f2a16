// Placeholder so that the module builds before its sources land.
