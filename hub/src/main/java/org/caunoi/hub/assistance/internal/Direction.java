package org.caunoi.hub.assistance.internal;

/** Whether this hub's administration asked ({@code OUT}) or was asked ({@code IN}). */
public enum Direction {
    OUT,
    IN
}
