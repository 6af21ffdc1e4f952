package org.jcpp.liaison.base.ui;

import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-liaison")
class RouteMatrixLiaisonIT extends RouteMatrix {

    @Override
    String role() {
        return "LIAISON";
    }
}
