package dev.berth.iam;

/** What a grant allows on a data store. */
public enum Access {
    READ,
    WRITE,
    READ_WRITE;

    public boolean reads() {
        return this != WRITE;
    }

    public boolean writes() {
        return this != READ;
    }
}
