package org.ketapath.content.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The home page and the page about the project. */
@Controller
class HomeController {

    private final PublicSite site;

    HomeController(PublicSite site) {
        this.site = site;
    }

    @GetMapping("/")
    ModelAndView home() {
        return new ModelAndView("content/home", Map.of("canonical", site.url("/")));
    }

    @GetMapping("/about")
    ModelAndView about() {
        return new ModelAndView("content/about", Map.of("canonical", site.url("/about")));
    }
}
