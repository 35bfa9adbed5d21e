package io.councilhub.gateway.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/** The login page: username and password, and a link per external OIDC provider when one is configured. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<Provider> providers = new ArrayList<>();
        if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new Provider(client.getClientName(),
                            "/oauth2/authorization/" + client.getRegistrationId()));
                }
            }
        }
        model.addAttribute("providers", providers);
        return "login";
    }

    record Provider(String name, String url) {
    }
}
