package io.comptoir.technician.domain;

/** A mission takes bids while open, is worked on once assigned, and ends completed. */
public enum MissionStatus {
    OPEN,
    ASSIGNED,
    COMPLETED
}
