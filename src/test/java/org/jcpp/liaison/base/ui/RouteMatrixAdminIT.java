package org.jcpp.liaison.base.ui;

import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-admin")
class RouteMatrixAdminIT extends RouteMatrix {

    @Override
    String role() {
        return "ADMIN";
    }
}
