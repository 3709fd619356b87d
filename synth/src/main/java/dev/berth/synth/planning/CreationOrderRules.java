package dev.berth.synth.planning;

import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.capacity.CapacityResources;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources.RouteTarget;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupRule;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.storage.StorageResources;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's creation-order rules, in one place, read from the planned resources and their references: what must
 * exist before a resource although none of its properties says so. {@link CreationOrders} then leaves out of
 * {@code DependsOn} / {@code depends_on} whatever a reference already orders.
 *
 * <ol>
 *   <li>An ECS service waits for the policies of its task definition's roles, its network path (the route table
 *       associations of its subnets and their default routes, the security group rules of its tasks and of the VPC
 *       endpoints it waits for: its planner records which endpoints its tasks need), its listener rules, and its
 *       cluster's capacity provider association when it names capacity providers (and the ECS Managed Instances
 *       providers it names), and the mount targets (and NFS rules) of the EFS file systems its tasks mount.</li>
 *   <li>Any other resource that hands a role to an AWS service (a flow log) waits for the role's policies.</li>
 *   <li>An internet-facing load balancer, an Elastic IP and a route to the internet gateway wait for the internet
 *       gateway's attachment to the VPC.</li>
 *   <li>A Service Connect client waits for the Service Connect servers it calls (declared by
 *       {@code ServiceConnectPlanner}: a client's proxy resolves only servers deployed before it).</li>
 *   <li>EC2 capacity: a cluster's capacity provider association waits for the providers it names; an Auto Scaling
 *       group for the network path out of its subnets and its instances' egress rules (and, declared by
 *       {@code Ec2CapacityPlanner}, the VPC endpoints its agent needs); a service with the EC2 launch type for its
 *       cluster's association, as one with a strategy does.</li>
 * </ol>
 */
final class CreationOrderRules {

    private static final String ANYWHERE = "0.0.0.0/0";

    private final ReferenceGraph graph;
    private final Map<ResourceId, Set<ResourceId>> waitsFor = new LinkedHashMap<>();

    private CreationOrderRules(ReferenceGraph graph) {
        this.graph = graph;
    }

    /** Resource to what must exist before it, starting from what the planners {@code declared}. */
    static Map<ResourceId, Set<ResourceId>> decide(ReferenceGraph graph,
                                                   Map<ResourceId, ? extends Collection<ResourceId>> declared) {
        CreationOrderRules rules = new CreationOrderRules(graph);
        declared.forEach((resource, first) -> rules.waitsFor.put(resource, new LinkedHashSet<>(first)));
        graph.all(ComputeResources.Service.class).forEach(rules::service);
        rules.capacity();
        rules.roleUsers();
        rules.instanceProfileUsers();
        rules.internetGateway();
        return rules.waitsFor;
    }

    private void waits(PlannedResource resource, PlannedResource first) {
        waitsFor.computeIfAbsent(resource.id(), id -> new LinkedHashSet<>()).add(first.id());
    }

    private void waits(PlannedResource resource, List<? extends PlannedResource> first) {
        first.forEach(f -> waits(resource, f));
    }

    private void service(ComputeResources.Service service) {
        // ECS assumes the execution role to pull images, read secrets and write logs as the first task starts, and
        // the application calls AWS with the task role: a policy attached later fails the tasks (and three failures
        // trip the circuit breaker). AWS::IAM::Role documents exactly this: "If an external policy (such as
        // AWS::IAM::Policy or AWS::IAM::ManagedPolicy) has a Ref to a role and if a resource (such as
        // AWS::ECS::Service) also has a Ref to the same role, add a DependsOn attribute to the resource to make the
        // resource depend on the external policy." (CloudFormation User Guide, AWS::IAM::Role, Policies;
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html).
        for (ComputeResources.TaskDefinition task : graph.referencedBy(service,
                ComputeResources.TaskDefinition.class)) {
            graph.referencedBy(task, IamResources.Role.class).forEach(role -> waits(service, policiesOf(role)));
        }
        networkPath(service);
        fileSystems(service);
        // ECS rejects a service whose target group is not yet attached to a listener, and one whose capacity
        // providers are not yet associated with the cluster; no property says so.
        for (LoadBalancingResources.TargetGroup group : graph.referencedBy(service,
                LoadBalancingResources.TargetGroup.class)) {
            waits(service, graph.referring(group, LoadBalancingResources.ListenerRule.class));
            // Behind a Network Load Balancer the service's own listener forwards to the group.
            waits(service, graph.referring(group, LoadBalancingResources.Listener.class));
        }
        if (!service.capacityProviderStrategy().isEmpty() || "EC2".equals(service.launchType())) {
            for (ComputeResources.Cluster cluster : graph.referencedBy(service, ComputeResources.Cluster.class)) {
                waits(service, graph.referring(cluster, ComputeResources.ClusterCapacityProviders.class));
                managedInstances(service, cluster);
            }
        }
    }

    /**
     * A strategy names an ECS Managed Instances provider by its name, which no reference orders: the service waits
     * for the providers of its cluster it names (ECS accepts only existing providers in a strategy). The provider in
     * turn waits for its infrastructure role's policy through {@link #roleUsers} (it hands the role to ECS).
     */
    private void managedInstances(ComputeResources.Service service, ComputeResources.Cluster cluster) {
        java.util.Set<String> named = new java.util.HashSet<>();
        service.capacityProviderStrategy().forEach(item -> named.add(item.provider()));
        waits(service, graph.referring(cluster, ComputeResources.ManagedInstancesCapacityProvider.class).stream()
                .filter(provider -> named.contains(provider.name())).toList());
    }

    /**
     * EC2 capacity. A cluster's capacity provider association names its providers by name, not by reference, yet
     * ECS rejects the association of a provider that does not exist yet: it waits for them (and on deletion goes
     * first, as ECS cannot delete a provider still associated). The provider refers to its Auto Scaling group, so it
     * comes after the group and is deleted before it, and services wait for the association (above): deletion runs
     * services, association, provider, group, launch template, cluster. A group's instances register with ECS as
     * they boot, so the group waits for the network path out of its subnets (route table associations and default
     * routes) and for its instances' security group rules, as a service does for its tasks.
     */
    private void capacity() {
        for (ComputeResources.ClusterCapacityProviders association
                : graph.all(ComputeResources.ClusterCapacityProviders.class)) {
            for (CapacityResources.CapacityProvider provider : graph.all(CapacityResources.CapacityProvider.class)) {
                if (association.providers().contains(provider.name())) {
                    waits(association, provider);
                }
            }
        }
        for (CapacityResources.AutoScalingGroup group : graph.all(CapacityResources.AutoScalingGroup.class)) {
            for (NetworkResources.Subnet subnet : graph.referencedBy(group, NetworkResources.Subnet.class)) {
                for (NetworkResources.RouteTableAssociation association : graph.referring(subnet,
                        NetworkResources.RouteTableAssociation.class)) {
                    waits(group, association);
                    for (NetworkResources.RouteTable table : graph.referencedBy(association,
                            NetworkResources.RouteTable.class)) {
                        waits(group, graph.referring(table, NetworkResources.Route.class).stream()
                                .filter(route -> ANYWHERE.equals(route.destinationCidr())).toList());
                    }
                }
            }
            for (CapacityResources.LaunchTemplate template : graph.referencedBy(group,
                    CapacityResources.LaunchTemplate.class)) {
                // the group's own egress, not other groups' rules that name it (a load balancer's egress to it)
                graph.referencedBy(template, NetworkResources.SecurityGroup.class)
                        .forEach(sg -> waits(group, graph.referring(sg, SecurityGroupRule.class).stream()
                                .filter(rule -> rule instanceof NetworkResources.SecurityGroupEgress
                                        && rule.group() instanceof Value.Ref ref && ref.target().equals(sg.id()))
                                .toList()));
            }
        }
    }

    /**
     * A task mounts its EFS volumes as it starts, through the mount target in its Availability Zone, and fails to
     * start ("ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes") while there is
     * none yet: the task definition names only the file system, so a service waits for the file system's mount
     * targets (their creation completes when they are available: the provider waits for that, as its create timeout
     * says). The NFS rules between the tasks and the mount targets count among the rules it needs to start
     * ({@link #neededToStart}).
     */
    private void fileSystems(ComputeResources.Service service) {
        for (ComputeResources.TaskDefinition task : graph.referencedBy(service,
                ComputeResources.TaskDefinition.class)) {
            for (StorageResources.FileSystem fs : graph.referencedBy(task, StorageResources.FileSystem.class)) {
                waits(service, graph.referring(fs, StorageResources.MountTarget.class));
            }
        }
    }

    /**
     * A task reaches ECR, S3, CloudWatch Logs and the secret stores as it starts: "The route tables associated to the
     * subnets that your task is created in must allow your Amazon ECS infrastructure to reach the repository
     * endpoint ... through an internet gateway, NAT gateway, or VPC endpoints"
     * (https://repost.aws/knowledge-center/ecs-fargate-pull-container-error). So a service waits for its subnets'
     * route table associations and their default routes (NAT or internet gateway), and for the security group rules
     * of its tasks and of the VPC endpoints it waits for (the endpoints its tasks need, which its planner records): a
     * new group admits nothing, and Berth's groups have exactly their rules. Only what the service itself needs, so
     * that adding another service (and the endpoints it brings) changes nothing of this one.
     */
    private void networkPath(ComputeResources.Service service) {
        for (NetworkResources.Subnet subnet : graph.referencedBy(service, NetworkResources.Subnet.class)) {
            for (NetworkResources.RouteTableAssociation association : graph.referring(subnet,
                    NetworkResources.RouteTableAssociation.class)) {
                waits(service, association);
                for (NetworkResources.RouteTable table : graph.referencedBy(association,
                        NetworkResources.RouteTable.class)) {
                    waits(service, graph.referring(table, NetworkResources.Route.class).stream()
                            .filter(route -> ANYWHERE.equals(route.destinationCidr())).toList());
                }
            }
        }
        for (NetworkResources.VpcEndpoint endpoint : graph.all(NetworkResources.VpcEndpoint.class)) {
            if (waitsFor.getOrDefault(service.id(), Set.of()).contains(endpoint.id())) {
                graph.referencedBy(endpoint, NetworkResources.SecurityGroup.class)
                        .forEach(group -> waits(service, graph.referring(group, SecurityGroupRule.class)));
            }
        }
        graph.referencedBy(service, NetworkResources.SecurityGroup.class)
                .forEach(group -> waits(service, graph.referring(group, SecurityGroupRule.class).stream()
                        .filter(rule -> neededToStart(rule, group)).toList()));
    }

    /**
     * Whether a rule naming one of a service's groups is one its tasks need to start and pass health checks: the
     * group's egress to addresses (HTTPS to AWS and the endpoints, or all traffic), ingress from a load balancer, and
     * a load balancer's egress to the group, and the NFS rules to and on an EFS file system's group. Rules between
     * services (to a sibling's tasks or internal load balancer,
     * from a caller) are not: they come and go with the other service, may live in its CloudFormation stack, and
     * must not change this service's order.
     */
    private boolean neededToStart(SecurityGroupRule rule, NetworkResources.SecurityGroup group) {
        ResourceId owner = target(rule.group());
        ResourceId peer = rule.peer() instanceof NetworkResources.Group g ? target(g.securityGroupId()) : null;
        if (group.id().equals(owner)) {
            if (rule instanceof NetworkResources.SecurityGroupIngress && rule.peer() instanceof NetworkResources.Group g
                    && peer == null) {
                return true; // from a group outside the program: an existing listener's load balancer
            }
            return rule instanceof NetworkResources.SecurityGroupEgress ? peer == null || isFileSystemGroup(peer)
                    : isLoadBalancerGroup(peer);
        }
        // An EFS file system's group admitting the tasks, or an existing one's (a group outside the plan).
        return isLoadBalancerGroup(owner) || isFileSystemGroup(owner) || owner == null && group.id().equals(peer);
    }

    private boolean isFileSystemGroup(ResourceId group) {
        return group != null && graph.all(StorageResources.MountTarget.class).stream()
                .anyMatch(target -> target.securityGroups().stream().anyMatch(v -> group.equals(target(v))));
    }

    private boolean isLoadBalancerGroup(ResourceId group) {
        return group != null && graph.all(LoadBalancingResources.LoadBalancer.class).stream()
                .anyMatch(lb -> lb.securityGroups().stream().anyMatch(v -> group.equals(target(v))));
    }

    private static ResourceId target(Value value) {
        return value instanceof Value.Ref ref ? ref.target() : null;
    }

    /**
     * The IAM resources that give a role its permissions (its policies), in plan order; and the role itself when it
     * carries AWS managed policies, which Terraform attaches with resources of their own beside it (companions that no
     * reference orders: the renderer writes them where a resource waits for the role).
     */
    private List<PlannedResource> policiesOf(IamResources.Role role) {
        List<PlannedResource> policies = new java.util.ArrayList<>();
        if (!role.managedPolicyArns().isEmpty()) {
            policies.add(role);
        }
        graph.referring(role, PlannedResource.class).stream()
                .filter(r -> r.getClass().getEnclosingClass() == IamResources.class)
                .filter(r -> !(r instanceof IamResources.Role))
                .filter(r -> !(r instanceof IamResources.InstanceProfile)).forEach(policies::add);
        return policies;
    }

    /**
     * Any other resource that hands one of the plan's roles to an AWS service (a flow log delivering to CloudWatch
     * Logs) waits for the role's policies, for the same reason as a service. A task definition does not: registering
     * it uses no permission, and the service that starts its tasks waits instead.
     */
    /**
     * Instances boot with an instance profile's role (an Auto Scaling group's launch template, a Managed Instances
     * provider): whatever hands the profile to instances waits for the role's policies too, so that the container
     * agent registers with its permissions in place. In Terraform the role's AWS managed policies are attachments
     * beside it that the profile does not order.
     */
    private void instanceProfileUsers() {
        for (IamResources.InstanceProfile profile : graph.all(IamResources.InstanceProfile.class)) {
            for (IamResources.Role role : graph.referencedBy(profile, IamResources.Role.class)) {
                List<PlannedResource> policies = policiesOf(role);
                graph.referring(profile, PlannedResource.class).stream()
                        .filter(r -> r.getClass().getEnclosingClass() != IamResources.class)
                        .forEach(user -> waits(user, policies));
            }
        }
    }

    private void roleUsers() {
        for (IamResources.Role role : graph.all(IamResources.Role.class)) {
            List<PlannedResource> policies = policiesOf(role);
            graph.referring(role, PlannedResource.class).stream()
                    .filter(r -> r.getClass().getEnclosingClass() != IamResources.class)
                    .filter(r -> !(r instanceof ComputeResources.TaskDefinition))
                    .forEach(user -> waits(user, policies));
        }
    }

    /**
     * "If your AWS CloudFormation template defines a VPC, a gateway, and a gateway attachment, any resources that
     * have a public IP address within the VPC are dependent on the gateway attachment" (CloudFormation User Guide,
     * DependsOn attribute, When a DependsOn attribute is required; https://docs.aws.amazon.com/AWSCloudFormation/
     * latest/TemplateReference/aws-attribute-dependson.html#gatewayattachment):
     * Elastic Load Balancing refuses an internet-facing load balancer in a VPC without an attached internet gateway,
     * and the same holds for the NAT gateways' Elastic IPs and the public route. Berth's program has one VPC.
     */
    private void internetGateway() {
        List<NetworkResources.GatewayAttachment> attachments = graph.all(NetworkResources.GatewayAttachment.class);
        for (LoadBalancingResources.LoadBalancer lb : graph.all(LoadBalancingResources.LoadBalancer.class)) {
            if (!lb.internal()) {
                waits(lb, attachments);
            }
        }
        graph.all(NetworkResources.ElasticIp.class).forEach(eip -> waits(eip, attachments));
        for (NetworkResources.Route route : graph.all(NetworkResources.Route.class)) {
            if (route.targetType() == RouteTarget.INTERNET_GATEWAY) {
                for (NetworkResources.InternetGateway gateway : graph.referencedBy(route,
                        NetworkResources.InternetGateway.class)) {
                    waits(route, graph.referring(gateway, NetworkResources.GatewayAttachment.class));
                }
            }
        }
    }
}
