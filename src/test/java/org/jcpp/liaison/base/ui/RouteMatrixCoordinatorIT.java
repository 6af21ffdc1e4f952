package org.jcpp.liaison.base.ui;

import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-coordinator")
class RouteMatrixCoordinatorIT extends RouteMatrix {

    @Override
    String role() {
        return "COORDINATOR";
    }
}
