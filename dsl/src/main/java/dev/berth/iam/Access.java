package dev.berth.iam;

/** What a grant allows on a data store. */
public enum Access {
    /** Read only: get and list. */
    READ,
    /** Write only: put and delete. */
    WRITE,
    /** Both {@link #READ} and {@link #WRITE}. */
    READ_WRITE;

    /**
     * Whether reading is allowed.
     *
     * @return true for {@link #READ} and {@link #READ_WRITE}
     */
    public boolean reads() {
        return this != WRITE;
    }

    /**
     * Whether writing is allowed.
     *
     * @return true for {@link #WRITE} and {@link #READ_WRITE}
     */
    public boolean writes() {
        return this != READ;
    }
}
