package org.ketapath.content.web;

import java.util.List;
import java.util.Map;
import org.ketapath.outcomes.OutcomesApi;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home page and the page about the project. A signed-in patient also sees, first, the questionnaires their
 * clinic's course asks them to answer now.
 */
@Controller
class HomeController {

    private final PublicSite site;
    private final OutcomesApi outcomes;

    HomeController(PublicSite site, OutcomesApi outcomes) {
        this.site = site;
        this.outcomes = outcomes;
    }

    @GetMapping("/")
    ModelAndView home() {
        List<OutcomesApi.DueQuestionnaire> due = CurrentAccount.get()
                .filter(account -> account.hasRole("PATIENT"))
                .map(account -> outcomes.dueQuestionnaires(account.id()))
                .orElse(List.of());
        return new ModelAndView("content/home", Map.of("canonical", site.url("/"), "dueQuestionnaires", due));
    }

    @GetMapping("/about")
    ModelAndView about() {
        return new ModelAndView("content/about", Map.of("canonical", site.url("/about")));
    }
}
