/** The information pages on the web: /learn, the home page, sitemap.xml, robots.txt and structured data. */
@NullMarked
package org.ketapath.content.web;

import org.jspecify.annotations.NullMarked;
