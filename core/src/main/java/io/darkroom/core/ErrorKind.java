package io.darkroom.core;

/** Who has to act on a failure; lets failures be counted and mapped to exit codes/HTTP statuses by kind. */
public enum ErrorKind {
    /** The user asked for something that cannot be done as asked; they can fix it. */
    USER_INPUT,
    /** One document could not be read; recorded in the ledger, never fatal to a job. */
    BAD_DOCUMENT,
    /** Something outside Darkroom failed (file system, cluster, database). */
    EXTERNAL,
    /** A defect in Darkroom. */
    INTERNAL
}
