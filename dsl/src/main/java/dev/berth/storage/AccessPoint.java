package dev.berth.storage;

import java.util.Objects;

/**
 * An EFS access point: an application-specific entry into a file system that fixes the directory a client sees as
 * its root and, optionally, the POSIX identity every file operation runs as, whatever user the container runs as.
 * Tasks mount it with {@code Volume.efs(name, v -> v.fileSystem("shared").accessPoint("uploads"))}; their task role
 * is then allowed to mount the file system through this access point only.
 *
 * @param name         the access point's name in its file system: its identity. Valid: lower-case letters, digits and
 *                     single hyphens, starting with a letter, up to 32; unique in the file system.
 * @param path         the directory clients see as the root. Default: {@code /}. Valid: an absolute path of up to 100
 *                     characters.
 * @param posixUser    the user and group every operation through the access point runs as. Default:
 *                     {@link PosixUser#NONE} (the client's own identity).
 * @param creationInfo the owner and permissions EFS gives {@link #path} when it does not exist yet. Default:
 *                     {@link CreationInfo#NONE}: owned by the POSIX user with {@code 0755} when one is set, else not
 *                     created (mounting a path that does not exist fails).
 */
public record AccessPoint(String name, String path, PosixUser posixUser, CreationInfo creationInfo) {

    /** The most a POSIX ID can be for EFS (a 32-bit unsigned integer). */
    public static final long MAX_POSIX_ID = 4_294_967_295L;

    /**
     * Creates the AccessPoint; programs use {@link FileSystem.Builder#accessPoint(String, java.util.function.Consumer)}.
     *
     * @param name         the access point's name in its file system
     * @param path         the directory clients see as the root
     * @param posixUser    the user and group operations run as, or {@link PosixUser#NONE}
     * @param creationInfo how EFS creates {@code path}, or {@link CreationInfo#NONE}
     * @throws NullPointerException when a reference component is null
     */
    public AccessPoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(posixUser, "posixUser");
        Objects.requireNonNull(creationInfo, "creationInfo");
    }

    /**
     * The user and group of every file operation through an access point.
     *
     * @param uid the POSIX user ID. Valid: 0 to 4294967295.
     * @param gid the POSIX group ID. Valid: 0 to 4294967295.
     */
    public record PosixUser(long uid, long gid) {
        /** No POSIX user: operations run as the client's own user. */
        public static final PosixUser NONE = new PosixUser(-1, -1);

        /**
         * Whether a user is set.
         *
         * @return false for {@link #NONE}
         */
        public boolean isPresent() {
            return uid >= 0 || gid >= 0;
        }
    }

    /**
     * The owner and permissions of an access point's root directory when EFS creates it.
     *
     * @param ownerUid    the owner's POSIX user ID. Valid: 0 to 4294967295.
     * @param ownerGid    the owner's POSIX group ID. Valid: 0 to 4294967295.
     * @param permissions the POSIX permissions as an octal number, e.g. {@code 0755}. Valid: 3 or 4 octal digits.
     */
    public record CreationInfo(long ownerUid, long ownerGid, String permissions) {
        /** Not set: see {@link AccessPoint#creationInfo()} for what Berth does then. */
        public static final CreationInfo NONE = new CreationInfo(-1, -1, "");

        /**
         * Creates the CreationInfo.
         *
         * @param ownerUid    the owner's POSIX user ID
         * @param ownerGid    the owner's POSIX group ID
         * @param permissions the POSIX permissions as an octal number
         * @throws NullPointerException when {@code permissions} is null
         */
        public CreationInfo {
            Objects.requireNonNull(permissions, "permissions");
        }

        /**
         * Whether creation info is set.
         *
         * @return false for {@link #NONE}
         */
        public boolean isPresent() {
            return !permissions.isEmpty() || ownerUid >= 0 || ownerGid >= 0;
        }
    }

    /**
     * How EFS creates the root directory: what the program gave, else owned by the POSIX user with {@code 0755}
     * when one is set, else {@link CreationInfo#NONE}.
     *
     * @return the creation info to use
     */
    public CreationInfo effectiveCreationInfo() {
        if (creationInfo.isPresent() || !posixUser.isPresent()) {
            return creationInfo;
        }
        return new CreationInfo(posixUser.uid(), posixUser.gid(), "0755");
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this AccessPoint's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).path(path);
        b.posixUser = posixUser;
        b.creationInfo = creationInfo;
        return b;
    }

    /** Builds an {@link AccessPoint}; every setter has a default but the name. */
    public static final class Builder {
        private String name = "";
        private String path = "/";
        private PosixUser posixUser = PosixUser.NONE;
        private CreationInfo creationInfo = CreationInfo.NONE;

        private Builder() {
        }

        /**
         * The access point's name in its file system. Required. Valid: lower-case letters, digits and single
         * hyphens, starting with a letter, up to 32; unique in the file system.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The directory clients see as the root, e.g. {@code /uploads}. Default: {@code /}. Valid: an absolute path
         * of up to 100 characters.
         *
         * @param path the new value of {@code path}
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * The user and group every operation through the access point runs as, so that files are owned alike
         * whatever user each container runs as. Default: none (the client's identity). Valid: 0 to 4294967295 each.
         *
         * @param uid the POSIX user ID
         * @param gid the POSIX group ID
         * @return this builder
         */
        public Builder posixUser(long uid, long gid) {
            this.posixUser = new PosixUser(uid, gid);
            return this;
        }

        /**
         * The owner and permissions EFS gives the root directory when it creates it. Default: owned by the POSIX
         * user with {@code 0755} when one is set, else none (the path must then exist). Valid: IDs 0 to 4294967295,
         * permissions 3 or 4 octal digits.
         *
         * @param ownerUid    the owner's POSIX user ID
         * @param ownerGid    the owner's POSIX group ID
         * @param permissions the permissions, e.g. {@code 0755}
         * @return this builder
         */
        public Builder creationInfo(long ownerUid, long ownerGid, String permissions) {
            this.creationInfo = new CreationInfo(ownerUid, ownerGid, permissions);
            return this;
        }

        /**
         * Builds the AccessPoint. Values are checked later, with the whole program, by the validator.
         *
         * @return the AccessPoint
         */
        public AccessPoint build() {
            return new AccessPoint(name, path, posixUser, creationInfo);
        }
    }
}
