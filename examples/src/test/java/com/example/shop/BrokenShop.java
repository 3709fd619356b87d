package com.example.shop;

import dev.berth.Application;
import dev.berth.examples.FargateWebApp;

/** A user's program (outside Berth's packages) whose builder lambda throws, as a typo would. */
public final class BrokenShop {

    private BrokenShop() {
    }

    public static Application build() {
        String image = null;
        return FargateWebApp.program().toBuilder()
                .service("worker", s -> s.task(t -> t.cpu(256).memory(512)
                        .container("app", c -> c.image(image.trim()))))
                .build();
    }
}
