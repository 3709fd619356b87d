package dev.berth.service;

/**
 * How CodeDeploy shifts production traffic to the replacement task set: the predefined ECS deployment configurations
 * (CodeDeploy User Guide, "Deployment configurations on an Amazon ECS compute platform").
 */
public enum CodeDeployConfig {
    /** All traffic at once. */
    ALL_AT_ONCE("CodeDeployDefault.ECSAllAtOnce"),
    /** 10 % first, the rest 5 minutes later. */
    CANARY_10_PERCENT_5_MINUTES("CodeDeployDefault.ECSCanary10Percent5Minutes"),
    /** 10 % first, the rest 15 minutes later. */
    CANARY_10_PERCENT_15_MINUTES("CodeDeployDefault.ECSCanary10Percent15Minutes"),
    /** 10 % more every minute. */
    LINEAR_10_PERCENT_EVERY_1_MINUTES("CodeDeployDefault.ECSLinear10PercentEvery1Minutes"),
    /** 10 % more every 3 minutes. */
    LINEAR_10_PERCENT_EVERY_3_MINUTES("CodeDeployDefault.ECSLinear10PercentEvery3Minutes");

    private final String awsName;

    CodeDeployConfig(String awsName) {
        this.awsName = awsName;
    }

    /**
     * The configuration's name in CodeDeploy.
     *
     * @return e.g. {@code CodeDeployDefault.ECSAllAtOnce}
     */
    public String awsName() {
        return awsName;
    }
}
