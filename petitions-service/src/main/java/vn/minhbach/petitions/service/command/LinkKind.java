package vn.minhbach.petitions.service.command;

/** A link between two petitions: a duplicate (filed, not a new matter) or a repeat (a matter of its own). */
public enum LinkKind { DUPLICATE, REPEAT }
