package vn.minhbach.petitions.service.command;

public enum LinkKind { DUPLICATE, REPEAT }
