package dev.berth.validation;

import dev.berth.compute.Cluster;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.service.Service;
import dev.berth.task.Container;

/** Paths into the model, e.g. {@code service[api].task.container[app].portMappings[0]}. */
final class Paths {

    static final String APPLICATION = "application";
    static final String NETWORK = "network";
    static final String ENDPOINTS = "endpoints";
    static final String CLUSTERS = "clusters";

    private Paths() {
    }

    static String service(Service s) {
        return "service[" + s.name() + "]";
    }

    static String task(Service s) {
        return service(s) + ".task";
    }

    static String container(Service s, Container c) {
        return task(s) + ".container[" + c.name() + "]";
    }

    static String cluster(Cluster c) {
        return "cluster[" + c.name() + "]";
    }

    static String loadBalancer(LoadBalancer lb) {
        return "loadBalancer[" + lb.name() + "]";
    }

    static String fileSystem(dev.berth.storage.FileSystem fs) {
        return "fileSystem[" + fs.name() + "]";
    }

    static String accessPoint(dev.berth.storage.FileSystem fs, dev.berth.storage.AccessPoint ap) {
        return fileSystem(fs) + ".accessPoint[" + ap.name() + "]";
    }

    static String networkLoadBalancer(dev.berth.loadbalancing.NetworkLoadBalancer lb) {
        return "networkLoadBalancer[" + lb.name() + "]";
    }

    static String existingListener(dev.berth.loadbalancing.ExistingListener listener) {
        return "existingListener[" + listener.name() + "]";
    }

    static String queue(dev.berth.messaging.Queue queue) {
        return "queue[" + queue.name() + "]";
    }

    static String exposure(Service s, int index) {
        return service(s) + ".exposure[" + index + "]";
    }

    static String indexed(String path, String list, int index) {
        return path + "." + list + "[" + index + "]";
    }
}
