package org.ketapath.content.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the site is published, for canonical links, Open Graph, the sitemap and structured data.
 *
 * @param publicBaseUrl scheme, host and optional port (and path) people reach the site at, without a trailing
 *     slash; {@code ketapath.public-base-url}, env {@code KETAPATH_PUBLIC_BASE_URL}
 */
@ConfigurationProperties("ketapath")
record PublicSite(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    PublicSite {
        if (!publicBaseUrl.startsWith("http://") && !publicBaseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("ketapath.public-base-url must start with http:// or https://");
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The absolute address of a path on the site, e.g. {@code /learn} to {@code https://example.org/learn}. */
    String url(String path) {
        return publicBaseUrl + path;
    }
}
