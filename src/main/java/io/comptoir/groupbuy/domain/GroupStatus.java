package io.comptoir.groupbuy.domain;

/** A group takes joins until its deadline, then closes (a tier reached) or expires (none). */
public enum GroupStatus {
    OPEN,
    CLOSED,
    EXPIRED
}
