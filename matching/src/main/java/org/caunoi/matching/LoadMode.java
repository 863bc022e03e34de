package org.caunoi.matching;

/** Whether a malformed line stops the load (STRICT: nothing is loaded) or is reported and skipped (LENIENT). */
public enum LoadMode { STRICT, LENIENT }
