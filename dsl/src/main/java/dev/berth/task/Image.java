package dev.berth.task;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image: a repository and a version (tag or digest), which may be a deploy-time input.
 *
 * <p>A deploy-time image ({@link #deployTimeVersion(String)}) keeps the repository in the program and takes the
 * tag or digest from a CloudFormation parameter / Terraform variable, so a delivery pipeline rolls out a new image
 * by passing a new value, without editing the program and without the infrastructure code reverting it.
 *
 * @param repository    e.g. {@code nginx} or {@code 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api}
 * @param version       the tag or digest (without {@code :} / {@code @}); empty means none (Docker uses latest)
 * @param versionKind   whether {@code version} is a tag, a digest, or absent
 * @param parameterName when not empty, the version is a deploy-time input of this name, defaulting to
 *                      {@code version}
 */
public record Image(String repository, String version, VersionKind versionKind, String parameterName) {

    /** What follows the repository in an image reference. */
    public enum VersionKind {
        /** Nothing: Docker pulls {@code latest}. */
        NONE,
        /** A tag after {@code :}, e.g. {@code 1.27}. */
        TAG,
        /** A digest after {@code @}, e.g. {@code sha256:...}. */
        DIGEST
    }

    private static final Pattern ECR = Pattern.compile(
            "^(\\d{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/(.+)$");

    /**
     * Creates the Image.
     *
     * @param repository    e.g. {@code nginx} or {@code 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api}
     * @param version       the tag or digest (without {@code :} / {@code @}); empty means none (Docker uses latest)
     * @param versionKind   whether {@code version} is a tag, a digest, or absent
     * @param parameterName when not empty, the version is a deploy-time input of this name, defaulting to
     *     {@code version}
     * @throws NullPointerException when a reference component is null
     */
    public Image {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(versionKind, "versionKind");
        Objects.requireNonNull(parameterName, "parameterName");
    }

    /**
     * Parses a reference such as {@code nginx:1.27}, {@code repo@sha256:...} or {@code host:5000/repo:tag}.
     *
     * @param reference the image reference as {@code docker pull} takes it
     * @return the image
     */
    public static Image of(String reference) {
        Objects.requireNonNull(reference, "reference");
        int at = reference.indexOf('@');
        if (at >= 0) {
            return new Image(reference.substring(0, at), reference.substring(at + 1), VersionKind.DIGEST, "");
        }
        int colon = reference.lastIndexOf(':');
        if (colon > reference.lastIndexOf('/')) {
            return new Image(reference.substring(0, colon), reference.substring(colon + 1), VersionKind.TAG, "");
        }
        return new Image(reference, "", VersionKind.NONE, "");
    }

    /**
     * The same image with its tag (or digest) taken at deploy time from an input named {@code parameterName}
     * (lower-case letters, digits and hyphens), whose default is this image's tag or digest.
     *
     * @param parameterName the input's name: a CloudFormation parameter or Terraform variable
     * @return a new image
     */
    public Image deployTimeVersion(String parameterName) {
        VersionKind kind = versionKind == VersionKind.NONE ? VersionKind.TAG : versionKind;
        return new Image(repository, version, kind, parameterName);
    }

    /**
     * Whether the version is chosen at deploy time.
     *
     * @return true when a parameter name is given
     */
    public boolean isDeployTime() {
        return !parameterName.isEmpty();
    }

    /**
     * The full reference with the default version, e.g. {@code nginx:1.27}.
     *
     * @return the reference
     */
    public String reference() {
        return repository + separator() + version;
    }

    /**
     * {@code :} before a tag, {@code @} before a digest, nothing when there is no version.
     *
     * @return the separator
     */
    public String separator() {
        return switch (versionKind) {
            case NONE -> "";
            case TAG -> ":";
            case DIGEST -> "@";
        };
    }

    /**
     * Whether ECS would keep running an old image when this one changes: no tag, or the tag latest.
     *
     * @return true for no version or {@code latest}
     */
    public boolean isMutableLatest() {
        return versionKind == VersionKind.NONE || (versionKind == VersionKind.TAG && version.equals("latest"));
    }

    /**
     * Whether the image is in a private Amazon ECR registry (the execution role then needs pull rights).
     *
     * @return true for an {@code <account>.dkr.ecr.<region>.amazonaws.com} repository
     */
    public boolean isPrivateEcr() {
        return ECR.matcher(repository).matches();
    }

    /**
     * For a private ECR image: the account that owns the repository; empty otherwise.
     *
     * @return the 12-digit account ID, or empty
     */
    public String ecrAccount() {
        return ecrPart(1);
    }

    /**
     * For a private ECR image: the repository's region; empty otherwise.
     *
     * @return the region, or empty
     */
    public String ecrRegion() {
        return ecrPart(2);
    }

    /**
     * For a private ECR image: the repository name, e.g. {@code shop/api}; empty otherwise.
     *
     * @return the repository name, or empty
     */
    public String ecrRepositoryName() {
        return ecrPart(3);
    }

    private String ecrPart(int group) {
        Matcher m = ECR.matcher(repository);
        return m.matches() ? m.group(group) : "";
    }
}
