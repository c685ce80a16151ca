package org.ketapath.content;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the page about the project. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "content/home";
    }

    @GetMapping("/about")
    String about() {
        return "content/about";
    }
}
